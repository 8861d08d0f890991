"""Feed documents to `Article`s: with `alerts.feeds.plainrss`, the only importer of feedparser.

RSS, Atom and RDF go through feedparser; plain RSS (UTF-8, no DTD, the common elements
and namespaces only) through `alerts.feeds.plainrss`, which reads it with expat alone into
the very entries feedparser would give, in a third of the time; JSON Feed 1.0/1.1 through
`alerts.feeds.jsonfeed`, which hands back entries in the same shape, so the rules below
hold for every format.

feedparser's loose dictionaries stop here. Every entry becomes a frozen `Article` with a
stable key (entry id, else canonical link), a canonical URL, a one-line plain-text title, a
plain-text summary that keeps its paragraphs apart (`alerts.feeds.plaintext`), and a
publication time that is never in the future. Links are `http(s)` only
(`alerts.feeds.links`): a `javascript:`, `data:` or other link is dropped here, before
storage, so no channel ever carries one. A malformed document still yields the entries that
could be read, with a one-line `problem`.

feedparser is handed the document as a stream, never as bytes or text: given those, it
first tries them as a file name (and text as a URL to fetch), so a body that reads
`/etc/hostname` would have been parsed from the server's own disk, past every check made on
the body. Some of its per-document costs are settled once here, without changing a result
(see `_configure_feedparser`).
"""

from __future__ import annotations

import calendar
import copy
import hashlib
import io
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from functools import lru_cache, wraps
from typing import Any

import feedparser
import feedparser.api
import feedparser.mixin
import feedparser.sanitizer

from alerts.feeds.canonical import PLAIN_WEB_URL, canonical_url, strip_tracking
from alerts.feeds.jsonfeed import is_json_document, read_json_feed
from alerts.feeds.links import web_link
from alerts.feeds.plainrss import read_plain_rss
from alerts.feeds.plaintext import html_to_text, one_line
from alerts.models import Article, ParsedFeed

MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_KEY_CHARS = 2_048  # the width of the entry_key column
_TUNED_FOR = "6.0."  # the feedparser release line whose internals `_configure_feedparser` knows
_MEMO_MAX_CHARS = 2_048  # longer base URLs (from a document's xml:base) are not remembered
# `read_plain_rss` copies the steps of the feedparser line below: another one reads every
# XML document itself (as the comparison in the tests does, with this off)
PLAIN_RSS_SHORTCUT = feedparser.__version__.startswith(_TUNED_FOR)


def _remembered(
    resolve: Callable[[str, str | None], str],
) -> Callable[[str, str | None], str]:
    """`resolve` (feedparser's check of the base URL, a pure function of its two strings)
    with its recent answers remembered: feedparser repeats it at every element of a
    document whose base URL is known, always with the same two strings."""
    cached = lru_cache(maxsize=256)(resolve)

    def resolved(base: str, rel: str | None = None) -> str:
        if len(base) + len(rel or "") > _MEMO_MAX_CHARS:  # an entry's worth of memory at most
            return resolve(base, rel)
        return cached(base, rel)

    return resolved


def _shortcut_join(join: Callable[[str, str], str]) -> Callable[[str, str], str]:
    """feedparser's resolution of a link against the base URL, skipped when its answer is
    known: a plain absolute web link (`PLAIN_WEB_URL`, and no `;` that parsing would read
    as parameters) comes back as it is from `urljoin`, whatever the base, as long as the
    base parses (ASCII, no brackets: nothing `urlparse` could reject)."""

    def joined(base: str, uri: str) -> str:
        if (
            PLAIN_WEB_URL.fullmatch(uri)
            and ";" not in uri
            and base.isascii()
            and "[" not in base
            and "]" not in base
        ):
            return uri
        return join(base, uri)

    return joined


class _ContentCopies:
    """Stands in for the `copy` module in feedparser's element handlers, whose one use of
    it is `deepcopy` of a field's content parameters (type, language, base URL: strings)
    for each field read. Of a dict of strings and None, a deep copy is a plain one, made
    without walking it; anything else is deep-copied as before."""

    @staticmethod
    def deepcopy(value: Any) -> Any:
        if type(value) is feedparser.FeedParserDict and all(
            isinstance(item, (str, int, type(None))) and key not in value.keymap
            for key, item in value.items()
        ):
            return feedparser.FeedParserDict(value)
        return copy.deepcopy(value)


# The keys a FeedParserDict answers other than as a dict would: its aliases (`keymap`:
# `guid` for `id`, `description` for `summary`, ...) and the ones its lookup computes.
_COMPUTED_KEYS = frozenset({"category", "enclosures", "license", "updated", "updated_parsed"})


def _plain_lookups(cls: type[feedparser.FeedParserDict]) -> None:
    """`cls`'s `get` and `[]` as a dict's for keys that are neither an alias nor computed,
    for which feedparser's own lookup (a chain of comparisons and a second lookup, at every
    read of an element's content parameters and every entry field) ends in the dict's very
    answer; other keys go through feedparser's as before. The stock methods stay reachable
    as `__wrapped__`."""
    stock_get, stock_item = cls.get, cls.__getitem__
    aliased = _COMPUTED_KEYS | frozenset(cls.keymap)

    @wraps(stock_item)
    def item(self: feedparser.FeedParserDict, key: Any) -> Any:
        if key in aliased:
            return stock_item(self, key)
        return dict.__getitem__(self, key)

    @wraps(stock_get)
    def get(self: feedparser.FeedParserDict, key: Any, default: Any = None) -> Any:
        if key in aliased:
            return stock_get(self, key, default)
        return dict.get(self, key, default)

    cls.__getitem__ = item
    cls.get = get


def _sanitized(html: object, encoding: str | None, content_type: str) -> object:
    """feedparser's HTML sanitiser, skipped for text without a tag or an entity, for which
    its answer is known: such text is one run of character data, kept verbatim, so the
    sanitiser returns it stripped, with CRLF as LF. Most titles and many summaries are
    plain text, and the sanitiser sets up a whole SGML parser for each."""
    if isinstance(html, str) and "<" not in html and "&" not in html:
        return html.strip().replace("\r\n", "\n")
    return feedparser.sanitizer._sanitize_html(html, encoding, content_type)


def _configure_feedparser(version: str) -> bool:
    """Settle once what feedparser would redo for every document, with the same results:
    its preferred SAX driver (libxml2's, not installed here: each parse searched the import
    path for it before taking expat, as it now does at once), its check that the base URL is
    absolute and safe, which it runs at every element start, its resolution of links that
    are already absolute, its deep copies of flat content parameters, its sanitiser's
    work on text that holds no markup, and its dictionaries' alias handling on keys that
    have no alias. These replace feedparser internals, checked against 6.0.x only: another
    version runs stock (slower, never wrong). True when applied."""
    if not version.startswith(_TUNED_FOR):
        return False
    feedparser.api.PREFERRED_XML_PARSERS = ["xml.sax.expatreader"]
    mixin: Any = feedparser.mixin  # the names feedparser's element handlers look up
    mixin.make_safe_absolute_uri = _remembered(mixin.make_safe_absolute_uri)
    mixin._urljoin = _shortcut_join(mixin._urljoin)
    mixin._sanitize_html = _sanitized
    mixin.copy = _ContentCopies
    _plain_lookups(feedparser.FeedParserDict)
    return True


_configure_feedparser(feedparser.__version__)


def _clean(value: object, limit: int, *, lines: bool = False) -> str:
    """Plain text from a feed field: one line (titles, names), or with its paragraphs and
    list items on lines of their own (`lines`, summaries); control characters dropped."""
    if not isinstance(value, str):
        return ""
    text = html_to_text(value) if lines else one_line(value)
    if not text.replace("\n", "").isprintable():  # most text has nothing to drop
        text = "".join(ch for ch in text if ch.isprintable() or ch in " \n")
    return text[:limit]


def _published(entry: dict[str, Any], now: datetime) -> datetime | None:
    """The entry's first parsed date, when there is one: feedparser stores an unknown
    element under its own name, so a document's `<published_parsed>` puts its text (or
    its attributes) in place of a parsed date."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get skips feedparser's deprecated updated->published aliasing
        parsed = dict.get(entry, key)
        if isinstance(parsed, tuple) and parsed:
            moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            return min(moment, now)
    return None


def _entry_key(entry: Mapping[str, Any], link: str, title: str) -> str | None:
    raw_id = entry.get("id") or entry.get("guid")
    if isinstance(raw_id, str) and raw_id.strip():
        return _fit_key(canonical_url(raw_id))
    if link:
        return _fit_key(canonical_url(link))
    if title:
        return "title:" + hashlib.sha256(title.casefold().encode()).hexdigest()[:32]
    return None


def _fit_key(key: str) -> str:
    """A key longer than its column is stored as its digest, still stable across polls."""
    if len(key) <= MAX_KEY_CHARS:
        return key
    return "sha256:" + hashlib.sha256(key.encode()).hexdigest()


def _web_link(link: str, base_url: str) -> str:
    """The link followers may see: http(s) only, tracking parameters removed (checked again
    afterwards, as re-encoding the query can lengthen it)."""
    url = web_link(link, base_url)
    stripped = strip_tracking(url) if url else ""
    return url if stripped == url else web_link(stripped)  # web_link's own output passes as is


def _to_article(entry: dict[str, Any], base_url: str, now: datetime) -> Article | None:
    title = _clean(entry.get("title"), MAX_TITLE_CHARS)
    link = str(entry.get("link") or "").strip()
    key = _entry_key(entry, link, title)  # from the link as published: stable across releases
    if key is None:
        return None
    content = entry.get("content") or []
    body = content[0].get("value") if content else None
    summary = _clean(entry.get("summary") or body, MAX_SUMMARY_CHARS, lines=True)
    return Article(
        key=key,
        url=_web_link(link, base_url),
        title=title or summary[:120] or "(untitled)",
        summary=summary,
        published_at=_published(entry, now),
        author=_clean(entry.get("author"), 300) or None,
    )


def _parse_json(document: bytes | str, base_url: str, max_entries: int) -> ParsedFeed:
    feed = read_json_feed(document, max_entries=max_entries)
    now = datetime.now(UTC)
    articles = [a for e in feed.entries if (a := _to_article(e, base_url, now)) is not None]
    return ParsedFeed(
        title=_clean(feed.title, 300) or None, articles=tuple(articles), problem=feed.problem
    )


def parse_feed(
    document: bytes | str,
    *,
    base_url: str = "",
    content_type: str | None = None,
    max_entries: int = 1_000,
) -> ParsedFeed:
    """Parse an RSS, Atom, RDF or JSON Feed document into articles; never raises on bad
    input. `base_url` and `content_type` come from the HTTP response, when there was one.
    Plain RSS is read by `read_plain_rss` into the entries feedparser would give."""
    if is_json_document(document, content_type):
        return _parse_json(document, base_url, max_entries)
    raw = document.encode() if isinstance(document, str) else document
    plain = None
    if PLAIN_RSS_SHORTCUT:
        plain = read_plain_rss(
            raw, base_url=base_url, content_type=content_type, max_entries=max_entries
        )
    if plain is None:
        title, entries, error = _feedparser_read(raw, base_url, content_type)
    else:
        (title, entries), error = plain, None
    now = datetime.now(UTC)
    articles = [
        a for e in entries[:max_entries] if (a := _to_article(e, base_url, now)) is not None
    ]
    problem = None
    if error is not None and not articles:
        problem = f"not a readable feed: {error}".splitlines()[0]
    elif error is not None:
        problem = f"malformed feed, read what could be read: {error}".splitlines()[0]
    return ParsedFeed(title=_clean(title, 300) or None, articles=tuple(articles), problem=problem)


def _feedparser_read(
    raw: bytes, base_url: str, content_type: str | None
) -> tuple[object, list[Any], str | None]:
    """feedparser's feed title, entries and, when it found the document malformed, its
    complaint."""
    # HTTP headers only when a server sent them: without a content type feedparser would
    # distrust the document's own encoding declaration.
    headers = {"content-location": base_url, "content-type": content_type} if content_type else None
    # Links inside feed HTML are not resolved: summaries become plain text, their targets
    # dropped (`html_to_text`), so resolving them would be work thrown away.
    stream = io.BytesIO(raw)  # read as it is: never opened as a path nor fetched as a URL
    parsed = feedparser.parse(stream, response_headers=headers, resolve_relative_uris=False)
    title = parsed.feed.get("title") if isinstance(parsed.feed, Mapping) else None
    error = str(parsed.get("bozo_exception")) if parsed.get("bozo") else None
    return title, parsed.entries, error
