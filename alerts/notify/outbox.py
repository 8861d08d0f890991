"""The outbox: notification rows are the source of truth for what must be delivered.

States: `pending` (due at `next_attempt_at`) -> `sending` (claimed, with a lease) -> `sent`,
or back to `pending` for a retry, or `failed` (a dead letter, kept with its reason until
replayed). A worker that dies mid-send leaves a lease that runs out after
`ALERTS_DELIVERY_LEASE_S`; the row is then claimable again. Because the Message-ID and the
`webhook-id` are the row's fixed delivery id, a repeat after such a crash is recognisable by
the receiver. Claims are atomic: a conditional UPDATE (due and not leased) for one row or a
batch; a second claimer of the same row waits for the first and then finds it taken, so any
number of workers and sweepers can run at once. The sweeper delivers through the batch path
too, and leaves rows fresh from a fan-out to their own delivery task for one lease.

Retries follow `ALERTS_RETRY_DELAYS_S` (±20 % jitter), never sooner than a receiver's
`Retry-After`; permanent failures and exhausted retries end in `failed`. A message over its
target's rate limit is not sent and not counted as an attempt: it goes back to `pending`,
due when the target has room again.

Every channel (e-mail, webhooks, Apprise, …: `alerts.notify.channels.registry`) takes
the one path of `alerts.notify.channel_path`, which records a batch's outcomes
`RECORD_EVERY` rows per transaction while the rest are still being sent, so a worker
killed mid-batch sends again only what it had not yet recorded (and what was in flight).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, not_, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.models import NotificationStatus
from alerts.notify.channel_path import deliver_kind
from alerts.notify.channels.base import kind_name
from alerts.notify.rows import claimable, still_claimable
from alerts.notify.senders import Senders
from alerts.store.ids import id_in
from alerts.store.tables import NotificationRow, utcnow

log = logging.getLogger(__name__)
DELIVERY_BATCH = 200  # notifications per delivery task (and per sweeper round)


def _fresh(settings: Settings, now: datetime) -> ColumnElement[bool]:
    """New rows, due since they were written and never tried: their fan-out handed them to
    a delivery batch task. The sweeper leaves them to it for one lease, so it does not race
    the batch for its rows; after that their task is taken as lost."""
    return and_(
        NotificationRow.status == NotificationStatus.PENDING,
        NotificationRow.attempts == 0,
        NotificationRow.next_attempt_at == NotificationRow.created_at,
        NotificationRow.created_at > now - timedelta(seconds=settings.delivery_lease_s),
    )


def sweepable_ids(settings: Settings, session: Session, now: datetime, limit: int) -> list[int]:
    """Due rows no delivery task is expected to take: retries, deferred rows, rows held by
    quiet hours, rows a dead worker abandoned, rows whose task was lost."""
    query = (
        select(NotificationRow.id)
        .where(claimable(now), not_(_fresh(settings, now)))
        .order_by(NotificationRow.id)
        .limit(limit)
    )
    return list(session.scalars(query))


def deliver_notification(
    settings: Settings, session: Session, senders: Senders, notification_id: int
) -> str:
    """Deliver one notification if it is due, as a batch of one (one way to send, whatever
    the number); return its status afterwards."""
    deliver_batch(settings, session, senders, [notification_id])
    status = session.scalar(
        select(NotificationRow.status).where(NotificationRow.id == notification_id)
    )
    session.commit()
    return status or "missing"


def deliver_due(
    settings: Settings,
    session: Session,
    senders: Senders,
    *,
    batch: int = DELIVERY_BATCH,
    budget_s: float = 30.0,
) -> int:
    """Deliver what the sweeper finds (`sweepable_ids`) through the batch path, a batch at
    a time, until none are left or `budget_s` has passed; return how many were attempted.
    The batch path claims its rows, so many sweepers (and delivery tasks) may run at once."""
    deadline = time.monotonic() + budget_s
    attempted = 0
    while time.monotonic() < deadline:
        ids = sweepable_ids(settings, session, utcnow(), batch)
        session.commit()
        if not ids:
            break
        attempted += deliver_batch(settings, session, senders, ids)
        if len(ids) < batch:
            break
    return attempted


def deliver_batch(
    settings: Settings, session: Session, senders: Senders, notification_ids: Sequence[int]
) -> int:
    """Deliver many notifications at once (the fan-out's unit of delivery), each channel
    kind's rows through `deliver_kind` (webhooks: claimed in one statement, sent
    concurrently over one pooled async client; e-mails: claimed and submitted in groups over
    the mail sender's connections, each group just before its send). A channel this process
    has no sender for ends in a dead letter. Rows another worker holds or that are not due
    are skipped, as `deliver_notification` does. Returns how many were claimed."""
    channels = session.execute(
        select(NotificationRow.id, NotificationRow.channel).where(
            id_in(session, NotificationRow.id, notification_ids), still_claimable(utcnow())
        )
    ).all()
    session.commit()
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, channel in channels:
        by_kind[kind_name(channel)].append(i)
    kinds = senders.kinds(settings)
    return sum(
        deliver_kind(settings, session, kinds.get(name), sorted(ids))
        for name, ids in sorted(by_kind.items())
    )
