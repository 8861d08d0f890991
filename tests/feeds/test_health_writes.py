"""A poll writes the health columns whose values it changes and no others: a steady feed
answering 304 updates when it was polled, how often, and when to poll next; health comes
back in full after a failure."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.store.db import session_scope
from alerts.store.tables import FeedRow
from tests.feeds.hostile import GOOD_FEED, Handler, HostileServer, serve_bytes
from tests.support.sql import recorded_statements

ETAG = '"v1"'


def _conditional(h: Handler) -> None:
    if h.headers.get("If-None-Match") == ETAG:
        h.reply(304, headers={"ETag": ETAG})
    else:
        h.reply(200, GOOD_FEED, {"ETag": ETAG, "Content-Type": "application/rss+xml"})


@pytest.fixture
def settings(database_url: str) -> Settings:
    return load_settings(database_url=database_url, feed_allowed_hosts=("127.0.0.1",))


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as running:
        running.routes["/feed"] = _conditional
        yield running


@pytest.fixture
def feed_id(settings: Settings, server: HostileServer) -> int:
    with session_scope(settings.database_url) as session:
        return add_feed(session, server.url("/feed"), allowed_hosts=("127.0.0.1",))[0].id


def _poll(settings: Settings, feed_id: int) -> list[str]:
    """Poll the feed; return the assignments of every UPDATE of the feeds table."""
    with (
        recorded_statements(settings.database_url) as statements,
        session_scope(settings.database_url) as session,
    ):
        pipeline.poll_feeds(settings, session, [feed_id])
    return [
        s.split(" SET ", 1)[1].split(" WHERE ")[0]
        for s in statements
        if s.lstrip().upper().startswith("UPDATE FEEDS")
    ]


def _columns(assignments: str) -> set[str]:
    return {part.split("=")[0].strip() for part in assignments.split(",")}


def _feed(settings: Settings, feed_id: int) -> FeedRow:
    with session_scope(settings.database_url) as session:
        feed = session.get_one(FeedRow, feed_id)
        session.expunge(feed)
        return feed


def test_a_steady_304_writes_only_the_schedule(settings: Settings, feed_id: int) -> None:
    _poll(settings, feed_id)  # 200: read and stored
    first_304 = _poll(settings, feed_id)
    assert len(first_304) == 1
    assert {"last_http_status", "last_outcome"} <= _columns(first_304[0])
    steady = _poll(settings, feed_id)
    assert len(steady) == 1
    assert _columns(steady[0]) == {"last_polled_at", "polls_total", "next_poll_at"}
    feed = _feed(settings, feed_id)
    assert (feed.status, feed.error_count, feed.last_error) == ("active", 0, None)
    assert (feed.last_outcome, feed.last_http_status, feed.polls_total) == ("not_modified", 304, 3)


def test_a_304_after_a_failure_restores_the_feeds_health(
    settings: Settings, server: HostileServer, feed_id: int
) -> None:
    _poll(settings, feed_id)
    server.routes["/feed"] = serve_bytes(b"", status=500)
    _poll(settings, feed_id)
    failed = _feed(settings, feed_id)
    assert (failed.status, failed.error_count, failed.last_outcome) == ("failing", 1, "failed")
    assert failed.last_error == "HTTP 500"
    server.routes["/feed"] = _conditional
    _poll(settings, feed_id)
    feed = _feed(settings, feed_id)
    assert (feed.status, feed.error_count, feed.last_error) == ("active", 0, None)
    assert (feed.last_outcome, feed.last_http_status) == ("not_modified", 304)
