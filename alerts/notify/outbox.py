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
`Retry-After`; permanent failures and exhausted retries end in `failed`. A webhook over its
endpoint's rate limit is not sent and not counted as an attempt: it goes back to `pending`,
due when the endpoint has room again.

A batch of webhooks records its outcomes `RECORD_EVERY` rows per transaction while the rest
are still being sent, so a worker killed mid-batch sends again only what it had not yet
recorded (and what was in flight).

Rows of the channel interface's kinds (Apprise, …: `alerts.notify.channels.registry`) take
`alerts.notify.channel_path`, with the same row states (`alerts.notify.rows`); e-mail and
webhooks keep their own pooled paths below.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import partial
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, func, not_, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeferredError, DeliveryError
from alerts.models import Channel, NotificationStatus
from alerts.notify.channel_path import deliver_kind
from alerts.notify.channels.base import kind_name
from alerts.notify.channels.registry import kind_of
from alerts.notify.delivery import (
    email_failed,
    instant_emails,
    rate_limit,
    signed_webhook,
    webhook_failed,
)
from alerts.notify.email import send_all
from alerts.notify.render import StoryView
from alerts.notify.rows import claimable, defer, lease, record, record_sent
from alerts.notify.senders import Senders
from alerts.notify.views import article_topics, story_view
from alerts.notify.webhook import WebhookJob
from alerts.store.tables import NotificationRow, WebhookEndpointRow, utcnow

log = logging.getLogger(__name__)
DELIVERY_BATCH = 200  # notifications per delivery task (and per sweeper round)
RECORD_EVERY = 50  # webhook outcomes per transaction: what a crash mid-batch may send again
EMAIL_GROUP = 50  # e-mails claimed and submitted together, so each lease starts near its send


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


def _claim_webhooks(
    settings: Settings, session: Session, notification_ids: Sequence[int], now: datetime
) -> list[_Claimed]:
    """Take the given rows that are due, in one statement, each bound to its endpoint as a
    single delivery binds it (the one it names, else its user's first active one); the
    others are not ours to send."""
    first_active = (
        select(func.min(WebhookEndpointRow.id))
        .where(
            WebhookEndpointRow.user_id == NotificationRow.user_id,
            WebhookEndpointRow.status == "active",
        )
        .scalar_subquery()
    )
    rows = session.execute(
        update(NotificationRow)
        .where(NotificationRow.id.in_(notification_ids), claimable(now))
        .values(
            **lease(settings, now),
            endpoint_id=func.coalesce(NotificationRow.endpoint_id, first_active),
        )
        .returning(*(getattr(NotificationRow, name) for name in _Claimed._fields))
        .execution_options(synchronize_session=False)
    )
    return sorted(_Claimed(*row) for row in rows)


class _Claimed(NamedTuple):
    """What sending a claimed webhook row needs."""

    id: int
    user_id: int
    story_id: int
    article_id: int
    topics: list[str]
    delivery_id: str
    endpoint_id: int | None


def _webhook_jobs(
    settings: Settings, session: Session, claimed: list[_Claimed]
) -> tuple[list[WebhookJob], list[int], set[int]]:
    """Sign every row for its endpoint (loaded in one query), building each story once;
    return the jobs, the rows without an active endpoint, and the endpoints failing lately."""
    endpoints = {
        e.id: e
        for e in session.execute(
            select(
                WebhookEndpointRow.id,
                WebhookEndpointRow.url,
                WebhookEndpointRow.secret,
                WebhookEndpointRow.rate_limit_per_s,
                WebhookEndpointRow.failing_since,
            ).where(
                WebhookEndpointRow.id.in_({r.endpoint_id for r in claimed}),
                WebhookEndpointRow.status == "active",
            )
        )
    }
    stories: dict[tuple[int, int], tuple[StoryView, list[str]]] = {}
    jobs: list[WebhookJob] = []
    for row in claimed:
        endpoint = endpoints.get(row.endpoint_id)
        if endpoint is None:
            continue
        story = stories.get((row.story_id, row.article_id))
        if story is None:
            story = stories[(row.story_id, row.article_id)] = _story(session, row)
        request = signed_webhook(
            endpoint.secret, row.delivery_id, story, topics=row.topics, user_id=row.user_id
        )
        limit = rate_limit(settings, endpoint.rate_limit_per_s)
        jobs.append(WebhookJob(row.id, endpoint.id, endpoint.url, request, limit))
    orphans = sorted({r.id for r in claimed} - {job.notification_id for job in jobs})
    return jobs, orphans, {e.id for e in endpoints.values() if e.failing_since is not None}


def _story(session: Session, row: _Claimed) -> tuple[StoryView, list[str]]:
    bare = NotificationRow(story_id=row.story_id, article_id=row.article_id, topics=row.topics)
    return story_view(session, bare), article_topics(session, row.article_id)


def _send_webhook_batch(
    settings: Settings, session: Session, senders: Senders, claimed: list[_Claimed]
) -> None:
    """Send every row's webhook concurrently, recording outcomes as they come in, committed
    `RECORD_EVERY` rows at a time, exactly as one-at-a-time sends would record them."""
    jobs, orphans, failing = _webhook_jobs(settings, session, claimed)
    if orphans:
        gone = DeliveryError("no active webhook endpoint (disabled or deleted)", permanent=True)
        _record_failures(settings, session, senders, [(i, None, gone) for i in orphans])
    session.commit()  # no transaction stays open while the requests are out
    record = partial(_record_outcomes, settings, session, senders, failing)
    senders.webhook.send_batch(jobs, record, group=RECORD_EVERY)


def _record_outcomes(
    settings: Settings,
    session: Session,
    senders: Senders,
    failing: set[int],
    outcomes: list[tuple[WebhookJob, DeliveryError | None]],
) -> None:
    """Record one group of a batch's outcomes in one transaction. `failing` (endpoints whose
    `failing_since` is set) is kept up to date from group to group, so that a success costs
    no endpoint update unless it ends a run of failures."""
    now = utcnow()
    sent = [job for job, error in outcomes if error is None]
    record_sent(session, [job.notification_id for job in sent], now)
    recovered = failing & {job.endpoint_id for job in sent}
    if recovered:
        session.execute(
            update(WebhookEndpointRow)
            .where(WebhookEndpointRow.id.in_(recovered))
            .values(failing_since=None)
            .execution_options(synchronize_session=False)
        )
        failing -= recovered
    deferred = [(job.notification_id, e) for job, e in outcomes if isinstance(e, DeferredError)]
    defer(session, deferred, now)
    failed = [
        (job.notification_id, job.endpoint_id, error)
        for job, error in outcomes
        if error is not None and not isinstance(error, DeferredError)
    ]
    _record_failures(settings, session, senders, failed)
    failing |= {endpoint_id for _, endpoint_id, _ in failed}
    session.commit()


def _record_failures(
    settings: Settings,
    session: Session,
    senders: Senders,
    failed: Sequence[tuple[int, int | None, DeliveryError]],
) -> None:
    """Record failed sends row by row (retry, dead letter) and on their endpoints (410 and
    long outages disable them), as `_deliver_claimed` does."""
    if not failed:
        return
    rows = {
        r.id: r
        for r in session.scalars(
            select(NotificationRow).where(NotificationRow.id.in_([i for i, _, _ in failed]))
        )
    }
    endpoints = {
        e.id: e
        for e in session.scalars(
            select(WebhookEndpointRow)
            .where(WebhookEndpointRow.id.in_({e for _, e, _ in failed if e is not None}))
            .execution_options(populate_existing=True)
        )
    }
    now = utcnow()
    for notification_id, endpoint_id, error in failed:
        row, endpoint = rows[notification_id], endpoints.get(endpoint_id or 0)
        if endpoint is not None:
            error = webhook_failed(settings, session, senders, endpoint, error, now)
        record(settings, row, error, now)
        log.warning(
            "delivery failed: %s",
            error,
            extra={"notification_id": row.id, "user_id": row.user_id, "status": row.status},
        )


def deliver_batch(
    settings: Settings, session: Session, senders: Senders, notification_ids: Sequence[int]
) -> int:
    """Deliver many notifications at once (the fan-out's unit of delivery): webhooks are
    claimed in one statement and sent concurrently over one pooled async client; e-mails
    are claimed and submitted in groups of `EMAIL_GROUP` over the mail sender's connections,
    each group claimed just before its send so no lease runs out while it waits. Rows
    another worker holds or that are not due are skipped, as `deliver_notification` does.
    Returns how many were attempted."""
    channels = session.execute(
        select(NotificationRow.id, NotificationRow.channel).where(
            NotificationRow.id.in_(notification_ids), claimable(utcnow())
        )
    ).all()
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, channel in channels:
        if kind_of(channel) is not None:
            by_kind[kind_name(channel)].append(i)
    hook_ids = [i for i, channel in channels if channel == Channel.WEBHOOK]
    claimed = _claim_webhooks(settings, session, hook_ids, utcnow()) if hook_ids else []
    session.commit()  # the leases must be visible before the slow part starts
    if claimed:
        _send_webhook_batch(settings, session, senders, claimed)
        log.info("delivered batch", extra={"webhooks": len(claimed)})
    attempted = len(claimed)
    for name, ids in sorted(by_kind.items()):
        attempted += deliver_kind(settings, session, senders.channels.get(name), sorted(ids))
    taken = set(hook_ids).union(*by_kind.values())
    mail_ids = sorted(i for i, _ in channels if i not in taken)
    _deliver_emails(settings, session, senders, mail_ids)
    return attempted + len(mail_ids)


def _deliver_emails(
    settings: Settings, session: Session, senders: Senders, notification_ids: list[int]
) -> None:
    """Claim e-mail rows `EMAIL_GROUP` at a time and submit each group together (over SMTP:
    several connections, pipelined), recording every row's outcome as a single delivery
    would. A group is claimed just before its send, so no lease runs out while it waits."""
    for start in range(0, len(notification_ids), EMAIL_GROUP):
        group = notification_ids[start : start + EMAIL_GROUP]
        claimed = session.scalars(
            update(NotificationRow)
            .where(NotificationRow.id.in_(group), claimable(utcnow()))
            .values(**lease(settings, utcnow()))
            .returning(NotificationRow.id)
        ).all()
        session.commit()  # the leases must be visible before the slow part starts
        if claimed:
            query = select(NotificationRow).where(NotificationRow.id.in_(claimed))
            rows = list(session.scalars(query.order_by(NotificationRow.id)))
            _record_emails(settings, session, rows, _send_emails(settings, session, senders, rows))
            session.commit()


def _send_emails(
    settings: Settings, session: Session, senders: Senders, rows: list[NotificationRow]
) -> list[DeliveryError | None]:
    """Each row's outcome: its message submitted with the others, or why none was built
    (a suppressed address). Permanent refusals count against the address."""
    built = instant_emails(settings, session, rows)
    session.commit()  # no transaction stays open while the messages are submitted
    ready = [
        (row, m) for row, m in zip(rows, built, strict=True) if not isinstance(m, DeliveryError)
    ]
    outcomes = send_all(senders.mail, [message for _, message in ready])
    now = utcnow()
    for (row, _), error in zip(ready, outcomes, strict=True):
        if error is not None:
            email_failed(settings, session, row, error, now)
    submitted = iter(outcomes)
    return [m if isinstance(m, DeliveryError) else next(submitted) for m in built]


def _record_emails(
    settings: Settings,
    session: Session,
    rows: list[NotificationRow],
    outcomes: list[DeliveryError | None],
) -> None:
    """Successes in one statement; failures (retry or dead letter) and deferrals row by row."""
    now = utcnow()
    for row, error in zip(rows, outcomes, strict=True):
        if error is not None:
            record(settings, row, error, now)
        if error is not None and not isinstance(error, DeferredError):
            log.warning(
                "delivery failed: %s",
                error,
                extra={"notification_id": row.id, "user_id": row.user_id, "status": row.status},
            )
    sent = [row.id for row, error in zip(rows, outcomes, strict=True) if error is None]
    record_sent(session, sent, now)
    deferred = sum(isinstance(error, DeferredError) for error in outcomes)
    log.info("delivered batch", extra={"emails": len(sent), "deferred": deferred})
