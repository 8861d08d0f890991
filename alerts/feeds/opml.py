"""OPML, the format every feed reader imports and exports subscription lists in.

Import reads every `<outline>` with an `xmlUrl`, at any depth (readers nest them in
folders), with defusedxml so an OPML file cannot carry entity bombs. Export writes OPML 2.0.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.etree.ElementTree import Element, ParseError, SubElement, indent, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from alerts.errors import InputError


@dataclass(frozen=True)
class OpmlFeed:
    """One subscription: its feed URL and display title."""

    url: str
    title: str | None


def read_opml(document: bytes) -> list[OpmlFeed]:
    """Every feed in an OPML document, in document order, each URL once."""
    try:
        root = fromstring(document)
    except (ParseError, DefusedXmlException) as exc:
        raise InputError(f"not a readable OPML file: {exc}") from None
    if root.tag != "opml":
        raise InputError(f"not an OPML file (root element is <{root.tag}>)")
    feeds: dict[str, OpmlFeed] = {}
    for outline in root.iter("outline"):
        url = (outline.get("xmlUrl") or "").strip()
        if url and url not in feeds:
            feeds[url] = OpmlFeed(url=url, title=outline.get("title") or outline.get("text"))
    return list(feeds.values())


def write_opml(feeds: Iterable[OpmlFeed], *, title: str = "alerts subscriptions") -> bytes:
    """An OPML 2.0 document listing `feeds`."""
    root = Element("opml", version="2.0")
    head = SubElement(root, "head")
    SubElement(head, "title").text = title
    SubElement(head, "dateCreated").text = format_datetime(datetime.now(UTC))
    body = SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    indent(root)
    document: bytes = tostring(root, encoding="utf-8", xml_declaration=True)
    return document + b"\n"
