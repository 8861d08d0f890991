"""Building e-mails as bytes: the one MIME writer for every message the product sends.

A message is assembled from prebuilt parts, not through `email.message.EmailMessage` and its
generator (which cost three times the SMTP submission): the header block, a random boundary,
and two bodies, text/plain and text/html, in a multipart/alternative. What comes out is an
RFC 5322 message with CRLF line ends, no line over 998 octets, and every header line that
carries an encoded word within 76:

- values from outside (subjects from feed titles, display names) pass through `header_safe`,
  so CR, LF and other control characters become spaces and can never start a header;
- a subject or display name that is not plain ASCII, or that contains ``=?`` (which a reader
  would take for an encoded word), is written as RFC 2047 encoded words (UTF-8, base64) of
  whole characters; an ASCII one is folded at spaces before 76 columns;
- each body is 7bit when it is ASCII with short lines, else quoted-printable when that is
  shorter than base64, else base64, so the message is 7-bit clean and needs no 8BITMIME.
  (Only a non-ASCII address puts raw UTF-8 in a header: such a message needs SMTPUTF8.)

Parsing the bytes back with `email` (policy=default) gives back the same headers and bodies
(`tests/notify/test_mime.py`).
"""

from __future__ import annotations

import base64
import binascii
import functools
import re
import secrets
from dataclasses import dataclass
from email.utils import formatdate, unquote

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*")  # a phrase that needs no quotes
MAX_SUBJECT_CHARS = 200
FOLD_AT = 76  # within RFC 5322's 78 and RFC 2047's 76 for lines with encoded words
ENCODED_WORD_BYTES = 36  # 48 base64 characters: a 60-character word, lines well within 76
CHARSET = 'charset="utf-8"'
_HIGH_OCTETS = bytes(range(128, 256))


def header_safe(value: str, limit: int = MAX_SUBJECT_CHARS) -> str:
    """Control characters (CR, LF, NUL, …) become spaces; runs of spaces one; long values
    are cut with an ellipsis."""
    cleaned = " ".join(_CONTROL.sub(" ", value).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def split_address(value: str) -> tuple[str, str]:
    """(display name, address) of `Name <address>`, `"Quoted, Name" <address>` or a bare
    address, after `header_safe`; the address is what the last angle brackets hold.

    >>> split_address('"Alerts, News" <alerts@example.org>')
    ('Alerts, News', 'alerts@example.org')
    """
    value = header_safe(value, 320)
    if not (value.endswith(">") and "<" in value):
        return "", value
    name, _, address = value[:-1].rpartition("<")
    name = name.strip()
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = unquote(name)
    return name, address.strip()


def mail_domain(mail_from: str) -> str:
    """The domain used in Message-IDs, taken from the sender address."""
    return split_address(mail_from)[1].rpartition("@")[2] or "localhost"


@dataclass(frozen=True)
class Email:
    """A finished message: the envelope addresses, what records show of it, and its bytes.

    Parameters:
        sender: the From address (the SMTP envelope's MAIL FROM).
        recipient: the To address (RCPT TO); empty when `to` held none.
        subject: the subject as the reader sees it (after `header_safe`).
        message_id: the Message-ID header's value, with its angle brackets.
        data: the whole message, CRLF line ends, not dot-stuffed.
    """

    sender: str
    recipient: str
    subject: str
    message_id: str
    data: bytes

    @property
    def smtputf8(self) -> bool:
        """Whether an address is not ASCII, so the message needs SMTPUTF8 to travel."""
        return not (self.sender + self.recipient).isascii()


def _encoded_words(text: str) -> list[str]:
    """RFC 2047 B-encoded words of whole characters, `ENCODED_WORD_BYTES` octets at most."""
    words: list[str] = []
    chunk: list[str] = []
    size = 0
    for char in text:
        width = len(char.encode())
        if size + width > ENCODED_WORD_BYTES:
            words.append(_encoded_word("".join(chunk)))
            chunk, size = [], 0
        chunk.append(char)
        size += width
    words.append(_encoded_word("".join(chunk)))
    return words


def _encoded_word(text: str) -> str:
    return "=?utf-8?b?" + base64.b64encode(text.encode()).decode("ascii") + "?="


def _fold(name: str, words: list[str]) -> str:
    """`Name: word word …` broken before a word that would pass `FOLD_AT` columns (the
    CRLF and the space that follows it are the fold; unfolding gives the words back)."""
    lines = [f"{name}: {words[0]}"]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > FOLD_AT:
            lines.append(" " + word)
        else:
            lines[-1] += " " + word
    return "\r\n".join(lines) + "\r\n"


def _needs_encoding(text: str) -> bool:
    return not text.isascii() or "=?" in text


def _unstructured(name: str, text: str) -> str:
    """An unstructured header (Subject): plain words folded, or encoded words."""
    if not text:
        return f"{name}: \r\n"
    return _fold(name, _encoded_words(text) if _needs_encoding(text) else text.split(" "))


def _phrase(name: str) -> list[str]:
    """A display name as words: atoms, one quoted string, or encoded words."""
    if _needs_encoding(name):
        return _encoded_words(name)
    if _ATOMS.fullmatch(name):
        return name.split(" ")
    return ['"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"']


@functools.lru_cache(maxsize=256)
def _address_header(name: str, value: str) -> tuple[str, str]:
    """A From or To header and the address in it. The value is made header-safe first;
    cached, since every message of a run has the same sender."""
    display, address = split_address(value)
    if not display:
        return f"{name}: {address}\r\n", address
    return _fold(name, [*_phrase(display), f"<{address}>"]), address


def _body(content: str, subtype: str) -> bytes:
    """One part, headers and encoded content. 7bit when the text is ASCII and no line is
    over 998 octets; otherwise quoted-printable or base64, whichever is shorter (QP grows
    a non-ASCII octet to three characters, base64 every three octets to four)."""
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.replace("\n", "\r\n").encode()
    head = f"Content-Type: text/{subtype}; {CHARSET}\r\nContent-Transfer-Encoding: "
    if text.isascii() and max(map(len, text.split("\n"))) <= 998:
        return (head + "7bit\r\n\r\n").encode() + raw
    non_ascii = len(raw) - len(raw.translate(None, _HIGH_OCTETS))
    if 2 * non_ascii < len(raw) // 3:
        return (head + "quoted-printable\r\n\r\n").encode() + binascii.b2a_qp(raw, istext=True)
    encoded = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    return (head + "base64\r\n\r\n").encode() + encoded


def build_message(
    *,
    mail_from: str,
    to: str,
    subject: str,
    text: str,
    html: str,
    message_id: str,
    unsubscribe_url: str | None,
) -> Email:
    """A multipart/alternative message with a stable Message-ID and, when there is an
    unsubscribe link, RFC 8058 one-click unsubscribe (List-Unsubscribe and
    List-Unsubscribe-Post)."""
    from_header, sender = _address_header("From", mail_from)
    to_header, recipient = _address_header("To", to)
    subject = header_safe(subject)
    identifier = f"<{header_safe(message_id, 900)}@{mail_domain(mail_from)}>"
    # A random boundary: no text can guess it, so no body needs to be searched for it.
    boundary = "==" + secrets.token_hex(16)
    headers = [
        from_header,
        to_header,
        _unstructured("Subject", subject),
        f"Date: {formatdate(usegmt=True)}\r\n",
        f"Message-ID: {identifier}\r\n",
    ]
    if unsubscribe_url:
        # One line up to RFC 5322's hard limit: a URL folded or encoded is no longer a URL.
        headers.append(f"List-Unsubscribe: <{header_safe(unsubscribe_url, 960)}>\r\n")
        headers.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n")
    headers.append("MIME-Version: 1.0\r\n")
    headers.append(f'Content-Type: multipart/alternative; boundary="{boundary}"\r\n\r\n')
    delimiter = f"--{boundary}\r\n".encode()
    data = b"".join(
        [
            "".join(headers).encode(),
            delimiter,
            _body(text, "plain"),
            b"\r\n" + delimiter,
            _body(html, "html"),
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    return Email(sender, recipient, subject, identifier, data)
