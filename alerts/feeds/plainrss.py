"""Plain RSS read by expat alone, into the very entries feedparser would give `parse.py`.

feedparser spends most of a large feed's parse on its generic machinery: a SAX layer,
namespace matching, a stack of content parameters and a dozen state flags consulted at
every element. A plain RSS 0.9x/2.0 document (UTF-8, no DTD, no xml:base or xml:lang,
only the elements listed below, each with text and no markup inside) needs none of it:
each field goes through the same steps feedparser's `pop` applies to it (strip, link
resolution against the same base URL, its guess of HTML in plain-text titles, its
sanitiser, its fix of UTF-8 read as Latin-1, its Windows-1252 mapping) and its own date
parser, and lands in the same key. Feed and entry titles follow its rule that the first
non-empty title at a depth wins; a second description or summary becomes the item's
content, as in feedparser.

Real feeds declare namespaces: an element in one is named as feedparser names it, from the
namespace's URI (never the document's prefix) through feedparser's own table of prefixes,
so that dc:creator is read as an author, dc:date as an update, content:encoded as the
item's content (and its summary when it has none), atom:link as a channel link, and
extensions whose handlers touch no field read here (media, iTunes details, slash, wfw,
sy, ...) are passed over. A namespace feedparser does not know, a default namespace, or
an element in a known one that is not listed, sends the document to feedparser.

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
_NONE: frozenset[str] = frozenset()
# Any attribute but `base` and `lang`, which feedparser reads as xml:base and xml:lang
_ANY: frozenset[str] = frozenset({"*"})
# Elements feedparser handles as another one (its `_start_dc_creator` calls `_start_author`,
# ...), and `pubdate`, `published` and `dcterms_issued` as its `published`.
_HANDLED_AS = {
    **dict.fromkeys(("pubdate", "dcterms_issued"), "published"),
    **dict.fromkeys(("dc_date", "dcterms_modified"), "updated"),
    **dict.fromkeys(("dc_creator", "dc_author", "itunes_author"), "author"),
    "dcterms_created": "created",
    "dc_title": "title",
    "dc_description": "description",
    "content_encoded": "content",
}
# Extension elements whose feedparser handlers touch neither the feed title nor any entry
# field read here: tags, images, media and publisher details, rights, languages (each
# restored at the element's end).
_ASIDE = {
    **dict.fromkeys(("dc_language", "dc_rights", "dc_publisher", "dc_subject"), _NONE),
    **dict.fromkeys(("itunes_subtitle", "itunes_explicit", "itunes_keywords"), _NONE),
    **dict.fromkeys(("media_thumbnail", "media_category", "media_content"), _ANY),
    "itunes_block": _NONE,
    "itunes_image": frozenset({"href"}),
    "media_keywords": _NONE,
    "media_group": _NONE,
}
_MEDIA = {
    **dict.fromkeys(("media_player", "media_credit", "media_thumbnail", "media_category"), _ANY),
    "media_keywords": _NONE,
}
# Children each element may have, by the name feedparser gives them (lower-cased, with its
# prefix for the namespace), each mapped to the attributes it may carry. A listed child not
# itself a key here holds text only.
_CHILDREN: dict[str, dict[str, frozenset[str]]] = {
    "rss": {"channel": _NONE},
    "channel": {
        **dict.fromkeys(
            (
                *("title", "description", "language", "copyright", "managingeditor", "author"),
                *("webmaster", "pubdate", "lastbuilddate", "generator", "docs", "ttl"),
                *("rating", "item", "image", "textinput", "skiphours", "skipdays", "id"),
                *("updated", "dc_date", "dcterms_modified", "dc_creator", "itunes_author"),
                *("dc_title", "media_title", "itunes_summary", "itunes_owner"),
            ),
            _NONE,
        ),
        **_ASIDE,
        # a link given by its attributes (atom:link) sets only the feed's links
        "link": frozenset({"href", "rel", "type", "title"}),
        "category": frozenset({"domain"}),
        "cloud": frozenset({"domain", "port", "path", "registerprocedure", "protocol"}),
        "itunes_category": frozenset({"text"}),
    },
    "item": {
        **dict.fromkeys(
            (
                *("title", "link", "description", "pubdate", "author", "comments"),
                *("published", "updated", "dc_date", "dcterms_issued", "dcterms_modified"),
                *("dcterms_created", "dc_creator", "dc_author", "itunes_author"),
                *("dc_title", "dc_description", "media_title", "content_encoded"),
                "itunes_summary",
            ),
            _NONE,
        ),
        **_ASIDE,
        "guid": frozenset({"ispermalink"}),
        "category": frozenset({"domain"}),
        "enclosure": frozenset({"url", "length", "type"}),
        "source": frozenset({"url"}),
        "media_credit": _ANY,
    },
    # feedparser leaves an image or text input for the feed at any other child
    "image": dict.fromkeys(("url", "title", "link", "width", "height", "description"), _NONE),
    "textinput": dict.fromkeys(("title", "description", "name", "link"), _NONE),
    "skiphours": {"hour": _NONE},
    "skipdays": {"day": _NONE},
    "itunes_owner": {"itunes_name": _NONE, "itunes_email": _NONE},
    "itunes_category": {"itunes_category": frozenset({"text"})},
    "media_group": {"media_content": _ANY, **_MEDIA},
    "media_content": _MEDIA,
}
_ROOT = {"rss": frozenset({"version"})}
_ENTRY_FIELDS = frozenset(
    {"title", "link", "description", "guid", "published", "updated", "created", "author"}
    | {"content", "itunes_summary"}
)
# Where an extension element feedparser has no handler for may stand: it stores the
# element's text or attributes under its own prefixed name, read by no one here.
_HOLDS_UNKNOWN = frozenset({"channel", "item", "media_group", "media_content"})
_HANDLERS = frozenset(
    name.split("_", 2)[2]
    for name in dir(feedparser.mixin._FeedParserMixin)
    if name.startswith(("_start_", "_end_"))
)
# feedparser's prefixes by namespace URI (lower-cased, as it matches them)
_PREFIXES = {
    uri.lower(): prefix for uri, prefix in feedparser.mixin._FeedParserMixin.namespaces.items()
}
_ATOM = "http://www.w3.org/2005/atom"  # its elements are read as RSS's of the same name
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
    content_type = _guessed_type(output, content_type)
    if sanitise and content_type != "text/plain":
        output = mixin._sanitize_html(output, "utf-8", content_type or "text/html")
    if isinstance(output, bytes):
        output = output.decode("utf-8", "ignore")
    if output.isascii():  # neither re-read nor mapped: both steps would leave it as it is
        return str(output)
    with contextlib.suppress(UnicodeEncodeError, UnicodeDecodeError):
        output = output.encode("iso-8859-1").decode("utf-8")
    return str(output.translate(mixin._cp1252))


def _guessed_type(text: str, content_type: str | None) -> str | None:
    """feedparser's guess that plain text (in RSS) is HTML when it looks so."""
    mixin: Any = feedparser.mixin
    if content_type == "text/plain" and mixin._FeedParserMixin.looks_like_html(text):
        return "text/html"
    return content_type


class _Reader:
    """One document's walk: the open elements, the text of the open field, and
    feedparser's state that decides where a title, a summary or a content lands."""

    def __init__(self, base: str, max_entries: int) -> None:
        self.base = base
        self.max_entries = max_entries
        self.path: list[str] = []  # open elements, by feedparser's names
        self.text: list[str] | None = None  # the open field's text, when it is one read
        self.leaf = False  # a text-only element is open
        self.title: str | None = None
        self.entries: list[FeedParserDict] = []
        self.entry: FeedParserDict | None = None
        self.title_depth = -1
        self.guid_is_link = False
        self.has_content = False  # feedparser's `hasContent`: the item had a content
        self.feed_summary = False  # the channel has a summary (itunes:summary)
        self.as_content = False  # the open description or summary is read as content
        self.prefixes: dict[str, str] = {}  # feedparser's `namespacemap`

    def read(self, raw: bytes) -> tuple[str | None, list[FeedParserDict]]:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        parser.StartNamespaceDeclHandler = self.declare
        parser.XmlDeclHandler = _utf8_declaration
        parser.StartDoctypeDeclHandler = _refuse
        parser.EntityDeclHandler = _refuse
        parser.ExternalEntityRefHandler = _refuse_entity
        parser.Parse(raw, True)
        return self.title, self.entries

    def data(self, text: str) -> None:
        if self.text is not None:
            self.text.append(text)

    def declare(self, prefix: str | None, uri: str | None) -> None:
        """feedparser's `track_namespace`: a prefix bound to a namespace it knows stands for
        feedparser's own prefix of it, for the rest of the document. A default namespace,
        or a namespace it reads as RSS's own other than Atom's, is left to it."""
        if not uri:
            return
        lower = uri.lower()
        known = _PREFIXES.get(lower)
        rss_own = "backend.userland.com/rss" in lower or (known == "" and lower != _ATOM)
        if prefix is None or rss_own:
            raise _NotPlainError(uri)
        if known is not None:
            self.prefixes[prefix] = known

    def _name(self, name: str) -> tuple[str, bool]:
        """feedparser's name for an element (`startElementNS`, then `unknown_starttag`):
        its own prefix for the namespace, as the document's prefixes may map it, and the
        local name, lower-cased; and whether that name has a prefix. A namespace it does
        not know is left to it."""
        uri, _, local = name.rpartition(" ")
        if not uri:
            return name.lower(), False
        prefix = _PREFIXES.get(uri.lower())
        if prefix is None or (prefix == "" and uri.lower() != _ATOM):
            raise _NotPlainError(uri)
        prefix = self.prefixes.get(prefix.lower(), prefix.lower())
        return (f"{prefix}_{local.lower()}", True) if prefix else (local.lower(), False)

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag, prefixed = self._name(name)
        if self.leaf:
            raise _NotPlainError(name)
        parent = self.path[-1] if self.path else ""
        spec = (_CHILDREN[parent] if parent else _ROOT).get(tag)
        if spec is None and prefixed and parent in _HOLDS_UNKNOWN and tag not in _HANDLERS:
            spec = _ANY
        if spec is None:
            raise _NotPlainError(name)
        lowered = {key.lower(): value for key, value in attrs.items()}
        if len(lowered) != len(attrs) or not _attributes_fit(spec, lowered):
            raise _NotPlainError(name)
        if tag == "rss" and lowered.get("version") not in _VERSIONS:
            raise _NotPlainError("version")
        self.path.append(tag)
        self.leaf = tag not in _CHILDREN
        self._begin(_HANDLED_AS.get(tag, tag), lowered)

    def _begin(self, role: str, attrs: dict[str, str]) -> None:
        """feedparser's start of an element handled as `role`: the state it sets, and
        whether the text is read."""
        if role in ("item", "image", "textinput", "source"):
            self.title_depth = -1
        if role == "item":
            self.entry = FeedParserDict()
            self.entries.append(self.entry)
        elif role == "guid":
            self.guid_is_link = attrs.get("ispermalink", "true") == "true"
        elif role == "content":
            self.has_content = True
        elif role in ("description", "itunes_summary"):
            self.as_content = self._summary_is_content(role)
        if role in ("title", "media_title") or (self.entry is not None and role in _ENTRY_FIELDS):
            self.text = []

    def _summary_is_content(self, role: str) -> bool:
        """feedparser's `_start_description` and `_start_summary`: an item's description or
        summary when it has a summary and no content yet is read as its content. The same
        at the feed's level would mark the next item as having a content: left to
        feedparser."""
        if self.entry is None:
            if self.feed_summary:
                raise _NotPlainError("a second feed summary is read as content")
            if role == "itunes_summary":
                self.feed_summary = True
            return False
        if "summary" in self.entry and not self.has_content:
            self.has_content = True
            return True
        return False

    def end(self, name: str) -> None:
        tag = self.path[-1]
        if " " in name and self._name(name)[0] != tag:
            raise _NotPlainError("a prefix changed meaning inside its element")
        depth = len(self.path)
        role = "plain_content" if self.as_content else _HANDLED_AS.get(tag, tag)
        text, self.text, self.leaf, self.as_content = self.text, None, False, False
        if text is not None and role in ("title", "media_title"):
            self._title("".join(text), depth, keep_depth=role == "media_title")
        elif text is not None and self.entry is not None and self._kept():
            self._field(self.entry, role, "".join(text))
        self.path.pop()
        if tag == "item":
            self.entry = None
            self.has_content = False

    def _kept(self) -> bool:
        """Whether the open entry is among the first `max_entries`, the ones read."""
        return len(self.entries) <= self.max_entries

    def _title(self, text: str, depth: int, *, keep_depth: bool) -> None:
        """feedparser's `_end_title`: stored unless a non-empty title came at this depth
        or above since the last item, image, text input or source began (a media:title
        is stored by the same rule, but leaves the depth as it was)."""
        value = _popped(text, "text/plain", sanitise=True, base=None)
        if not -1 < self.title_depth <= depth:
            parent = self.path[-2]
            if parent == "item" and self.entry is not None:
                self.entry["title"] = value
            elif parent == "channel":
                self.title = value
        if value and not keep_depth:
            self.title_depth = depth

    def _field(self, entry: FeedParserDict, role: str, text: str) -> None:
        if role == "link":
            value = _popped(text, None, sanitise=False, base=self.base)
            entry["link"] = _LINK_ENTITY.sub(r"&\g<1>", value.replace("&amp;", "&"))
        elif role == "guid":
            base = self.base if self.guid_is_link else None
            value = _popped(text, None, sanitise=False, base=base)
            entry["id"] = value
            if self.guid_is_link:
                entry.setdefault("link", value)
        elif role == "description":
            entry["summary"] = _popped(text, "text/html", sanitise=True, base=None)
        elif role == "itunes_summary":  # `_start_summary`: plain text unless it looks like HTML
            entry["summary"] = _popped(text, "text/plain", sanitise=True, base=None)
        elif role in ("content", "plain_content"):
            self._content(entry, text, "text/html" if role == "content" else "text/plain")
        elif role in ("published", "updated", "created"):
            value = _popped(text, None, sanitise=False, base=None)
            entry[f"{role}_parsed"] = _parse_date(value)
        elif role == "author":
            entry["author"] = _popped(text, None, sanitise=False, base=None)

    def _content(self, entry: FeedParserDict, text: str, declared: str) -> None:
        """feedparser's `_end_content`: a content of the `declared` type (HTML for
        content:encoded, plain text for a description read as content, unless it looks
        like HTML), with the parameters of its start (no language: neither headers nor
        xml:lang give one), and the item's summary when it has none yet."""
        value = _popped(text, declared, sanitise=True, base=None)
        kind = _guessed_type(text.strip(), declared)
        params = FeedParserDict(type=kind, language=None, base=self.base, value=value)
        entry.setdefault("content", []).append(params)
        entry.setdefault("summary", value)


def _attributes_fit(spec: frozenset[str], attrs: dict[str, str]) -> bool:
    """Whether an element's (lower-cased) attributes are among those `spec` allows; `_ANY`
    allows any without a namespace but the two feedparser reads as xml:base and xml:lang."""
    if spec is _ANY:
        return all(" " not in key and key not in ("base", "lang") for key in attrs)
    return spec.issuperset(attrs)


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
