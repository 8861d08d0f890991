"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) read into the entry shape
`alerts.feeds.parse` turns into `Article`s, so both formats follow the same rules.

An item becomes a dictionary with the keys parse.py reads from feedparser: `id`, `link`
(`url`, else `external_url`), `title` (plain text in JSON Feed, so escaped before parse.py
strips markup), `summary` (`summary`, else `content_html`, else `content_text` kept as
paragraphs), `published_parsed` (`date_published`, else `date_modified`, RFC 3339) and
`author` (1.1's `authors` list, else 1.0's `author` object). Malformed JSON, a document
that is not a JSON Feed, or an item that is not an object becomes a one-line problem or
is skipped; nothing here raises on bad input.

>>> feed = read_json_feed(b'{"version": "https://jsonfeed.org/version/1.1", "items": '
...     b'[{"id": "1", "url": "https://news.example/1", "content_text": "a < b"}]}')
>>> feed.entries[0]["link"], feed.entries[0]["summary"], feed.problem
('https://news.example/1', '<p>a &lt; b</p>', None)
"""

from __future__ import annotations

import html
import json
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

JSON_TYPES = frozenset({"application/feed+json", "application/json"})
VERSION_PREFIX = "https://jsonfeed.org/version/1"


@dataclass(frozen=True)
class JsonFeed:
    """A JSON Feed's title and items in parse.py's entry shape, or the reason it is not one."""

    title: str | None = None
    entries: list[dict[str, Any]] = field(default_factory=list)
    problem: str | None = None


def is_json_document(document: bytes | str, content_type: str | None) -> bool:
    """Whether to read the document as JSON: it opens with `{`, or the server calls it JSON
    and it does not open with `<` (XML or HTML served with the wrong type)."""
    start = document[:64]
    head = (start.decode("utf-8", "replace") if isinstance(start, bytes) else start).lstrip(
        "\ufeff \t\r\n"
    )
    media = (content_type or "").split(";")[0].strip().lower()
    return head.startswith("{") or (media in JSON_TYPES and not head.startswith("<"))


def _paragraphs(text: str) -> str:
    """Plain `content_text` as HTML paragraphs, so its blank lines still separate them."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]
    return "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


def _time(value: object) -> time.struct_time | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).timetuple()


def _author(item: dict[str, Any]) -> str | None:
    authors = item.get("authors")
    people = authors if isinstance(authors, list) else [item.get("author")]
    names = [p["name"] for p in people if isinstance(p, dict) and isinstance(p.get("name"), str)]
    return html.escape(", ".join(names)) if names else None


def _text(value: object) -> str | None:
    if isinstance(value, str):
        return value
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _entry(item: dict[str, Any]) -> dict[str, Any]:
    link = next((v for k in ("url", "external_url") if isinstance(v := item.get(k), str)), "")
    title = item.get("title")
    body = next((v for k in ("summary", "content_html") if isinstance(v := item.get(k), str)), "")
    text = item.get("content_text")
    if not body.strip() and isinstance(text, str):
        body = _paragraphs(text)
    return {
        "id": _text(item.get("id")),
        "link": link,
        "title": html.escape(title) if isinstance(title, str) else None,
        "summary": body,
        "published_parsed": _time(item.get("date_published")) or _time(item.get("date_modified")),
        "author": _author(item),
    }


def read_json_feed(document: bytes | str, *, max_entries: int = 1_000) -> JsonFeed:
    """The feed's title and its first `max_entries` entries; a `problem` when the document
    cannot be read as a JSON Feed."""
    try:
        data = json.loads(document)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and bad UTF-8 are ValueErrors
        return JsonFeed(problem=f"not a readable JSON feed: {error}".splitlines()[0])
    if not isinstance(data, dict):
        return JsonFeed(problem="not a JSON Feed: the document is not a JSON object")
    version = data.get("version")
    if not isinstance(version, str) or not version.startswith(VERSION_PREFIX):
        return JsonFeed(problem=f"not a JSON Feed: unsupported version {version!r}"[:300])
    items = data.get("items")
    if not isinstance(items, list):
        return JsonFeed(problem="malformed JSON Feed: `items` is not a list")
    title = data.get("title")
    items = items[:max_entries]
    entries = [_entry(item) for item in items if isinstance(item, dict)]
    skipped = len(items) - len(entries)
    problem = f"malformed JSON Feed: {skipped} item(s) not objects, skipped" if skipped else None
    return JsonFeed(html.escape(title) if isinstance(title, str) else None, entries, problem)
