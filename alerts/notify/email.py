"""E-mail: building safe messages and handing them to SMTP or to an outbox folder.

The only importer of smtplib. Header values pass through `header_safe`, so a feed title
with CR/LF cannot add headers. `SmtpSender` reuses one connection and maps SMTP replies
onto `DeliveryError`: 4xx and connection trouble are temporary, 5xx permanent.
`OutboxDirSender` writes one `.eml` file per message, named by Message-ID, so delivering
twice cannot make two files.
"""

from __future__ import annotations

import contextlib
import email.policy
import re
import smtplib
import ssl
import threading
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from pathlib import Path
from typing import Protocol

from alerts.config import SmtpTarget
from alerts.errors import DeliveryError

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")
MAX_SUBJECT_CHARS = 200
# Long URLs in List-Unsubscribe must not be folded into RFC 2047 encoded words, which mail
# clients would not recognise as a URL: allow lines up to RFC 5322's hard limit instead.
_POLICY = email.policy.default.clone(max_line_length=998)


def header_safe(value: str, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Control characters (CR, LF, NUL, …) become spaces; long values are cut."""
    cleaned = " ".join(_CONTROL.sub(" ", value).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def mail_domain(mail_from: str) -> str:
    """The domain used in Message-IDs, taken from the sender address."""
    address = parseaddr(mail_from)[1]
    return address.rpartition("@")[2] or "localhost"


def build_message(
    *,
    mail_from: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    unsubscribe_url: str | None,
) -> EmailMessage:
    """A multipart/alternative message with a stable Message-ID and one-click unsubscribe."""
    message = EmailMessage(policy=_POLICY)
    message["From"] = mail_from
    message["To"] = header_safe(to, 320)
    message["Subject"] = header_safe(subject)
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = f"<{message_id}@{mail_domain(mail_from)}>"
    if unsubscribe_url:
        message["List-Unsubscribe"] = f"<{unsubscribe_url}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


class MailSender(Protocol):
    """Hands a finished message on; raises `DeliveryError` when it cannot."""

    def send(self, message: EmailMessage) -> None:
        """Deliver one message."""
        ...


class SmtpSender:
    """Submits mail to an SMTP server (plain, STARTTLS or implicit TLS), keeping one
    connection open across messages and reconnecting once when the server dropped it."""

    def __init__(self, target: SmtpTarget, *, timeout_s: float = 30.0) -> None:
        self._target = target
        self._timeout_s = timeout_s
        self._client: smtplib.SMTP | None = None
        self._lock = threading.Lock()

    def _connect(self) -> smtplib.SMTP:
        target = self._target
        if target.security == "tls":
            context = ssl.create_default_context()
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                target.host, target.port, timeout=self._timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(target.host, target.port, timeout=self._timeout_s)
            if target.security == "starttls":
                client.starttls(context=ssl.create_default_context())
        if target.username and target.password:
            client.login(target.username, target.password)
        return client

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Say QUIT and drop the connection."""
        if self._client is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._client.quit()
            self._client = None

    def _submit(self, message: EmailMessage) -> None:
        for attempt in (1, 2):
            if self._client is None:
                self._client = self._connect()
            try:
                self._client.send_message(message)
                return
            except (smtplib.SMTPServerDisconnected, ConnectionError):
                self._client = None  # a stale pooled connection: reconnect once
                if attempt == 2:
                    raise
            except smtplib.SMTPException:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    self._client.rset()
                raise

    def send(self, message: EmailMessage) -> None:
        """Submit one message; classify failures as temporary or permanent."""
        try:
            with self._lock:
                self._submit(message)
        except smtplib.SMTPRecipientsRefused as exc:
            code = min(code for code, _ in exc.recipients.values())
            raise DeliveryError(
                f"SMTP refused the recipient ({code})", permanent=code >= 500
            ) from None
        except smtplib.SMTPResponseException as exc:
            detail = (
                exc.smtp_error.decode(errors="replace")
                if isinstance(exc.smtp_error, bytes)
                else exc.smtp_error
            )
            raise DeliveryError(
                f"SMTP error {exc.smtp_code}: {detail}", permanent=exc.smtp_code >= 500
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            self._client = None
            where = f"{self._target.host}:{self._target.port}"
            raise DeliveryError(f"cannot reach SMTP server {where}: {exc}") from None


class OutboxDirSender:
    """Writes each message to `<folder>/<message-id>.eml`, the embedded mode's mailbox."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def send(self, message: EmailMessage) -> None:
        """Write the message atomically (temp file, then rename)."""
        name = str(message["Message-ID"]).strip("<>").replace("/", "_")
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            temporary = self._folder / f".{name}.tmp"
            temporary.write_bytes(bytes(message))
            temporary.replace(self._folder / f"{name}.eml")
        except OSError as exc:
            raise DeliveryError(f"cannot write to outbox {self._folder}: {exc.strerror}") from None
