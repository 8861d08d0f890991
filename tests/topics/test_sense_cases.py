"""The non-place disambiguation tables of `sense_cases`: negation and denial, names that
are not places, lowercase acronyms, and story themes."""

from __future__ import annotations

import pytest

from alerts.topics.classifier import default_classifier
from alerts.topics.taxonomy import bundled_taxonomy
from tests.topics.sense_cases import CASE, NAMES, NEGATION, THEMES, Case

TABLES = {"negation": NEGATION, "names": NAMES, "case": CASE, "themes": THEMES}


def _check(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"missing {missing}, wrongly tagged {wrong}: {found}"


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_named_topic_exists(kind: str) -> None:
    """A row that names an unknown topic could never fail."""
    taxonomy = bundled_taxonomy()
    rows: list[Case] = TABLES[kind]
    unknown = {t for _, _, tagged, absent in rows for t in (*tagged, *absent) if t not in taxonomy}
    assert not unknown
    assert len(rows) >= 20


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), NEGATION)
def test_negation(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), NAMES)
def test_names(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), CASE)
def test_case(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), THEMES)
def test_themes(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)
