"""A loopback news feed that gains entries while a benchmark runs: `publish` makes one
visible and says from when, so latency can be measured from the publisher's side.

Entry `i` is tagged by the bundled taxonomy with `TOPICS[i % 4]` (and its parents) and with
nothing else a follower of another of those topics would get; made-up place names and words
keep any two entries from looking like copies of one story.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from xml.sax.saxutils import escape

from alerts.demo.loopback import LoopbackServer

TOPICS = ("Earthquakes", "Wildfires", "Elections", "Interest rates")
_HEADLINES = (
    "Earthquake of magnitude {n}.2 shakes {place}",
    "Wildfire forces evacuations near {place}",
    "Election in {place}: runoff set for Sunday",
    "Central bank of {place} raises interest rates",
)
_SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "ni", "bra", "quo", "fe")
ITEMS_SHOWN = 20


@dataclass(frozen=True)
class Entry:
    """One feed entry; its topic is `TOPICS[index % 4]`."""

    index: int
    title: str
    link: str
    summary: str


def _word(n: int) -> str:
    """A made-up word of three or more syllables, distinct for each n: it matches no topic,
    and it keeps entries of one topic from looking like copies of one story."""
    syllables: list[str] = []
    while n or len(syllables) < 3:
        n, digit = divmod(n, len(_SYLLABLES))
        syllables.append(_SYLLABLES[digit])
    return "".join(syllables)


def entry(index: int) -> Entry:
    """The `index`-th entry the feed server publishes."""
    place = _word(7 * index).capitalize()
    headline = _HEADLINES[index % len(TOPICS)].format(n=3 + index % 5, place=place)
    words = " ".join(_word(7 * index + k) for k in range(1, 6))
    return Entry(
        index,
        headline,
        f"https://latency.example/entries/{index}",
        f"Bulletin {index} from {place}: {words}.",
    )


def _item(item: Entry) -> str:
    return (
        f"<item><title>{escape(item.title)}</title><link>{item.link}</link>"
        f"<guid>{item.link}</guid><description>{escape(item.summary)}</description></item>"
    )


class GrowingFeed(LoopbackServer):
    """Loopback RSS feeds (one per name) that gain entries while the run goes on; answers
    `304` to an `If-None-Match` of the current version, as a real publisher would."""

    def __init__(self) -> None:
        self._items: dict[str, list[Entry]] = defaultdict(list)
        self._lock = threading.Lock()
        super().__init__(self._handler_class())

    def url(self, name: str) -> str:
        """Where the feed `name` is served."""
        return f"{self.base_url}/{name}.xml"

    def publish(self, name: str, item: Entry) -> float:
        """Add an entry; return the wall-clock time from which every request sees it."""
        with self._lock:
            self._items[name].append(item)
            return time.time()

    def _document(self, name: str) -> tuple[str, bytes]:
        with self._lock:
            items = list(self._items[name])
        body = "".join(_item(i) for i in reversed(items[-ITEMS_SHOWN:]))
        document = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Latency wire {name}</title><link>https://latency.example/</link>"
            f"{body}</channel></rss>"
        )
        return f'"{len(items)}"', document.encode()

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                etag, body = feed._document(self.path.strip("/").removesuffix(".xml"))
                fresh = self.headers.get("if-none-match") != etag
                self.send_response(200 if fresh else 304)
                self.send_header("content-type", "application/rss+xml")
                self.send_header("etag", etag)
                self.send_header("content-length", str(len(body) if fresh else 0))
                self.end_headers()
                if fresh:
                    self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler
