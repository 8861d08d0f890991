"""Fan-out: an article's topics -> the followers of those topics -> notification rows.

One row per (user, channel, story), enforced by a unique key and written with
`INSERT … ON CONFLICT DO NOTHING`, so re-polls, the same story in a second feed and
concurrent workers can never create a second notification. A user who follows several of
the article's topics on one channel gets one row that lists them all; when the follows
differ in mode, the most immediate mode wins (instant before daily before weekly).
Noise control (snoozes, keyword exclusions, pause, quiet hours, the hourly cap) is decided
by `alerts.matching.noise`; this module only applies it.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.matching.noise import excluded, plan_delivery
from alerts.models import Channel, Mode, NotificationStatus
from alerts.preferences import preferences_of
from alerts.store.tables import (
    ArticleRow,
    FollowRow,
    NotificationRow,
    UserRow,
    WebhookEndpointRow,
)

_URGENCY = {Mode.INSTANT: 0, Mode.DAILY: 1, Mode.WEEKLY: 2}


@dataclass(frozen=True)
class Recipient:
    """What one user should get on one channel for one story."""

    user_id: int
    channel: Channel
    mode: Mode
    topics: tuple[str, ...]
    ignore_quiet: bool = False


def recipients(
    session: Session, topics: Iterable[str], *, text: str = "", now: datetime | None = None
) -> list[Recipient]:
    """Group the follows of `topics` by (user, channel); skip webhook follows without an
    active endpoint, since there is nowhere to deliver them, follows snoozed past `now`, and
    follows whose exclusion keywords occur in `text`."""
    names = sorted(set(topics))
    if not names:
        return []
    follows = session.scalars(select(FollowRow).where(FollowRow.topic.in_(names))).all()
    with_webhook = set(
        session.scalars(
            select(WebhookEndpointRow.user_id).where(WebhookEndpointRow.status == "active")
        )
    )
    grouped: dict[tuple[int, Channel], list[FollowRow]] = defaultdict(list)
    for f in follows:
        if f.channel == Channel.WEBHOOK and f.user_id not in with_webhook:
            continue
        if now is not None and f.snoozed_until is not None and f.snoozed_until > now:
            continue
        if f.exclude and excluded(f.exclude, text):
            continue
        grouped[(f.user_id, Channel(f.channel))].append(f)
    return [
        Recipient(
            user_id=user_id,
            channel=channel,
            mode=min((Mode(f.mode) for f in group), key=_URGENCY.__getitem__),
            topics=tuple(sorted({f.topic for f in group})),
            ignore_quiet=any(f.ignore_quiet for f in group),
        )
        for (user_id, channel), group in sorted(grouped.items())
    ]


def _instant_last_hour(session: Session, user_ids: set[int], now: datetime) -> dict[int, int]:
    """Instant e-mails sent at once (not held) per user in the hour before `now`."""
    rows = session.execute(
        select(NotificationRow.user_id, func.count())
        .where(
            NotificationRow.user_id.in_(user_ids),
            NotificationRow.mode == Mode.INSTANT,
            NotificationRow.channel != Channel.WEBHOOK,
            NotificationRow.held_reason.is_(None),
            NotificationRow.created_at > now - timedelta(hours=1),
        )
        .group_by(NotificationRow.user_id)
    ).all()
    return {user_id: count for user_id, count in rows}


def _rows(
    session: Session, found: list[Recipient], story_id: int, article_id: int, now: datetime
) -> Iterator[dict[str, object]]:
    """Notification values for each recipient, per the user's preferences."""
    users = {
        u.id: u
        for u in session.scalars(select(UserRow).where(UserRow.id.in_({r.user_id for r in found})))
    }
    sent = _instant_last_hour(session, set(users), now)
    for r in found:
        preferences = preferences_of(users[r.user_id], default_digest_hour=0)
        if preferences.muted(now):
            continue
        plan = plan_delivery(
            channel=r.channel,
            mode=r.mode,
            preferences=preferences,
            ignore_quiet=r.ignore_quiet,
            sent_last_hour=sent.get(r.user_id, 0),
            now=now,
        )
        if plan.mode == Mode.INSTANT and plan.held_reason is None and r.channel != Channel.WEBHOOK:
            sent[r.user_id] = sent.get(r.user_id, 0) + 1
        yield {
            "user_id": r.user_id,
            "story_id": story_id,
            "article_id": article_id,
            "channel": r.channel.value,
            "mode": plan.mode.value,
            "topics": list(r.topics),
            "delivery_id": "msg_" + secrets.token_hex(12),
            "status": plan.status.value,
            "next_attempt_at": plan.next_attempt_at,
            "held_reason": plan.held_reason,
            "created_at": now,
        }


def _flag_cap_notices(session: Session, user_ids: set[int], now: datetime) -> None:
    """Ask for one "you reached your hourly limit" notice per user per hour; the update is
    conditional, so concurrent fan-outs flag a user once."""
    if not user_ids:
        return
    session.execute(
        update(UserRow)
        .where(
            UserRow.id.in_(user_ids),
            or_(
                UserRow.cap_noticed_at.is_(None),
                UserRow.cap_noticed_at <= now - timedelta(hours=1),
            ),
        )
        .values(cap_notice_due=True, cap_noticed_at=now)
    )


def fan_out(
    session: Session, *, article_id: int, story_id: int, topics: Iterable[str], now: datetime
) -> list[int]:
    """Write notification rows for everyone following one of `topics`; return the ids of
    the new instant ones due now (digest rows are held until their digest is built, quiet
    hours rows become due when the quiet hours end)."""
    article = session.get(ArticleRow, article_id)
    text = f"{article.title}\n{article.summary}" if article else ""
    found = recipients(session, topics, text=text, now=now)
    values = list(_rows(session, found, story_id, article_id, now)) if found else []
    if not values:
        return []
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(NotificationRow)
        .values(values)
        .on_conflict_do_nothing(index_elements=["user_id", "channel", "story_id"])
        .returning(
            NotificationRow.id,
            NotificationRow.status,
            NotificationRow.next_attempt_at,
            NotificationRow.user_id,
            NotificationRow.held_reason,
        )
    )
    inserted = session.execute(statement).all()
    _flag_cap_notices(session, {r.user_id for r in inserted if r.held_reason == "cap"}, now)
    return sorted(
        r.id
        for r in inserted
        if r.status == NotificationStatus.PENDING and r.next_attempt_at <= now
    )
