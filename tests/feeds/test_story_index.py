"""The story index answers what comparing every story of the window answers."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.feeds.stories import Fingerprint, StoryIndex, fingerprint, reach, similarity
from tests.conftest import SHARED_DATA

REUTERS = SHARED_DATA / "reuters21578" / "train.jsonl"
TOKENS = st.frozensets(st.sampled_from([f"t{i}" for i in range(12)]), max_size=8)
PRINTS = st.builds(Fingerprint, TOKENS, TOKENS)
# Longer fingerprints over a larger vocabulary: long prefixes, and postings a walk stops at.
LONG_TOKENS = st.frozensets(st.sampled_from([f"t{i}" for i in range(40)]), max_size=30)
LONG_PRINTS = st.builds(Fingerprint, LONG_TOKENS, TOKENS)


def compare_all(
    candidate: Fingerprint, stories: list[tuple[int, Fingerprint]], threshold: float
) -> int | None:
    """The plain search: every story in order, the last of the best at or above threshold."""
    best_id, best_score = None, threshold
    for story_id, other in stories:
        score = similarity(candidate, other)
        if score >= best_score:
            best_id, best_score = story_id, score
    return best_id


def search_batch(
    stories: list[Fingerprint], searched: list[Fingerprint], threshold: float, known: int
) -> None:
    """Search each of `searched` in turn, as a batch's story join does (the first `known`
    of them given to the index when it is built), and compare with every story."""
    listed = list(enumerate(stories))
    index = StoryIndex(listed, threshold, searched=searched[:known])
    settled = list(listed)
    for n, candidate in enumerate(searched):
        expected = compare_all(candidate, settled, threshold)
        assert index.search(candidate) == expected
        if expected is None:  # the batch's own story settles and joins the index, newest
            story_id = 1000 + n
            index.add(story_id, candidate)
            settled.insert(0, (story_id, candidate))


@settings(max_examples=300, deadline=None)
@given(
    stories=st.lists(PRINTS, max_size=25),
    searched=st.lists(PRINTS, min_size=1, max_size=6),
    threshold=st.sampled_from([0.0, 0.2, 0.45, 0.5, 0.75, 1.0]),
)
def test_index_finds_what_comparing_every_story_finds(
    stories: list[Fingerprint], searched: list[Fingerprint], threshold: float
) -> None:
    search_batch(stories, searched, threshold, known=2)


@settings(max_examples=300, deadline=None)
@given(
    stories=st.lists(LONG_PRINTS, max_size=25),
    searched=st.lists(LONG_PRINTS, min_size=1, max_size=6),
    threshold=st.sampled_from([0.2, 0.3, 0.45, 0.6]),
    known=st.integers(0, 6),
)
def test_long_fingerprints_find_what_comparing_every_story_finds(
    stories: list[Fingerprint], searched: list[Fingerprint], threshold: float, known: int
) -> None:
    search_batch(stories, searched, threshold, known)


@settings(max_examples=500, deadline=None)
@given(a=LONG_PRINTS, b=LONG_PRINTS)
def test_reach_is_never_below_similarity(a: Fingerprint, b: Fingerprint) -> None:
    """The search skips a story whose `reach` is below the best score so far: that must
    never skip one whose `similarity` (the very float) would have counted."""
    assert reach(a, b) >= similarity(a, b)
    assert reach(a, b) == reach(b, a)


def test_reach_is_similarity_when_the_words_are_nested() -> None:
    """Words of one inside the other's: the bound is reached, so it is no looser than it
    must be (a bound of 1 would rule nothing out)."""
    inner = Fingerprint(frozenset({"alpha", "bravo"}), frozenset({"oslo", "bergen"}))
    outer = Fingerprint(frozenset({"alpha", "bravo", "charlie"}), frozenset({"oslo", "narvik"}))
    assert reach(inner, outer) == similarity(inner, outer) == (2 / 3 + 1 / 3) / 2


def test_a_reuters_burst_joins_as_comparing_every_story_joins() -> None:
    """Real copy, many of it near-duplicates (earnings reports, commodity notes): each
    article of the burst finds what comparing it with every story settled before finds."""
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
    with REUTERS.open() as lines:
        documents = [json.loads(line) for _, line in zip(range(700), lines, strict=False)]
    prints = [fingerprint(d["title"], d["body"], []) for d in documents]
    window, burst = prints[:100], prints[100:]  # the window: settled before the burst
    search_batch(window, burst, 0.45, known=len(burst))


def test_a_rewording_is_found_among_many_stories() -> None:
    stories = [
        (i, fingerprint(f"Harbour works resume in district {i}", f"Crews in town {i}", []))
        for i in range(2000)
    ]
    story = fingerprint(
        "Iraqi airstrikes target militants in Syria", "Jets struck positions near Raqqa", ["Iraq"]
    )
    index = StoryIndex([(5000, story), *stories], 0.45)
    rewording = fingerprint(
        "Iraq airstrikes hit militants in Syria", "Jets struck positions close to Raqqa", ["Iraq"]
    )
    assert index.search(rewording) == 5000
    assert index.search(fingerprint("Unrelated cricket score", "Rain stopped play", [])) is None
