"""Only http(s) links are kept from a feed: the rules of `web_link` case by case, a property
over arbitrary text, and the hand-written hostile feeds in tests/fixtures/hostile/ parsed
with and without a base URL."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.feeds.links import MAX_LINK_CHARS, web_link
from alerts.feeds.parse import parse_feed
from tests.feeds.hostile_links import (
    HTML_ITEM_TEXT,
    LINKS_ATOM,
    LINKS_RSS,
    expected_links,
    foreign_schemes,
)

BASE = "https://feed.example/news/feed.xml"
WEB = re.compile(r"https?://[^/?#\s]+", re.IGNORECASE)  # scheme and host


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://news.example/a", "https://news.example/a"),
        ("HTTP://News.example/a", "HTTP://News.example/a"),
        ("  \t\nhttps://news.example/a\r\n ", "https://news.example/a"),
        ("https://news.example/a b", "https://news.example/a%20b"),
        ("/story/1", "https://feed.example/story/1"),
        ("story/1", "https://feed.example/news/story/1"),
        ("//cdn.example/x", "https://cdn.example/x"),
        ("javascript:alert(1)", ""),
        ("jAvAsCrIpT:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("java\nscript:alert(1)", ""),
        ("java&#x09;script:alert(1)", ""),
        (" &#106;avascript:alert(1)", ""),
        ("&amp;#106;avascript:alert(1)", ""),
        ("javascript&colon;alert(1)", ""),
        ("java\u200bscript:alert(1)", ""),
        ("\x00javascript:alert(1)", ""),
        ("java\x00script:alert(1)", ""),
        ("data:text/html,<script>alert(1)</script>", ""),
        ("DATA:image/svg+xml;base64,PHN2Zy8+", ""),
        ("vbscript:msgbox(1)", ""),
        ("file:///etc/passwd", ""),
        ("mailto:desk@example.org", ""),
        ("ftp://files.example/a", ""),
        ("http:news.example", ""),
        ("https://", ""),
        ("http://bad.example:99999/", ""),
        ("http://[::1/", ""),
        ("https://news.example/\x07bell", ""),
        ("https://long.example/" + "a" * MAX_LINK_CHARS, ""),
        ("", ""),
    ],
)
def test_web_link(raw: str, expected: str) -> None:
    assert web_link(raw, BASE) == expected


def test_relative_links_need_a_web_base() -> None:
    assert web_link("/story/1") == ""
    assert web_link("/story/1", "file:///srv/feeds/a.xml") == ""
    assert web_link("/story/1", "javascript:alert(1)//") == ""


SCHEMES = st.sampled_from(["javascript", "data", "vbscript", "file", "mailto", "http", "https"])
NOISE = st.text(alphabet=st.sampled_from(" \t\n\r\x00\x0b\u200b&#;:/x%"), max_size=4)


@given(
    scheme=SCHEMES,
    noise=NOISE,
    rest=st.text(max_size=40),
    casing=st.booleans(),
    base=st.sampled_from(["", BASE, "file:///a.xml"]),
)
def test_whatever_the_text_the_result_is_a_web_url_or_nothing(
    scheme: str, noise: str, rest: str, casing: bool, base: str
) -> None:
    cut = len(scheme) // 2
    raw = noise + scheme[:cut] + noise + scheme[cut:] + ":" + rest
    result = web_link(raw.upper() if casing else raw, base)
    assert result == "" or WEB.match(result), result
    assert len(result) <= MAX_LINK_CHARS


@given(
    scheme=SCHEMES,
    noise=NOISE,
    rest=st.text(max_size=40),
    base=st.sampled_from(["", BASE, "file:///a.xml"]),
)
def test_a_kept_link_passes_again_unchanged(scheme: str, noise: str, rest: str, base: str) -> None:
    """The parser checks a link once more only when removing tracking parameters changed it."""
    kept = web_link(noise + scheme + ":" + rest, base)
    assert web_link(kept) == kept
    assert web_link(rest, base) == web_link(web_link(rest, base))


# --- the hostile fixture feeds, by entry id ---

RSS, ATOM = LINKS_RSS.read_bytes(), LINKS_ATOM.read_bytes()


@pytest.mark.parametrize("with_base", [False, True], ids=["local-file", "fetched"])
def test_hostile_feeds_keep_only_web_links(with_base: bool) -> None:
    urls: dict[str, str] = {}
    for document, content_type in ((RSS, "application/rss+xml"), (ATOM, "application/atom+xml")):
        parsed = parse_feed(
            document,
            base_url=BASE if with_base else "",
            content_type=content_type if with_base else None,
        )
        assert parsed.problem is None
        urls.update((a.key, a.url) for a in parsed.articles)
    assert urls == expected_links("https://feed.example/news/" if with_base else None)


def test_links_inside_feed_html_are_dropped_and_their_text_kept() -> None:
    parsed = parse_feed(RSS, base_url=BASE, content_type="application/rss+xml")
    atlas = next(a for a in parsed.articles if a.key == "case-html")
    assert atlas.summary == HTML_ITEM_TEXT
    for article in parse_feed(RSS).articles + parse_feed(ATOM).articles:
        assert not foreign_schemes(article.title + " " + article.summary), article
