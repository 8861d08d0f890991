"""What a user was sent, and what they have read.

The history is every notification row of the user, whatever its channel and delivery status,
newest first. Read state belongs to a story, not to one delivery: a story sent by e-mail and
by webhook is two rows, and marking either read (or unread) marks both, so a reader sees a
story once. Unread counts are therefore counts of stories. A row the fan-out writes later
for a story already read (a new follow on another channel) starts unread.

Every query names the user, so another user's notification is missing (`NotFoundError`),
exactly like one that does not exist.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from alerts.errors import NotFoundError
from alerts.models import NotificationStatus
from alerts.store.tables import ArticleRow, NotificationRow


@dataclass(frozen=True)
class HistoryEntry:
    """One notification with the title and link of the article it was about."""

    notification: NotificationRow
    title: str
    url: str


@dataclass(frozen=True)
class HistoryFilter:
    """Which notifications to list: by delivery status, by read state (None: either), and a
    page of `limit` rows older than `before_id`."""

    status: NotificationStatus | None = None
    unread: bool | None = None
    limit: int = 50
    before_id: int | None = None


def _entries(user_id: int) -> Select[NotificationRow, str, str]:
    """The user's notifications with their article's title and link; the user is always named."""
    return (
        select(NotificationRow, ArticleRow.title, ArticleRow.url)
        .join(ArticleRow, ArticleRow.id == NotificationRow.article_id)
        .where(NotificationRow.user_id == user_id)
    )


def list_history(session: Session, user_id: int, wanted: HistoryFilter) -> list[HistoryEntry]:
    """The user's notifications, newest first; page with `before_id` (the smallest id of the
    previous page)."""
    query = _entries(user_id).order_by(NotificationRow.id.desc()).limit(wanted.limit)
    if wanted.status is not None:
        query = query.where(NotificationRow.status == wanted.status)
    if wanted.unread is not None:
        read_at = NotificationRow.read_at
        query = query.where(read_at.is_(None) if wanted.unread else read_at.is_not(None))
    if wanted.before_id is not None:
        query = query.where(NotificationRow.id < wanted.before_id)
    return [HistoryEntry(row, title, url) for row, title, url in session.execute(query).all()]


def get_entry(session: Session, user_id: int, notification_id: int) -> HistoryEntry:
    """One of the user's notifications; another user's is missing."""
    found = session.execute(
        _entries(user_id).where(NotificationRow.id == notification_id)
    ).one_or_none()
    if found is None:
        raise NotFoundError(f"no notification {notification_id}")
    row, title, url = found
    return HistoryEntry(row, title, url)


def mark_story(
    session: Session, user_id: int, notification_id: int, *, read: bool, now: datetime
) -> HistoryEntry:
    """Mark the story of one of the user's notifications read (at `now`, unless it already
    was: the first reading is kept) or unread, on every channel it was sent on."""
    entry = get_entry(session, user_id, notification_id)
    change = update(NotificationRow).where(
        NotificationRow.user_id == user_id,
        NotificationRow.story_id == entry.notification.story_id,
    )
    if read:
        change = change.where(NotificationRow.read_at.is_(None)).values(read_at=now)
    else:
        change = change.values(read_at=None)
    session.execute(change)  # also updates the rows this session holds, `entry`'s included
    return entry


def mark_article_read(session: Session, user_id: int, article_id: int, *, now: datetime) -> int:
    """Mark the user's unread notifications of the article's story read, as opening the
    article's page does; the number of notifications marked (0 when there were none)."""
    story_id = select(ArticleRow.story_id).where(ArticleRow.id == article_id).scalar_subquery()
    marked = session.execute(
        update(NotificationRow)
        .where(
            NotificationRow.user_id == user_id,
            NotificationRow.story_id == story_id,
            NotificationRow.read_at.is_(None),
        )
        .values(read_at=now)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(marked, "rowcount", 0) or 0)


def mark_all_read(session: Session, user_id: int, *, now: datetime) -> int:
    """Mark every unread notification of the user read; the number of stories marked."""
    marked = session.scalars(
        update(NotificationRow)
        .where(NotificationRow.user_id == user_id, NotificationRow.read_at.is_(None))
        .values(read_at=now)
        .returning(NotificationRow.story_id)
    )
    return len(set(marked))


def unread_count(session: Session, user_id: int) -> int:
    """How many stories the user has notifications of and has not read."""
    count = session.scalar(
        select(func.count(func.distinct(NotificationRow.story_id))).where(
            NotificationRow.user_id == user_id, NotificationRow.read_at.is_(None)
        )
    )
    return count or 0
