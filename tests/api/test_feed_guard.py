"""The admin API refuses hostile feed URLs (the same table as the CLI) and files on the
server with a 422 naming the `source` field; nothing is stored."""

from __future__ import annotations

import httpx
import pytest

from alerts.config import Settings, load_settings
from tests.api.conftest import ADMIN_KEY
from tests.conftest import FIXTURES
from tests.feeds.hostile_urls import HOSTILE_FEED_URLS, LOCAL_SOURCES

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}


@pytest.fixture
def api_settings(api_settings: Settings) -> Settings:
    """The API with no feed host exempt from the guard."""
    return load_settings(**(api_settings.model_dump() | {"feed_allowed_hosts": ()}))


def test_hostile_feed_urls_are_refused_with_their_rule(client: httpx.Client) -> None:
    for url, rule in HOSTILE_FEED_URLS:
        response = client.post("/admin/feeds", json={"source": url}, headers=ADMIN)
        assert response.status_code == 422, (url, response.text)
        detail = response.json()["detail"][0]
        assert detail["loc"] == ["body", "source"] and rule in detail["msg"], (url, detail)
    assert client.get("/admin/feeds", headers=ADMIN).json() == []


def test_files_on_the_server_are_refused(client: httpx.Client) -> None:
    existing = FIXTURES / "feeds" / "outlet-a.xml"
    for source in [*LOCAL_SOURCES, str(existing), existing.as_uri()]:
        response = client.post("/admin/feeds", json={"source": source}, headers=ADMIN)
        assert response.status_code == 422, (source, response.text)
        assert "alerts feeds add PATH" in response.json()["detail"][0]["msg"]
    assert client.get("/admin/feeds", headers=ADMIN).json() == []
