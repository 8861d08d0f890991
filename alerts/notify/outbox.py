"""The outbox: notification rows are the source of truth for what must be delivered.

States: `pending` (due at `next_attempt_at`) -> `sending` (claimed, with a lease) -> `sent`,
or back to `pending` for a retry, or `failed` (a dead letter, kept with its reason until
replayed). A worker that dies mid-send leaves a lease that runs out after
`ALERTS_DELIVERY_LEASE_S`; the row is then claimable again. Because the Message-ID and the
`webhook-id` are the row's fixed delivery id, a repeat after such a crash is recognisable by
the receiver. Claims are atomic: a conditional UPDATE for one row, `FOR UPDATE SKIP LOCKED`
for a batch on PostgreSQL, so any number of workers and sweepers can run at once.

Retries follow `ALERTS_RETRY_DELAYS_S` (±20 % jitter), never sooner than a receiver's
`Retry-After`; permanent failures and exhausted retries end in `failed`.
"""

from __future__ import annotations

import logging
import random
import time
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import NotificationStatus
from alerts.notify.delivery import send_notification
from alerts.notify.senders import Senders
from alerts.store.tables import NotificationRow, utcnow

log = logging.getLogger(__name__)


def _claimable(now: datetime):  # type: ignore[no-untyped-def]
    pending = (NotificationRow.status == NotificationStatus.PENDING) & (
        NotificationRow.next_attempt_at <= now
    )
    stale = (NotificationRow.status == NotificationStatus.SENDING) & (
        NotificationRow.lease_until < now
    )
    return or_(pending, stale)


def _lease(settings: Settings, now: datetime) -> dict[str, object]:
    return {
        "status": NotificationStatus.SENDING,
        "lease_until": now + timedelta(seconds=settings.delivery_lease_s),
        "attempts": NotificationRow.attempts + 1,
    }


def claim(settings: Settings, session: Session, notification_id: int, now: datetime) -> bool:
    """Take one row for delivery; False when it is not due or another worker holds it."""
    result = session.execute(
        update(NotificationRow)
        .where(NotificationRow.id == notification_id, _claimable(now))
        .values(**_lease(settings, now))
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def claim_due(settings: Settings, session: Session, now: datetime, limit: int) -> list[int]:
    """Take up to `limit` due rows at once, skipping rows other workers are claiming."""
    query = (
        select(NotificationRow.id).where(_claimable(now)).order_by(NotificationRow.id).limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    ids = list(session.scalars(query))
    if ids:
        session.execute(
            update(NotificationRow)
            .where(NotificationRow.id.in_(ids))
            .values(**_lease(settings, now))
        )
    return ids


def due_ids(session: Session, now: datetime, limit: int = 10_000) -> list[int]:
    """Rows whose delivery is due: pending and due, or sending with an expired lease."""
    query = (
        select(NotificationRow.id).where(_claimable(now)).order_by(NotificationRow.id).limit(limit)
    )
    return list(session.scalars(query))


def _retry_at(
    settings: Settings, row: NotificationRow, error: DeliveryError, now: datetime
) -> datetime | None:
    delays = settings.retry_delays_s
    if error.permanent or row.attempts > len(delays):
        return None
    delay = delays[row.attempts - 1] * random.uniform(0.8, 1.2)
    return now + timedelta(seconds=max(delay, error.retry_after_s or 0.0))


def _record(
    settings: Settings, row: NotificationRow, error: DeliveryError | None, now: datetime
) -> None:
    row.lease_until = None
    if error is None:
        row.status, row.sent_at, row.last_error, row.next_attempt_at = (
            NotificationStatus.SENT,
            now,
            None,
            None,
        )
        return
    row.last_error = str(error)
    retry_at = _retry_at(settings, row, error, now)
    row.status = NotificationStatus.PENDING if retry_at else NotificationStatus.FAILED
    row.next_attempt_at = retry_at


def _deliver_claimed(
    settings: Settings, session: Session, senders: Senders, notification_id: int
) -> str:
    row = session.get_one(NotificationRow, notification_id)
    extra = {
        "notification_id": row.id,
        "user_id": row.user_id,
        "story_id": row.story_id,
        "channel": row.channel,
    }
    try:
        send_notification(settings, session, senders, row, utcnow())
    except DeliveryError as error:
        _record(settings, row, error, utcnow())
        log.warning(
            "delivery failed: %s",
            error,
            extra=extra | {"status": row.status, "attempts": row.attempts},
        )
    else:
        _record(settings, row, None, utcnow())
        log.info("delivered", extra=extra)
    session.commit()
    return row.status


def deliver_notification(
    settings: Settings, session: Session, senders: Senders, notification_id: int
) -> str:
    """Deliver one notification if it is due; return its status afterwards."""
    if not claim(settings, session, notification_id, utcnow()):
        session.rollback()
        row = session.get(NotificationRow, notification_id)
        return row.status if row else "missing"
    session.commit()  # the lease must be visible before the slow part starts
    return _deliver_claimed(settings, session, senders, notification_id)


def deliver_due(
    settings: Settings,
    session: Session,
    senders: Senders,
    *,
    batch: int = 20,
    budget_s: float = 30.0,
) -> int:
    """Deliver due rows (new, retries, or abandoned by a dead worker) in small claimed
    batches until none are left or `budget_s` has passed; return how many were attempted.
    Small batches keep every lease well ahead of the send it protects. The sweeper's unit
    of work: many may run at once."""
    deadline = time.monotonic() + budget_s
    attempted = 0
    while time.monotonic() < deadline:
        ids = claim_due(settings, session, utcnow(), batch)
        session.commit()
        for notification_id in ids:
            _deliver_claimed(settings, session, senders, notification_id)
        attempted += len(ids)
        if len(ids) < batch:
            break
    return attempted
