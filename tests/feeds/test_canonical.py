from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.feeds.canonical import PLAIN_WEB_URL, canonical_url, strip_tracking
from alerts.feeds.links import MAX_LINK_CHARS, web_link


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://news.example/a/b/?utm_source=x", "https://news.example/a/b"),
        ("https://NEWS.example:443/a#section", "https://news.example/a"),
        ("https://news.example/a?b=2&a=1&fbclid=zz&gclid=y", "https://news.example/a?a=1&b=2"),
        ("http://news.example:80/", "https://news.example"),
    ],
)
def test_spellings_of_one_url_agree(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)


def test_meaningful_differences_survive() -> None:
    assert canonical_url("https://news.example/a?id=1") != canonical_url(
        "https://news.example/a?id=2"
    )
    assert canonical_url("https://news.example:8443/a") != canonical_url("https://news.example/a")
    assert canonical_url("https://news.example/a") != canonical_url("https://news.example/b")


def test_non_http_identifiers_are_kept() -> None:
    assert canonical_url(" tag:example.org,2026:1 ") == "tag:example.org,2026:1"


@given(st.from_regex(PLAIN_WEB_URL, fullmatch=True))
def test_plain_links_take_the_short_way_to_the_same_answers(url: str) -> None:
    """A plain link skips `urlsplit`; spelt so that it cannot (a leading space, an empty
    query, which change nothing), it gets the same answers the long way."""
    assert canonical_url(url) == canonical_url(url + "?") == canonical_url(" " + url)
    assert strip_tracking(url) == strip_tracking(url + "?") == url
    expected = url if len(url) <= MAX_LINK_CHARS else ""
    assert (
        web_link(url) == web_link(" " + url) == web_link(url, "https://base.example/") == expected
    )
