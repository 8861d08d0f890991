"""The non-place disambiguation tables of `sense_cases`: negation and denial, names that
are not places, lowercase acronyms, and story themes."""

from __future__ import annotations

import pytest

from tests.topics.sense_cases import (
    CASE,
    NAMES,
    NEGATION,
    THEMES,
    Case,
    check_case,
    unknown_topics,
)

TABLES = {"negation": NEGATION, "names": NAMES, "case": CASE, "themes": THEMES}


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_named_topic_exists(kind: str) -> None:
    """A row that names an unknown topic could never fail."""
    rows: list[Case] = TABLES[kind]
    assert not unknown_topics(rows)
    assert len(rows) >= 20


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), NEGATION)
def test_negation(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_case(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), NAMES)
def test_names(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_case(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), CASE)
def test_case(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_case(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), THEMES)
def test_themes(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_case(title, body, tagged, absent)
