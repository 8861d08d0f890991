"""E-mail building and sending: safe headers, one file per Message-ID, SMTP outcomes
against a real aiosmtpd server."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest

from alerts.bench.faults_env import SmtpSink, free_port
from alerts.config import SmtpTarget
from alerts.errors import DeliveryError
from alerts.notify.email import OutboxDirSender, SmtpSender, build_message, header_safe


def _message(subject: str = "Hello", message_id: str = "msg_1") -> object:
    return build_message(
        mail_from="Alerts <alerts@example.org>",
        to="reader@example.org",
        subject=subject,
        text="plain",
        html="<p>html</p>",
        message_id=message_id,
        unsubscribe_url="https://alerts.example.org/unsubscribe?token=t",
    )


def test_crlf_in_a_title_cannot_add_headers() -> None:
    message = _message("Breaking\r\nBcc: victim@example.org\n\nbody")
    assert message["Bcc"] is None  # type: ignore[index]
    raw = bytes(message)  # type: ignore[call-overload]
    assert b"\nBcc:" not in raw
    assert header_safe("a\x00b\u2028c") == "a b c"


def test_required_headers() -> None:
    message = _message()
    assert message["Message-ID"] == "<msg_1@example.org>"  # type: ignore[index]
    assert message["List-Unsubscribe"] == "<https://alerts.example.org/unsubscribe?token=t>"  # type: ignore[index]
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"  # type: ignore[index]


def test_outbox_writes_one_file_per_message_id(tmp_path: Path) -> None:
    sender = OutboxDirSender(tmp_path / "outbox")
    sender.send(_message())  # type: ignore[arg-type]
    sender.send(_message())  # type: ignore[arg-type]
    files = list((tmp_path / "outbox").glob("*.eml"))
    assert [f.name for f in files] == ["msg_1@example.org.eml"]
    parsed = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert parsed["Subject"] == "Hello"


def test_smtp_delivers_to_a_real_server_over_one_connection(smtp_server: SmtpSink) -> None:
    with SmtpSender(SmtpTarget(smtp_server.host, smtp_server.port, "none")) as sender:
        sender.send(_message(message_id="m1"))  # type: ignore[arg-type]
        sender.send(_message(message_id="m2"))  # type: ignore[arg-type]
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
            sender.send(_message())  # type: ignore[arg-type]
        assert info.value.permanent is permanent
        sender.send(_message())  # type: ignore[arg-type]  # the connection survives a refusal
    assert len(smtp_server.messages) == 1


def test_unreachable_smtp_is_temporary() -> None:
    sender = SmtpSender(SmtpTarget("127.0.0.1", free_port(), "none"), timeout_s=2)
    with pytest.raises(DeliveryError) as info:
        sender.send(_message())  # type: ignore[arg-type]
    assert not info.value.permanent
    assert "cannot reach SMTP server" in str(info.value)
