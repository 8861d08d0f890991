"""Summaries without markup, and headlines whose only tags are bare ones of no element (a
ticker), skip the HTML renderer and read exactly as if rendered."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.feeds import plaintext
from alerts.feeds.plaintext import html_to_text

NO_MARKUP = st.text(alphabet=st.characters(blacklist_characters="<&"), max_size=80)
NEWSY = st.lists(
    st.sampled_from(["Oil", "rose", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "3.5%", "é", "\r\n"]),
    max_size=30,
).map("".join)
# Bare start tags: of no element (tickers), of elements with their own rendering, and
# look-alikes that are not bare tags at all.
TAGGED = st.lists(
    st.one_of(
        NEWSY,
        st.sampled_from(["<CH>", "<bfdb>", "<T>", "<X1>", "<Nobr>", "<P>", "<br>", "<Q>"]),
        st.sampled_from(["<noembed>", "<NOFRAMES>", "<script>", "<Title>", "<dialog>"]),
        st.sampled_from(["<CH.N>", "< CH>", "<1>", "a < b", "a > b", "<", "&amp;"]),
    ),
    max_size=8,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(NO_MARKUP, NEWSY))
def test_text_without_markup_reads_as_rendered(text: str) -> None:
    assert html_to_text(text) == plaintext.rendered(text)


@settings(max_examples=1500, deadline=None)
@given(text=TAGGED)
def test_text_with_bare_tags_reads_as_rendered(text: str) -> None:
    assert html_to_text(text) == plaintext.rendered(text)


def test_a_ticker_in_a_headline_skips_the_renderer(monkeypatch: pytest.MonkeyPatch) -> None:
    headline = "LAKESIDE MILLS <LKM> RAISES\nQUARTERLY PAYOUT"
    rendered = plaintext.rendered(headline)
    monkeypatch.setattr(plaintext, "get_text", _not_rendered)
    assert html_to_text(headline) == rendered == "LAKESIDE MILLS RAISES QUARTERLY PAYOUT"


def _not_rendered(markup: str) -> str:
    raise AssertionError(f"rendered: {markup!r}")


def test_lines_of_plain_text_collapse_as_html_does() -> None:
    assert html_to_text("Tokyo, March 3 -\n  Japan's   exports rose.\n\nOfficials said") == (
        "Tokyo, March 3 - Japan's exports rose. Officials said"
    )
