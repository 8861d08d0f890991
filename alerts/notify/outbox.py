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
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Channel, NotificationStatus
from alerts.notify.delivery import (
    active_endpoints,
    send_notification,
    webhook_failed,
    webhook_request,
)
from alerts.notify.render import StoryView
from alerts.notify.senders import Senders
from alerts.notify.views import article_topics, story_view
from alerts.notify.webhook import AsyncWebhookSender, WebhookJob
from alerts.store.tables import NotificationRow, WebhookEndpointRow, utcnow

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


def claim_ids(
    settings: Settings, session: Session, notification_ids: Sequence[int], now: datetime
) -> list[int]:
    """Take the given rows that are due, in one statement; the others are not ours to send."""
    result = session.execute(
        update(NotificationRow)
        .where(NotificationRow.id.in_(notification_ids), _claimable(now))
        .values(**_lease(settings, now))
        .returning(NotificationRow.id)
    )
    return sorted(result.scalars())


def _webhook_jobs(
    settings: Settings, session: Session, rows: list[NotificationRow]
) -> list[tuple[NotificationRow, WebhookEndpointRow, WebhookJob]]:
    """Sign every row, loading endpoints in one query and each story view once; a row with
    no active endpoint is recorded as failed at once, as a single delivery would."""
    views: dict[tuple[int, int], tuple[StoryView, list[str]]] = {}
    jobs: list[tuple[NotificationRow, WebhookEndpointRow, WebhookJob]] = []
    endpoints = active_endpoints(session, rows)
    for row in rows:
        if row.id not in endpoints:
            error = DeliveryError(
                "no active webhook endpoint (disabled or deleted)", permanent=True
            )
            _record(settings, row, error, utcnow())
            continue
        story = views.get((row.story_id, row.article_id))
        endpoint, request = webhook_request(session, row, story, endpoints[row.id])
        if story is None:
            shared = (story_view(session, row), article_topics(session, row.article_id))
            views[(row.story_id, row.article_id)] = shared
        jobs.append((row, endpoint, WebhookJob(endpoint.id, endpoint.url, request)))
    return jobs


def _send_webhook_batch(
    settings: Settings, session: Session, senders: Senders, rows: list[NotificationRow]
) -> None:
    """Send every row's webhook concurrently, then record each outcome exactly as a
    one-at-a-time send would (successes in one statement)."""
    jobs = _webhook_jobs(settings, session, rows)
    sender = AsyncWebhookSender(
        allowed_hosts=settings.webhook_allowed_hosts, timeout_s=settings.webhook_timeout_s
    )
    outcomes = sender.send_all([job for _, _, job in jobs])
    now = utcnow()
    sent: list[int] = []
    for (row, endpoint, _), failure in zip(jobs, outcomes, strict=True):
        if failure is None:
            if endpoint.failing_since is not None:
                endpoint.failing_since = None
            sent.append(row.id)
            continue
        recorded = webhook_failed(settings, session, senders, endpoint, failure, now)
        _record(settings, row, recorded, now)
        log.warning(
            "delivery failed: %s",
            failure,
            extra={"notification_id": row.id, "user_id": row.user_id, "status": row.status},
        )
    _record_sent(session, sent, now)


def _record_sent(session: Session, notification_ids: list[int], now: datetime) -> None:
    """Mark delivered rows sent in one statement (what `_record` does row by row)."""
    if notification_ids:
        session.execute(
            update(NotificationRow)
            .where(NotificationRow.id.in_(notification_ids))
            .values(
                status=NotificationStatus.SENT,
                sent_at=now,
                last_error=None,
                next_attempt_at=None,
                lease_until=None,
            )
            .execution_options(synchronize_session=False)
        )


def deliver_batch(
    settings: Settings, session: Session, senders: Senders, notification_ids: Sequence[int]
) -> int:
    """Deliver many notifications at once (the fan-out's unit of delivery): webhooks are
    claimed in one statement and sent concurrently over one pooled async client; e-mails
    go one after the other over the sender's reused connection, each claimed just before
    its send so no lease runs out while it waits. Rows another worker holds or that are
    not due are skipped, as `deliver_notification` does. Returns how many were attempted."""
    channels = session.execute(
        select(NotificationRow.id, NotificationRow.channel).where(
            NotificationRow.id.in_(notification_ids), _claimable(utcnow())
        )
    ).all()
    hook_ids = [i for i, channel in channels if channel == Channel.WEBHOOK]
    claimed = claim_ids(settings, session, hook_ids, utcnow()) if hook_ids else []
    session.commit()  # the leases must be visible before the slow part starts
    if claimed:
        query = select(NotificationRow).where(NotificationRow.id.in_(claimed))
        _send_webhook_batch(settings, session, senders, list(session.scalars(query)))
        session.commit()
        log.info("delivered batch", extra={"webhooks": len(claimed)})
    mail_ids = sorted(i for i, channel in channels if channel != Channel.WEBHOOK)
    for notification_id in mail_ids:
        deliver_notification(settings, session, senders, notification_id)
    return len(claimed) + len(mail_ids)
