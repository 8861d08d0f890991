"""A 200 whose body has not changed since the last poll (a server without validators) costs
no parse and writes nothing but the feed's health; a changed body is read as usual."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.feeds import watcher
from alerts.feeds.registry import add_feed, list_feeds
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes
from tests.support.sql import recorded_statements

CHANGED_FEED = GOOD_FEED.replace(
    b"</channel>",
    b"<item><title>Ferry timetable changes on Monday</title><link>https://good.example/2</link>"
    b"<description>Two crossings a day are added.</description></item></channel>",
)


@pytest.fixture
def settings(database_url: str) -> Settings:
    return load_settings(database_url=database_url, feed_allowed_hosts=("127.0.0.1",))


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as running:
        running.routes["/plain"] = serve_bytes(GOOD_FEED)  # no ETag, no Last-Modified
        yield running


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The documents the watcher hands to the parser, in order."""
    seen: list[bytes] = []
    real = watcher.parse_feed

    def counting(document: bytes | str, **options: object) -> object:
        seen.append(document if isinstance(document, bytes) else document.encode())
        return real(document, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(watcher, "parse_feed", counting)
    return seen


def _poll(settings: Settings, feed_id: int) -> list[int]:
    with session_scope(settings.database_url) as session:
        return pipeline.poll_feeds(settings, session, [feed_id])


def _outcome(settings: Settings, feed_id: int) -> str | None:
    with session_scope(settings.database_url) as session:
        return next(f.last_outcome for f in list_feeds(session) if f.id == feed_id)


@pytest.fixture
def feed_id(settings: Settings, server: HostileServer) -> int:
    with session_scope(settings.database_url) as session:
        feed, _ = add_feed(session, server.url("/plain"), allowed_hosts=("127.0.0.1",))
        return feed.id


def test_an_unchanged_body_is_neither_parsed_nor_stored(
    settings: Settings, feed_id: int, parses: list[bytes]
) -> None:
    assert len(_poll(settings, feed_id)) == 1 and len(parses) == 1
    assert _outcome(settings, feed_id) == "parsed"
    with recorded_statements(settings.database_url) as statements:
        assert _poll(settings, feed_id) == []
    assert len(parses) == 1, "the unchanged body must not be parsed again"
    touched = [s for s in statements if "articles" in s or "stories" in s]
    assert touched == [], "an unchanged body writes (and reads) no article or story"
    writes = [s for s in statements if not s.lstrip().upper().startswith("SELECT")]
    assert writes and all(s.lstrip().upper().startswith("UPDATE FEEDS") for s in writes)
    assert _outcome(settings, feed_id) == "unchanged"
    with session_scope(settings.database_url) as session:
        feed = session.get_one(FeedRow, feed_id)
        assert feed.status == "active" and feed.last_http_status == 200
        assert feed.polls_total == 2


def test_a_changed_body_is_parsed_and_its_new_entry_stored(
    settings: Settings, server: HostileServer, feed_id: int, parses: list[bytes]
) -> None:
    _poll(settings, feed_id)
    server.routes["/plain"] = serve_bytes(CHANGED_FEED)
    new = _poll(settings, feed_id)
    assert len(parses) == 2 and parses[-1] == CHANGED_FEED
    with session_scope(settings.database_url) as session:
        titles = session.scalars(select(ArticleRow.title).where(ArticleRow.id.in_(new))).all()
    assert titles == ["Ferry timetable changes on Monday"]
    assert _outcome(settings, feed_id) == "parsed"
    _poll(settings, feed_id)
    assert len(parses) == 2 and _outcome(settings, feed_id) == "unchanged"


def test_after_a_failed_poll_the_same_body_is_read_again(
    settings: Settings, server: HostileServer, feed_id: int, parses: list[bytes]
) -> None:
    """A failure drops the stored hash: the poll after it parses, so the health it leaves
    (active, no error) comes from reading the body, not from an error left over."""
    _poll(settings, feed_id)
    server.routes["/plain"] = serve_bytes(b"", status=500)
    _poll(settings, feed_id)
    assert _outcome(settings, feed_id) == "failed"
    server.routes["/plain"] = serve_bytes(GOOD_FEED)
    assert _poll(settings, feed_id) == []  # the entry is known: nothing new
    assert len(parses) == 2 and _outcome(settings, feed_id) == "parsed"
    with session_scope(settings.database_url) as session:
        feed = session.get_one(FeedRow, feed_id)
        assert feed.status == "active" and feed.error_count == 0 and feed.last_error is None


def test_a_batch_writes_its_feeds_once(settings: Settings, server: HostileServer) -> None:
    """The feeds' health and schedule reach the database in the commit's one flush: one
    UPDATE for a batch whose feeds all changed alike, not one before the articles are stored
    and another after the schedule is set."""
    for n in range(4):
        body = GOOD_FEED.replace(b"good.example/1", f"good.example/{n}".encode())
        server.routes[f"/feed{n}"] = serve_bytes(body)
    with session_scope(settings.database_url) as session:
        ids = [
            add_feed(session, server.url(f"/feed{n}"), allowed_hosts=("127.0.0.1",))[0].id
            for n in range(4)
        ]
    with (
        recorded_statements(settings.database_url) as statements,
        session_scope(settings.database_url) as session,
    ):
        assert len(pipeline.poll_feeds(settings, session, ids)) == 4
    assert sum(s.lstrip().upper().startswith("UPDATE FEEDS") for s in statements) == 1
    with session_scope(settings.database_url) as session:
        feeds = session.scalars(select(FeedRow).where(FeedRow.id.in_(ids))).all()
        assert all(f.last_outcome == "parsed" and f.next_poll_at for f in feeds)
        assert all(f.last_new_entry_at is not None for f in feeds)
