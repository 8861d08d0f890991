"""The MIME writer: every message parses back with `email` (policy=default) to the headers
and bodies it was built from, is 7-bit clean with CRLF lines of at most 998 octets, and no
outside value can add a header; a real aiosmtpd server takes it unchanged."""

from __future__ import annotations

import base64
from email import message_from_bytes, message_from_string, policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from typing import cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.config import SmtpTarget
from alerts.notify.email import SmtpSender
from alerts.notify.mime import Email, build_message, header_safe
from tests.support.smtp import SmtpSink

URL = "https://alerts.example.org/unsubscribe?token=" + "t" * 300


def _build(
    *,
    subject: str = "Hello",
    text: str = "plain\n",
    html: str = "<p>html</p>\n",
    mail_from: str = "Alerts <alerts@example.org>",
    to: str = "reader@example.org",
    unsubscribe_url: str | None = URL,
) -> Email:
    return build_message(
        mail_from=mail_from,
        to=to,
        subject=subject,
        text=text,
        html=html,
        message_id="m1",
        unsubscribe_url=unsubscribe_url,
    )


def _parse(data: bytes) -> EmailMessage:
    return cast(EmailMessage, message_from_bytes(data, policy=policy.default))


def _part(message: EmailMessage, subtype: str) -> EmailMessage:
    body = message.get_body((subtype,))
    assert body is not None
    return cast(EmailMessage, body)


def _content(message: EmailMessage, subtype: str) -> str:
    """A body's text with the reader's line ends (the wire carries CRLF)."""
    return str(_part(message, subtype).get_content()).replace("\r\n", "\n")


def _assert_well_formed(data: bytes) -> None:
    """CRLF everywhere, no line over 998 octets, nothing but ASCII, encoded-word lines
    within 76 characters."""
    assert data.endswith(b"\r\n") and b"\r\n" not in data.replace(b"\r\n", b"")
    assert b"\n" not in data.replace(b"\r\n", b"") and b"\r" not in data.replace(b"\r\n", b"")
    assert data.isascii()
    for line in data.split(b"\r\n"):
        assert len(line) <= 998
        if b"=?utf-8?b?" in line:
            assert len(line) <= 76, line


def test_headers_and_bodies_round_trip() -> None:
    mail = _build(text="First line\n\nSecond paragraph.\n", html="<p>Hi</p>\n")
    _assert_well_formed(mail.data)
    parsed = _parse(mail.data)
    assert list(parsed.keys()) == [
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "List-Unsubscribe",
        "List-Unsubscribe-Post",
        "MIME-Version",
        "Content-Type",
    ]
    assert parsed["From"] == "Alerts <alerts@example.org>" and parsed["To"] == "reader@example.org"
    assert parsed["Subject"] == "Hello" and parsed["Message-ID"] == "<m1@example.org>"
    assert parsed["Date"].datetime is not None
    assert parsed["List-Unsubscribe"] == f"<{URL}>", "a long URL stays on one line"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed.get_content_type() == "multipart/alternative"
    assert _content(parsed, "plain") == "First line\n\nSecond paragraph.\n"
    assert _content(parsed, "html") == "<p>Hi</p>\n"
    assert (mail.sender, mail.recipient, mail.subject) == (
        "alerts@example.org",
        "reader@example.org",
        "Hello",
    )
    assert mail.message_id == "<m1@example.org>" and not mail.smtputf8


def test_without_an_unsubscribe_link_there_are_no_list_headers() -> None:
    parsed = _parse(_build(unsubscribe_url=None).data)
    assert parsed["List-Unsubscribe"] is None and parsed["List-Unsubscribe-Post"] is None


@pytest.mark.parametrize(
    "subject",
    [
        "Café reopens after the storm",
        "Ураган обрушился на побережье: " + "эвакуация продолжается " * 8,
        "عاجل: " + "وقف إطلاق النار " * 12,
        "🌊 Flood warning 🌊",
        "A plain ASCII subject that is long enough to be folded at a space " * 2,
        "Looks encoded =?utf-8?b?QmNjOiB2aWN0aW0=?= but is not",
        "x" * 199,
    ],
)
def test_subjects_round_trip(subject: str) -> None:
    mail = _build(subject=subject)
    _assert_well_formed(mail.data)
    assert _parse(mail.data)["Subject"] == header_safe(subject) == mail.subject


@pytest.mark.parametrize(
    ("mail_from", "name", "address"),
    [
        (
            "Équipe d\u2019alertes <alerts@example.org>",
            "Équipe d\u2019alertes",
            "alerts@example.org",
        ),
        ('"Alerts, News" <alerts@example.org>', "Alerts, News", "alerts@example.org"),
        ('"Say \\"hi\\"" <alerts@example.org>', 'Say "hi"', "alerts@example.org"),
        ("alerts@example.org", "", "alerts@example.org"),
    ],
)
def test_display_names_round_trip(mail_from: str, name: str, address: str) -> None:
    mail = _build(mail_from=mail_from)
    _assert_well_formed(mail.data)
    (parsed,) = _parse(mail.data)["From"].addresses
    assert (parsed.display_name, parsed.addr_spec) == (name, address)
    assert mail.sender == address


def test_a_long_display_name_is_split_into_encoded_words_of_whole_words() -> None:
    """Decoded as RFC 2047 says (whitespace between encoded words ignored), the name comes
    back whole. (`email`'s address parser keeps that whitespace, so it reads any name split
    over several encoded words with extra spaces, its own generator's included.)"""
    name = "Новости дня " * 6 + "— ежедневная сводка"
    mail = _build(mail_from=f"{name} <alerts@example.org>")
    _assert_well_formed(mail.data)
    folded = mail.data.split(b"\r\nTo:")[0].decode().removeprefix("From: ")
    assert folded.count("=?utf-8?b?") > 3
    assert str(make_header(decode_header(folded))) == f"{name} <alerts@example.org>"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Plain ASCII.\n", "7bit"),
        ("A few accents: café, naïve, façade.\n" * 10, "quoted-printable"),
        ("x" * 5000 + "\n", "quoted-printable"),  # one line over 998 octets
        ("Весь текст не латиницей.\n" * 10, "base64"),
    ],
)
def test_each_body_gets_the_shorter_safe_encoding(text: str, encoding: str) -> None:
    mail = _build(text=text, html=f"<p>{text}</p>")
    _assert_well_formed(mail.data)
    parsed = _parse(mail.data)
    assert _part(parsed, "plain")["Content-Transfer-Encoding"] == encoding
    assert _content(parsed, "plain") == text
    assert _content(parsed, "html") == f"<p>{text}</p>\n"


def test_dots_and_from_lines_and_line_ends_survive() -> None:
    text = ".\n..two dots\nFrom the wire\r\nwindows\rold mac\n.\n trailing space \nend"
    parsed = _parse(_build(text=text, html=text).data)
    expected = ".\n..two dots\nFrom the wire\nwindows\nold mac\n.\n trailing space \nend\n"
    assert _content(parsed, "plain") == expected == _content(parsed, "html")


@pytest.mark.parametrize(
    "hostile",
    [
        "Breaking\r\nBcc: victim@example.org",
        "Breaking\nBcc: victim@example.org\n\nbody",
        "Breaking\rBcc: victim@example.org",
        "Bréaking\r\nBcc: victim@example.org",
        "Line\u2028Bcc: victim@example.org",
        "Nul\x00Bcc: victim@example.org",
    ],
)
def test_cr_and_lf_in_outside_values_cannot_add_headers(hostile: str) -> None:
    mail = _build(
        subject=hostile, mail_from=f"{hostile} <a@example.org>", to=f"{hostile} <r@x.org>"
    )
    _assert_well_formed(mail.data)
    parsed = _parse(mail.data)
    assert parsed["Bcc"] is None and b"\r\nBcc:" not in mail.data
    assert parsed["Subject"] == header_safe(hostile) == mail.subject
    assert header_safe("a\x00b\u2028c") == "a b c"


def test_a_non_ascii_address_needs_smtputf8() -> None:
    mail = _build(to="José <josé@example.org>")
    assert mail.smtputf8 and mail.recipient == "josé@example.org"
    parsed = message_from_string(mail.data.decode(), policy=policy.default)
    (to,) = parsed["To"].addresses
    assert (to.display_name, to.addr_spec) == ("José", "josé@example.org")


def test_encoded_words_hold_whole_characters() -> None:
    mail = _build(subject="é" * 100 + "🌊" * 30)
    words = [w for w in mail.data.split(b"\r\n\r\n")[0].split() if w.startswith(b"=?utf-8?b?")]
    assert len(words) > 3
    for word in words:
        base64.b64decode(word[10:-2]).decode()  # each decodes on its own: no split character


@settings(max_examples=200, deadline=None)
@given(subject=st.text(max_size=120), text=st.text(max_size=400), name=st.text(max_size=9))
def test_any_text_round_trips(subject: str, text: str, name: str) -> None:
    mail = _build(subject=subject, text=text, html=text, mail_from=f"{name} <a@example.org>")
    assert not mail.smtputf8 and mail.sender == "a@example.org"
    _assert_well_formed(mail.data)
    parsed = _parse(mail.data)
    assert parsed["Subject"] == header_safe(subject)
    assert len(parsed.keys()) == 9 and parsed["Bcc"] is None
    (sender,) = parsed["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (header_safe(name), "a@example.org")
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    expected = lines if lines.endswith("\n") else lines + "\n"
    assert _content(parsed, "plain") == expected


def test_a_real_smtp_server_takes_the_bytes_unchanged(smtp_server: SmtpSink) -> None:
    mails = [
        _build(subject="Café: " + "données " * 20, text=".\n" + "é" * 3000, html="<p>.</p>"),
        _build(subject="Plain", text="From here\n..\n" + "x" * 2000),
    ]
    with SmtpSender(SmtpTarget(smtp_server.host, smtp_server.port, "none")) as sender:
        assert sender.send_all(mails) == [None, None]
    assert len(smtp_server.messages) == 2
    for mail, received in zip(mails, smtp_server.messages, strict=True):
        sent = _parse(mail.data)
        assert received.items() == sent.items()
        for subtype in ("plain", "html"):
            assert _content(received, subtype) == _content(sent, subtype)
