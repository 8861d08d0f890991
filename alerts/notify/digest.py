"""Digests: every story held for a user's daily or weekly digest, in one e-mail.

Exactly once per (user, period, period key): a scheduled run inserts the digest row under a
unique key before sending, so a second scheduler or a re-run on the same local day finds it
taken. The period key is the user's local date (daily) or ISO week (weekly), computed in the
user's time zone. `force=True` (`alerts digest send --now`) ignores the schedule and keys the
digest by the moment, so it sends whatever is held right now. Nothing held -> no e-mail.

Local dates make this DST-safe: on a day whose digest hour does not exist (clocks jump past
it) the first run after the jump sends it; on a day with a repeated hour the date key is the
same both times. A digest is due for `CATCH_UP_H` hours after the hour, not all day, so a
story held in the afternoon waits for the next morning's digest. The weekly digest goes on
the user's chosen weekday (Monday by default). The daily pass also sends the "you reached
your hourly limit" notices that fan-out asks for (`alerts.matching.noise`), since it runs
every cycle in both modes.

The database work is set-based, so a run costs a fixed number of statements per batch of
`DIGEST_BATCH` users, not a few per user, and memory stays flat however many users wait:

1. one query lists the schedules (time zone, hour, weekday) of users with held stories; the
   period key of each is computed here, in Python, where the time-zone rules live;
2. per batch (users in id order): one query finds the users whose schedule is due, one
   multi-row `INSERT … ON CONFLICT DO NOTHING RETURNING` reserves their digests (a key
   another scheduler holds is skipped; on PostgreSQL a concurrent insert of the same key
   waits for the other transaction, then is skipped), one UPDATE attaches their held
   notifications, and one query (plus the stories behind it) loads the batch's items;
   these commit together;
3. each digest is rendered and sent on its own (mail is per message), then a few UPDATEs
   record the batch's outcomes: sent, failed (stories given back and the digest row
   deleted, so the next run retries in a fresh digest) or empty (a concurrent forced run
   took the stories first). A crash between sending and recording leaves a digest pending,
   never sent twice.
"""

from __future__ import annotations

import logging
import secrets
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, case, delete, exists, func, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

from alerts.accounts.preferences import WEEKLY_WEEKDAY
from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Mode, NotificationStatus
from alerts.notify.messages import cap_notice_email, digest_email
from alerts.notify.render import StoryView
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_views
from alerts.store.secrets import instance_secret
from alerts.store.tables import DigestRow, NotificationRow, UserRow, utcnow

log = logging.getLogger(__name__)
CATCH_UP_H = 3  # how long after the local hour a missed digest is still sent that day
DIGEST_BATCH = 500  # users per batch: bounds memory, statement size and transaction length
STALE_AFTER = timedelta(hours=1)  # a reservation never recorded this long after: its run died
_PLAIN = {"synchronize_session": False}  # bulk statements: no ORM objects to keep in step
Slot = tuple[str, int, int]
"""A schedule: (time zone, digest hour, weekly weekday), defaults filled in."""


@dataclass(frozen=True)
class DigestOutcome:
    """What happened for one user."""

    user_id: int
    email: str
    status: str
    stories: int


@dataclass(frozen=True)
class _Due:
    """A user whose digest is due, and the key it goes under."""

    user_id: int
    email: str
    key: str
    tz: str


@dataclass(frozen=True)
class _Reserved:
    """A digest row this run inserted, so this run alone sends it."""

    digest_id: int
    user_id: int
    email: str
    message_id: str
    tz: str


@dataclass(frozen=True)
class _Schedule:
    """The digest key each due schedule goes under now, or one key for all (`forced`)."""

    keys: Mapping[Slot, str]
    forced: str | None = None

    def key(self, slot: Slot) -> str:
        """The key of a due schedule."""
        return self.forced or self.keys[slot]

    def any_due(self) -> bool:
        """Whether any digest may be due."""
        return self.forced is not None or bool(self.keys)


@dataclass(frozen=True)
class _Run:
    """What every digest of one run shares."""

    settings: Settings
    senders: Senders
    period: Mode
    now: datetime
    secret: str


def period_key(
    period: Mode, user_tz: str, digest_hour: int, now: datetime, *, weekday: int = WEEKLY_WEEKDAY
) -> str | None:
    """The key of the digest due now for a user, or None when none is due: a digest is due
    from the user's local hour for `CATCH_UP_H` hours (weekly: on their weekday), so a
    scheduler that was down briefly, or a clock that jumped past the hour, still sends it,
    while a story held later in the day waits for tomorrow's hour."""
    local = now.astimezone(ZoneInfo(user_tz))
    since = (local.hour - digest_hour) % 24
    if since >= CATCH_UP_H:
        return None
    day = local.date() - timedelta(days=1 if local.hour < digest_hour else 0)
    if period == Mode.WEEKLY:
        if day.weekday() != weekday:
            return None
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def _held(period: Mode) -> list[ColumnElement[bool]]:
    """A notification waiting for the next digest of `period`."""
    return [
        NotificationRow.status == NotificationStatus.HELD,
        NotificationRow.mode == period,
        NotificationRow.digest_id.is_(None),
    ]


def _slot_columns(
    default_hour: int,
) -> tuple[InstrumentedAttribute[str], ColumnElement[int], ColumnElement[int]]:
    """A user's `Slot` in SQL, with the same defaults as `alerts.accounts.preferences`."""
    return (
        UserRow.tz,
        func.coalesce(UserRow.digest_hour, default_hour),
        func.coalesce(UserRow.weekly_weekday, WEEKLY_WEEKDAY),
    )


def _schedule(
    session: Session, period: Mode, now: datetime, *, default_hour: int, force: bool
) -> _Schedule:
    """The key due now for each schedule that has held stories. There are far fewer
    schedules than users, so the time-zone rules run once per schedule, not per user."""
    if force:
        return _Schedule({}, forced=f"now-{now:%Y%m%dT%H%M%S%f}")
    has_held = exists().where(NotificationRow.user_id == UserRow.id, *_held(period))
    slots = session.execute(select(*_slot_columns(default_hour)).where(has_held).distinct())
    keys: dict[Slot, str] = {}
    for tz, hour, weekday in slots:
        key = period_key(period, tz, hour, now, weekday=weekday)
        if key is not None:
            keys[(tz, hour, weekday)] = key
    return _Schedule(keys)


def _due_users(
    session: Session,
    period: Mode,
    schedule: _Schedule,
    *,
    default_hour: int,
    after: int,
    limit: int,
) -> list[_Due]:
    """The next `limit` users (by id, above `after`) with held stories and a due schedule."""
    slot = _slot_columns(default_hour)
    query = (
        select(UserRow.id, UserRow.email, *slot)
        .where(UserRow.id > after)
        .where(exists().where(NotificationRow.user_id == UserRow.id, *_held(period)))
        .order_by(UserRow.id)
        .limit(limit)
    )
    if schedule.forced is None:
        query = query.where(tuple_(*slot).in_(list(schedule.keys)))
    rows = session.execute(query)
    return [_Due(user_id, email, schedule.key((tz, h, w)), tz) for user_id, email, tz, h, w in rows]


def _reserve(session: Session, period: Mode, due: Sequence[_Due]) -> list[_Reserved]:
    """Insert the batch's digest rows in one statement and return the ones this run got,
    in user order. Rows go in user order too, so two schedulers inserting the same keys
    wait for each other instead of deadlocking. The rows go as parameters of one cached
    statement (SQLAlchemy's "insertmanyvalues"), not as literal VALUES: compiling a fresh
    500-row statement for every batch cost more than the rest of the reservation."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    created = utcnow()
    values = [
        {
            "user_id": d.user_id,
            "period": period,
            "period_key": d.key,
            "status": "pending",
            "message_id": "dg_" + secrets.token_hex(12),
            "created_at": created,
        }
        for d in due
    ]
    inserted = session.execute(
        dialect.insert(DigestRow.__table__)
        .on_conflict_do_nothing()
        .returning(DigestRow.id, DigestRow.user_id, DigestRow.message_id),
        values,
    ).all()
    users = {d.user_id: d for d in due}
    return sorted(
        (
            _Reserved(i, user_id, users[user_id].email, message_id, users[user_id].tz)
            for i, user_id, message_id in inserted
        ),
        key=lambda r: r.user_id,
    )


def _attach(session: Session, period: Mode, digests: Sequence[_Reserved]) -> None:
    """Point every held notification of the batch's users at their new digest, in one
    UPDATE; the user -> digest mapping came back from the INSERT, so it goes in as a CASE."""
    digest_of = {d.user_id: d.digest_id for d in digests}
    session.execute(
        update(NotificationRow)
        .where(NotificationRow.user_id.in_(list(digest_of)), *_held(period))
        .values(digest_id=case(digest_of, value=NotificationRow.user_id)),
        execution_options=_PLAIN,
    )


def _stories(session: Session, digest_ids: list[int]) -> dict[int | None, list[StoryView]]:
    """Every story attached to the given digests, by digest id."""
    rows = session.scalars(
        select(NotificationRow)
        .where(NotificationRow.digest_id.in_(digest_ids))
        .order_by(NotificationRow.digest_id, NotificationRow.id)
    ).all()
    stories: dict[int | None, list[StoryView]] = defaultdict(list)
    for row, view in zip(rows, story_views(session, rows), strict=True):
        stories[row.digest_id].append(view)
    return stories


def _give_back(session: Session, digest_ids: Sequence[int]) -> None:
    """Detach the digests' stories (held again) and delete the digests, so that the next
    run reserves them afresh."""
    session.execute(
        update(NotificationRow)
        .where(NotificationRow.digest_id.in_(digest_ids))
        .values(digest_id=None),
        execution_options=_PLAIN,
    )
    session.execute(delete(DigestRow).where(DigestRow.id.in_(digest_ids)), execution_options=_PLAIN)


def release_stale(session: Session, now: datetime, older_than: timedelta = STALE_AFTER) -> int:
    """Give back digests reserved more than `older_than` ago and never recorded: their run
    died between reserving and recording (a batch takes seconds). Their stories wait for
    the next run; one whose message had already gone out may be sent again. Returns how
    many were given back."""
    stale = list(
        session.scalars(
            select(DigestRow.id).where(
                DigestRow.status == "pending", DigestRow.created_at < now - older_than
            )
        )
    )
    if stale:
        _give_back(session, stale)
        log.warning("stale digests given back", extra={"digests": len(stale)})
    session.commit()
    return len(stale)


def _record(
    session: Session, statuses: Mapping[int, str], now: datetime, *, empty: Sequence[int]
) -> None:
    """Record a batch: sent digests and their stories; failed digests' stories given back
    and the digest rows deleted, so the next run retries them; digests that got nothing."""
    sent = [i for i, status in statuses.items() if status == "sent"]
    failed = [i for i, status in statuses.items() if status == "failed"]
    if sent:
        session.execute(
            update(NotificationRow)
            .where(NotificationRow.digest_id.in_(sent))
            .values(status=NotificationStatus.SENT, sent_at=now),
            execution_options=_PLAIN,
        )
        session.execute(
            update(DigestRow).where(DigestRow.id.in_(sent)).values(status="sent", sent_at=now),
            execution_options=_PLAIN,
        )
    if failed:
        _give_back(session, failed)
    if empty:
        session.execute(
            update(DigestRow).where(DigestRow.id.in_(empty)).values(status="empty"),
            execution_options=_PLAIN,
        )
    session.commit()


def _send_one(run: _Run, digest: _Reserved, stories: list[StoryView]) -> DigestOutcome:
    """Render and send one reserved digest; a failure is reported, not raised, so one
    user's bad digest (a refused address, a story that will not render) leaves the rest of
    the batch going, and its stories go back to wait for the next run."""
    try:
        message = digest_email(
            run.settings,
            to=digest.email,
            period=run.period,
            stories=stories,
            message_id=digest.message_id,
            unsubscribe_url=unsubscribe_url(
                run.settings.base_url, run.secret, UnsubscribeRequest(digest.user_id, None)
            ),
            tz=digest.tz,
        )
        run.senders.mail.send(message)
    except DeliveryError as error:
        log.warning("digest failed: %s", error, extra={"user_id": digest.user_id})
        return DigestOutcome(digest.user_id, digest.email, "failed", len(stories))
    except Exception:  # the edge of one user's digest: log it whole, keep the batch going
        log.exception("digest failed", extra={"user_id": digest.user_id})
        return DigestOutcome(digest.user_id, digest.email, "failed", len(stories))
    log.info("digest sent", extra={"user_id": digest.user_id, "stories": len(stories)})
    return DigestOutcome(digest.user_id, digest.email, "sent", len(stories))


def _send_batch(run: _Run, session: Session, due: Sequence[_Due]) -> list[DigestOutcome]:
    """Reserve, attach and load a batch in one transaction; send; record the outcomes."""
    digests = _reserve(session, run.period, due)
    if not digests:  # another scheduler has them
        session.commit()
        return []
    _attach(session, run.period, digests)
    stories = _stories(session, [d.digest_id for d in digests])
    session.commit()
    outcomes: list[DigestOutcome] = []
    statuses: dict[int, str] = {}
    for digest in digests:
        if digest.digest_id in stories:
            outcome = _send_one(run, digest, stories[digest.digest_id])
            outcomes.append(outcome)
            statuses[digest.digest_id] = outcome.status
    empty = [d.digest_id for d in digests if d.digest_id not in stories]
    _record(session, statuses, run.now, empty=empty)
    return outcomes


def send_digests(
    settings: Settings,
    session: Session,
    senders: Senders,
    *,
    period: Mode,
    now: datetime,
    force: bool = False,
    batch_size: int = DIGEST_BATCH,
) -> list[DigestOutcome]:
    """Send every digest of `period` that is due at `now` (all of them with `force`),
    `batch_size` users at a time; return what happened to each, in user order."""
    hour = settings.digest_hour
    schedule = _schedule(session, period, now, default_hour=hour, force=force)
    outcomes: list[DigestOutcome] = []
    if schedule.any_due():
        run = _Run(settings, senders, period, now, instance_secret(settings, session))
        after = 0
        while due := _due_users(
            session, period, schedule, default_hour=hour, after=after, limit=batch_size
        ):
            outcomes += _send_batch(run, session, due)
            after = due[-1].user_id
    if period == Mode.DAILY and not force:
        send_cap_notices(settings, session, senders)
    return outcomes


def send_cap_notices(settings: Settings, session: Session, senders: Senders) -> int:
    """Tell each user whose instant e-mails went over their hourly cap, once per hour, that
    further matches wait for the digest. The notices are claimed first, all in one
    conditional update, so two schedulers never send one twice. Returns how many were sent."""
    claimed = session.execute(
        update(UserRow)
        .where(UserRow.cap_notice_due.is_(True))
        .values(cap_notice_due=False)
        .returning(UserRow.id, UserRow.email, UserRow.instant_cap_per_hour),
        execution_options=_PLAIN,
    ).all()
    session.commit()
    sent = 0
    for user_id, email, cap in sorted(claimed):
        try:
            senders.mail.send(cap_notice_email(settings, to=email, cap=cap or 0))
            sent += 1
        except DeliveryError as error:  # a notice is a courtesy: not retried
            log.warning("cap notice failed: %s", error, extra={"user_id": user_id})
    return sent
