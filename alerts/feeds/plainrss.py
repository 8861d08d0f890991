"""Plain RSS read by expat alone, into the very entries feedparser would give `parse.py`.

feedparser spends most of a large feed's parse on its generic machinery: a SAX layer,
namespace matching, a stack of content parameters and a dozen state flags consulted at
every element. A plain RSS 0.9x/2.0 document (UTF-8, no DTD, no namespace, no xml:base,
only the elements listed below, each with text and no markup inside) needs none of it:
each field goes through the same steps feedparser's `pop` applies to it (strip, link
resolution against the same base URL, its guess of HTML in plain-text titles, its
sanitiser, its fix of UTF-8 read as Latin-1, its Windows-1252 mapping) and its own date
parser, and lands in the same key. Feed and entry titles follow its rule that the first
non-empty title at a depth wins.

Anything outside that subset, or any error, makes `read_plain_rss` answer None, and the
caller hands the original bytes to feedparser: the shortcut changes no result. No entity
can be declared (a DTD, even one in the prolog, sends the document to feedparser, behind
`alerts.feeds.safety`), so nothing is ever fetched or expanded here.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Callable
from typing import Any
from xml.parsers import expat

import feedparser.encodings
import feedparser.mixin
import feedparser.namespaces._base as feedparser_base
from feedparser.util import FeedParserDict

_VERSIONS = frozenset({"2.0", "0.91", "0.92", "0.93", "0.94"})
# Children each element may have (lower-cased, as feedparser compares them), each mapped
# to the attributes it may carry. A listed child not itself a key here holds text only.
_CHILDREN: dict[str, dict[str, frozenset[str]]] = {
    "rss": {"channel": frozenset()},
    "channel": {
        **dict.fromkeys(
            (
                *("title", "link", "description", "language", "copyright", "managingeditor"),
                *("webmaster", "pubdate", "lastbuilddate", "generator", "docs", "ttl"),
                *("rating", "item", "image", "textinput", "skiphours", "skipdays"),
            ),
            frozenset(),
        ),
        "category": frozenset({"domain"}),
        "cloud": frozenset({"domain", "port", "path", "registerprocedure", "protocol"}),
    },
    "item": {
        **dict.fromkeys(
            ("title", "link", "description", "pubdate", "author", "comments"), frozenset()
        ),
        "guid": frozenset({"ispermalink"}),
        "category": frozenset({"domain"}),
        "enclosure": frozenset({"url", "length", "type"}),
        "source": frozenset({"url"}),
    },
    # feedparser leaves an image or text input for the feed at any other child
    "image": dict.fromkeys(("url", "title", "link", "width", "height", "description"), frozenset()),
    "textinput": dict.fromkeys(("title", "description", "name", "link"), frozenset()),
    "skiphours": {"hour": frozenset()},
    "skipdays": {"day": frozenset()},
}
_ROOT = {"rss": frozenset({"version"})}
_ENTRY_FIELDS = frozenset({"title", "link", "description", "guid", "pubdate", "author"})
_LINK_ENTITY = re.compile("&([A-Za-z0-9_]+);")  # feedparser's repair of `?a=1&b=2` in links


class _NotPlainError(Exception):
    """The document is outside the plain subset: feedparser reads it."""


def read_plain_rss(
    raw: bytes, *, base_url: str, content_type: str | None, max_entries: int
) -> tuple[str | None, list[FeedParserDict]] | None:
    """The feed title and entries feedparser would give for `raw`, when it is plain RSS
    that feedparser reads as UTF-8 without complaint; else None."""
    if not _read_as_utf8(raw, content_type):
        return None
    try:
        reader = _Reader(_base_uri(base_url if content_type else ""), max_entries)
        return reader.read(raw)
    except Exception:  # anything unexpected: feedparser decides
        return None


def _read_as_utf8(raw: bytes, content_type: str | None) -> bool:
    """Whether feedparser decodes `raw` as UTF-8 and raises no encoding complaint (its
    `convert_to_utf8`), with no DTD or entity declaration before the root to strip."""
    if content_type:
        media, charset = feedparser.encodings.parse_content_type(content_type)
        xml_media = media in (
            "application/xml",
            "application/xml-dtd",
            "application/xml-external-parsed-entity",
        ) or (media.startswith("application/") and media.endswith("+xml"))
        if not xml_media or charset.lower() not in ("", "utf-8"):
            return False
    body = raw[len(codecs.BOM_UTF8) :] if raw.startswith(codecs.BOM_UTF8) else raw
    declared = feedparser.encodings.RE_XML_PI_ENCODING.match(body)
    if declared and declared.group(1).lower() != b"utf-8":
        return False
    if b"\x00" in body:
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    first = re.search(rb"<\w", body)
    prolog = body[: first.start() if first else len(body)]
    return b"<!DOCTYPE" not in prolog and b"<!ENTITY" not in prolog


def _base_uri(content_location: str) -> str:
    """The base URL feedparser resolves links against: the response's location, as each
    element start checks it (refused when that check would not settle on one value)."""
    mixin: Any = feedparser.mixin

    def step(base: str) -> str:
        if base:
            return str(mixin.make_safe_absolute_uri(base, base) or base)
        return str(mixin._urljoin(base, base))

    settled = step(content_location)
    if step(settled) != settled:
        raise _NotPlainError("base URL does not settle")
    return settled


def _popped(text: str, content_type: str | None, *, sanitise: bool, base: str | None) -> str:
    """A field's text as feedparser's `pop` leaves it: stripped, resolved against `base`
    (links), read as HTML when it looks so (plain-text fields), sanitised (titles and
    descriptions that are HTML), re-read when it is UTF-8 decoded as Latin-1, and with
    Windows-1252's characters in place of C1 controls."""
    mixin: Any = feedparser.mixin
    output = text.strip()
    if base is not None and output:
        output = mixin._urljoin(base, output)
    if content_type == "text/plain" and mixin._FeedParserMixin.looks_like_html(output):
        content_type = "text/html"
    if sanitise and content_type != "text/plain":
        output = mixin._sanitize_html(output, "utf-8", content_type or "text/html")
    if isinstance(output, bytes):
        output = output.decode("utf-8", "ignore")
    if output.isascii():  # neither re-read nor mapped: both steps would leave it as it is
        return str(output)
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        output = output.encode("iso-8859-1").decode("utf-8")
    return str(output.translate(mixin._cp1252))


class _Reader:
    """One document's walk: the open elements, the text of the open field, and
    feedparser's state that decides where a title lands."""

    def __init__(self, base: str, max_entries: int) -> None:
        self.base = base
        self.max_entries = max_entries
        self.path: list[str] = []
        self.text: list[str] | None = None  # the open field's text, when it is one read
        self.leaf = False  # a text-only element is open
        self.title: str | None = None
        self.entries: list[FeedParserDict] = []
        self.entry: FeedParserDict | None = None
        self.title_depth = -1
        self.guid_is_link = False

    def read(self, raw: bytes) -> tuple[str | None, list[FeedParserDict]]:
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.XmlDeclHandler = _utf8_declaration
        parser.StartDoctypeDeclHandler = _refuse
        parser.EntityDeclHandler = _refuse
        parser.ExternalEntityRefHandler = _refuse_entity
        parser.Parse(raw, True)
        return self.title, self.entries

    def data(self, text: str) -> None:
        if self.text is not None:
            self.text.append(text)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = name.lower()
        allowed = _CHILDREN[self.path[-1]] if self.path else _ROOT
        if self.leaf or tag not in allowed or ":" in name:
            raise _NotPlainError(name)
        lowered = {key.lower(): value for key, value in attrs.items()}
        if len(lowered) != len(attrs) or not allowed[tag].issuperset(lowered):
            raise _NotPlainError(name)
        if tag == "rss" and lowered.get("version") not in _VERSIONS:
            raise _NotPlainError("version")
        self.path.append(tag)
        self.leaf = tag not in _CHILDREN
        if tag in ("item", "image", "textinput", "source"):
            self.title_depth = -1
        if tag == "item":
            self.entry = FeedParserDict()
            self.entries.append(self.entry)
        elif tag == "guid":
            self.guid_is_link = lowered.get("ispermalink", "true") == "true"
        elif tag == "description" and self.entry is not None and "summary" in self.entry:
            raise _NotPlainError("a second description is read as content")
        if tag == "title" or (self.entry is not None and tag in _ENTRY_FIELDS):
            self.text = []

    def end(self, name: str) -> None:
        tag = self.path[-1]
        depth = len(self.path)
        text, self.text, self.leaf = self.text, None, False
        if text is not None and tag == "title":
            self._title("".join(text), depth)
        elif text is not None and self.entry is not None and self._kept():
            self._field(self.entry, tag, "".join(text))
        self.path.pop()
        if tag == "item":
            self.entry = None

    def _kept(self) -> bool:
        """Whether the open entry is among the first `max_entries`, the ones read."""
        return len(self.entries) <= self.max_entries

    def _title(self, text: str, depth: int) -> None:
        """feedparser's `_end_title`: stored unless a non-empty title came at this depth
        or above since the last item, image, text input or source began."""
        value = _popped(text, "text/plain", sanitise=True, base=None)
        if not -1 < self.title_depth <= depth:
            parent = self.path[-2]
            if parent == "item" and self.entry is not None:
                self.entry["title"] = value
            elif parent == "channel":
                self.title = value
        if value:
            self.title_depth = depth

    def _field(self, entry: FeedParserDict, tag: str, text: str) -> None:
        if tag == "link":
            value = _popped(text, None, sanitise=False, base=self.base)
            entry["link"] = _LINK_ENTITY.sub(r"&\g<1>", value.replace("&amp;", "&"))
        elif tag == "guid":
            base = self.base if self.guid_is_link else None
            value = _popped(text, None, sanitise=False, base=base)
            entry["id"] = value
            if self.guid_is_link:
                entry.setdefault("link", value)
        elif tag == "description":
            entry["summary"] = _popped(text, "text/html", sanitise=True, base=None)
        elif tag == "pubdate":
            value = _popped(text, None, sanitise=False, base=None)
            entry["published_parsed"] = _parse_date(value)
        elif tag == "author":
            entry["author"] = _popped(text, None, sanitise=False, base=None)


def _parse_date(value: str) -> Any:
    """feedparser's own date parser, as its element handlers find it."""
    parse: Callable[[str], Any] = feedparser_base._parse_date
    return parse(value)


def _utf8_declaration(version: str, encoding: str | None, standalone: int) -> None:
    if encoding is not None and encoding.lower() != "utf-8":
        raise _NotPlainError("declared encoding")


def _refuse(*args: object) -> None:
    raise _NotPlainError("DTD or entity")


def _refuse_entity(context: str, base: str | None, system: str | None, public: str | None) -> int:
    raise _NotPlainError("external entity")
