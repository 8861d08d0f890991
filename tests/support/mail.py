"""Built e-mails read back as a mail store reads them: what the in-memory mailboxes keep."""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import cast

from alerts.notify.mime import Email


def parsed(message: Email) -> EmailMessage:
    """The message parsed by `email` (policy=default) from the bytes it would travel as,
    with LF line ends as the outbox folder stores them."""
    data = message.data.replace(b"\r\n", b"\n")
    return cast(EmailMessage, message_from_bytes(data, policy=policy.default))
