"""Digests: every story held for a user's daily or weekly digest, in one e-mail.

Exactly once per (user, period, period key): a scheduled run inserts the digest row under a
unique key before sending, so a second scheduler or a re-run on the same local day finds it
taken. The period key is the user's local date (daily) or ISO week (weekly), computed in the
user's time zone. `force=True` (`alerts digest send --now`) ignores the schedule and keys the
digest by the moment, so it sends whatever is held right now. Nothing held -> no e-mail.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Mode, NotificationStatus
from alerts.notify.messages import digest_email
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_view
from alerts.store.secrets import instance_secret
from alerts.store.tables import DigestRow, NotificationRow, UserRow, utcnow

log = logging.getLogger(__name__)
WEEKLY_WEEKDAY = 0  # Monday; per-user weekdays come with preferences


@dataclass(frozen=True)
class DigestOutcome:
    """What happened for one user."""

    user_id: int
    email: str
    status: str
    stories: int


def period_key(period: Mode, user_tz: str, digest_hour: int, now: datetime) -> str | None:
    """The key of the digest due now for a user, or None when it is not yet their hour."""
    local = now.astimezone(ZoneInfo(user_tz))
    if local.hour < digest_hour:
        return None
    if period == Mode.WEEKLY:
        if local.weekday() != WEEKLY_WEEKDAY:
            return None
        year, week, _ = local.isocalendar()
        return f"{year}-W{week:02d}"
    return local.date().isoformat()


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


def _send_one(
    settings: Settings, session: Session, senders: Senders, user: UserRow, digest: DigestRow
) -> DigestOutcome:
    rows = list(
        session.scalars(select(NotificationRow).where(NotificationRow.digest_id == digest.id))
    )
    stories = [story_view(session, row) for row in rows]
    link = unsubscribe_url(
        settings.base_url, instance_secret(settings, session), UnsubscribeRequest(user.id, None)
    )
    message = digest_email(
        settings,
        to=user.email,
        period=digest.period,
        stories=stories,
        message_id=digest.message_id,
        unsubscribe_url=link,
    )
    try:
        senders.mail.send(message)
    except DeliveryError as error:
        # Give the stories back so the next run retries them in a fresh digest.
        session.execute(
            update(NotificationRow)
            .where(NotificationRow.digest_id == digest.id)
            .values(digest_id=None)
        )
        session.delete(digest)
        session.commit()
        log.warning("digest failed: %s", error, extra={"user_id": user.id})
        return DigestOutcome(user.id, user.email, "failed", len(rows))
    now = utcnow()
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
        hour = settings.digest_hour if user.digest_hour is None else user.digest_hour
        key = f"now-{now:%Y%m%dT%H%M%S%f}" if force else period_key(period, user.tz, hour, now)
        if key is None:
            continue
        digest = _reserve(session, user, period, key)
        if digest is None or digest.status == "empty":
            continue
        outcomes.append(_send_one(settings, session, senders, user, digest))
    return outcomes
