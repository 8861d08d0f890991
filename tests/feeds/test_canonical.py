from __future__ import annotations

import pytest

from alerts.feeds.canonical import canonical_url


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
