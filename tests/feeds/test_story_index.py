"""The story index answers what comparing every story of the window answers."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.feeds.stories import Fingerprint, StoryIndex, fingerprint, similarity

TOKENS = st.frozensets(st.sampled_from([f"t{i}" for i in range(12)]), max_size=8)
PRINTS = st.builds(Fingerprint, TOKENS, TOKENS)


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


@settings(max_examples=300, deadline=None)
@given(
    stories=st.lists(PRINTS, max_size=25),
    searched=st.lists(PRINTS, min_size=1, max_size=6),
    threshold=st.sampled_from([0.0, 0.2, 0.45, 0.5, 0.75, 1.0]),
)
def test_index_finds_what_comparing_every_story_finds(
    stories: list[Fingerprint], searched: list[Fingerprint], threshold: float
) -> None:
    listed = list(enumerate(stories))
    index = StoryIndex(listed, threshold, searched=searched[:2])
    settled = list(listed)
    for n, candidate in enumerate(searched):
        expected = compare_all(candidate, settled, threshold)
        assert index.search(candidate) == expected
        if expected is None:  # the batch's own story settles and joins the index, newest
            story_id = 1000 + n
            index.add(story_id, candidate)
            settled.insert(0, (story_id, candidate))


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
