"""Fan-out: an article's topics -> the followers of those topics -> notification rows.

One row per (user, channel, story), enforced by a unique key and written with
`INSERT … ON CONFLICT DO NOTHING`, so re-polls, the same story in a second feed and
concurrent workers can never create a second notification. A user who follows several of
the article's topics on one channel gets one row that lists them all; when the follows
differ in mode, the most immediate mode wins (instant before daily before weekly).
Noise control (snoozes, keyword exclusions, pause, quiet hours, the hourly cap) is decided
by `alerts.matching.noise`; this module only applies it. An article of a private source
(one only subscribers added) reaches only the followers who link that source
(`alerts.store.visibility.audience`); a shared feed's article adds no condition.

Scale: followers are split into user-id ranges of about `chunk_size` followers
(`follower_ranges`: equal slices of the id span), and each range is written by one
`fan_out_range` call, so memory and transaction size stay bounded however many people
follow a topic, and a range is a unit of work a Celery task can take
(`alerts.matching.split`). On PostgreSQL a range's followers, noise rules included, are
written by two `INSERT … SELECT` statements (`alerts.matching.bulk`: the users without
quiet hours or a cap by a plain one, the others by one with the rules), never passing
through Python;
only followers of a channel that looks its receivers up (Apprise) go through
`noise.plan_delivery` one by one, as every follower does on SQLite (no time zones there).
"""

from __future__ import annotations

import math
import secrets
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    and_,
    func,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.accounts.preferences import Preferences, preferences_of
from alerts.matching import bulk
from alerts.matching.noise import excluded, plan_delivery
from alerts.models import Mode, NotificationStatus
from alerts.notify.channels import registry
from alerts.store.tables import (
    ArticleRow,
    FollowRow,
    NotificationRow,
    UserRow,
)
from alerts.store.visibility import audience

_URGENCY = {Mode.INSTANT: 0, Mode.DAILY: 1, Mode.WEEKLY: 2}
FANOUT_CHUNK = 10_000
UserRange = tuple[int, int | None]
"""Followers with `low <= user_id < high` (`high` None: no upper bound)."""


@dataclass(frozen=True)
class Recipient:
    """What one user should get on one channel for one story."""

    user_id: int
    channel: str
    mode: Mode
    topics: tuple[str, ...]
    ignore_quiet: bool = False


def followed_topics(session: Session, topics: Iterable[str]) -> set[str]:
    """Which of `topics` anyone follows, read from the (topic, user_id) index in one
    statement, so a batch of articles skips the fan-out of every article no one follows."""
    names = sorted(set(topics))
    if not names:
        return set()
    return set(
        session.scalars(select(FollowRow.topic).where(FollowRow.topic.in_(names)).distinct())
    )


def follower_ranges(
    session: Session,
    topics: Iterable[str],
    *,
    chunk_size: int = FANOUT_CHUNK,
    where: ColumnElement[bool] | None = None,
) -> list[UserRange]:
    """Split the followers of `topics` into equal slices of the user-id span, as many as
    make about `chunk_size` follows per slice. Reads the lowest and highest follower id
    and a count from the (topic, user_id) index; exact boundaries would need a sort of
    every follower, which took longer than writing a tenth of their rows. With ids
    clustered, slices hold more or fewer followers; each is still one bounded statement.
    `where` narrows the follows counted (the `audience` of a private source's article)."""
    names = sorted(set(topics))
    if not names:
        return []
    low, high, count = session.execute(
        select(func.min(FollowRow.user_id), func.max(FollowRow.user_id), func.count()).where(
            FollowRow.topic.in_(names), true() if where is None else where
        )
    ).one()
    if not count:
        return []
    slices = math.ceil(count / chunk_size)
    width = math.ceil((high - low + 1) / slices)
    starts = list(range(low, high + 1, width))
    ends: list[int | None] = [*starts[1:], None]
    return list(zip(starts, ends, strict=True))


def recipients(
    session: Session,
    topics: Iterable[str],
    *,
    text: str = "",
    now: datetime | None = None,
    where: ColumnElement[bool] | None = None,
) -> list[Recipient]:
    """Group the follows of `topics` (narrowed by `where`) by the (user, channel) they
    deliver to, as the channel registry says; skip follows with nowhere to deliver (a
    webhook follow without an active endpoint, say), follows snoozed past `now`, and
    follows whose exclusion keywords occur in `text`."""
    names = sorted(set(topics))
    if not names:
        return []
    chosen = (
        FollowRow.topic.in_(names) if where is None else and_(FollowRow.topic.in_(names), where)
    )
    follows = session.scalars(select(FollowRow).where(chosen)).all()
    found = registry.receivers(session, {(f.user_id, f.channel) for f in follows})
    return group_follows(follows, found, text, now)


def group_follows(
    follows: Sequence[FollowRow],
    receivers: dict[tuple[int, str], tuple[str, ...]],
    text: str,
    now: datetime | None,
) -> list[Recipient]:
    """Follows grouped by the (user, notification channel) they deliver to: a follow of
    every Apprise channel and one of a single one meet on that one's row."""
    grouped: dict[tuple[int, str], list[FollowRow]] = defaultdict(list)
    for f in follows:
        if now is not None and f.snoozed_until is not None and f.snoozed_until > now:
            continue
        if f.exclude and excluded(f.exclude, text):
            continue
        for channel in receivers[(f.user_id, f.channel)]:
            grouped[(f.user_id, channel)].append(f)
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


def instant_last_hour(session: Session, user_ids: set[int], now: datetime) -> dict[int, int]:
    """Instant messages sent at once (not held) per capped user in the hour before `now`."""
    sent = bulk.sent_last_hour(UserRow.id, now)
    rows = session.execute(
        select(UserRow.id, sent).where(
            UserRow.id.in_(user_ids), UserRow.instant_cap_per_hour.is_not(None)
        )
    ).all()
    return {user_id: count for user_id, count in rows if count}


def user_preferences(session: Session, user_ids: set[int]) -> dict[int, Preferences]:
    """Each user's preferences, read in one statement."""
    users = session.scalars(select(UserRow).where(UserRow.id.in_(user_ids)))
    return {u.id: preferences_of(u, default_digest_hour=0) for u in users}


def planned_rows(
    found: list[Recipient],
    preferences: dict[int, Preferences],
    sent: dict[int, int],
    *,
    story_id: int,
    article_id: int,
    now: datetime,
) -> Iterator[dict[str, object]]:
    """Notification values for each recipient, per the user's preferences. `sent` holds
    the instant messages of the past hour per capped user (`instant_last_hour`); it is
    advanced by the rows planned here, so pass a copy."""
    for r in found:
        user = preferences[r.user_id]
        if user.muted(now):
            continue
        quiet_rules = registry.quiet_hours_apply(r.channel)
        plan = plan_delivery(
            quiet_rules=quiet_rules,
            mode=r.mode,
            preferences=user,
            ignore_quiet=r.ignore_quiet,
            sent_last_hour=sent.get(r.user_id, 0),
            now=now,
        )
        if plan.mode == Mode.INSTANT and plan.held_reason is None and quiet_rules:
            sent[r.user_id] = sent.get(r.user_id, 0) + 1
        yield {
            "user_id": r.user_id,
            "story_id": story_id,
            "article_id": article_id,
            "channel": r.channel,
            "mode": plan.mode.value,
            "topics": list(r.topics),
            "delivery_id": "msg_" + secrets.token_hex(12),
            "status": plan.status.value,
            "next_attempt_at": plan.next_attempt_at,
            "held_reason": plan.held_reason,
            "created_at": now,
        }


def flag_cap_notices(session: Session, user_ids: set[int], now: datetime) -> None:
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


def due_ids(inserted: Iterable[tuple[int, str, datetime | None]], now: datetime) -> list[int]:
    """The ids of the inserted rows to deliver now: pending and due."""
    return sorted(
        i
        for i, status, due in inserted
        if status == NotificationStatus.PENDING and due is not None and due <= now
    )


def insert_notifications(session: Session, values: list[dict[str, object]]) -> Sequence[Row[Any]]:
    """Insert notification values, skipping a (user, channel, story) that has its row
    already; returns the rows inserted (id, status, due time, user, held reason, article)."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    # Parameters passed apart from the statement: compiled once and cached, sent in
    # multi-row batches ("insertmanyvalues"), where inline `.values(rows)` would compile
    # a statement as long as the rows on every call.
    statement = (
        dialect.insert(NotificationRow.__table__)
        .on_conflict_do_nothing(index_elements=["user_id", "channel", "story_id"])
        .returning(
            NotificationRow.id,
            NotificationRow.status,
            NotificationRow.next_attempt_at,
            NotificationRow.user_id,
            NotificationRow.held_reason,
            NotificationRow.article_id,
        )
    )
    return session.connection().execute(statement, values).all()


def _write_one_by_one(
    session: Session, found: list[Recipient], story_id: int, article_id: int, now: datetime
) -> list[int]:
    """Apply every noise rule per recipient in Python, then insert the rows in one statement."""
    if not found:
        return []
    preferences = user_preferences(session, {r.user_id for r in found})
    sent = instant_last_hour(session, set(preferences), now)
    values = list(
        planned_rows(found, preferences, sent, story_id=story_id, article_id=article_id, now=now)
    )
    if not values:
        return []
    inserted = insert_notifications(session, values)
    flag_cap_notices(session, {r.user_id for r in inserted if r.held_reason == "cap"}, now)
    return due_ids(((r.id, r.status, r.next_attempt_at) for r in inserted), now)


def fan_out_range(
    session: Session,
    *,
    article_id: int,
    story_id: int,
    topics: Iterable[str],
    now: datetime,
    user_range: UserRange | None = None,
) -> list[int]:
    """Write the notification rows of the followers in `user_range` (all when None); return
    the ids of the new instant ones due now. Idempotent, like `fan_out`."""
    names = sorted(set(topics))
    if not names:
        return []
    article = session.get(ArticleRow, article_id)
    text = f"{article.title}\n{article.summary}" if article else ""
    # An article of a private source reaches only the users who link that source.
    allowed = audience(session, article_id, FollowRow.user_id)
    in_range = and_(bulk.in_range(FollowRow.user_id, user_range), allowed)
    if session.get_bind().dialect.name != "postgresql":
        # SQLite has no time zones: the embedded default applies the rules row by row.
        found = recipients(session, names, text=text, now=now, where=in_range)
        return _write_one_by_one(session, found, story_id, article_id, now)
    bulk.plan_each(session)
    skip, matched = bulk.prepare(session, names, user_range, text)
    ids: list[int] = []
    if skip:
        found = recipients(
            session, names, text=text, now=now, where=and_(in_range, FollowRow.user_id.in_(skip))
        )
        ids += _write_one_by_one(session, found, story_id, article_id, now)
    where = bulk.follow_where(
        names, user_range, skip=skip, matched=matched, now=now, allowed=allowed
    )
    due, capped = bulk.write(
        session,
        partial(
            bulk.insert_all,
            session,
            where,
            (user_range, names, matched),
            (story_id, article_id),
            now,
        ),
        first=bulk.first_of_story(session, article_id, story_id),
    )
    ids += due
    flag_cap_notices(session, capped, now)
    if len(names) > 1:
        bulk.list_every_topic(session, where, story_id, now)
    return sorted(ids)


def fan_out(
    session: Session,
    *,
    article_id: int,
    story_id: int,
    topics: Iterable[str],
    now: datetime,
    chunk_size: int = FANOUT_CHUNK,
) -> list[int]:
    """Write notification rows for everyone following one of `topics`, one follower range
    at a time; return the ids of the new instant ones due now (digest rows are held until
    their digest is built, quiet hours rows become due when the quiet hours end)."""
    names = sorted(set(topics))
    ids: list[int] = []
    allowed = audience(session, article_id, FollowRow.user_id)
    for user_range in follower_ranges(session, names, chunk_size=chunk_size, where=allowed):
        ids += fan_out_range(
            session,
            article_id=article_id,
            story_id=story_id,
            topics=names,
            now=now,
            user_range=user_range,
        )
    return sorted(ids)
