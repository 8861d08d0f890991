"""A site's page address is enough to add its feed: feed autodiscovery.

When an http(s) URL is added (`alerts feeds add`, `POST /admin/feeds`), `resolve_feed_url`
fetches it with the watcher's guarded `Fetcher` (every hop checked by the outbound guard,
exemptions in `ALERTS_FEED_ALLOWED_HOSTS`) and decides what to store:

1. The fetch fails (no answer, HTTP error, refused hop): the URL as given, as before: the
   feed may simply not be up yet, and the watcher reports its health.
2. The document is a feed (anything but HTML): the URL as given.
3. The document is HTML: the first `<link rel="alternate">` in document order whose type
   is RSS, Atom or JSON Feed and whose `href`, resolved against the page (or its first
   `<base href>`), is an http(s) URL. None: `InputError` ("no feed found at ...").

The URL stored is then checked by the guard again (`alerts.feeds.registry.add_feed`).

>>> page = b'<head><link rel="alternate" type="application/rss+xml" href="/rss"></head>'
>>> feed_links(page, "https://news.example/world/")
['https://news.example/rss']
"""

from __future__ import annotations

import asyncio
from html.parser import HTMLParser

from alerts.config import Settings
from alerts.errors import InputError
from alerts.feeds.fetch import Fetcher, FetchRequest, FetchResult
from alerts.feeds.links import web_link
from alerts.feeds.registry import source_url
from alerts.guard import split_url

FEED_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/feed+json", "application/json"}
)
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})


class _AlternateLinks(HTMLParser):
    """Collects the first `<base href>` and the feed alternates, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.base: str | None = None
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "base" and self.base is None and "href" in values:
            self.base = values["href"]
        elif tag == "link" and "href" in values:
            rels = values.get("rel", "").casefold().split()
            media = values.get("type", "").split(";")[0].strip().casefold()
            if "alternate" in rels and media in FEED_TYPES:
                self.hrefs.append(values["href"])


def feed_links(page: bytes, page_url: str) -> list[str]:
    """The feed URLs an HTML page links to, in document order: absolute http(s) URLs only,
    relative ones resolved against the page's `<base href>` (itself resolved against
    `page_url`) or the page."""
    parser = _AlternateLinks()
    parser.feed(page.decode("utf-8", "replace"))
    parser.close()
    base = web_link(parser.base, page_url) if parser.base else ""
    base = base or page_url
    links = (web_link(href, base) for href in parser.hrefs)
    return list(dict.fromkeys(link for link in links if link))


def is_html(document: bytes, content_type: str | None) -> bool:
    """Whether a fetched document is a web page rather than a feed: by its type, or, when the
    server names none or a vague one, by how it opens."""
    media = (content_type or "").split(";")[0].strip().casefold()
    if media in HTML_TYPES:
        return True
    if media and media not in ("text/plain", "application/octet-stream"):
        return False
    head = document[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


async def _fetch(settings: Settings, url: str) -> FetchResult:
    from alerts.feeds.watcher import limits_from

    async with Fetcher(limits_from(settings), settings.feed_allowed_hosts) as fetcher:
        return await fetcher.fetch(FetchRequest(url))


def resolve_feed_url(settings: Settings, source: str) -> str:
    """The URL to store for what the user typed: a page's feed (see the module docstring),
    or `source` itself. Raises `UnsafeTargetError` for a URL the guard refuses (nothing is
    fetched then) and `InputError` for an HTML page that links no feed."""
    source = source.strip()
    if split_url(source, purpose="feed").scheme.casefold() not in ("http", "https"):
        return source  # a file, or a refusal `add_feed` words
    source_url(source, allowed_hosts=settings.feed_allowed_hosts)
    result = asyncio.run(_fetch(settings, source))
    if result.error is not None or not is_html(result.body, result.content_type):
        return source
    links = feed_links(result.body, result.moved_to or result.url)
    if not links:
        raise InputError(
            f"no feed found at {source}: the page links no RSS, Atom or JSON feed "
            '(<link rel="alternate">); add the feed\'s own URL'
        )
    return links[0]
