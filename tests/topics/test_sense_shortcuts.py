"""The sense reader's shortcuts read exactly what their plain definitions read: a game's
score looked for only around dashes, and every clause mark found in one pass."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from alerts.topics.folding import fold
from alerts.topics.senses import CLAUSE_MARKS, LIST_GOES_ON, SCORE, MentionReader, _has_score

SCORE_TEXT = st.text(alphabet="0123456789 -\u2013a.\n", max_size=24)
CLAUSE_TEXT = st.lists(
    st.sampled_from(["a", "b", " ", ".", ", ", " - ", " but ", " who ", "or ", "such as "]),
    max_size=14,
).map("".join)


def test_a_score_is_found_beside_its_dash() -> None:
    assert _has_score("Leeds won 3-1 at home") and _has_score("a 102 \u2013 98 win")
    assert not _has_score("the mid-1987 figures") and not _has_score("1986-1987 season")


@given(SCORE_TEXT)
def test_the_score_shortcut_agrees_with_a_search_of_the_whole_text(text: str) -> None:
    assert _has_score(text) == bool(SCORE.search(text))


@given(CLAUSE_TEXT)
def test_clause_starts_agree_with_a_search_per_mark(text: str) -> None:
    lower = text.lower()
    expected = [0]
    for mark in CLAUSE_MARKS:
        expected += [
            at + len(mark)
            for at in range(len(lower))
            if lower.startswith(mark, at)
            and (mark != ", " or not lower.startswith(LIST_GOES_ON, at + 2))
        ]
    assert MentionReader([fold(text)])._clauses(0) == (lower, sorted(expected))
