"""`POST /admin/feeds` given a web page stores the feed the page links (a loopback site);
a page linking none answers a 422 naming the `source` field, and nothing is stored."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.api.conftest import ADMIN_KEY
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes

ADMIN = {"Authorization": f"Bearer {ADMIN_KEY}"}
HTML = {"Content-Type": "text/html"}


@pytest.fixture
def site() -> Iterator[HostileServer]:
    with HostileServer() as running:
        running.routes["/"] = serve_bytes(
            b'<html><head><link rel="alternate" type="application/feed+json" href="feed.json">'
            b'<link rel="alternate" type="application/rss+xml" href="/rss"></head></html>',
            HTML,
        )
        running.routes["/bare"] = serve_bytes(b"<!DOCTYPE html><title>Bare</title>", HTML)
        running.routes["/rss"] = serve_bytes(GOOD_FEED, {"Content-Type": "application/rss+xml"})
        yield running


def test_a_page_stores_its_first_feed(client: httpx.Client, site: HostileServer) -> None:
    response = client.post("/admin/feeds", json={"source": site.url("/")}, headers=ADMIN)
    assert response.status_code == 201, response.text
    assert response.json()["url"] == site.url("/feed.json")
    again = client.post("/admin/feeds", json={"source": site.url("/feed.json")}, headers=ADMIN)
    assert again.status_code == 200 and again.json()["created"] is False


def test_a_page_without_a_feed_is_a_422(client: httpx.Client, site: HostileServer) -> None:
    response = client.post("/admin/feeds", json={"source": site.url("/bare")}, headers=ADMIN)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body", "source"]
    assert "no feed found at" in detail["msg"] and "\n" not in detail["msg"]
    assert client.get("/admin/feeds", headers=ADMIN).json() == []
