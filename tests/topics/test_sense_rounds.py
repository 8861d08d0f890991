"""Disambiguation cases written fresh against the rule classifier, by kind: names that are
not places (people, clubs, idioms, periods, teams named like themes), seats of power that
stand for a government or an institution, and acronyms written in lower case. Each row is
a title, a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

import pytest

from alerts.topics.classifier import default_classifier
from alerts.topics.taxonomy import bundled_taxonomy
from tests.topics.sense_cases import Case

PERSON_NAMES: list[Case] = [
    (
        "Festival",
        "Kingston Rossdale, the son of the singer, was spotted at a festival.",
        (),
        ("Kingston", "Jamaica"),
    ),
]

SEATS: list[Case] = [
    (
        "Extradition",
        "The Hague said it would not extradite the businessman.",
        ("Netherlands",),
        ("International Court of Justice", "International Criminal Court"),
    ),
]

LOWERCASE: list[Case] = [
    ("un envoy arrives in yemen for ceasefire talks", "", ("United Nations", "Yemen"), ()),
    ("eu leaders agree migration pact", "", ("European Union",), ()),
    ("ecb holds rates steady", "", ("European Central Bank",), ()),
    ("fbi arrests man over bomb plot", "", ("FBI",), ()),
    ("nato summit ends with pledge to raise defence spending", "", ("NATO",), ()),
    ("opec cuts output to prop up crude prices", "", ("OPEC",), ()),
    (
        "Band profile",
        "The indie band nato released its debut album on a small label.",
        ("Music",),
        ("NATO",),
    ),
    ("Spanish column", "Un hombre who was nato en Madrid, dijo la policia.", (), ("NATO",)),
    ("Concert", "The French duo un deux trois played a set of new songs.", (), ("United Nations",)),
    ("Quiz", "A un-named source told the paper the deal was off.", (), ("United Nations",)),
]

TABLES = {"names": PERSON_NAMES, "seats": SEATS, "lowercase": LOWERCASE}


def _check(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"missing {missing}, wrongly tagged {wrong}: {found}"


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_named_topic_exists(kind: str) -> None:
    """A row that names an unknown topic could never fail."""
    taxonomy = bundled_taxonomy()
    rows = TABLES[kind]
    unknown = {t for _, _, tagged, absent in rows for t in (*tagged, *absent) if t not in taxonomy}
    assert not unknown


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), PERSON_NAMES)
def test_names_that_are_not_places(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), SEATS)
def test_seats_that_stand_for_governments(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), LOWERCASE)
def test_lowercase_acronyms(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)
