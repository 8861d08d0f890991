"""JSON Feed 1.0 and 1.1: read by the same rules as RSS and Atom (keys, canonical links,
http(s) only, plain text, no future dates), bad documents as one-line problems, and a JSON
feed polled end to end by the watcher from a loopback server."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.config import Settings
from alerts.feeds.jsonfeed import is_json_document
from alerts.feeds.parse import parse_feed
from alerts.feeds.registry import add_feed
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow
from tests.conftest import FIXTURES
from tests.feeds.hostile import HostileServer, serve_bytes

BASE = "https://harbour.example/feed.json"
V10 = (FIXTURES / "feeds" / "harbour-1.0.json").read_bytes()
V11 = (FIXTURES / "feeds" / "harbour-1.1.json").read_bytes()


def test_version_1_0_items_follow_the_article_rules() -> None:
    parsed = parse_feed(V10, base_url=BASE, content_type="application/feed+json")
    assert parsed.problem is None and parsed.title == "Harbour Gazette"
    strike, tides, future, hostile = parsed.articles
    assert strike.key == strike.url == "https://harbour.example/2024/ferry-strike"  # no utm_
    assert strike.title == "Ferry crews & port staff strike over pay"
    assert strike.summary == "Crossings were cancelled on Monday.\n\nTalks resume Friday."
    assert strike.published_at == datetime(2024, 3, 4, 7, 30, tzinfo=UTC)
    assert strike.author == "Ines Marr"  # 1.0's `author` object
    assert tides.key == "42" and tides.url == "https://elsewhere.example/tide-tables"
    assert tides.title == "Tide tables for <spring>"  # JSON Feed titles are plain text
    assert tides.summary == "High water at 06:12.\n\nLow water at 12:30 & 18:45."
    assert tides.published_at == datetime(2024, 3, 5, 10, 0, tzinfo=UTC)  # date_modified
    assert future.url == "https://harbour.example/2099/from-the-future"  # relative: resolved
    assert future.title.startswith("An item without a title")
    assert future.published_at is not None and future.published_at <= datetime.now(UTC)
    assert hostile.url == "" and hostile.title == "A link that is not a web link"


def test_version_1_1_authors_summary_and_a_bad_item() -> None:
    parsed = parse_feed(V11, base_url=BASE)  # no content type: recognised by its body
    lighthouse, regatta = parsed.articles
    assert lighthouse.author == "Ines Marr, Tom Quay"  # 1.1's `authors` list
    assert lighthouse.summary == "The old lighthouse is open to visitors again."
    assert lighthouse.key == "tag:harbour.example,2024:lighthouse"
    assert regatta.summary == "Storm warnings moved the regatta to next week."
    assert regatta.published_at == datetime(2024, 4, 2, tzinfo=UTC)
    assert parsed.problem == "malformed JSON Feed: 1 item(s) not objects, skipped"


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        (b'{"version": "https://jsonfeed.org/version/1", "items": [', "not a readable JSON"),
        (b'{"version": "https://jsonfeed.org/version/1.1", "items": {}}', "`items` is not"),
        (b'{"version": "2", "items": []}', "unsupported version '2'"),
        (b'{"items": []}', "unsupported version None"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
        (b"\xff\xfe{ not utf-8", "not a readable JSON feed"),
    ],
)
def test_malformed_json_is_a_one_line_problem(document: bytes, problem: str) -> None:
    parsed = parse_feed(document, content_type="application/json")
    assert parsed.articles == () and parsed.problem is not None
    assert problem in parsed.problem and "\n" not in parsed.problem


def test_xml_served_as_json_is_still_read_as_xml() -> None:
    rss = (FIXTURES / "feeds" / "outlet-a.xml").read_bytes()
    assert not is_json_document(rss, "application/json")
    assert len(parse_feed(rss, content_type="application/json").articles) == 4
    assert is_json_document(b'\xef\xbb\xbf  {"version": 1}', None)


def test_entry_limit_applies() -> None:
    items = ",".join(f'{{"id": "{n}", "title": "Item {n}"}}' for n in range(50))
    document = f'{{"version": "https://jsonfeed.org/version/1.1", "items": [{items}]}}'
    assert len(parse_feed(document, max_entries=10).articles) == 10


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as running:
        running.routes["/feed.json"] = serve_bytes(
            V11, {"Content-Type": "application/feed+json; charset=utf-8"}
        )
        yield running


def test_the_watcher_polls_a_json_feed(settings: Settings, server: HostileServer) -> None:
    with session_scope(settings.database_url) as session:
        feed, _ = add_feed(
            session, server.url("/feed.json"), allowed_hosts=settings.feed_allowed_hosts
        )
        feed_id = feed.id
    with session_scope(settings.database_url) as session:
        pipeline.poll_feeds(settings, session, [feed_id])
    with session_scope(settings.database_url) as session:
        row = session.get(FeedRow, feed_id)
        assert row is not None and row.status == "active", row and row.last_error
        assert row.name == "Harbour Gazette"
        assert row.last_error == "malformed JSON Feed: 1 item(s) not objects, skipped"
        titles = session.scalars(
            select(ArticleRow.title).where(ArticleRow.feed_id == feed_id).order_by(ArticleRow.id)
        ).all()
    assert titles == ["Lighthouse reopens after repairs", "Regatta postponed"]


XML_TALK = (
    b'{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "x1", '
    b'"title": "On <!ENTITY declarations", '
    b'"content_text": "<!DOCTYPE x [<!ENTITY e SYSTEM \\"file:///etc/passwd\\">]> is refused"}]}'
)


def test_a_json_feed_that_quotes_xml_entities_is_not_refused_as_xml(
    settings: Settings, server: HostileServer
) -> None:
    """JSON expands no entities, so the XML entity guard does not apply to it: an article
    about XML is stored with its text as written."""
    server.routes["/xml-talk.json"] = serve_bytes(XML_TALK, {"Content-Type": "application/json"})
    with session_scope(settings.database_url) as session:
        allowed = settings.feed_allowed_hosts
        feed_id = add_feed(session, server.url("/xml-talk.json"), allowed_hosts=allowed)[0].id
    with session_scope(settings.database_url) as session:
        pipeline.poll_feeds(settings, session, [feed_id])
    with session_scope(settings.database_url) as session:
        row = session.get(FeedRow, feed_id)
        assert row is not None and row.status == "active" and row.last_error is None
        article = session.scalars(select(ArticleRow).where(ArticleRow.feed_id == feed_id)).one()
        assert article.title == "On <!ENTITY declarations"
        assert article.summary.startswith('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">')
