"""What a user's inbox feed lists: each story that matched their follows once, however many
channels it was sent on, newest match first.

A story followed on e-mail and on a webhook has two notification rows; the feed shows it
once, with the topics of both and the time of the later match. Every status counts (sent,
pending, held for a digest, failed): the feed is what matched, not what was delivered.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.inbox.tokens import FeedUrls, feed_urls
from alerts.notify.render import StoryView
from alerts.notify.views import story_views
from alerts.store.tables import NotificationRow, UserRow

DEFAULT_LIMIT = 50


@dataclass(frozen=True)
class InboxEntry:
    """One story in the feed: the story as followers see it, and when it matched."""

    story: StoryView
    matched_at: datetime


def _newest_stories(session: Session, user_id: int, limit: int) -> list[int]:
    newest = func.max(NotificationRow.id)
    return list(
        session.scalars(
            select(NotificationRow.story_id)
            .where(NotificationRow.user_id == user_id)
            .group_by(NotificationRow.story_id)
            .order_by(newest.desc())
            .limit(limit)
        )
    )


def inbox_entries(
    session: Session, user_id: int, *, limit: int = DEFAULT_LIMIT
) -> list[InboxEntry]:
    """The user's `limit` most recently matched stories, newest first; only their own rows
    are read, so another user's stories never appear."""
    story_ids = _newest_stories(session, user_id, limit)
    rows = session.scalars(
        select(NotificationRow)
        .where(NotificationRow.user_id == user_id, NotificationRow.story_id.in_(story_ids))
        .order_by(NotificationRow.id.desc())
    ).all()
    newest: dict[int, NotificationRow] = {}
    topics: dict[int, list[str]] = {}
    for row in rows:
        newest.setdefault(row.story_id, row)
        merged = topics.setdefault(row.story_id, [])
        merged += [topic for topic in row.topics if topic not in merged]
    firsts = [newest[story_id] for story_id in story_ids if story_id in newest]
    return [
        InboxEntry(_with_topics(view, topics[view.story_id]), row.created_at)
        for view, row in zip(story_views(session, firsts), firsts, strict=True)
    ]


def _with_topics(view: StoryView, topics: list[str]) -> StoryView:
    return replace(view, topics=tuple(topics))


@dataclass(frozen=True)
class InboxFeed:
    """Everything both formats say: where the feed lives, its home page, when it last
    changed (the newest match, or the user's sign-up for an empty feed) and its entries."""

    urls: FeedUrls
    home_url: str
    updated: datetime
    entries: list[InboxEntry]


def inbox_feed(settings: Settings, user: UserRow, token: str, session: Session) -> InboxFeed:
    """The feed a token opens: the user's newest matches, with URLs under ALERTS_BASE_URL."""
    entries = inbox_entries(session, user.id)
    updated = max((entry.matched_at for entry in entries), default=user.created_at)
    return InboxFeed(feed_urls(settings, token), settings.base_url, updated, entries)
