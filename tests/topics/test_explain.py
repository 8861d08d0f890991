"""`alerts topics explain`: per candidate topic, the spans that count, the context found, the
mentions discounted and why, the ancestors, the score and whether it is tagged."""

from __future__ import annotations

import json
import subprocess

from typer.testing import CliRunner

from alerts.cli.main import app
from alerts.topics.classifier import default_rule_classifier
from alerts.topics.explain import explain
from tests.e2e.scenario import ALERTS, base_env

TEXT = (
    "Blast at a depot in Lebanon, Ohio",
    "Investigators found no links to Hezbollah, but the Taliban praised the attack.",
)


def _by_name() -> dict[str, object]:
    return {e.name: e for e in explain(default_rule_classifier(), *TEXT)}


def test_a_negated_mention_is_shown_with_its_reason_and_not_tagged() -> None:
    found = _by_name()
    hezbollah = found["Hezbollah"]
    assert not hezbollah.tagged and hezbollah.score == 0.0  # type: ignore[attr-defined]
    ((span, reason),) = hezbollah.discounted  # type: ignore[attr-defined]
    assert span.text == "Hezbollah" and reason == "negated: 'no links to'"
    taliban = found["Taliban"]
    assert taliban.tagged and [e.text for e in taliban.spans] == ["Taliban"]  # type: ignore[attr-defined]


def test_a_namesake_is_shown_and_parents_are_listed() -> None:
    found = _by_name()
    lebanon = found["Lebanon"]
    assert not lebanon.tagged  # type: ignore[attr-defined]
    assert [why for _, why in lebanon.discounted] == ["a place in Ohio"]  # type: ignore[attr-defined]
    ohio = found["Ohio"]
    assert ohio.tagged and "United States" in ohio.parents  # type: ignore[attr-defined]
    united_states = found["United States"]
    assert "Ohio" in united_states.inherited_from  # type: ignore[attr-defined]


def test_context_is_listed_for_an_ambiguous_alias() -> None:
    (item,) = [
        e
        for e in explain(
            default_rule_classifier(), "Vote", "Georgia chose a parliament in Tbilisi."
        )
        if e.name == "Georgia"
    ]
    assert item.tagged and [e.text for e in item.context] == ["parliament", "Tbilisi"]


def test_cli_json_and_text() -> None:
    result = subprocess.run(
        [ALERTS, "topics", "explain", "\n".join(TEXT), "--json"],
        capture_output=True,
        text=True,
        env=base_env(),
    )
    assert result.returncode == 0, result.stderr
    topics = {t["name"]: t for t in json.loads(result.stdout)["topics"]}
    assert topics["Hezbollah"]["tagged"] is False
    assert topics["Hezbollah"]["discounted"][0]["reason"].startswith("negated")
    assert topics["Ohio"]["tagged"] is True and topics["Ohio"]["spans"][0]["text"] == "Ohio"
    shown = CliRunner().invoke(app, ["topics", "explain", "\n".join(TEXT)])
    assert shown.exit_code == 0
    assert "Hezbollah  not tagged" in shown.output and "negated" in shown.output
