"""Feed autodiscovery: a page's `<link rel="alternate">` table, then `alerts feeds add` and
`POST /admin/feeds` given a page on a loopback server store the feed it links; a page that
links none is refused in one line; a feed URL or an unreachable one is stored as given."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts.cli import common
from alerts.cli.main import main
from alerts.config import Settings, load_settings
from alerts.errors import InputError, UnsafeTargetError
from alerts.feeds.discover import feed_links, is_html, resolve_feed_url
from alerts.store.db import session_scope
from alerts.store.tables import FeedRow
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes

PAGE = "https://news.example/world/index.html"


def _page(head: str) -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>News</body></html>".encode()


RSS = '<link rel="alternate" type="application/rss+xml" href="{}">'
DISCOVERY_TABLE = [
    ("relative", RSS.format("../rss.xml"), ["https://news.example/rss.xml"]),
    ("root-relative", RSS.format("/feed"), ["https://news.example/feed"]),
    ("absolute", RSS.format("http://feeds.example/a"), ["http://feeds.example/a"]),
    (
        "base href",
        '<base href="https://cdn.example/sub/">' + RSS.format("feed.xml"),
        ["https://cdn.example/sub/feed.xml"],
    ),
    ("base after the link", RSS.format("f") + '<base href="/b/">', ["https://news.example/b/f"]),
    (
        "several, in document order",
        '<link rel="alternate" type="application/atom+xml" href="/atom">'
        '<link rel="alternate" type="application/feed+json" href="/feed.json">'
        + RSS.format("/rss"),
        ["https://news.example/atom", "https://news.example/feed.json", "https://news.example/rss"],
    ),
    (
        "JSON, upper case, extra rel",
        '<LINK REL="Alternate Home" TYPE="Application/JSON" HREF="/j">',
        ["https://news.example/j"],
    ),
    (
        "type with parameters",
        '<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/p">',
        ["https://news.example/p"],
    ),
    ("non-web schemes ignored", RSS.format("javascript:alert(1)") + RSS.format("ftp://x/f"), []),
    ("entity-spelt scheme", RSS.format("&#106;avascript:x"), []),
    ("not alternate", '<link rel="stylesheet" type="application/rss+xml" href="/s">', []),
    ("other types", '<link rel="alternate" type="text/html" hreflang="fr" href="/fr">', []),
    ("no href", '<link rel="alternate" type="application/rss+xml">', []),
    ("none", "<title>No feeds here</title>", []),
    (
        "a feed named twice, kept once",
        RSS.format("/rss") + RSS.format("https://news.example/rss"),
        ["https://news.example/rss"],
    ),
    ("outside head too", "</head><body>" + RSS.format("/b"), ["https://news.example/b"]),
]


@pytest.mark.parametrize(
    ("head", "expected"), [row[1:] for row in DISCOVERY_TABLE], ids=[r[0] for r in DISCOVERY_TABLE]
)
def test_discovery_table(head: str, expected: list[str]) -> None:
    assert feed_links(_page(head), PAGE) == expected


@pytest.mark.parametrize(
    ("body", "content_type", "html"),
    [
        (b"<rss/>", "text/html; charset=utf-8", True),
        (b"<html><head>", None, True),
        (b"\xef\xbb\xbf\n<!DOCTYPE HTML>", "application/octet-stream", True),
        (b"<!doctype html>", "application/rss+xml", False),
        (GOOD_FEED, None, False),
        (b'{"version": "https://jsonfeed.org/version/1"}', "text/plain", False),
    ],
)
def test_what_counts_as_a_page(body: bytes, content_type: str | None, html: bool) -> None:
    assert is_html(body, content_type) is html


@pytest.fixture
def site() -> Iterator[HostileServer]:
    """A site on loopback: a page linking its feed, a page linking none, the feed itself."""
    with HostileServer() as running:
        page = _page('<base href="/news/">' + RSS.format("rss.xml"))
        html = {"Content-Type": "text/html; charset=utf-8"}
        running.routes["/"] = serve_bytes(page, html)
        running.routes["/bare"] = serve_bytes(_page("<title>Bare</title>"), html)
        running.routes["/news/rss.xml"] = serve_bytes(GOOD_FEED, {"Content-Type": "text/xml"})
        running.routes["/moved"] = serve_bytes(b"", {"Location": "/"}, status=301)
        yield running


@pytest.fixture
def loopback(tmp_path: Path) -> Settings:
    return load_settings(
        database_url=f"sqlite:///{tmp_path / 'discover.db'}", feed_allowed_hosts=("127.0.0.1",)
    )


def test_a_page_resolves_to_its_feed(loopback: Settings, site: HostileServer) -> None:
    feed = site.url("/news/rss.xml")
    assert resolve_feed_url(loopback, site.url("/")) == feed
    assert resolve_feed_url(loopback, site.url("/moved")) == feed  # resolved on the new page
    assert resolve_feed_url(loopback, feed) == feed  # a feed is kept
    missing = site.url("/not-up-yet.xml")
    assert resolve_feed_url(loopback, missing) == missing  # a failed fetch keeps the URL
    with pytest.raises(InputError, match=r"no feed found at .*/bare: the page links no RSS"):
        resolve_feed_url(loopback, site.url("/bare"))


def test_the_guard_checks_before_anything_is_fetched(tmp_path: Path, site: HostileServer) -> None:
    guarded = load_settings(database_url=f"sqlite:///{tmp_path / 'g.db'}")
    with pytest.raises(UnsafeTargetError, match="ALERTS_FEED_ALLOWED_HOSTS"):
        resolve_feed_url(guarded, site.url("/"))
    assert site.hits["/"] == 0


def test_a_discovered_feed_is_checked_by_the_guard_again(
    loopback: Settings,
    site: HostileServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site.routes["/elsewhere"] = serve_bytes(
        _page(RSS.format("http://169.254.169.254/latest/meta-data/")), {"Content-Type": "text/html"}
    )
    monkeypatch.setenv("ALERTS_DATABASE_URL", loopback.database_url)
    monkeypatch.setenv("ALERTS_FEED_ALLOWED_HOSTS", "127.0.0.1")
    code, out, err = _alerts(monkeypatch, capsys, "feeds", "add", site.url("/elsewhere"))
    assert code == 2 and "refused by the address rule" in err and not out
    assert len(err.strip().splitlines()) == 1


def _alerts(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[int, str, str]:
    """`alerts ARGS` as the console script runs it, in this process."""
    monkeypatch.setattr(sys, "argv", ["alerts", *args])
    common.settings.cache_clear()
    with pytest.raises(SystemExit) as exited:
        main()
    common.settings.cache_clear()
    captured = capsys.readouterr()
    return int(exited.value.code or 0), captured.out, captured.err


def test_cli_stores_the_feed_a_page_links(
    loopback: Settings,
    site: HostileServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ALERTS_DATABASE_URL", loopback.database_url)
    monkeypatch.setenv("ALERTS_FEED_ALLOWED_HOSTS", "127.0.0.1")
    code, out, err = _alerts(monkeypatch, capsys, "feeds", "add", site.url("/"), "--json")
    assert code == 0, err
    assert json.loads(out)["url"] == site.url("/news/rss.xml")
    code, out, err = _alerts(monkeypatch, capsys, "feeds", "add", site.url("/bare"))
    assert code == 2 and not out and len(err.strip().splitlines()) == 1
    assert "no feed found at" in err and "RSS, Atom or JSON feed" in err
    with session_scope(loopback.database_url) as session:
        assert session.scalars(select(FeedRow.url)).all() == [site.url("/news/rss.xml")]
