"""The outbox: notification rows are the source of truth for what must be delivered.

Delivery claims a row with a lease (`pending` -> `sending`), sends, then records the
outcome. A row whose worker died is claimable again once its lease runs out; because the
Message-ID / `webhook-id` is the row's fixed delivery id, a repeat send is recognisable as a
duplicate by the receiver. Temporary failures are retried on `ALERTS_RETRY_DELAYS_S` with
jitter; permanent ones, and running out of retries, end in `failed` with the reason.
"""

from __future__ import annotations

import logging
import random
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Channel, NotificationStatus
from alerts.notify.messages import instant_email, webhook_payload
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import article_topics, story_view
from alerts.notify.webhook import EndpointGoneError, sign
from alerts.store.secrets import instance_secret
from alerts.store.tables import NotificationRow, UserRow, WebhookEndpointRow, utcnow

log = logging.getLogger(__name__)
LEASE_S = 120.0


def _claimable(now: datetime):  # type: ignore[no-untyped-def]
    pending = (NotificationRow.status == NotificationStatus.PENDING) & (
        NotificationRow.next_attempt_at <= now
    )
    stale = (NotificationRow.status == NotificationStatus.SENDING) & (
        NotificationRow.lease_until < now
    )
    return or_(pending, stale)


def claim(session: Session, notification_id: int, now: datetime) -> bool:
    """Take the row for delivery; False when it is not due or another worker holds it."""
    result = session.execute(
        update(NotificationRow)
        .where(NotificationRow.id == notification_id, _claimable(now))
        .values(
            status=NotificationStatus.SENDING,
            lease_until=now + timedelta(seconds=LEASE_S),
            attempts=NotificationRow.attempts + 1,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def due_ids(session: Session, now: datetime, limit: int = 10_000) -> list[int]:
    """Rows whose delivery is due: pending and due, or sending with an expired lease."""
    return list(
        session.scalars(
            select(NotificationRow.id)
            .where(_claimable(now))
            .order_by(NotificationRow.id)
            .limit(limit)
        )
    )


def _send(settings: Settings, session: Session, senders: Senders, row: NotificationRow) -> None:
    user = session.get_one(UserRow, row.user_id)
    story = story_view(session, row)
    if row.channel == Channel.WEBHOOK:
        endpoint = session.scalars(
            select(WebhookEndpointRow).where(
                WebhookEndpointRow.user_id == user.id, WebhookEndpointRow.status == "active"
            )
        ).first()
        if endpoint is None:
            raise DeliveryError("the user has no active webhook endpoint", permanent=True)
        payload = webhook_payload(
            story, article_topics=article_topics(session, row.article_id), user_id=user.id
        )
        try:
            senders.webhook.send(endpoint.url, sign(endpoint.secret, row.delivery_id, payload))
        except EndpointGoneError:
            endpoint.status = "disabled"
            raise
        return
    link = unsubscribe_url(
        settings.base_url,
        instance_secret(settings, session),
        UnsubscribeRequest(user.id, row.topics[0]),
    )
    senders.mail.send(
        instant_email(
            settings, to=user.email, story=story, message_id=row.delivery_id, unsubscribe_url=link
        )
    )


def _retry_at(settings: Settings, attempts: int, now: datetime) -> datetime | None:
    delays = settings.retry_delays_s
    if attempts > len(delays):
        return None
    delay = delays[attempts - 1]
    return now + timedelta(seconds=delay * random.uniform(0.8, 1.2))


def _record_failure(
    settings: Settings, row: NotificationRow, error: DeliveryError, now: datetime
) -> None:
    row.last_error = str(error)
    row.lease_until = None
    retry_at = None if error.permanent else _retry_at(settings, row.attempts, now)
    if retry_at is None:
        row.status = NotificationStatus.FAILED
        row.next_attempt_at = None
    else:
        row.status = NotificationStatus.PENDING
        row.next_attempt_at = retry_at


def deliver_notification(
    settings: Settings, session: Session, senders: Senders, notification_id: int
) -> str:
    """Deliver one notification if it is due; return its status afterwards."""
    now = utcnow()
    if not claim(session, notification_id, now):
        row = session.get(NotificationRow, notification_id)
        return row.status if row else "missing"
    session.commit()  # the lease must be visible before the slow part starts
    row = session.get_one(NotificationRow, notification_id)
    extra = {
        "notification_id": row.id,
        "user_id": row.user_id,
        "story_id": row.story_id,
        "channel": row.channel,
    }
    try:
        _send(settings, session, senders, row)
    except DeliveryError as error:
        _record_failure(settings, row, error, utcnow())
        log.warning("delivery failed: %s", error, extra=extra | {"status": row.status})
    else:
        row.status = NotificationStatus.SENT
        row.sent_at = utcnow()
        row.lease_until = None
        row.last_error = None
        log.info("delivered", extra=extra)
    session.commit()
    return row.status
