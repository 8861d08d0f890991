"""Sending one claimed notification on its channel, and what a failure means for the
target: a webhook endpoint that answers 410, or keeps failing for
`ALERTS_WEBHOOK_DISABLE_AFTER_S`, is disabled and its owner told by e-mail; an address that
bounces hard `ALERTS_SUPPRESS_AFTER` times is suppressed and never mailed again.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Channel, NotificationStatus
from alerts.notify.messages import endpoint_disabled_email, instant_email, webhook_payload
from alerts.notify.render import StoryView
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import article_topics, story_view
from alerts.notify.webhook import EndpointGoneError, SignedRequest, sign
from alerts.store.secrets import instance_secret
from alerts.store.tables import NotificationRow, SuppressionRow, UserRow, WebhookEndpointRow

log = logging.getLogger(__name__)


def _endpoint(session: Session, row: NotificationRow) -> WebhookEndpointRow:
    query = select(WebhookEndpointRow).where(
        WebhookEndpointRow.user_id == row.user_id, WebhookEndpointRow.status == "active"
    )
    if row.endpoint_id is not None:
        query = query.where(WebhookEndpointRow.id == row.endpoint_id)
    endpoint = session.scalars(query.order_by(WebhookEndpointRow.id)).first()
    if endpoint is None:
        raise DeliveryError("no active webhook endpoint (disabled or deleted)", permanent=True)
    row.endpoint_id = endpoint.id
    return endpoint


def _disable(
    settings: Settings, session: Session, senders: Senders, endpoint: WebhookEndpointRow, why: str
) -> None:
    endpoint.status = "disabled"
    endpoint.last_error = why
    session.execute(
        update(NotificationRow)
        .where(
            NotificationRow.endpoint_id == endpoint.id,
            NotificationRow.status == NotificationStatus.PENDING,
        )
        .values(
            status=NotificationStatus.FAILED,
            last_error=f"endpoint disabled: {why}",
            next_attempt_at=None,
        )
    )
    owner = session.get_one(UserRow, endpoint.user_id)
    log.warning(
        "webhook endpoint disabled: %s",
        why,
        extra={"user_id": owner.id, "endpoint_id": endpoint.id},
    )
    try:
        senders.mail.send(
            endpoint_disabled_email(settings, to=owner.email, url=endpoint.url, reason=why)
        )
    except DeliveryError as error:
        log.warning("could not tell the owner: %s", error, extra={"user_id": owner.id})


def active_endpoints(
    session: Session, rows: list[NotificationRow]
) -> dict[int, WebhookEndpointRow]:
    """Each row's endpoint, loaded in one query for a batch (rows without one are absent):
    the endpoint it is bound to, else its user's first active one, as `_endpoint` picks."""
    found = session.scalars(
        select(WebhookEndpointRow)
        .where(
            WebhookEndpointRow.user_id.in_({r.user_id for r in rows}),
            WebhookEndpointRow.status == "active",
        )
        .order_by(WebhookEndpointRow.id.desc())
    )
    by_id = {e.id: e for e in found}
    first = {e.user_id: e for e in by_id.values()}  # descending ids: the lowest id wins
    chosen = {
        r.id: by_id.get(r.endpoint_id) if r.endpoint_id is not None else first.get(r.user_id)
        for r in rows
    }
    return {i: e for i, e in chosen.items() if e is not None}


def webhook_request(
    session: Session,
    row: NotificationRow,
    shared: tuple[StoryView, list[str]] | None = None,
    endpoint: WebhookEndpointRow | None = None,
) -> tuple[WebhookEndpointRow, SignedRequest]:
    """The endpoint a claimed webhook row goes to and its signed request. `shared` (the
    story view and the article's topics) and `endpoint` (from `active_endpoints`) save the
    queries when a batch sends one story to many users."""
    if endpoint is None:
        endpoint = _endpoint(session, row)
    row.endpoint_id = endpoint.id
    if shared is None:
        view, topics = story_view(session, row), article_topics(session, row.article_id)
    else:
        view, topics = replace(shared[0], topics=tuple(row.topics)), shared[1]
    payload = webhook_payload(view, article_topics=topics, user_id=row.user_id)
    return endpoint, sign(endpoint.secret, row.delivery_id, payload)


def webhook_failed(
    settings: Settings,
    session: Session,
    senders: Senders,
    endpoint: WebhookEndpointRow,
    error: DeliveryError,
    now: datetime,
) -> DeliveryError:
    """Record a failed send on its endpoint, disabling it on 410 or after failing for
    `ALERTS_WEBHOOK_DISABLE_AFTER_S`; return the error the row should record."""
    if isinstance(error, EndpointGoneError):
        if endpoint.status == "active":
            _disable(settings, session, senders, endpoint, str(error))
        return error
    endpoint.last_error = str(error)
    endpoint.failing_since = endpoint.failing_since or now
    if now - endpoint.failing_since >= timedelta(seconds=settings.webhook_disable_after_s):
        if endpoint.status == "active":
            _disable(
                settings,
                session,
                senders,
                endpoint,
                f"failing since {endpoint.failing_since:%Y-%m-%d %H:%M} UTC: {error}",
            )
        return DeliveryError(str(error), permanent=True)
    return error


def _send_webhook(
    settings: Settings, session: Session, senders: Senders, row: NotificationRow, now: datetime
) -> None:
    endpoint, request = webhook_request(session, row)
    try:
        senders.webhook.send(endpoint.url, request)
    except DeliveryError as error:
        recorded = webhook_failed(settings, session, senders, endpoint, error, now)
        if recorded is error:
            raise
        raise recorded from None
    endpoint.failing_since = None


def _check_suppressed(session: Session, address: str) -> None:
    suppressed = session.get(SuppressionRow, address.casefold())
    if suppressed is not None and suppressed.suppressed_at is not None:
        raise DeliveryError(
            f"{address} is suppressed after {suppressed.hard_failures} hard bounces", permanent=True
        )


def record_hard_bounce(
    settings: Settings, session: Session, address: str, error: DeliveryError, now: datetime
) -> None:
    """Count a permanent SMTP failure; suppress the address once past the limit."""
    row = session.get(SuppressionRow, address.casefold())
    if row is None:
        row = SuppressionRow(address=address.casefold(), hard_failures=0)
        session.add(row)
    row.hard_failures += 1
    row.last_error = str(error)
    if row.hard_failures >= settings.suppress_after and row.suppressed_at is None:
        row.suppressed_at = now


def _send_email(
    settings: Settings, session: Session, senders: Senders, row: NotificationRow, now: datetime
) -> None:
    user = session.get_one(UserRow, row.user_id)
    _check_suppressed(session, user.email)
    secret = instance_secret(settings, session)
    link = unsubscribe_url(settings.base_url, secret, UnsubscribeRequest(user.id, row.topics[0]))
    message = instant_email(
        settings,
        to=user.email,
        story=story_view(session, row),
        message_id=row.delivery_id,
        unsubscribe_url=link,
    )
    try:
        senders.mail.send(message)
    except DeliveryError as error:
        if error.permanent:
            record_hard_bounce(settings, session, user.email, error, now)
        raise


def send_notification(
    settings: Settings, session: Session, senders: Senders, row: NotificationRow, now: datetime
) -> None:
    """Send a claimed row on its channel; raise `DeliveryError` when it did not go out."""
    if row.channel == Channel.WEBHOOK:
        _send_webhook(settings, session, senders, row, now)
    else:
        _send_email(settings, session, senders, row, now)
