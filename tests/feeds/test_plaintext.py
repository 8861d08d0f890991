"""Summaries without markup skip the HTML renderer and read exactly as if rendered."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.feeds.plaintext import html_to_text

NO_MARKUP = st.text(alphabet=st.characters(blacklist_characters="<&"), max_size=80)
NEWSY = st.lists(
    st.sampled_from(["Oil", "rose", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "3.5%", "é", "\r\n"]),
    max_size=30,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(text=st.one_of(NO_MARKUP, NEWSY))
def test_text_without_markup_reads_as_rendered(text: str) -> None:
    rendered = html_to_text(text + "<span></span>")  # an empty element: the renderer's path
    assert html_to_text(text) == rendered


def test_lines_of_plain_text_collapse_as_html_does() -> None:
    assert html_to_text("Tokyo, March 3 -\n  Japan's   exports rose.\n\nOfficials said") == (
        "Tokyo, March 3 - Japan's exports rose. Officials said"
    )
