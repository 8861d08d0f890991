"""Custom query topics evaluated over the shared automaton: operators, field scopes,
triggers, evidence and inheritance into the taxonomy."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from alerts.topics.custom import CustomTopic
from alerts.topics.live import rule_classifier
from alerts.topics.query import parse
from alerts.topics.rules import RuleSet, RuleTopic
from alerts.topics.taxonomy import bundled_taxonomy

NOW = datetime(2026, 11, 27, tzinfo=UTC)
TITLE = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
BODY = (
    "Prime Minister Abbadi ordered strikes on Islamic State positions in Hosaiba and Albu Kamal "
    "in retaliation for Baghdad car bombs, as the offensive on Mosul went on."
)
SOURCE = "World Wire https://wire.example.org/world.rss"


def holds(query: str, title: str = TITLE, body: str = BODY, source: str = SOURCE) -> bool:
    rules = RuleSet([RuleTopic("T", parse(query))])
    return [m.name for m in rules.match(title, body, source)] == ["T"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("abbadi", True),
        ('"car bombs"', True),
        ('"bombs car"', False),
        ("retaliat*", True),
        ("offens* AND mosul", True),
        ("mosul AND aleppo", False),
        ("aleppo OR mosul", True),
        ("mosul AND NOT aleppo", True),
        ("mosul NOT baghdad", False),
        ("hosaiba NEAR/3 kamal", True),
        ("hosaiba NEAR/2 kamal", False),
        ("kamal NEAR/3 hosaiba", True),
        ("abbadi NEAR/3 hosaiba", False),
        ('"prime minister" NEAR/1 abbadi', True),
        ("title:syria", True),
        ("body:syria", False),
        ("title:abbadi", False),
        ("body:(abbadi OR nowhere)", True),
        ("source:wire", True),
        ("source:reuters", False),
        ("wire", False),
        ("ISIS", True),
        ("MOSUL", False),
        ("(aleppo OR mosul) AND NOT (band OR album)", True),
    ],
)
def test_query_semantics(query: str, expected: bool) -> None:
    assert holds(query) is expected


def test_near_counts_words_between() -> None:
    assert holds("assad NEAR/1 putin", "Assad, Putin meet", "")
    assert not holds("assad NEAR/1 putin", "Assad met Putin", "")
    assert holds("assad NEAR/2 putin", "Putin met Assad", "")
    assert not holds("assad NEAR/2 putin", "Assad in title", "Putin in body")


def test_double_negation_still_triggers() -> None:
    assert holds("NOT NOT mosul")


def test_evidence_is_positive_terms_with_offsets() -> None:
    (match,) = RuleSet([RuleTopic("T", parse("mosul OR (kamal AND NOT band)"))]).match(TITLE, BODY)
    assert [(e.text, e.field) for e in match.evidence] == [("Kamal", "body"), ("Mosul", "body")]
    for e in match.evidence:
        assert BODY[e.start : e.end] == e.text


def test_custom_topic_inherits_into_the_taxonomy() -> None:
    custom = CustomTopic("Albu Kamal offensive", '"Albu Kamal" NEAR/5 strike*', "Syria", NOW)
    classifier = rule_classifier(bundled_taxonomy(), [custom])
    found = {m.name: m for m in classifier.classify(TITLE, "Strikes hit Albu Kamal at dawn.")}
    assert "Albu Kamal offensive" in found
    assert any(e.via == "Albu Kamal offensive" for e in found["Middle East"].evidence)


def test_unparsable_or_orphaned_custom_topics_are_skipped() -> None:
    broken = CustomTopic("Broken", "(mosul", None, NOW)
    orphan = CustomTopic("Orphan", "mosul", "Broken", NOW)
    fine = CustomTopic("Fine", "mosul", None, NOW)
    names = {
        m.name
        for m in rule_classifier(bundled_taxonomy(), [broken, orphan, fine]).classify(TITLE, BODY)
    }
    assert "Fine" in names and not {"Broken", "Orphan"} & names


@pytest.mark.parametrize("absent", [0, 40])
def test_evidence_is_the_same_whichever_side_is_walked(absent: int) -> None:
    """A topic with more terms than the text has hits is read by walking the hits, one
    with fewer by walking its terms: the same evidence, in text order, in its fields only."""
    missing = [f"absent{chr(97 + i // 26)}{chr(97 + i % 26)}" for i in range(absent)]
    query = " OR ".join(["mosul", "kamal", "title:syria", "body:syria", "body:iraqi", *missing])
    (match,) = RuleSet([RuleTopic("T", parse(query))]).match(TITLE, BODY)
    assert [(e.text, e.field) for e in match.evidence] == [
        ("Syria", "title"),
        ("Kamal", "body"),
        ("Mosul", "body"),
    ]
    assert match.weight == 4.0
