"""A subscriber's webhook endpoints: add, list, rotate the signing secret, remove, and send a
signed test event.

URLs pass the SSRF guard (`alerts.guard.check_url`) when added and again at every
send. Secrets are shown when an endpoint is created or rotated and never listed afterwards.
Every function takes the owner's user id; another user's endpoint is reported as missing.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError, InputError, NotFoundError
from alerts.guard import check_url
from alerts.notify.webhook import WebhookSender, new_secret, sign
from alerts.store.tables import WebhookEndpointRow

MAX_ENDPOINTS = 10


@dataclass(frozen=True)
class ProbeOutcome:
    """The outcome of a test event: delivered with an HTTP status, or the reason it failed."""

    delivered: bool
    status: int | None
    error: str | None
    webhook_id: str


def list_endpoints(session: Session, user_id: int) -> list[WebhookEndpointRow]:
    """A user's endpoints, oldest first."""
    return list(
        session.scalars(
            select(WebhookEndpointRow)
            .where(WebhookEndpointRow.user_id == user_id)
            .order_by(WebhookEndpointRow.id)
        )
    )


def get_endpoint(session: Session, user_id: int, endpoint_id: int) -> WebhookEndpointRow:
    """One of the user's endpoints."""
    row = session.scalars(
        select(WebhookEndpointRow).where(
            WebhookEndpointRow.id == endpoint_id, WebhookEndpointRow.user_id == user_id
        )
    ).first()
    if row is None:
        raise NotFoundError(f"no webhook endpoint {endpoint_id}")
    return row


def add_endpoint(
    settings: Settings,
    session: Session,
    user_id: int,
    url: str,
    rate_limit_per_s: int | None = None,
) -> WebhookEndpointRow:
    """Register an endpoint with a fresh secret (raises `UnsafeTargetError` for URLs the
    SSRF guard refuses); `rate_limit_per_s` as in `set_rate_limit`."""
    if len(list_endpoints(session, user_id)) >= MAX_ENDPOINTS:
        raise InputError(f"at most {MAX_ENDPOINTS} webhook endpoints per user")
    try:
        _ = urlsplit(url).port  # raises for a port out of range or a broken IPv6 literal
        check_url(url, allowed_hosts=settings.webhook_allowed_hosts, purpose="webhook")
    except ValueError as error:  # urllib: a bad port or IPv6 literal
        raise InputError(f"{url!r} is not a valid URL: {error}") from None
    row = WebhookEndpointRow(
        user_id=user_id,
        url=url,
        secret=new_secret(),
        status="active",
        rate_limit_per_s=rate_limit_per_s,
    )
    session.add(row)
    session.flush()
    return row


def rotate_secret(session: Session, user_id: int, endpoint_id: int) -> WebhookEndpointRow:
    """Give an endpoint a new secret; deliveries are signed with it from now on. A disabled
    endpoint (it answered 410) is active again after a rotation."""
    row = get_endpoint(session, user_id, endpoint_id)
    row.secret = new_secret()
    row.status = "active"
    session.flush()
    return row


def set_rate_limit(
    session: Session, user_id: int, endpoint_id: int, rate_limit_per_s: int | None
) -> WebhookEndpointRow:
    """At most `rate_limit_per_s` deliveries per second to the endpoint, across all workers
    (0: no limit; None: `ALERTS_WEBHOOK_RATE_LIMIT_PER_S`)."""
    row = get_endpoint(session, user_id, endpoint_id)
    row.rate_limit_per_s = rate_limit_per_s
    session.flush()
    return row


def remove_endpoint(session: Session, user_id: int, endpoint_id: int) -> None:
    """Delete one of the user's endpoints."""
    session.delete(get_endpoint(session, user_id, endpoint_id))
    session.flush()


def send_test(
    session: Session, sender: WebhookSender, user_id: int, endpoint_id: int, *, now: datetime
) -> ProbeOutcome:
    """POST a signed `test` event to the endpoint, as real deliveries are signed."""
    row = get_endpoint(session, user_id, endpoint_id)
    webhook_id = "msg_test_" + secrets.token_hex(8)
    payload: dict[str, object] = {
        "type": "test",
        "data": {"user_id": user_id, "endpoint_id": row.id, "sent_at": now.isoformat()},
    }
    try:
        status = sender.send(row.url, sign(row.secret, webhook_id, payload, now=now))
    except DeliveryError as error:
        return ProbeOutcome(False, None, str(error), webhook_id)
    return ProbeOutcome(True, status, None, webhook_id)
