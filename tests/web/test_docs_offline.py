"""Swagger UI at `/docs` renders in headless Chromium with every request that is not to
this server blocked, and without a console error (the page's CSP holds)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from alerts.api import create_app
from alerts.config import load_settings
from tests.api.server import ApiServer, memory_senders


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ApiServer]:
    settings = load_settings(database_url=f"sqlite:///{tmp_path / 'alerts.db'}")
    with ApiServer(create_app(settings, senders=memory_senders())) as running:
        yield running


def test_swagger_ui_renders_offline(server: ApiServer, browser: Any) -> None:
    own = urlsplit(server.url).netloc
    elsewhere: list[str] = []
    problems: list[str] = []

    def only_this_server(route: Any) -> None:
        if urlsplit(route.request.url).netloc == own:
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    page = browser.new_page()
    page.route("**/*", only_this_server)
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.goto(f"{server.url}/docs")
    page.wait_for_selector(".swagger-ui .info .title:has-text('alerts')")
    page.wait_for_selector(".opblock-summary-path:has-text('/me/follows')")
    assert elsewhere == []
    assert problems == []
