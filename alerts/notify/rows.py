"""The life of a notification row in the outbox, shared by every channel's send path:
which rows may be claimed, the lease a claim takes, and how an outcome is recorded (sent,
retried after `ALERTS_RETRY_DELAYS_S` ±20 % and never sooner than a `Retry-After`, a dead
letter, or deferred by a rate limit without counting as an attempt).

Claims and outcomes commit without waiting for the disk (`commit_soon`): a crash of the
database server may forget the last fraction of a second of them, which leaves each row
as it was before, so it is sent again with the same `webhook-id` (a redelivery, which
at-least-once allows), never lost."""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import ColumnElement, Update, bindparam, case, false, or_, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeferredError, DeliveryError
from alerts.models import NotificationStatus
from alerts.store.ids import id_in, ids_param
from alerts.store.tables import NotificationRow

log = logging.getLogger(__name__)


def claimable(now: datetime) -> ColumnElement[bool]:
    """Due and pending, or sending under a lease that ran out (its worker died): the form
    that finds such rows through `ix_notifications_due`, as the sweeper looks for them."""
    pending = (NotificationRow.status == NotificationStatus.PENDING) & (
        NotificationRow.next_attempt_at <= now
    )
    stale = (NotificationRow.status == NotificationStatus.SENDING) & (
        NotificationRow.lease_until < now
    )
    return or_(pending, stale)


def still_claimable(now: datetime) -> ColumnElement[bool]:
    """`claimable`, for rows a statement already names by id: the same test written as a
    CASE, which no index can serve, so the rows are read through the primary key. Given
    the OR of `claimable`, PostgreSQL may read every pending row of `ix_notifications_due`
    instead and keep the named ones: it may when its statistics say few rows are pending,
    as they do just after a fan-out wrote thousands (not yet analysed), and then each claim
    of the fan-out's batches would read them all."""
    return case(
        (
            NotificationRow.status == NotificationStatus.PENDING,
            NotificationRow.next_attempt_at <= now,
        ),
        (NotificationRow.status == NotificationStatus.SENDING, NotificationRow.lease_until < now),
        else_=false(),
    )


def lease(settings: Settings, now: datetime) -> dict[str, object]:
    """The values a claim writes: sending, leased for `ALERTS_DELIVERY_LEASE_S`, one more
    attempt."""
    return {
        "status": NotificationStatus.SENDING,
        "lease_until": now + timedelta(seconds=settings.delivery_lease_s),
        "attempts": NotificationRow.attempts + 1,
    }


def _retry_at(
    settings: Settings, row: NotificationRow, error: DeliveryError, now: datetime
) -> datetime | None:
    delays = settings.retry_delays_s
    if error.permanent or row.attempts > len(delays):
        return None
    delay = delays[row.attempts - 1] * random.uniform(0.8, 1.2)
    return now + timedelta(seconds=max(delay, error.retry_after_s or 0.0))


def record(
    settings: Settings, row: NotificationRow, error: DeliveryError | None, now: datetime
) -> None:
    """Record one claimed row's outcome on the row."""
    row.lease_until = None
    if isinstance(error, DeferredError):  # not sent: not an attempt either
        row.status, row.attempts = NotificationStatus.PENDING, row.attempts - 1
        row.next_attempt_at = now + timedelta(seconds=error.retry_after_s or 0.0)
        return
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


def commit_soon(session: Session) -> None:
    """Let the session's current transaction commit without waiting for its WAL record to
    reach the disk (PostgreSQL's `synchronous_commit = off`, for this transaction only):
    the claim and the outcomes of a batch are most of its commits, and each would wait for
    a flush. Only a crash of the database server within about 0.6 s (three times
    `wal_writer_delay`) can lose such a commit, and with it every later one (the log is
    replayed in order, never in part): a lost claim or outcome leaves its row leased or
    claimable as before, so the row is sent again with its `webhook-id` once the lease has
    run out, never dropped. Elsewhere (SQLite) commits are as they were."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET LOCAL synchronous_commit = off")


@cache
def _sent(dialect: str) -> Update:
    """Mark `:ids` sent at `:now` (built once per dialect)."""
    return (
        update(NotificationRow)
        .where(ids_param(NotificationRow.id, dialect))
        .values(
            status=NotificationStatus.SENT,
            sent_at=bindparam("now"),
            last_error=None,
            next_attempt_at=None,
            lease_until=None,
        )
    )


def record_sent(session: Session, notification_ids: list[int], now: datetime) -> None:
    """Mark delivered rows sent in one statement (what `record` does row by row)."""
    if notification_ids:
        connection = session.connection()
        connection.execute(_sent(connection.dialect.name), {"ids": notification_ids, "now": now})


def defer(session: Session, deferred: list[tuple[int, DeferredError]], now: datetime) -> None:
    """Put rows over their target's rate limit back, due when it has room again; the claim's
    attempt is given back, since nothing was sent."""
    if deferred:
        wait_s = max(error.retry_after_s or 0.0 for _, error in deferred)
        session.execute(
            update(NotificationRow)
            .where(id_in(session, NotificationRow.id, [i for i, _ in deferred]))
            .values(
                status=NotificationStatus.PENDING,
                attempts=NotificationRow.attempts - 1,
                lease_until=None,
                next_attempt_at=now + timedelta(seconds=wait_s),
            )
            .execution_options(synchronize_session=False)
        )
        log.info("deferred by rate limits", extra={"deliveries": len(deferred)})
