"""Building what a claimed notification sends on its channel, and what a failure means for
the target: a webhook endpoint that answers 410, or keeps failing for
`ALERTS_WEBHOOK_DISABLE_AFTER_S`, is disabled and its owner told by e-mail; an address that
bounces hard `ALERTS_SUPPRESS_AFTER` times is suppressed and never mailed again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import NotificationStatus
from alerts.notify.messages import endpoint_disabled_email, instant_email, webhook_payload
from alerts.notify.render import StoryView
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_views
from alerts.notify.webhook import EndpointGoneError, SignedRequest, sign
from alerts.store.secrets import instance_secret
from alerts.store.tables import NotificationRow, SuppressionRow, UserRow, WebhookEndpointRow

log = logging.getLogger(__name__)


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


def rate_limit(settings: Settings, endpoint_limit: int | None) -> int:
    """An endpoint's deliveries/s at most (0: no limit): its own, else the default."""
    return settings.webhook_rate_limit_per_s if endpoint_limit is None else endpoint_limit


def signed_webhook(
    secret: str,
    delivery_id: str,
    story: tuple[StoryView, list[str]],
    *,
    topics: list[str],
    user_id: int,
) -> SignedRequest:
    """The signed `article.matched` event for one follower: `story` (the story view and the
    article's topics) is the same for every follower of a story, so a batch builds it once."""
    view, tagged = story
    payload = webhook_payload(
        replace(view, topics=tuple(topics)), article_topics=tagged, user_id=user_id
    )
    return sign(secret, delivery_id, payload)


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


def _suppressed(suppression: SuppressionRow | None, address: str) -> DeliveryError | None:
    if suppression is None or suppression.suppressed_at is None:
        return None
    return DeliveryError(
        f"{address} is suppressed after {suppression.hard_failures} hard bounces", permanent=True
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


def email_failed(
    settings: Settings, session: Session, row: NotificationRow, error: DeliveryError, now: datetime
) -> None:
    """Count a refused e-mail against its address when the refusal is permanent."""
    if error.permanent:
        address = session.get_one(UserRow, row.user_id).email
        record_hard_bounce(settings, session, address, error, now)


def _instant_email(
    settings: Settings, secret: str, user: UserRow, row: NotificationRow, story: StoryView
) -> EmailMessage:
    request = UnsubscribeRequest(user.id, tuple(row.topics))  # every follow behind the message
    link = unsubscribe_url(settings.base_url, secret, request)
    return instant_email(
        settings,
        to=user.email,
        story=story,
        message_id=row.delivery_id,
        unsubscribe_url=link,
        tz=user.tz,
    )


def instant_emails(
    settings: Settings, session: Session, rows: Sequence[NotificationRow]
) -> list[EmailMessage | DeliveryError]:
    """The e-mail of each claimed row, in order, with users, suppressions and stories loaded
    in a few queries for the lot; a permanent `DeliveryError` in place of a message to a
    suppressed address or a user who is gone."""
    users = {
        u.id: u
        for u in session.scalars(select(UserRow).where(UserRow.id.in_({r.user_id for r in rows})))
    }
    addresses = {u.email.casefold() for u in users.values()}
    suppressions = {
        s.address: s
        for s in session.scalars(
            select(SuppressionRow).where(SuppressionRow.address.in_(addresses))
        )
    }
    secret = instance_secret(settings, session)
    built: list[EmailMessage | DeliveryError] = []
    for row, story in zip(rows, story_views(session, rows), strict=True):
        user = users.get(row.user_id)
        if user is None:  # notification rows carry no foreign key (migration 0007)
            built.append(DeliveryError("the user no longer exists", permanent=True))
            continue
        refused = _suppressed(suppressions.get(user.email.casefold()), user.email)
        built.append(refused or _instant_email(settings, secret, user, row, story))
    return built
