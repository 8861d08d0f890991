"""The inbox feed written out: Atom (RFC 4287) and JSON Feed 1.1.

Atom is built with `xml.etree` (no feed-writing library is a dependency): it escapes text
and attributes, and characters XML 1.0 cannot carry at all (control characters a feed may
have let through) are dropped first, so the document always parses. Links are the stored
ones, which are http(s) or empty (`alerts.feeds.links`); an empty link is left out. Each
entry has its title, link, the matched topics (Atom categories, JSON Feed tags), the
outlets that ran it (authors) and when it was published and matched.
"""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

from alerts.inbox.entries import InboxEntry, InboxFeed

ATOM_TYPE = "application/atom+xml; charset=utf-8"
JSON_FEED_TYPE = "application/feed+json"
JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"
_ATOM_NS = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
TITLE = "Your topic alerts"


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attrs.items()})
    if text is not None:
        element.text = _clean(text)
    return element


def entry_id(home_url: str, story_id: int) -> str:
    """A stable, unique id per story (a tag URI, RFC 4151), the same in both formats; its
    date is fixed, so an id never changes and readers never show a story twice."""
    return f"tag:{urlsplit(home_url).hostname},2026:story/{story_id}"


def _content_text(entry: InboxEntry) -> str:
    story = entry.story
    outlets = ", ".join(source.name for source in story.sources)
    lines = [story.summary, f"Topics: {', '.join(story.topics)}", f"Outlets: {outlets}"]
    return "\n\n".join(line for line in lines if line.strip())


def _atom_entry(feed: ET.Element, entry: InboxEntry, home_url: str) -> None:
    story = entry.story
    element = _sub(feed, "entry")
    _sub(element, "id", entry_id(home_url, story.story_id))
    _sub(element, "title", story.title or "(untitled)", type="text")
    if story.url:
        _sub(element, "link", rel="alternate", type="text/html", href=story.url)
    _sub(element, "updated", entry.matched_at.isoformat())
    if story.published is not None:
        _sub(element, "published", story.published.isoformat())
    for source in story.sources:
        author = _sub(element, "author")
        _sub(author, "name", source.name)
        if source.url:
            _sub(author, "uri", source.url)
    for topic in story.topics:
        _sub(element, "category", term=topic, label=topic)
    _sub(element, "content", _content_text(entry), type="text")


def atom_document(feed: InboxFeed) -> bytes:
    """The feed as an Atom document, UTF-8 with an XML declaration."""
    root = ET.Element("feed", {"xmlns": _ATOM_NS})
    _sub(root, "id", feed.urls.atom_url)
    _sub(root, "title", TITLE, type="text")
    _sub(root, "updated", feed.updated.isoformat())
    _sub(root, "link", rel="self", type="application/atom+xml", href=feed.urls.atom_url)
    _sub(root, "link", rel="alternate", type="text/html", href=feed.home_url)
    _sub(root, "generator", "alerts")
    for entry in feed.entries:
        _atom_entry(root, entry, feed.home_url)
    return bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True))


def _json_item(entry: InboxEntry, home_url: str) -> dict[str, object]:
    story = entry.story
    item: dict[str, object] = {
        "id": entry_id(home_url, story.story_id),
        "title": story.title,
        "content_text": _content_text(entry),
        "date_modified": entry.matched_at.isoformat(),
        "tags": list(story.topics),
        "authors": [
            {"name": source.name} | ({"url": source.url} if source.url else {})
            for source in story.sources
        ],
    }
    if story.url:
        item["url"] = story.url
    if story.published is not None:
        item["date_published"] = story.published.isoformat()
    return item


def json_feed_document(feed: InboxFeed) -> bytes:
    """The feed as a JSON Feed 1.1 document, UTF-8."""
    document = {
        "version": JSON_FEED_VERSION,
        "title": TITLE,
        "home_page_url": feed.home_url,
        "feed_url": feed.urls.json_url,
        "items": [_json_item(entry, feed.home_url) for entry in feed.entries],
    }
    return json.dumps(document, ensure_ascii=False).encode()
