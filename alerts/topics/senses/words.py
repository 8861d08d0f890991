"""The vocabulary every check shares: word lists read from the package's data, word sets, and
the words before and after a mention."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

GIVEN_NAMES = Path(__file__).parents[1] / "data" / "given_names.txt"
COMMON_WORDS = Path(__file__).parents[1] / "data" / "common_words.txt"


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as one string."""
    return frozenset(text.split())


ARTICLES = word_set("a an the")
IRREGULAR_DEMONYMS = word_set("french dutch swiss greek welsh scots czech")
# Demonyms in -i, listed: the ending alone also ends cities ("Dubai", "Delhi", "Helsinki").
I_DEMONYMS = word_set(
    "thai iraqi pakistani israeli saudi kuwaiti somali bangladeshi nepali omani yemeni qatari "
    "emirati bahraini azeri afghani punjabi bengali"
)
# Capitalised words that follow a place's name but are no surname: institutions, features,
# titles and the verbs of headlines.
NOT_SURNAMES = word_set(
    """city county state states university college school airport street road avenue square
    bridge river valley bay beach lake sea ocean island islands mountain mountains hills park
    zoo times post herald tribune daily news journal mail gazette star press today police
    council government senate house assembly legislature parliament court department ministry
    army navy air force forces power energy bank airlines airways railway railways metro port
    harbour harbor tech institute museum hospital hotel stadium arena center centre church
    cathedral mosque temple company group inc corp ltd plc fund exchange stock market capital
    international national federal republican republicans democrat democrats democratic
    governor mayor minister president premier prime chief officials authorities residents
    voters fans coast border region province district area metropolitan downtown east west
    north south central sound strait gulf peninsula falls springs heights village town
    township borough highway freeway interstate route line pipeline summit talks accord
    agreement treaty deal protocol convention conference declaration game games open marathon
    grand prix derby cup series festival week fashion opera ballet symphony orchestra
    philharmonic king queen prince princess crown sultan emir sheikh morning evening weekly
    monthly fed memorial chronicle inquirer examiner observer guardian telegraph globe
    sentinel courier bulletin register dispatch monitor independent express mirror flower
    gate basin delta plateau desert forest canyon glacier pass bulldogs
    says said warns urges hits seeks plans backs wins faces sees gets takes
    calls vows rejects signs opens joins and or of in on at to for by with as is was will
    has have after over from into under new old the a an"""
)
# Nouns that, right after an ambiguous demonym ("Georgian wine", "the Georgian economy"),
# show that it names the country: economy, language, culture, geography and government.
DOMAIN_WORDS = tuple(
    sorted(
        word_set(
            """economy economic exports exporters imports currency banks growth budget investment
    investors businesses companies firms farmers tourism wine wines winemakers vineyards
    cuisine food cheese bread language alphabet literature writers poet poetry culture music
    musicians dance dancers choir film cinema church orthodox monasteries mountains mountain
    highlands coast coastline villages village villagers border capital region valley river
    rivers sea government minister ministers president parliament lawmakers police army
    soldiers troops opposition protesters citizens journalists media authorities officials
    court prime foreign junta military regime rebels militants forces franc francs dinar
    lari king monarchy people population diaspora farmers economists inflation unemployment
    exporter desert plains lake lakes interior north south east west countryside prices
    producers growers makers tariffs market markets trade industry output harvest crop sales"""
        )
    )
)
# What follows goods named after a place or a period when the words name the place's own
# trade ("Italian heels maker Ferragamo", "a Georgian silver mine"), not the goods alone.
GOODS_TRADE = frozenset(DOMAIN_WORDS) | word_set("maker mine mines mining miners")
DEMONYM_ENDINGS = ("an", "ans", "ian", "ians", "ese", "ish", "i", "is")


@cache
def everyday_words() -> frozenset[str]:
    """Words written in lower case often (`data/common_words.txt`) and the heads of place
    and institution names: what follows a given name and is no surname."""
    return NOT_SURNAMES | word_set(COMMON_WORDS.read_text(encoding="utf-8"))


@cache
def given_names() -> frozenset[str]:
    """The folded given names of `data/given_names.txt`, read once."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").split()
    return frozenset(n.casefold() for n in lines)


PATRONYM_ENDINGS = ("son", "sen", "s", "es")  # "Jones": "Jon" + "es"


def is_patronym(word: str) -> bool:
    """A surname formed from a given name that is no everyday word ("williams", "johnson",
    "petersen"): what follows a place's name when the two name a person ("Tennessee
    Williams"); "the Florida Keys" are no person."""
    names, everyday = given_names(), everyday_words()
    for ending in PATRONYM_ENDINGS:
        stem = word.removesuffix(ending)
        if stem != word and len(stem) >= 3 and stem in names and stem not in everyday:
            return True  # not "Keys": "Key" is a given name, but an everyday word first
    return False


@lru_cache(maxsize=64)
def is_title_case(source: str) -> bool:
    """A headline written Like This: capitals say nothing about names there (kept for the
    last few fields: every mention of a long body may ask of its field)."""
    found = re.findall(r"[A-Za-z]{4,}", source)
    return len(found) >= 3 and sum(w[0].isupper() for w in found) >= 0.8 * len(found)


@lru_cache(maxsize=64)
def in_running_case(source: str) -> bool:
    """Whether a field is written neither in title case nor in capitals, where a capital
    says a name begins (kept as `is_title_case` is)."""
    return not is_title_case(source) and any(c.islower() for c in source)


def prev_word(text: str, start: int) -> str:
    """The folded word before `text[start:]` (`start` begins a word), or ""."""
    if start < 2 or text[start - 2] == " ":
        return ""
    return text[text.rfind(" ", 0, start - 1) + 1 : start - 1]


def next_word(text: str, end: int) -> tuple[str, int]:
    """The folded word after `text[:end]` (`end` closes a word) and where it ends."""
    if end + 1 >= len(text) or text[end + 1] == " ":
        return "", end
    stop = text.find(" ", end + 1)
    return text[end + 1 : stop], stop


def is_demonym(word: str) -> bool:
    """Whether a folded word reads as a people's adjective ("chinese", "thai", "mexican",
    "french"), not a city's name ("paris", "milan")."""
    return (
        word in IRREGULAR_DEMONYMS
        or word in I_DEMONYMS
        or word.endswith(("ese", "ish", "ian", "can", "ean"))
    )


MID_SENTENCE_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+")
# Capitalised words that are no names, though lowercase text seldom writes them: days, months.
CALENDAR_WORDS = word_set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december"
)


def bare(word: str) -> str:
    """A capitalised word folded without its possessive ending: "Harbour's" is "harbour"."""
    folded = word.casefold()
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if folded.endswith(ending):
            return folded[: -len(ending)]
    return folded


def unknown_name(word: str) -> bool:
    """A capitalised word that may be a person's given name or surname: no everyday word
    nor its plural ("the Florida Keys"), no institution or title word, no day or month."""
    folded = bare(word)
    everyday = everyday_words()
    return (
        folded not in everyday
        and folded.removesuffix("s") not in everyday
        and folded not in CALENDAR_WORDS
    )
