"""The sense reader's shortcuts read exactly what their plain definitions read: a game's
score looked for only around dashes, every clause mark found in one pass, and mentions with
no trigger of any check skipped (every row of the sense tables checks that too)."""

from __future__ import annotations

from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from alerts.topics.folding import fold
from alerts.topics.senses import triggers
from alerts.topics.senses.negation import CLAUSE_MARKS, LIST_GOES_ON
from alerts.topics.senses.reader import MentionReader
from alerts.topics.senses.teams import SCORE, has_score
from tests.topics.sense_cases import reads_alike

SCORE_TEXT = st.text(alphabet="0123456789 -\u2013a.\n", max_size=24)
CLAUSE_TEXT = st.lists(
    st.sampled_from(["a", "b", " ", ".", ", ", " - ", " but ", " who ", "or ", "such as "]),
    max_size=14,
).map("".join)


def test_a_score_is_found_beside_its_dash() -> None:
    assert has_score("Leeds won 3-1 at home") and has_score("a 102 \u2013 98 win")
    assert not has_score("the mid-1987 figures") and not has_score("1986-1987 season")


@given(SCORE_TEXT)
def test_the_score_shortcut_agrees_with_a_search_of_the_whole_text(text: str) -> None:
    assert has_score(text) == bool(SCORE.search(text))


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


def test_a_check_without_its_trigger_reads_otherwise() -> None:
    """The comparison every sense row makes fails when a check's trigger is missing."""
    gig = ("Gig review", "Last night the band Asia took the stage before a packed hall.")
    assert reads_alike(*gig)
    with patch.object(triggers, "TRIGGERS_BEFORE", frozenset()):
        assert not reads_alike(*gig)


def test_a_name_beside_a_mention_is_read() -> None:
    """A capital then lower case after a mention, or a mixed-case word before a given name,
    may be a name; a word all in capitals or all in lower case is none."""
    beside = triggers._name_beside_mention
    assert beside("met Austin Butler", (4, 10), "austin", "met")
    assert beside("with Mr Paris", (8, 13), "paris", "mr")
    assert not beside("PARIS TALKS END", (0, 5), "paris", "")
    assert not beside("in Paris on", (3, 8), "paris", "in")
