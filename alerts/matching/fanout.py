"""Fan-out: an article's topics -> the followers of those topics -> notification rows.

One row per (user, channel, story), enforced by a unique key and written with
`INSERT … ON CONFLICT DO NOTHING`, so re-polls, the same story in a second feed and
concurrent workers can never create a second notification. A user who follows several of
the article's topics on one channel gets one row that lists them all; when the follows
differ in mode, the most immediate mode wins (instant before daily before weekly).
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.models import Channel, Mode, NotificationStatus
from alerts.store.tables import FollowRow, NotificationRow, WebhookEndpointRow

_URGENCY = {Mode.INSTANT: 0, Mode.DAILY: 1, Mode.WEEKLY: 2}


@dataclass(frozen=True)
class Recipient:
    """What one user should get on one channel for one story."""

    user_id: int
    channel: Channel
    mode: Mode
    topics: tuple[str, ...]


def recipients(session: Session, topics: Iterable[str]) -> list[Recipient]:
    """Group the follows of `topics` by (user, channel); skip webhook follows without an
    active endpoint, since there is nowhere to deliver them."""
    names = sorted(set(topics))
    if not names:
        return []
    rows = session.execute(
        select(FollowRow.user_id, FollowRow.channel, FollowRow.mode, FollowRow.topic).where(
            FollowRow.topic.in_(names)
        )
    ).all()
    with_webhook = set(
        session.scalars(
            select(WebhookEndpointRow.user_id).where(WebhookEndpointRow.status == "active")
        )
    )
    grouped: dict[tuple[int, Channel], list[tuple[Mode, str]]] = defaultdict(list)
    for user_id, channel, mode, topic in rows:
        if channel == Channel.WEBHOOK and user_id not in with_webhook:
            continue
        grouped[(user_id, Channel(channel))].append((Mode(mode), topic))
    return [
        Recipient(
            user_id=user_id,
            channel=channel,
            mode=min((m for m, _ in follows), key=_URGENCY.__getitem__),
            topics=tuple(sorted({t for _, t in follows})),
        )
        for (user_id, channel), follows in sorted(grouped.items())
    ]


def fan_out(
    session: Session, *, article_id: int, story_id: int, topics: Iterable[str], now: datetime
) -> list[int]:
    """Write notification rows for everyone following one of `topics`; return the ids of
    the new instant ones (digest rows are held until their digest is built)."""
    values = [
        {
            "user_id": r.user_id,
            "story_id": story_id,
            "article_id": article_id,
            "channel": r.channel.value,
            "mode": r.mode.value,
            "topics": list(r.topics),
            "delivery_id": "msg_" + secrets.token_hex(12),
            "status": (
                NotificationStatus.PENDING if r.mode == Mode.INSTANT else NotificationStatus.HELD
            ).value,
            "next_attempt_at": now if r.mode == Mode.INSTANT else None,
            "created_at": now,
        }
        for r in recipients(session, topics)
    ]
    if not values:
        return []
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(NotificationRow)
        .values(values)
        .on_conflict_do_nothing(index_elements=["user_id", "channel", "story_id"])
        .returning(NotificationRow.id, NotificationRow.status)
    )
    inserted = session.execute(statement).all()
    return sorted(i for i, status in inserted if status == NotificationStatus.PENDING)
