"""E-mail: handing finished messages (`alerts.notify.mime.Email`) to SMTP or to an outbox
folder.

The only importer of smtplib. `SmtpSender` keeps a few connections open and submits a
batch over all of them at once; when the server advertises PIPELINING (RFC 2920) it writes
MAIL FROM, RCPT TO and DATA together and reads the three replies in order, otherwise it
sends one command at a time. Every message gets its own outcome as a `DeliveryError`: 4xx
and connection trouble temporary, 5xx permanent, and a refusal leaves the connection
usable for the next message. `OutboxDirSender` writes one `.eml` file per message, named
by Message-ID, so delivering twice cannot make two files.
"""

from __future__ import annotations

import contextlib
import queue
import re
import smtplib
import ssl
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from alerts.config import SmtpTarget
from alerts.errors import DeferredError, DeliveryError
from alerts.notify.mime import Email
from alerts.notify.ratelimit import LocalRateLimiter, RateLimiter


class MailSender(Protocol):
    """Hands a finished message on; raises `DeliveryError` when it cannot."""

    def send(self, message: Email) -> None:
        """Deliver one message."""
        ...


# Each command of a mail transaction (MAIL, RCPT, DATA), what it is called in an error, and
# the replies that let the transaction go on.
_STEPS = (("sender", (250,)), ("recipient", (250, 251)), ("DATA command", (354,)))
_LINE_STARTING_WITH_DOT = re.compile(rb"^\.", re.MULTILINE)
_CONNECTION_ERRORS = (OSError, smtplib.SMTPException)
DOMAIN_WINDOW_S = 60.0  # the window of `ALERTS_SMTP_DOMAIN_RATE_PER_MIN`
DOMAIN_KEY_PREFIX = "alerts:smtp-domain-rate:"


@dataclass(frozen=True)
class _Envelope:
    """One message as SMTP carries it: the addresses and the dot-stuffed CRLF content."""

    mail_from: str
    recipient: str
    data: bytes  # ends with the lone "." line
    smtputf8: bool


def _envelope(message: Email) -> _Envelope:
    """The message's addresses (our messages have one recipient) and its content with
    leading dots doubled (RFC 5321 section 4.5.2) and the closing lone dot."""
    if not message.recipient:
        raise DeliveryError("the message has no recipient address", permanent=True)
    data = message.data
    if data.startswith(b".") or b"\n." in data:
        data = _LINE_STARTING_WITH_DOT.sub(b"..", data)
    return _Envelope(message.sender, message.recipient, data + b".\r\n", message.smtputf8)


def _refusal(step: str, code: int, text: bytes) -> DeliveryError:
    detail = text.decode(errors="replace").replace("\n", " ")
    return DeliveryError(f"SMTP refused the {step}: {code} {detail}", permanent=code >= 500)


class _Session:
    """One open SMTP connection. Connection trouble surfaces as `OSError` or
    `smtplib.SMTPException`; the server refusing a message is that message's outcome."""

    def __init__(self, client: smtplib.SMTP) -> None:
        self._client = client
        client.ehlo_or_helo_if_needed()
        self.pipelining = client.has_extn("pipelining")
        self.open = True

    def submit(self, envelope: _Envelope) -> DeliveryError | None:
        """One mail transaction; None when the server took the message."""
        if envelope.smtputf8 and not self._client.has_extn("smtputf8"):
            return DeliveryError(
                f"the SMTP server cannot take non-ASCII addresses ({envelope.recipient})",
                permanent=True,
            )
        replies = self._exchange(self._commands(envelope))
        for (step, accepted), (code, text) in zip(_STEPS, replies, strict=False):
            if code not in accepted:
                self._abandon(replies)
                return _refusal(step, code, text)
        self._client.send(envelope.data)
        code, text = self._client.getreply()
        self.open = code != 421
        return None if code == 250 else _refusal("message", code, text)

    def _commands(self, envelope: _Envelope) -> list[bytes]:
        options = ""
        if self._client.has_extn("size"):
            options += f" SIZE={len(envelope.data)}"
        if envelope.smtputf8:
            options += " SMTPUTF8 BODY=8BITMIME"
        encoding = "utf-8" if envelope.smtputf8 else "ascii"
        return [
            f"MAIL FROM:<{envelope.mail_from}>{options}\r\n".encode(encoding),
            f"RCPT TO:<{envelope.recipient}>\r\n".encode(encoding),
            b"DATA\r\n",
        ]

    def _exchange(self, commands: list[bytes]) -> list[tuple[int, bytes]]:
        """With PIPELINING, one write and the replies read in order (RFC 2920); without it,
        one command at a time, stopping at the first refusal."""
        if self.pipelining:
            self._client.send(b"".join(commands))
            return [self._client.getreply() for _ in commands]
        replies: list[tuple[int, bytes]] = []
        for command, (_, accepted) in zip(commands, _STEPS, strict=True):
            self._client.send(command)
            replies.append(self._client.getreply())
            if replies[-1][0] not in accepted:
                break
        return replies

    def _abandon(self, replies: list[tuple[int, bytes]]) -> None:
        """Leave a refused transaction so the connection can carry the next message."""
        if replies[-1][0] == 354:  # DATA accepted although RCPT was not: send no content
            self._client.send(b".\r\n")
            self._client.getreply()
        if any(code == 421 for code, _ in replies):  # the server is closing the connection
            self.open = False
            return
        self._client.rset()

    def quit(self) -> None:
        """Say QUIT, ignoring a connection that is already gone; the socket is closed
        either way (smtplib closes it only when QUIT got its reply)."""
        with contextlib.suppress(*_CONNECTION_ERRORS):
            self._client.quit()
        self._client.close()

    def abort(self) -> None:
        """Drop the connection without a word (it is broken)."""
        self._client.close()


def _submitted(
    session: _Session, envelope: _Envelope
) -> tuple[DeliveryError | None, _Session | None]:
    """The message's outcome, and the session if the server keeps it open."""
    outcome = session.submit(envelope)
    if session.open:
        return outcome, session
    session.abort()
    return outcome, None


@dataclass
class _Batch:
    """The messages of one `send_all` call, shared by its connections."""

    work: queue.SimpleQueue[tuple[int, Email]]
    outcomes: list[DeliveryError | None]
    unreachable: DeliveryError | None = None


class SmtpSender:
    """Submits mail to an SMTP server (plain, STARTTLS or implicit TLS) over up to
    `connections` connections kept open across messages, pipelining each message's commands
    when the server supports it. A connection the server dropped is reopened once. A message
    whose recipient domain had its `per_domain_per_min` messages in the last minute is not
    sent: its outcome is a `DeferredError` saying how long to wait.

    Parameters:
        target: the server, from `ALERTS_SMTP_URL`.
        timeout_s: for connecting and for every reply.
        connections: how many messages `send_all` submits at once (`ALERTS_SMTP_CONNECTIONS`).
        per_domain_per_min: messages per recipient domain per minute; 0, no limit
            (`ALERTS_SMTP_DOMAIN_RATE_PER_MIN`).
        limiter: counts them, with a window of `DOMAIN_WINDOW_S` (default: this process's
            own; `rate_limiter` shares one across workers through Redis).
    """

    def __init__(
        self,
        target: SmtpTarget,
        *,
        timeout_s: float = 30.0,
        connections: int = 1,
        per_domain_per_min: int = 0,
        limiter: RateLimiter | None = None,
    ) -> None:
        self._target = target
        self._timeout_s = timeout_s
        self._connections = max(1, connections)
        self._per_domain = per_domain_per_min
        self._limiter = limiter or LocalRateLimiter(window_s=DOMAIN_WINDOW_S)
        # A slot per connection: None until it is first used, then the open session.
        self._slots: queue.LifoQueue[_Session | None] = queue.LifoQueue()
        for _ in range(self._connections):
            self._slots.put(None)

    def __enter__(self) -> SmtpSender:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Say QUIT on every connection (all of them idle: no `send_all` is running)."""
        sessions = [self._slots.get() for _ in range(self._connections)]
        for session in sessions:
            if session is not None:
                session.quit()
            self._slots.put(None)

    def send(self, message: Email) -> None:
        """Submit one message; raise `DeliveryError` (temporary or permanent) if refused."""
        (failure,) = self.send_all([message])
        if failure is not None:
            raise failure

    def send_all(self, messages: Sequence[Email]) -> list[DeliveryError | None]:
        """Submit every message, several at once over the pool; return, in order, None for
        each message the server took or the `DeliveryError` that concerns that one only."""
        batch = _Batch(work=queue.SimpleQueue(), outcomes=[None] * len(messages))
        for item in enumerate(messages):
            batch.work.put(item)
        lanes = min(self._connections, len(messages))
        if lanes <= 1:
            self._drain(batch)
        else:
            with ThreadPoolExecutor(lanes, thread_name_prefix="smtp") as pool:
                for lane in [pool.submit(self._drain, batch) for _ in range(lanes)]:
                    lane.result()
        return batch.outcomes

    def _drain(self, batch: _Batch) -> None:
        """One connection's share: take messages until none are left."""
        session = self._slots.get()
        try:
            while True:
                try:
                    index, message = batch.work.get_nowait()
                except queue.Empty:
                    return
                batch.outcomes[index], session = self._submit(batch, session, message)
        finally:
            self._slots.put(session)

    def _submit(
        self, batch: _Batch, session: _Session | None, message: Email
    ) -> tuple[DeliveryError | None, _Session | None]:
        try:
            envelope = _envelope(message)
        except DeliveryError as error:
            return error, session
        if (deferred := self._admit(envelope.recipient)) is not None:
            return deferred, session
        if session is not None:
            try:
                return _submitted(session, envelope)
            except _CONNECTION_ERRORS:
                session.abort()  # dropped while idle, or mid-message: reconnect once
        if batch.unreachable is not None:
            return batch.unreachable, None  # no need to wait for every message's timeout
        where = f"{self._target.host}:{self._target.port}"
        try:
            session = self._connect()
        except _CONNECTION_ERRORS as exc:
            batch.unreachable = DeliveryError(f"cannot reach SMTP server {where}: {exc}")
            return batch.unreachable, None
        try:
            return _submitted(session, envelope)
        except _CONNECTION_ERRORS as exc:
            session.abort()
            return DeliveryError(f"SMTP server {where} dropped the connection: {exc}"), None

    def _admit(self, recipient: str) -> DeferredError | None:
        """Count the message against its recipient's domain; a `DeferredError` when over."""
        if not self._per_domain:
            return None
        domain = recipient.rpartition("@")[2].casefold()
        wait_s = self._limiter.acquire(domain, self._per_domain)
        if wait_s <= 0:
            return None
        return DeferredError(
            f"{domain} had its {self._per_domain} e-mails of the minute", wait_s=wait_s
        )

    def _connect(self) -> _Session:
        target = self._target
        if target.security == "tls":
            context = ssl.create_default_context()
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                target.host, target.port, timeout=self._timeout_s, context=context
            )
        else:
            client = smtplib.SMTP(target.host, target.port, timeout=self._timeout_s)
        try:
            if target.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if target.username and target.password:
                client.login(target.username, target.password)
            return _Session(client)
        except BaseException:
            client.close()
            raise


def send_all(sender: MailSender, messages: Sequence[Email]) -> list[DeliveryError | None]:
    """Every message's outcome, in order: together over SMTP's pool, else one by one."""
    if isinstance(sender, SmtpSender):
        return sender.send_all(messages)
    outcomes: list[DeliveryError | None] = []
    for message in messages:
        try:
            sender.send(message)
        except DeliveryError as error:
            outcomes.append(error)
        else:
            outcomes.append(None)
    return outcomes


class OutboxDirSender:
    """Writes each message to `<folder>/<message-id>.eml`, the embedded mode's mailbox,
    with the local line end (LF), as `email`'s generator and mail stores write files."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def send(self, message: Email) -> None:
        """Write the message atomically (temp file, then rename)."""
        name = message.message_id.strip("<>").replace("/", "_")
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            temporary = self._folder / f".{name}.tmp"
            temporary.write_bytes(message.data.replace(b"\r\n", b"\n"))
            temporary.replace(self._folder / f"{name}.eml")
        except OSError as exc:
            raise DeliveryError(f"cannot write to outbox {self._folder}: {exc.strerror}") from None
