"""The outbox path of the channel interface (`alerts.notify.channels`): claim a batch of one
kind's rows, build their messages, send them as a batch and record each outcome on its row
and its target, `RECORD_EVERY` rows per transaction while the rest are in flight.

Outcomes are recorded as for every channel (`alerts.notify.rows`): sent; retried on
`ALERTS_RETRY_DELAYS_S`; a dead letter once permanent or out of retries; deferred, not
counted, when over a target's rate limit. A failure the kind classifies as
`DISABLE_TARGET`, or a target it disables for failing too long, fails that target's other
pending rows too.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any, NamedTuple

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeferredError, DeliveryError
from alerts.models import NotificationStatus
from alerts.notify.channels.base import (
    ChannelKind,
    Delivery,
    Failure,
    Outcome,
    OutgoingMessage,
    target_of,
)
from alerts.notify.rows import commit_soon, defer, lease, record, record_sent, still_claimable
from alerts.notify.views import story_views
from alerts.store.ids import id_in
from alerts.store.tables import NotificationRow, utcnow

log = logging.getLogger(__name__)
RECORD_EVERY = 50  # outcomes per transaction: what a crash mid-batch may send again


class Claimed(NamedTuple):
    """The columns of a claimed row that its delivery reads (plain values: loading a
    thousand ORM objects per batch cost more than the claim's statement)."""

    id: int
    user_id: int
    channel: str
    delivery_id: str
    article_id: int
    story_id: int
    endpoint_id: int | None
    topics: list[str]


_CLAIMED = tuple(getattr(NotificationRow, name) for name in Claimed._fields)


def _claim(
    settings: Settings, session: Session, kind: ChannelKind[Any] | None, ids: Sequence[int]
) -> list[Claimed]:
    """Lease the given rows that are due and return their columns, in one statement, with
    the values the kind writes at a claim (committed by the caller, before any send)."""
    now = utcnow()
    commit_soon(session)
    claimed = session.execute(
        update(NotificationRow)
        .where(id_in(session, NotificationRow.id, ids), still_claimable(now))
        .values(**lease(settings, now), **(kind.claim_values() if kind else {}))
        .returning(*_CLAIMED)
        .execution_options(synchronize_session=False)
    ).all()
    return sorted((Claimed(*row) for row in claimed), key=lambda row: row.id)


def deliver_kind(
    settings: Settings,
    session: Session,
    kind: ChannelKind[Any] | None,
    notification_ids: Sequence[int],
) -> int:
    """Deliver one kind's rows (`kind` None: this process has no sender for it, a dead
    letter), `claim_every` at a time if the kind says so, each part sent before the next is
    claimed; return how many were claimed."""
    if kind is None:
        return _dead_letter_all(settings, session, notification_ids)
    step = kind.claim_every or len(notification_ids) or 1
    claimed = 0
    with _recording(session) as recorder:
        record = partial(_record_group, settings, recorder, kind)
        for start in range(0, len(notification_ids), step):
            rows = _claim(settings, session, kind, notification_ids[start : start + step])
            claimed += len(rows)
            ready = _build(settings, session, kind, rows) if rows else []
            session.commit()  # the claim and the failures to build: none open while sending
            if ready:
                kind.send_batch(ready, record, group=RECORD_EVERY)
    log.info("delivered batch", extra={"channel": kind.name, "deliveries": claimed})
    return claimed


def _dead_letter_all(settings: Settings, session: Session, notification_ids: Sequence[int]) -> int:
    rows = _claim(settings, session, None, notification_ids)
    if rows:
        missing = DeliveryError(f"no sender for channel {rows[0].channel}", permanent=True)
        _record_failed(settings, session, None, [(row.id, missing) for row in rows])
    session.commit()
    return len(rows)


def _build(
    settings: Settings, session: Session, kind: ChannelKind[Any], rows: list[Claimed]
) -> list[OutgoingMessage]:
    """The messages of claimed rows; the rows whose message cannot be built are recorded
    as failed at once."""
    deliveries = [
        Delivery(
            row.id,
            row.user_id,
            row.channel,
            row.delivery_id,
            story,
            row.endpoint_id or target_of(row.channel),
            tuple(row.topics or ()),
        )
        for row, story in zip(rows, story_views(session, rows), strict=True)
    ]
    built = kind.build_batch(session, deliveries)
    unbuilt = [(d.notification_id, m) for d, m in zip(deliveries, built, strict=True)]
    _record_failed(settings, session, kind, [(i, m) for i, m in unbuilt if not _ready(m)])
    return [m for m in built if isinstance(m, OutgoingMessage)]


@contextmanager
def _recording(session: Session) -> Iterator[Session]:
    """A session for a batch's outcomes on one connection held until the batch is sent, so
    each group's transaction skips the pool (whose checkout pings the database first). A
    session bound to a connection already records on it."""
    bind = session.get_bind()
    if isinstance(bind, Connection):
        yield session
        return
    with bind.connect() as connection:
        recorder = Session(bind=connection, expire_on_commit=False)
        try:
            yield recorder
        finally:
            recorder.close()


def _ready(message: OutgoingMessage | DeliveryError) -> bool:
    return isinstance(message, OutgoingMessage)


def _record_group(
    settings: Settings,
    session: Session,
    kind: ChannelKind[Any],
    outcomes: Sequence[tuple[OutgoingMessage, Outcome]],
) -> None:
    """Record one group of outcomes in one transaction (committed soon, as the claim)."""
    commit_soon(session)
    _record_outcomes(settings, session, kind, outcomes)


def _record_outcomes(
    settings: Settings,
    session: Session,
    kind: ChannelKind[Any],
    outcomes: Sequence[tuple[OutgoingMessage, Outcome]],
) -> None:
    now = utcnow()
    sent = [message for message, error in outcomes if error is None]
    record_sent(session, [m.notification_id for m in sent], now)
    kind.targets_recovered(session, {m.target_id for m in sent if m.target_id})
    deferred = [(m.notification_id, e) for m, e in outcomes if isinstance(e, DeferredError)]
    defer(session, deferred, now)
    failed = [
        (message, error)
        for message, error in outcomes
        if error is not None and not isinstance(error, DeferredError)
    ]
    classified = [(m.target_id, e, kind.classify(e)) for m, e in failed]
    disabled = kind.targets_failed(session, [c for c in classified if c[0]])
    _disable(session, kind, disabled)
    final = [
        (m.notification_id, disabled.get(m.target_id) or _as_classified(e, failure))
        for (m, e), (_, _, failure) in zip(failed, classified, strict=True)
    ]
    _record_failed(settings, session, kind, final)
    session.commit()


def _as_classified(error: DeliveryError, failure: Failure) -> DeliveryError:
    if failure == Failure.TEMPORARY or error.permanent:
        return error
    return DeliveryError(str(error), permanent=True)


def _disable(session: Session, kind: ChannelKind[Any], disabled: dict[int, DeliveryError]) -> None:
    """Fail the pending rows of targets just disabled: nothing will reach them."""
    for target_id, why in disabled.items():
        session.execute(
            update(NotificationRow)
            .where(
                kind.target_rows(target_id),
                NotificationRow.status == NotificationStatus.PENDING,
            )
            .values(status=NotificationStatus.FAILED, last_error=str(why), next_attempt_at=None)
            .execution_options(synchronize_session=False)
        )
        log.warning("%s target %s disabled: %s", kind.name, target_id, why)


def _record_failed(
    settings: Settings,
    session: Session,
    kind: ChannelKind[Any] | None,
    failed: Sequence[tuple[int, DeliveryError | OutgoingMessage]],
) -> None:
    """Record failures row by row: a retry, or a dead letter."""
    errors = {i: e for i, e in failed if isinstance(e, DeliveryError)}
    if not errors:
        return
    now = utcnow()
    for row in session.scalars(select(NotificationRow).where(NotificationRow.id.in_(errors))):
        record(settings, row, errors[row.id], now)
        log.warning(
            "delivery failed: %s",
            errors[row.id],
            extra={
                "notification_id": row.id,
                "user_id": row.user_id,
                "status": row.status,
                "target_id": target_of(row.channel),
            },
        )
