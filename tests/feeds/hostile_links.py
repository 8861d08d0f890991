"""The link-scheme table of the hostile fixture feeds (tests/fixtures/hostile/links.*), and a
reader that lists every link a rendered page or e-mail carries."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

from tests.conftest import FIXTURES

LINKS_RSS = FIXTURES / "hostile" / "links.rss"
LINKS_ATOM = FIXTURES / "hostile" / "links.atom"
LONG_LINK = "https://long.example/" + "a" * 3000  # wider than the url and entry_key columns
WEB = re.compile(r"https?://[^/?#\s]+", re.IGNORECASE)
SCHEME_IN_TEXT = re.compile(r"(?<![\w.+-])([a-z][a-z0-9+.\-]*):(?=[^\s\d])", re.IGNORECASE)
FOREIGN = re.compile(r"(javascript|vbscript|data|file|mailto)\s*:", re.IGNORECASE)
WEB_URL = re.compile(r"https?://\S+", re.IGNORECASE)

# entry id -> (its link when the feed is a local file, when it was fetched from `{dir}`)
# Rows whose fetched link is on the feed's own host: after decoding they look like a
# scheme, but feedparser reads them as relative paths and resolves them first.
LINKS: dict[str, tuple[str, str]] = {
    "case-good": ("https://good.example/cranes?id=7",) * 2,
    "case-relative": ("", "{dir}bridge"),
    "case-javascript": ("", ""),
    "case-mixed-case": ("", ""),
    "case-xml-tab": ("", ""),
    "case-entity-tab": ("", "{dir}java&#x09;script:alert(1)"),
    "case-leading-entity": ("", "{dir}&#106;avascript:alert(1)"),
    "case-entity-colon": ("", "{dir}javascript&colonalert(1)"),
    "case-zero-width": ("", ""),
    "case-newline-scheme": ("", ""),
    "case-data": ("", ""),
    "case-vbscript": ("", ""),
    "case-file": ("", ""),
    "case-mailto": ("", ""),
    "case-bad-port": ("", ""),
    "case-too-long": ("", ""),
    # no guid: the entry key is the link, stored as its digest
    "sha256:" + hashlib.sha256(LONG_LINK.encode()).hexdigest(): ("", ""),
    "case-spaced": ("https://good.example/cinema",) * 2,
    "data:text/html,<script>alert(1)</script>": ("", ""),  # a guid taken as the permalink
    "case-html": ("https://good.example/atlas",) * 2,
    "urn:hostile:atom:javascript": ("", ""),
    "urn:hostile:atom:data": ("", ""),
    "urn:hostile:atom:relative": ("https://atom.example/section/lighthouse",) * 2,
}
HTML_ITEM_TEXT = (
    "Maps of every street. Read the report, see the charts, listen or write to the desk."
)


def expected_links(fetched_from: str | None) -> dict[str, str]:
    """Entry id -> expected link, for feeds read from disk (None) or fetched from a URL
    whose directory is `fetched_from`."""
    column = fetched_from is not None
    return {k: v[column].replace("{dir}", fetched_from or "") for k, v in LINKS.items()}


class LinkReader(HTMLParser):
    """Every URL-bearing attribute of a page, and each anchor's text with its href."""

    URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "background", "poster"})

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self.anchors: dict[str, list[str]] = {}
        self.text: list[str] = []
        self._href: str | None = None
        self._anchor_text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in self.URL_ATTRIBUTES:
                self.urls.append(value or "")
        if tag == "a":
            self._href, self._anchor_text = dict(attrs).get("href") or "", []

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            text = " ".join("".join(self._anchor_text).split())
            self.anchors.setdefault(text, []).append(self._href)
            self._href = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._href is not None:
            self._anchor_text.append(data)


def foreign_schemes(text: str) -> list[str]:
    """Non-web schemes written in visible text, web URLs aside (their paths may spell
    anything)."""
    return FOREIGN.findall(WEB_URL.sub(" ", text))


def text_schemes(text: str) -> set[str]:
    """Every `scheme:` a plain-text body shows outside its web URLs (`Topics: x` and times
    are not schemes)."""
    return {m.casefold() for m in SCHEME_IN_TEXT.findall(WEB_URL.sub(" ", text))}
