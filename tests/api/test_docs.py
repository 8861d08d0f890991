"""Swagger UI at `/docs` is served from files installed with the package: the page names
only this server's URLs, and each of them answers. SQLite only."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'alerts.db'}"


def test_docs_load_only_local_assets(client: httpx.Client) -> None:
    docs = client.get("/docs")
    assert docs.status_code == 200 and docs.headers["content-type"].startswith("text/html")
    urls = re.findall(r'(?:src|href)="([^"]+)"', docs.text)
    assert len(urls) >= 3, docs.text
    for url in urls:
        assert url.startswith("/") and not url.startswith("//"), url
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 100, url
    assert "unsafe-eval" not in docs.headers["content-security-policy"]
    assert client.get("/openapi.json").json()["openapi"].startswith("3.1")
    assert client.get("/redoc").status_code == 404, "no page that needs a CDN"
