"""E-mail sending: one file per Message-ID, SMTP outcomes
against a real aiosmtpd server (which does not advertise PIPELINING: one command at a time)
and a strict pipelining server, connection pooling and reuse, and the per-domain limit
shared through Redis."""

from __future__ import annotations

import secrets
import socketserver
import threading
from collections.abc import Iterator
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from alerts.config import SmtpTarget
from alerts.errors import DeferredError, DeliveryError
from alerts.notify.email import DOMAIN_WINDOW_S, OutboxDirSender, SmtpSender
from alerts.notify.mime import Email, build_message
from alerts.notify.ratelimit import RedisRateLimiter
from tests.conftest import REDIS_URL
from tests.support.ports import free_port
from tests.support.smtp import SmtpSink


def _message(
    subject: str = "Hello", message_id: str = "msg_1", to: str = "reader@example.org"
) -> Email:
    return build_message(
        mail_from="Alerts <alerts@example.org>",
        to=to,
        subject=subject,
        text="plain",
        html="<p>html</p>",
        message_id=message_id,
        unsubscribe_url="https://alerts.example.org/unsubscribe?token=t",
    )


def test_outbox_writes_one_file_per_message_id(tmp_path: Path) -> None:
    sender = OutboxDirSender(tmp_path / "outbox")
    sender.send(_message())
    sender.send(_message())
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert [f.name for f in files] == ["msg_1@example.org.eml"]
    content = files[0].read_bytes()
    assert b"\r" not in content, "stored with the local line end"
    parsed = message_from_bytes(content, policy=policy.default)
    assert parsed["Subject"] == "Hello"


def test_smtp_delivers_to_a_real_server_over_one_connection(smtp_server: SmtpSink) -> None:
    with SmtpSender(SmtpTarget(smtp_server.host, smtp_server.port, "none")) as sender:
        sender.send(_message(message_id="m1"))
        sender.send(_message(message_id="m2"))
    assert [str(m["Message-ID"]) for m in smtp_server.messages] == [
        "<m1@example.org>",
        "<m2@example.org>",
    ]
    assert smtp_server.sessions == 1, "the connection is reused"


@pytest.mark.parametrize(
    ("reply", "permanent"), [("451 try later", False), ("550 no such user", True)]
)
def test_smtp_reply_codes_are_classified(
    smtp_server: SmtpSink, reply: str, permanent: bool
) -> None:
    smtp_server.replies.append(reply)
    with SmtpSender(SmtpTarget(smtp_server.host, smtp_server.port, "none")) as sender:
        with pytest.raises(DeliveryError) as info:
            sender.send(_message())
        assert info.value.permanent is permanent
        sender.send(_message())  # the connection survives a refusal
    assert len(smtp_server.messages) == 1


def test_unreachable_smtp_is_temporary() -> None:
    sender = SmtpSender(SmtpTarget("127.0.0.1", free_port(), "none"), timeout_s=2)
    with pytest.raises(DeliveryError) as info:
        sender.send(_message())
    assert not info.value.permanent
    assert "cannot reach SMTP server" in str(info.value)


class PipeliningServer(socketserver.ThreadingTCPServer):
    """A loopback SMTP server that advertises PIPELINING and reads a transaction's MAIL, RCPT
    and DATA before answering any of them, so a client that waits for each reply stalls
    (the server gives up after two seconds and hangs up). `refuse` maps a recipient to its
    RCPT reply, `data_replies` to its reply after the content; `hang_up_after_each` closes
    the connection after every message, as a server ending idle sessions would."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _PipeliningSession)
        self.refuse: dict[str, bytes] = {}
        self.data_replies: dict[str, bytes] = {}
        self.hang_up_after_each = False
        self.received: list[str] = []  # recipients whose message was taken
        self.sessions = 0
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def target(self) -> SmtpTarget:
        return SmtpTarget("127.0.0.1", self.server_address[1], "none")


class _PipeliningSession(socketserver.StreamRequestHandler):
    timeout = 2
    server: PipeliningServer

    def handle(self) -> None:
        self.server.sessions += 1
        self.wfile.write(b"220 test ESMTP\r\n")
        while line := self.rfile.readline():
            verb = line[:4].upper()
            if verb == b"EHLO":
                self.wfile.write(b"250-test\r\n250-PIPELINING\r\n250 SIZE 1000000\r\n")
            elif verb == b"MAIL":
                if not self._transaction():
                    return
            elif verb == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 OK\r\n")

    def _transaction(self) -> bool:
        rcpt, data = self.rfile.readline(), self.rfile.readline()  # before any reply
        assert rcpt.upper().startswith(b"RCPT TO:<") and data.upper() == b"DATA\r\n"
        recipient = rcpt.decode().strip()[9:-1]
        refusal = self.server.refuse.get(recipient)
        if refusal:
            self.wfile.write(b"250 OK\r\n" + refusal + b"\r\n554 no valid recipients\r\n")
            return True
        self.wfile.write(b"250 OK\r\n250 OK\r\n354 go ahead\r\n")
        while self.rfile.readline() != b".\r\n":
            pass
        reply = self.server.data_replies.get(recipient, b"250 queued")
        if reply.startswith(b"250"):
            self.server.received.append(recipient)
        self.wfile.write(reply + b"\r\n")
        return not self.server.hang_up_after_each


@pytest.fixture
def pipelining_server() -> Iterator[PipeliningServer]:
    server = PipeliningServer()
    yield server
    server.shutdown()
    server.server_close()


def _to(address: str, n: int = 0) -> Email:
    return _message(message_id=f"m{n}", to=address)


def test_pipelined_sends_keep_each_message_outcome(pipelining_server: PipeliningServer) -> None:
    pipelining_server.refuse["gone@example.org"] = b"550 5.1.1 no such user"
    pipelining_server.refuse["busy@example.org"] = b"450 4.2.1 mailbox busy"
    pipelining_server.data_replies["full@example.org"] = b"452 4.2.2 mailbox full"
    addresses = ["a@example.org", "gone@example.org", "b@example.org", "busy@example.org"]
    addresses += ["full@example.org", ".dot@example.org"]
    with SmtpSender(pipelining_server.target) as sender:
        outcomes = sender.send_all([_to(a, n) for n, a in enumerate(addresses)])
    assert outcomes[0] is None and outcomes[2] is None and outcomes[5] is None
    gone, busy, full = outcomes[1], outcomes[3], outcomes[4]
    assert gone is not None and gone.permanent and "550" in str(gone)
    assert busy is not None and not busy.permanent and "450" in str(busy)
    assert full is not None and not full.permanent and "452" in str(full)
    assert pipelining_server.received == ["a@example.org", "b@example.org", ".dot@example.org"]
    assert pipelining_server.sessions == 1, "refusals leave the connection usable"


def test_content_lines_starting_with_a_dot_arrive_intact(smtp_server: SmtpSink) -> None:
    message = build_message(
        mail_from="Alerts <alerts@example.org>",
        to="reader@example.org",
        subject="Dots",
        text=".\n..leading dots\n.",
        html="<p>x</p>",
        message_id="dots",
        unsubscribe_url=None,
    )
    with SmtpSender(SmtpTarget(smtp_server.host, smtp_server.port, "none")) as sender:
        sender.send(message)
    (received,) = smtp_server.messages
    body = received.get_body(("plain",))
    assert body is not None and body.get_content().splitlines() == [".", "..leading dots", "."]


def test_a_server_hanging_up_between_messages_is_reconnected(
    pipelining_server: PipeliningServer,
) -> None:
    pipelining_server.hang_up_after_each = True
    with SmtpSender(pipelining_server.target) as sender:
        for n in range(3):
            sender.send(_to(f"r{n}@example.org", n))
    assert pipelining_server.received == ["r0@example.org", "r1@example.org", "r2@example.org"]
    assert pipelining_server.sessions == 3


def test_send_all_spreads_messages_over_a_bounded_pool(
    pipelining_server: PipeliningServer,
) -> None:
    messages = [_to(f"r{n}@example.org", n) for n in range(12)]
    with SmtpSender(pipelining_server.target, connections=3) as sender:
        assert sender.send_all(messages[:6]) == [None] * 6
        assert sender.send_all(messages[6:]) == [None] * 6
    assert sorted(pipelining_server.received) == sorted(f"r{n}@example.org" for n in range(12))
    assert 1 <= pipelining_server.sessions <= 3, "connections are kept and reused"


def test_an_unreachable_server_fails_every_message_of_a_batch_at_once() -> None:
    sender = SmtpSender(SmtpTarget("127.0.0.1", free_port(), "none"), connections=2)
    outcomes = sender.send_all([_to(f"r{n}@example.org", n) for n in range(5)])
    assert all(o is not None and not o.permanent for o in outcomes)
    assert all("cannot reach SMTP server" in str(o) for o in outcomes)


def test_per_domain_limit_defers_the_excess_across_senders(smtp_server: SmtpSink) -> None:
    domain = f"{secrets.token_hex(4)}.example"
    prefix = f"test:smtp-domain:{secrets.token_hex(4)}:"
    target = SmtpTarget(smtp_server.host, smtp_server.port, "none")

    def sender() -> SmtpSender:
        limiter = RedisRateLimiter(REDIS_URL, prefix=prefix, window_s=DOMAIN_WINDOW_S)
        return SmtpSender(target, per_domain_per_min=2, limiter=limiter)

    with sender() as first, sender() as second:
        outcomes = first.send_all([_to(f"u{n}@{domain}", n) for n in range(3)])
        other_domain = first.send_all([_to("someone@example.org", 9)])
        from_another_worker = second.send_all([_to(f"u9@{domain.upper()}", 10)])
    assert outcomes[:2] == [None, None] and other_domain == [None]
    for deferred in (outcomes[2], from_another_worker[0]):
        assert isinstance(deferred, DeferredError) and not deferred.permanent
        assert deferred.retry_after_s is not None and 0 < deferred.retry_after_s <= 60
    assert len(smtp_server.messages) == 3


class _RecipientRefuser:
    """aiosmtpd handler (no PIPELINING) that refuses recipients named gone@ at RCPT."""

    def __init__(self) -> None:
        self.received: list[str] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("gone@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received.extend(envelope.rcpt_tos)
        return "250 OK"


def test_without_pipelining_a_refused_recipient_leaves_the_connection_usable() -> None:
    handler = _RecipientRefuser()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        with SmtpSender(SmtpTarget("127.0.0.1", controller.port, "none")) as sender:
            addresses = ["a@example.org", "gone@example.org", "b@example.org"]
            outcomes = sender.send_all([_to(a, n) for n, a in enumerate(addresses)])
    finally:
        controller.stop()
    assert outcomes[0] is None and outcomes[2] is None
    assert outcomes[1] is not None and outcomes[1].permanent and "recipient" in str(outcomes[1])
    assert handler.received == ["a@example.org", "b@example.org"]


def test_a_message_without_a_recipient_address_is_refused_for_good(
    pipelining_server: PipeliningServer,
) -> None:
    with SmtpSender(pipelining_server.target) as sender:
        (outcome,) = sender.send_all([_to("Nobody <>")])
    assert outcome is not None and outcome.permanent and "no recipient" in str(outcome)
    assert pipelining_server.sessions == 0, "nothing was sent"
