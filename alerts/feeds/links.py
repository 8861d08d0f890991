"""Links a feed may hand on to followers: absolute `http`/`https` URLs, nothing else.

Every link taken from a feed (an entry's link, the outlet a story falls back to) passes
`web_link` before it is stored, so e-mails, digests, web pages and webhook payloads only
ever carry web links. The rules, in order:

1. Tabs and line breaks are removed anywhere, and control characters and white space
   trimmed from both ends, as browsers do (so `java\\tscript:` is `javascript:`).
2. The scheme is read twice: from that text, and from a probe that is also HTML-entity
   decoded until stable (`&#106;avascript:`, `java&#x09;script:`, `&amp;#106;...`), stripped
   of every white-space and invisible character, and case-folded. Either one naming a scheme
   other than `http`/`https` (`javascript:`, `data:`, `vbscript:`, `file:`, `mailto:`, ...)
   drops the link.
3. A link without a scheme is resolved against the entry's base URL (the feed's own URL);
   it is kept only if the result is `http(s)` with a host and a valid port, fits the
   2,048-character column and has no control characters left. Inner spaces become `%20`.
   (feedparser resolves relative links of fetched feeds first, so text that only spells a
   scheme once decoded, `java&amp;#x09;script:` in the XML, becomes a path on the feed's
   own host: an ordinary web link.)

A dropped link is the empty string: the entry is still stored, shown without a link.
Links inside feed HTML never get this far: summaries are stored as plain text
(`alerts.feeds.parse.html_to_text`), so a link's text stays and its target is gone.

>>> web_link(" HTTPS://news.example/a b ")
'HTTPS://news.example/a%20b'
>>> web_link("/story/1", "https://news.example/feed.xml")
'https://news.example/story/1'
>>> [web_link(x) for x in ("jAvAsCrIpT:alert(1)", "java&#x09;script:x", " &#106;avascript:x")]
['', '', '']
"""

from __future__ import annotations

import html
import re
from urllib.parse import urljoin, urlsplit

from alerts.feeds.canonical import PLAIN_WEB_URL

WEB_SCHEMES = frozenset({"http", "https"})
MAX_LINK_CHARS = 2_048  # the width of the url columns
_SCHEME = re.compile(r"([a-z][a-z0-9+.\-]*):", re.IGNORECASE)
_IGNORED_IN_URLS = re.compile(r"[\t\n\r]")  # what the WHATWG URL parser removes anywhere
_EDGES = re.compile(r"^[\x00-\x20\x7f\s]+|[\x00-\x20\x7f\s]+$")  # and what it trims
_MAX_DECODE_ROUNDS = 4


def _trim(text: str) -> str:
    return _EDGES.sub("", _IGNORED_IN_URLS.sub("", text))


def _probe(text: str) -> str:
    """What a lenient reader could take the text to mean: decoded, squeezed, case-folded."""
    for _ in range(_MAX_DECODE_ROUNDS):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    if text.isprintable():  # the one white space a printable text can hold is " "
        return text.replace(" ", "").casefold()
    return "".join(ch for ch in text if ch.isprintable() and not ch.isspace()).casefold()


def _foreign_scheme(text: str) -> bool:
    match = _SCHEME.match(text)
    return match is not None and match.group(1).casefold() not in WEB_SCHEMES


def _is_web_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number in range
    except ValueError:
        return False
    return (
        parts.scheme.casefold() in WEB_SCHEMES
        and bool(parts.hostname)
        and len(url) <= MAX_LINK_CHARS
        and url.isprintable()
    )


def web_link(raw: str, base: str = "") -> str:
    """`raw` as an absolute http(s) URL (resolved against `base` when relative), or "" when
    it is anything else; see the module docstring for the exact rules."""
    if len(raw) <= MAX_LINK_CHARS and PLAIN_WEB_URL.fullmatch(raw):
        return raw  # an absolute web link with nothing to trim, decode or resolve
    cleaned = _trim(raw)
    if not cleaned or _foreign_scheme(cleaned) or _foreign_scheme(_probe(cleaned)):
        return ""
    if _SCHEME.match(cleaned) is None and _is_web_url(base.strip()):
        try:
            cleaned = urljoin(base.strip(), cleaned)
        except ValueError:  # e.g. "//[not-an-address"
            return ""
    cleaned = cleaned.replace(" ", "%20")
    return cleaned if _is_web_url(cleaned) else ""
