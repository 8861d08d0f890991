"""The direct checks of common query shapes and the personal alerts' trigger index give
the same results as the generic path: nested checks, and every alert evaluated."""

from __future__ import annotations

import pytest

from alerts.accounts.alerts import add_alert
from alerts.accounts.users import add_user, find_user
from alerts.config import Settings
from alerts.store.db import session_scope
from alerts.topics.checks import TextHits, compile_check
from alerts.topics.matcher import Pattern, PatternMatcher
from alerts.topics.personal import ShardedAlerts, alert_key
from alerts.topics.query import Term, parse, terms
from alerts.topics.rules import RuleTopic, compile_topic, evaluate, folded_fields

QUERIES = (
    "Hosaiba",
    '"Albu Kamal" OR Hosaiba',
    "Hosaiba AND NOT Raqqa",
    "Hosaiba AND NOT jets",
    'title:Hosaiba OR body:"border town"',
    "title:jets OR title:town",
    "border NEAR/3 town",
    "bord* AND jets",
    "jets AND border AND town",
    "jets AND NOT title:shelling",
    "(jets OR planes) AND NOT Raqqa",
    "(Hosaiba OR Raqqa) AND (jets OR planes)",
    "shelling AND (town OR city) AND NOT (Raqqa OR Deir)",
    "Raqqa OR Deir",
)
TEXTS = (
    ("Shelling near Hosaiba", "Jets hit the border town of Albu Kamal again."),
    ("Jets over Raqqa", "Planes struck a town near the border at dawn."),
    ("Albu Kamal", "Shelling of the city, not the town of Hosaiba; border jets."),
    ("Markets", "Nothing here about any of it."),
    ("Hosaiba is quiet", "No shelling today."),
)


def _hits(patterns: dict[Pattern, int], title: str, body: str) -> TextHits:
    fields = folded_fields(title, body)
    return TextHits(fields, PatternMatcher(list(patterns)).find(fields))


@pytest.mark.parametrize("query", QUERIES)
def test_direct_checks_agree_with_nested_ones(query: str) -> None:
    node = parse(query)
    patterns: dict[Pattern, int] = {}
    pids: dict[Term, int] = {}
    for term in terms(node):
        pattern = Pattern(term.words, term.prefix, term.exact)
        pids[term] = patterns.setdefault(pattern, len(patterns))
    direct, generic = compile_check(node, pids), compile_check(node, pids, generic=True)
    outcomes = [generic(_hits(patterns, *text)) for text in TEXTS]
    assert [direct(_hits(patterns, *text)) for text in TEXTS] == outcomes
    assert any(outcomes) and not all(outcomes)  # the table tells both outcomes apart


def test_the_trigger_index_matches_what_evaluating_every_alert_matches(
    settings: Settings,
) -> None:
    with session_scope(settings.database_url) as session:
        add_user(settings, session, "ana@example.org")
        user = find_user(session, "ana@example.org")
        ids = [add_alert(session, user, f"A{i}", q, limit=100).id for i, q in enumerate(QUERIES)]
    alerts = ShardedAlerts()
    with session_scope(settings.database_url) as session:
        alerts.refresh(session)
    patterns: dict[Pattern, int] = {}
    compiled = [
        compile_topic(RuleTopic(alert_key(i), parse(q)), patterns)
        for i, q in zip(ids, QUERIES, strict=True)
    ]
    matched_somewhere = set()
    for title, body in TEXTS:
        hits = _hits(patterns, title, body)
        expected = {m for t in compiled if (m := evaluate(t, hits)) is not None}
        assert set(alerts.match_folded(folded_fields(title, body))) == expected
        assert len(alerts.match_folded(folded_fields(title, body))) == len(expected)
        matched_somewhere.update(m.name for m in expected)
    assert len(matched_somewhere) == len(QUERIES)
