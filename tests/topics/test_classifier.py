"""The rule classifier on the bundled taxonomy: the seed story, look-alikes, evidence."""

from __future__ import annotations

import json
import subprocess

from alerts.topics.classifier import default_classifier
from tests.e2e.scenario import ALERTS, base_env

SEED_TITLE = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
SEED_BODY = (
    "Prime Minister Abbadi ordered strikes on Islamic State positions in Hosaiba and Albu Kamal "
    "in retaliation for Baghdad car bombs, as the offensive on Mosul went on."
)


def _names(title: str, body: str) -> dict[str, object]:
    return {m.name: m for m in default_classifier().classify(title, body)}


def test_seed_story_gets_its_topics_with_evidence() -> None:
    found = _names(SEED_TITLE, SEED_BODY)
    for topic in ("Iraq", "Syria", "Islamic State", "Middle East", "Airstrikes", "Terrorism"):
        assert topic in found, topic
        assert found[topic].evidence, topic  # type: ignore[attr-defined]
    iraq_spans = {e.text for e in found["Iraq"].evidence}  # type: ignore[attr-defined]
    assert "Iraqi" in iraq_spans
    middle_east = found["Middle East"].evidence  # type: ignore[attr-defined]
    assert all(e.via for e in middle_east), "an inherited topic names the child it came through"


def test_spans_point_into_the_text() -> None:
    for match in default_classifier().classify(SEED_TITLE, SEED_BODY):
        for e in match.evidence:
            if e.via is None:
                text = SEED_TITLE if e.field == "title" else SEED_BODY
                assert text[e.start : e.end] == e.text


def test_a_band_called_isis_is_not_islamic_state() -> None:
    found = _names(
        "Isis announce a reunion tour",
        "The post-metal band Isis will play three nights in Los Angeles.",
    )
    assert "Islamic State" not in found


def test_georgia_the_state_is_not_georgia_the_country() -> None:
    found = _names(
        "Storms hit Georgia",
        "Heavy rain flooded streets in Atlanta and Savannah, Georgia, on Tuesday.",
    )
    assert "Georgia" not in found
    found = _names(
        "Georgia votes", "Voters in Tbilisi queued for hours as Georgia chose a new parliament."
    )
    assert "Georgia" in found


def test_aliases_and_accents() -> None:
    assert "Islamic State" in _names("Daesh loses ground", "")
    assert "Islamic State" in _names("ISIL claims attack", "")
    assert "Turkey" in _names("Erdoğan meets Türkiye's generals", "") or "Turkey" in _names(
        "Turkish army moves", ""
    )


def test_unrelated_text_gets_no_middle_east() -> None:
    found = _names(
        "Chip maker beats forecasts", "Quarterly revenue rose on strong demand for memory."
    )
    assert not {"Iraq", "Syria", "Islamic State", "Middle East"} & set(found)


def test_cli_classify_json() -> None:
    text = SEED_TITLE + "\n" + SEED_BODY
    result = subprocess.run(
        [ALERTS, "classify", "-", "--json"],
        input=text,
        capture_output=True,
        text=True,
        env=base_env(),
    )
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    topics = {t["name"]: t for t in document["topics"]}
    for name in ("Iraq", "Syria", "Islamic State", "Middle East"):
        assert topics[name]["evidence"] and 0 < topics[name]["score"] <= 1
