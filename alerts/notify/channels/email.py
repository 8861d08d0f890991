"""The e-mail channel: one instant e-mail per notification, submitted over the mail sender
(`alerts.notify.email`, the SMTP client's one home: pooled connections, pipelined
submission, a per-domain throttle shared by workers) or written as `.eml` files to
`ALERTS_OUTBOX_DIR` in embedded mode.

Every user has an address, so every follower receives; quiet hours and the hourly cap
apply. Rows are claimed `EMAIL_GROUP` at a time, each group just before it is submitted,
so no lease runs out while a big batch waits. A 5xx refusal is permanent (a dead letter,
and a hard bounce counted against the address: suppressed after `ALERTS_SUPPRESS_AFTER`),
a 4xx or a lost connection temporary (retried), a message over its domain's limit
deferred. A suppressed address or a user who is gone gets no message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Channel
from alerts.notify.channels.base import (
    ChannelKind,
    Delivery,
    Failure,
    Outcome,
    OutgoingMessage,
    Recorder,
)
from alerts.notify.email import MailSender, send_all
from alerts.notify.messages import instant_email
from alerts.notify.mime import Email
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.store.secrets import instance_secret
from alerts.store.tables import SuppressionRow, UserRow, utcnow

NAME = Channel.EMAIL.value
EMAIL_GROUP = 50  # e-mails claimed and submitted together, so each lease starts near its send


@dataclass(frozen=True)
class MailMessage(OutgoingMessage):
    """An instant e-mail to one user (`target_id`: the user, whose address it is)."""

    message: Email


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


class EmailChannel(ChannelKind[MailMessage]):
    """Instant e-mails over `mail`.

    Parameters:
      settings: the texts' settings (sender, base URL, templates) and the bounce limit.
      mail: the sender (SMTP, or the outbox folder).
    """

    name = NAME
    claim_every = EMAIL_GROUP

    def __init__(self, *, settings: Settings, mail: MailSender) -> None:
        self._settings = settings
        self._mail = mail

    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[MailMessage | DeliveryError]:
        """Each delivery's e-mail, with users and suppressions loaded in two queries for
        the lot; a permanent error for a suppressed address or a user who is gone."""
        users = {
            u.id: u
            for u in session.scalars(
                select(UserRow).where(UserRow.id.in_({d.user_id for d in deliveries}))
            )
        }
        suppressions = {
            s.address: s
            for s in session.scalars(
                select(SuppressionRow).where(
                    SuppressionRow.address.in_({u.email.casefold() for u in users.values()})
                )
            )
        }
        secret = instance_secret(self._settings, session)
        built: list[MailMessage | DeliveryError] = []
        for delivery in deliveries:
            user = users.get(delivery.user_id)
            if user is None:  # notification rows carry no foreign key (migration 0007)
                built.append(DeliveryError("the user no longer exists", permanent=True))
                continue
            refused = _suppressed(suppressions.get(user.email.casefold()), user.email)
            built.append(refused or self._build(secret, user, delivery))
        return built

    def _build(self, secret: str, user: UserRow, delivery: Delivery) -> MailMessage:
        request = UnsubscribeRequest(user.id, delivery.topics)  # every follow behind it
        message = instant_email(
            self._settings,
            to=user.email,
            story=delivery.story,
            message_id=delivery.delivery_id,
            unsubscribe_url=unsubscribe_url(self._settings.base_url, secret, request),
            tz=user.tz,
        )
        return MailMessage(
            delivery.notification_id,
            user.id,
            user.email,
            message.subject,
            "",  # the text is in the MIME message
            message=message,
        )

    def send_batch(self, messages: Sequence[MailMessage], record: Recorder, *, group: int) -> None:
        """Submit `group` messages at a time together (over SMTP: several connections,
        pipelined), recording each group's outcomes."""
        for start in range(0, len(messages), group):
            chunk = messages[start : start + group]
            outcomes: list[Outcome] = send_all(self._mail, [m.message for m in chunk])
            record(list(zip(chunk, outcomes, strict=True)))

    def targets_failed(
        self, session: Session, failed: Sequence[tuple[int, DeliveryError, Failure]]
    ) -> dict[int, DeliveryError]:
        """Count permanent refusals against their addresses (suppressing them past
        `ALERTS_SUPPRESS_AFTER`); an address is never disabled here, so none is returned."""
        now = utcnow()
        for user_id, error, failure in failed:
            user = session.get(UserRow, user_id)
            if user is not None and failure != Failure.TEMPORARY:
                record_hard_bounce(self._settings, session, user.email, error, now)
        return {}
