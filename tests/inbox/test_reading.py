"""The inbox page's read model, on SQLite and PostgreSQL: one entry per story however many
channels told of it (topics merged, outlets listed), unread stories first, newest first
within each group, pages that neither repeat nor skip, and nobody else's stories."""

from __future__ import annotations

from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.inbox.reading import inbox_page
from alerts.matching.fanout import fan_out
from alerts.models import Channel
from alerts.notify.history import mark_story
from alerts.store.db import session_scope
from alerts.store.tables import UserRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def _story(session: Session, key: str, topics: list[str]) -> int:
    """A story carried by two outlets, fanned out to everyone who follows `topics`."""
    first = make_article(session, key, f"Story {key}", feed_url="file:///a.xml")
    make_article(session, key, f"Story {key}", feed_url="file:///b.xml")
    fan_out(session, article_id=first.id, story_id=first.story_id, topics=topics, now=utcnow())
    return first.story_id


def _reader(session: Session) -> UserRow:
    reader = make_user(session, "reader@example.org", webhook="https://hooks.example.org/x")
    make_follow(session, reader, "Iraq")
    make_follow(session, reader, "Syria", channel=Channel.WEBHOOK)
    other = make_user(session, "other@example.org")
    make_follow(session, other, "Iraq")
    make_follow(session, other, "Sport")
    return reader


def test_one_entry_per_story_unread_first_and_paged(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        reader = _reader(session)
        old = _story(session, "old", ["Iraq", "Syria"])
        middle = _story(session, "middle", ["Iraq"])
        new = _story(session, "new", ["Syria"])
        _story(session, "elsewhere", ["Sport"])
        shown = inbox_page(session, reader.id).stories
        assert [entry.story.story_id for entry in shown] == [new, middle, old]
        assert all(entry.unread for entry in shown)
        assert sorted(shown[2].story.topics) == ["Iraq", "Syria"]  # e-mail and webhook, merged
        assert [source.name for source in shown[2].story.sources] == [
            "Feed file:///a.xml",
            "Feed file:///b.xml",
        ]

        mark_story(session, reader.id, shown[0].notification_id, read=True, now=utcnow())
        reordered = inbox_page(session, reader.id).stories
        assert [(e.story.story_id, e.unread) for e in reordered] == [
            (middle, True),
            (old, True),
            (new, False),
        ]

        first = inbox_page(session, reader.id, page=1, per_page=2)
        second = inbox_page(session, reader.id, page=2, per_page=2)
        assert (first.has_more, second.has_more) == (True, False)
        paged = [e.story.story_id for e in first.stories + second.stories]
        assert paged == [middle, old, new]
        assert inbox_page(session, reader.id, page=3, per_page=2).stories == []


def test_marking_read_from_the_page_marks_the_whole_story(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        reader = _reader(session)
        both = _story(session, "both", ["Iraq", "Syria"])
        [entry] = inbox_page(session, reader.id).stories
        assert entry.story.story_id == both
        mark_story(session, reader.id, entry.notification_id, read=True, now=utcnow())
        [after] = inbox_page(session, reader.id).stories
        assert not after.unread, "read on every channel it was sent on"
