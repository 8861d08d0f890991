"""The inbox page's read model: the user's stories, unread first and newest first within
each group, a page at a time.

A story is one entry however many channels it was sent on (its topics merged), and it is
unread while any of its notifications is: marking reads a whole story
(`alerts.notify.history.mark_story`). Only the user's own rows are read, and their topics
are shown as the user may see them: their own alerts by name (`topics.personal`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from alerts.notify.render import StoryView
from alerts.notify.views import story_views
from alerts.store.tables import NotificationRow
from alerts.topics.personal import own_alert_names, shown_topics

PER_PAGE = 20


@dataclass(frozen=True)
class InboxStory:
    """One story as the inbox shows it; `notification_id` (the newest) is what a page
    sends to `PATCH /me/notifications/{id}` to mark the story."""

    story: StoryView
    notification_id: int
    unread: bool
    matched_at: datetime


@dataclass(frozen=True)
class InboxPage:
    """Page `page` (from 1) of the inbox, whether an older page follows, and the names of
    the user's alerts (their topics link to the alerts page, not to the taxonomy)."""

    stories: list[InboxStory]
    page: int
    has_more: bool
    alert_names: frozenset[str] = frozenset()


def _story_order(session: Session, user_id: int, page: int, per_page: int) -> list[int]:
    """Story ids of one page (one extra to tell whether more follow): unread first."""
    newest = func.max(NotificationRow.id)
    unread = func.max(case((NotificationRow.read_at.is_(None), 1), else_=0))
    return list(
        session.scalars(
            select(NotificationRow.story_id)
            .where(NotificationRow.user_id == user_id)
            .group_by(NotificationRow.story_id)
            .order_by(unread.desc(), newest.desc())
            .offset((page - 1) * per_page)
            .limit(per_page + 1)
        )
    )


def inbox_page(
    session: Session, user_id: int, *, page: int = 1, per_page: int = PER_PAGE
) -> InboxPage:
    """One page of the user's inbox; a page past the end is empty."""
    story_ids = _story_order(session, user_id, page, per_page)
    shown = story_ids[:per_page]
    rows = session.scalars(
        select(NotificationRow)
        .where(NotificationRow.user_id == user_id, NotificationRow.story_id.in_(shown))
        .order_by(NotificationRow.id.desc())
    ).all()
    newest: dict[int, NotificationRow] = {}
    topics: dict[int, list[str]] = {}
    unread: set[int] = set()
    for row in rows:
        newest.setdefault(row.story_id, row)
        merged = topics.setdefault(row.story_id, [])
        merged += [topic for topic in row.topics if topic not in merged]
        if row.read_at is None:
            unread.add(row.story_id)
    firsts = [newest[story_id] for story_id in shown if story_id in newest]
    own = own_alert_names(session, user_id)
    stories = [
        InboxStory(
            story=replace(view, topics=tuple(shown_topics(topics[row.story_id], own))),
            notification_id=row.id,
            unread=row.story_id in unread,
            matched_at=row.created_at,
        )
        for view, row in zip(story_views(session, firsts), firsts, strict=True)
    ]
    return InboxPage(
        stories=stories,
        page=page,
        has_more=len(story_ids) > per_page,
        alert_names=frozenset(own.values()),
    )
