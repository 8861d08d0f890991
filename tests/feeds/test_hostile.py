"""Hostile servers on loopback: every trouble is stopped and recorded on its own feed, and
the good feed polled in the same batch is still read."""

from __future__ import annotations

import logging
import tracemalloc
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow, utcnow
from tests.feeds.hostile import (
    GOOD_FEED,
    LAUGHS_FEED,
    XXE_FEED,
    HostileServer,
    gzip_bomb_segments,
    serve_bytes,
    serve_conditional,
    serve_drip,
    serve_stream,
)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        database_url=f"sqlite:///{tmp_path / 'hostile.db'}",
        fetch_timeout_s=3,
        http_timeout_s=2,
        feed_allowed_hosts=("127.0.0.1",),
    )


@pytest.fixture
def server() -> HostileServer:
    with HostileServer() as running:
        running.routes["/good"] = serve_bytes(GOOD_FEED, {"Content-Type": "application/rss+xml"})
        yield running  # type: ignore[misc]


def poll(settings: Settings, server: HostileServer, path: str) -> FeedRow:
    """Poll the hostile feed and the good feed in one batch; check the good one was read."""
    with session_scope(settings.database_url) as session:
        allowed = settings.feed_allowed_hosts
        hostile, _ = add_feed(session, server.url(path), allowed_hosts=allowed)
        good, _ = add_feed(session, server.url("/good"), allowed_hosts=allowed)
        ids = [hostile.id, good.id]
    with session_scope(settings.database_url) as session:
        pipeline.poll_feeds(settings, session, ids)
    with session_scope(settings.database_url) as session:
        titles = session.scalars(select(ArticleRow.title).where(ArticleRow.feed_id == ids[1])).all()
        assert titles == ["Harbour festival draws record crowds"], (
            "the good feed must still be read"
        )
        return session.get_one(FeedRow, ids[0])


def test_xxe_is_refused_and_no_file_content_leaks(
    settings: Settings, server: HostileServer, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    server.routes["/xxe"] = serve_bytes(XXE_FEED % str(secret).encode())
    feed = poll(settings, server, "/xxe")
    assert feed.status == "failing" and "entities" in (feed.last_error or "")
    with session_scope(settings.database_url) as session:
        stored = " ".join(a.title + a.summary for a in session.scalars(select(ArticleRow)))
    assert "TOP-SECRET" not in stored and "TOP-SECRET" not in (feed.last_error or "")


def test_billion_laughs_is_refused_with_bounded_memory(
    settings: Settings, server: HostileServer
) -> None:
    server.routes["/laughs"] = serve_bytes(LAUGHS_FEED)
    tracemalloc.start()
    feed = poll(settings, server, "/laughs")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert feed.status == "failing" and "entities" in (feed.last_error or "")
    assert peak < 100 * 1024 * 1024


def test_gzip_bomb_is_stopped_at_the_cap(settings: Settings, server: HostileServer) -> None:
    head, segment, count = gzip_bomb_segments(10.0)  # ~10 MB on the wire, 10 GiB inflated
    server.routes["/bomb"] = serve_stream(head, segment, count, {"Content-Encoding": "gzip"})
    tracemalloc.start()
    feed = poll(settings, server, "/bomb")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "limit" in (feed.last_error or "")
    assert peak < 4 * settings.fetch_max_bytes


def test_huge_body_is_stopped_at_the_cap(settings: Settings, server: HostileServer) -> None:
    server.routes["/huge"] = serve_stream(b"<rss>", b"x" * 1024 * 1024, 50, {})
    feed = poll(settings, server, "/huge")
    assert feed.status == "failing" and "limit" in (feed.last_error or "")


def test_drip_feed_times_out(settings: Settings, server: HostileServer) -> None:
    server.routes["/drip"] = serve_drip(GOOD_FEED, interval_s=1.0)
    feed = poll(settings, server, "/drip")
    assert feed.status == "failing" and "gave up" in (feed.last_error or "")


def test_permanent_redirect_updates_the_url(settings: Settings, server: HostileServer) -> None:
    server.routes["/old"] = serve_bytes(b"", {"Location": "/new"}, status=301)
    server.routes["/new"] = serve_bytes(GOOD_FEED.replace(b"good.example", b"new.example"))
    feed = poll(settings, server, "/old")
    assert feed.url == server.url("/new") and feed.status == "active"


def test_temporary_redirect_keeps_the_url(settings: Settings, server: HostileServer) -> None:
    server.routes["/moving"] = serve_bytes(b"", {"Location": "/elsewhere"}, status=302)
    server.routes["/elsewhere"] = serve_bytes(GOOD_FEED.replace(b"good.example", b"else.example"))
    feed = poll(settings, server, "/moving")
    assert feed.url == server.url("/moving") and feed.status == "active"


def test_gone_disables_the_feed(settings: Settings, server: HostileServer) -> None:
    server.routes["/gone"] = serve_bytes(b"", status=410)
    feed = poll(settings, server, "/gone")
    assert feed.status == "disabled" and "410" in (feed.last_error or "")
    with session_scope(settings.database_url) as session:
        assert feed.id not in pipeline.pollable_feed_ids(session, due_only=False)


def test_retry_after_is_honoured(settings: Settings, server: HostileServer) -> None:
    server.routes["/busy"] = serve_bytes(b"", {"Retry-After": "120"}, status=429)
    feed = poll(settings, server, "/busy")
    assert feed.hold_until is not None and feed.hold_until >= utcnow() + timedelta(seconds=115)
    assert feed.next_poll_at is not None and feed.next_poll_at >= feed.hold_until
    with session_scope(settings.database_url) as session:
        assert feed.id not in pipeline.pollable_feed_ids(session, due_only=False)
        assert feed.id not in pipeline.pollable_feed_ids(session, due_only=True)
    assert server.hits["/busy"] == 1


def test_not_modified_costs_no_parse(
    settings: Settings, server: HostileServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.routes["/cond"] = serve_conditional(
        GOOD_FEED.replace(b"good.example", b"cond.example"), '"v1"'
    )
    first = poll(settings, server, "/cond")
    assert first.etag == '"v1"'
    with (
        caplog.at_level(logging.INFO, logger="alerts"),
        session_scope(settings.database_url) as session,
    ):
        pipeline.poll_feeds(settings, session, [first.id])
    assert server.headers_seen["/cond"].get("If-None-Match") == '"v1"'
    polled = [r for r in caplog.records if r.getMessage() == "polled"]
    assert (
        polled and polled[-1].__dict__["not_modified"] == 1 and polled[-1].__dict__["parsed"] == 0
    )
    with session_scope(settings.database_url) as session:
        again = session.get_one(FeedRow, first.id)
        assert again.last_http_status == 304 and again.status == "active"
