"""Building the instant e-mails of claimed notifications, and what a refusal means for the
address: one that bounces hard `ALERTS_SUPPRESS_AFTER` times is suppressed and never
mailed again.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from email.message import EmailMessage

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.notify.messages import instant_email
from alerts.notify.render import StoryView
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_views
from alerts.store.secrets import instance_secret
from alerts.store.tables import NotificationRow, SuppressionRow, UserRow

log = logging.getLogger(__name__)


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
