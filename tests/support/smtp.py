"""A loopback SMTP server (aiosmtpd) that records what it is sent and can refuse on cue:
what the e-mail tests, the end-to-end tests and the fault drills deliver to."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from types import TracebackType

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from tests.support.ports import free_port


@dataclass
class SmtpSink:
    """A loopback SMTP server that records messages; scripted replies refuse some (451, 550)."""

    host: str = "127.0.0.1"
    port: int = field(default_factory=free_port)
    messages: list[EmailMessage] = field(default_factory=list)
    rejected: list[tuple[str, str]] = field(default_factory=list)
    reply_for: dict[str, str] = field(default_factory=dict)  # recipient -> fixed SMTP reply
    outage_until: float = 0.0  # monotonic time before which every message gets `outage_reply`
    outage_reply: str = "451 4.3.0 try again later"
    replies: list[str] = field(default_factory=list)  # one-off replies for the next messages
    sessions: int = 0  # SMTP sessions opened (to check connection reuse)
    quits: int = 0  # sessions the client ended with QUIT (to check clean shutdowns)
    _controller: Controller | None = None

    @property
    def url(self) -> str:
        return f"smtp://{self.host}:{self.port}"

    async def handle_EHLO(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        hostname: str,
        responses: list[str],
    ) -> list[str]:
        self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        recipient = envelope.rcpt_tos[0] if envelope.rcpt_tos else ""
        if self.replies:
            reply = self.replies.pop(0)
            self.rejected.append((recipient, reply))
            return reply
        if recipient in self.reply_for:
            self.rejected.append((recipient, self.reply_for[recipient]))
            return self.reply_for[recipient]
        if time.monotonic() < self.outage_until:
            self.rejected.append((recipient, self.outage_reply))
            return self.outage_reply
        content = envelope.original_content or b""
        self.messages.append(message_from_bytes(content, policy=policy.default))
        return "250 OK"

    async def handle_QUIT(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.quits += 1
        return "221 Bye"

    def __enter__(self) -> SmtpSink:
        self._controller = Controller(self, hostname=self.host, port=self.port)
        self._controller.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._controller is not None
        self._controller.stop()
