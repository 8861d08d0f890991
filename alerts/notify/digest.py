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
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Mode, NotificationStatus
from alerts.notify.messages import cap_notice_email, digest_email
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_view
from alerts.preferences import preferences_of
from alerts.store.secrets import instance_secret
from alerts.store.tables import DigestRow, NotificationRow, UserRow

log = logging.getLogger(__name__)
WEEKLY_WEEKDAY = 0  # Monday, unless the user chose another day
CATCH_UP_H = 3  # how long after the local hour a missed digest is still sent that day


@dataclass(frozen=True)
class DigestOutcome:
    """What happened for one user."""

    user_id: int
    email: str
    status: str
    stories: int


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


def _users_with_held(session: Session, period: Mode) -> list[UserRow]:
    held = select(NotificationRow.user_id).where(
        NotificationRow.status == NotificationStatus.HELD,
        NotificationRow.mode == period,
        NotificationRow.digest_id.is_(None),
    )
    return list(session.scalars(select(UserRow).where(UserRow.id.in_(held)).order_by(UserRow.id)))


def _reserve(session: Session, user: UserRow, period: Mode, key: str) -> DigestRow | None:
    digest = DigestRow(
        user_id=user.id, period=period, period_key=key, message_id="dg_" + secrets.token_hex(12)
    )
    try:
        with session.begin_nested():
            session.add(digest)
    except IntegrityError:
        return None
    claimed = session.execute(
        update(NotificationRow)
        .where(
            NotificationRow.user_id == user.id,
            NotificationRow.status == NotificationStatus.HELD,
            NotificationRow.mode == period,
            NotificationRow.digest_id.is_(None),
        )
        .values(digest_id=digest.id)
    )
    if not claimed.rowcount:  # type: ignore[attr-defined]
        digest.status = "empty"
    session.commit()
    return digest


def _give_back(session: Session, digest: DigestRow) -> None:
    """Release a failed digest's stories so the next run retries them in a fresh digest."""
    session.execute(
        update(NotificationRow).where(NotificationRow.digest_id == digest.id).values(digest_id=None)
    )
    session.delete(digest)
    session.commit()


def _send_one(
    settings: Settings,
    session: Session,
    senders: Senders,
    user: UserRow,
    digest: DigestRow,
    now: datetime,
) -> DigestOutcome:
    """Send one reserved digest; on failure give its stories back for the next run."""
    rows = list(
        session.scalars(select(NotificationRow).where(NotificationRow.digest_id == digest.id))
    )
    secret = instance_secret(settings, session)
    message = digest_email(
        settings,
        to=user.email,
        period=digest.period,
        stories=[story_view(session, row) for row in rows],
        message_id=digest.message_id,
        unsubscribe_url=unsubscribe_url(
            settings.base_url, secret, UnsubscribeRequest(user.id, None)
        ),
    )
    try:
        senders.mail.send(message)
    except DeliveryError as error:
        _give_back(session, digest)
        log.warning("digest failed: %s", error, extra={"user_id": user.id})
        return DigestOutcome(user.id, user.email, "failed", len(rows))
    for row in rows:
        row.status, row.sent_at = NotificationStatus.SENT, now
    digest.status, digest.sent_at = "sent", now
    session.commit()
    log.info("digest sent", extra={"user_id": user.id, "stories": len(rows)})
    return DigestOutcome(user.id, user.email, "sent", len(rows))


def send_digests(
    settings: Settings,
    session: Session,
    senders: Senders,
    *,
    period: Mode,
    now: datetime,
    force: bool = False,
) -> list[DigestOutcome]:
    """Send every digest of `period` that is due at `now` (all of them with `force`)."""
    outcomes = []
    for user in _users_with_held(session, period):
        chosen = preferences_of(user, default_digest_hour=settings.digest_hour)
        key = (
            f"now-{now:%Y%m%dT%H%M%S%f}"
            if force
            else period_key(
                period, chosen.timezone, chosen.digest_hour, now, weekday=chosen.weekly_weekday
            )
        )
        if key is None:
            continue
        digest = _reserve(session, user, period, key)
        if digest is None or digest.status == "empty":
            continue
        outcomes.append(_send_one(settings, session, senders, user, digest, now))
    if period == Mode.DAILY and not force:
        send_cap_notices(settings, session, senders)
    return outcomes


def send_cap_notices(settings: Settings, session: Session, senders: Senders) -> int:
    """Tell each user whose instant e-mails went over their hourly cap, once per hour, that
    further matches wait for the digest. Each notice is claimed by a conditional update
    first, so two schedulers never send it twice. Returns how many were sent."""
    sent = 0
    due = session.scalars(select(UserRow).where(UserRow.cap_notice_due.is_(True))).all()
    for user in due:
        claimed = session.execute(
            update(UserRow)
            .where(UserRow.id == user.id, UserRow.cap_notice_due.is_(True))
            .values(cap_notice_due=False)
        )
        session.commit()
        if not claimed.rowcount:  # type: ignore[attr-defined]
            continue
        try:
            senders.mail.send(
                cap_notice_email(settings, to=user.email, cap=user.instant_cap_per_hour or 0)
            )
            sent += 1
        except DeliveryError as error:  # a notice is a courtesy: not retried
            log.warning("cap notice failed: %s", error, extra={"user_id": user.id})
    return sent
