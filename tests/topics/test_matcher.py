"""The matcher's five rules, the folding under them, and offsets that point into the text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.models import Topic
from alerts.topics.classifier import RuleClassifier
from alerts.topics.folding import fold, fold_words
from alerts.topics.matcher import Pattern, PatternMatcher, PhraseFinder
from alerts.topics.taxonomy import Taxonomy

TOPICS = Taxonomy(
    [
        Topic("Al-Qaeda", "group", aliases=("al Qaeda", "Qaeda")),
        Topic("Islamic State", "group", aliases=("ISIS", "Islamic State of Iraq")),
        Topic("Iraq", "country", aliases=("Iraqi",)),
        Topic("Iran", "country"),
        Topic("NATO", "organisation"),
        Topic("US Army", "organisation", aliases=("U.S. Army",)),
        Topic("Turkey", "country", aliases=("Türkiye", "Turkish")),
        Topic(
            "Georgia",
            "country",
            aliases=("Georgian",),
            ambiguous=("Georgia", "Georgian"),
            context=("Tbilisi",),
        ),
    ]
)


def tags(title: str, body: str = "") -> set[str]:
    return {m.name for m in RuleClassifier(TOPICS).classify(title, body)}


def test_rule_1_punctuation_and_hyphens_separate_words() -> None:
    for text in ("al-Qaeda claims it", "Al Qaeda claims it", "AL-QAEDA's claim"):
        assert "Al-Qaeda" in tags(text), text
    assert "US Army" in tags("The U.S. Army said")
    assert "Islamic State" in tags("Islamic  State fighters")
    assert "Islamic State" not in tags("Islamic - State fighters"), "3 characters apart"


def test_rule_1_accents_and_case_fold() -> None:
    assert "Turkey" in tags("TÜRKIYE votes") and "Turkey" in tags("turkiye votes")
    assert fold_words("Straße") == ("strasse",)


def test_rule_2_acronyms_match_only_in_capitals() -> None:
    assert "NATO" in tags("NATO summit") and "NATO" not in tags("Nato summit")
    assert "Islamic State" in tags("ISIS attack") and "Islamic State" not in tags("Isis attack")


def test_rule_3_whole_words_only() -> None:
    assert "Iran" not in tags("Iranian oil") and "Iran" in tags("Iran's oil")
    assert "Iraq" not in tags("Iraqis protest")


def test_rule_4_longest_alias_wins() -> None:
    found = RuleClassifier(TOPICS).classify("Islamic State of Iraq fighters", "")
    names = {m.name for m in found}
    assert "Islamic State" in names and "Iraq" not in names
    (match,) = [m for m in found if m.name == "Islamic State"]
    assert [e.text for e in match.evidence] == ["Islamic State of Iraq"]


def test_rule_5_ambiguous_alias_needs_context() -> None:
    assert "Georgia" not in tags("Storms hit Georgia", "Atlanta flooded.")
    assert "Georgia" in tags("Storms hit Georgia", "Tbilisi flooded.")
    assert "Georgia" not in tags("Georgia votes", "A Georgian said so."), "both ambiguous"


def test_query_terms_are_not_exclusive() -> None:
    aliases = [
        Pattern(("iraq",), exclusive=True),
        Pattern(("islamic", "state", "of", "iraq"), exclusive=True),
    ]
    matcher = PatternMatcher([*aliases, Pattern(("iraq",))])
    found = matcher.find([fold("Islamic State of Iraq")])
    assert set(found) == {1, 2}


def test_prefix_pattern_extends_to_the_end_of_the_word() -> None:
    matcher = PatternMatcher([Pattern(("climat",), prefix=True)])
    folded = fold("Climate, climatology and acclimatise")
    spans = [folded.span(start, end) for _, start, end in matcher.find([folded])[0]]
    assert [folded.source[a:b] for a, b in spans] == ["Climate", "climatology"]


@pytest.mark.parametrize(
    "text",
    ["Erdoğan meets Türkiye\u2019s generals", "ﬁnance in Straße 5", "e\u0301cole  ISIS", "plain"],
)
def test_offsets_point_into_the_normalised_text(text: str) -> None:
    folded = fold(text)
    for word in folded.text.split():
        start = folded.text.index(f" {word} ") + 1
        begin, end = folded.span(start, start + len(word))
        assert fold_words(folded.source[begin:end]) == (word,)


@given(st.text(max_size=60))
def test_every_folded_word_maps_back(text: str) -> None:
    folded = fold(text)
    position = 0
    for word in folded.text.split():
        start = folded.text.index(word, position)
        position = start + len(word)
        begin, end = folded.span(start, position)
        assert 0 <= begin < end <= len(folded.source)


def test_phrase_finder_reports_every_occurrence_overlapping_ones_too() -> None:
    finder = PhraseFinder((" - ", ", ", " but "))
    assert finder.find("a - - b, c but d") == [(0, 1, 4), (0, 3, 6), (1, 7, 9), (2, 10, 15)]
    assert finder.occurs("x but y") and not finder.occurs("butter and no")


@given(st.text(alphabet="ab ,-", max_size=30))
def test_phrase_finder_agrees_with_a_search_per_phrase(text: str) -> None:
    phrases = (" - ", ", ", "a b", "b")
    expected = sorted(
        (text.find(p, at) + len(p), i)
        for i, p in enumerate(phrases)
        for at in range(len(text))
        if text.find(p, at) == at
    )
    assert sorted((end, i) for i, _, end in PhraseFinder(phrases).find(text)) == expected
