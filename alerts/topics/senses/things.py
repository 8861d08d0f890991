"""Vessels, car models, quoted titles and companies named like a place: the checks that read a
mention as a thing that bears the name."""

from __future__ import annotations

import re

from alerts.topics.folding import FoldedText
from alerts.topics.senses.idioms import MOMENT_OWNERS, SHIP_PREFIXES
from alerts.topics.senses.teams import SENTENCE_END, source_word_before, turning_point
from alerts.topics.senses.words import in_running_case, next_word, prev_word, word_set

# "the bulk carrier Ocean Malta", "the cruise ship Norwegian Jewel", "the frigate HMS
# Argyll": a name of two capitalised words or more right after a word for a vessel is the
# vessel's, not the place a word of it names ("the tanker Malta" is left as it is, and a
# "carrier" is a ship only as a bulk, an aircraft or a gas carrier: "the carrier Air
# India" is an airline).
VESSEL_NOUNS = word_set(
    "ship ships vessel vessels tanker tankers freighter ferry liner yacht superyacht trawler "
    "frigate destroyer corvette submarine boat barge tug icebreaker dredger containership"
)
CARRIER_KINDS = word_set("bulk aircraft lng gas ore car vehicle container")
# What only a vessel does, right after its name: "the tanker Texas ran aground", "the
# ferry Malta docked" (a place is not said to sink, dock or capsize).
SAILING_VERBS = word_set(
    "sank sinks capsized capsizes docked docks berthed berths anchored anchors sailed sails "
    "ran runs collided collides listed lists"
)
VESSEL_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(VESSEL_NOUNS | {"carrier"})) + r")\s+(?:[A-Z][\w'-]*\s+){0,3}$"
)
# Vehicles a carmaker names after towns ("the Tucson SUV", "Santa Fe hatchbacks").
VEHICLE_WORDS = word_set(
    "suv suvs hatchback hatchbacks sedan sedans saloon saloons pickup pickups crossover "
    "crossovers minivan minivans"
)
# Carmakers whose models are named after places ("the Hyundai Santa Fe", "a Seat Ibiza",
# "the Chevrolet Colorado"); a place after one is the model, unless it heads the maker's
# plant or arm there (`MAKER_UNITS`) or is a country ("Nissan Mexico", its arm).
CARMAKERS = word_set(
    "hyundai kia toyota lexus honda acura nissan infiniti mazda subaru mitsubishi suzuki "
    "ford chevrolet chevy cadillac buick gmc dodge jeep chrysler pontiac tesla volkswagen vw "
    "audi porsche bmw mercedes renault dacia peugeot citroen fiat skoda seat cupra volvo "
    "opel vauxhall saab byd geely chery"
)
# What stands before a car's make and model: "the new Hyundai Santa Fe", "his Kia Sorento".
MODEL_DETERMINERS = word_set(
    "the a an his her their its my our your this that every each new used old electric "
    "hybrid secondhand second-hand rented hired"
)
# A model's adjective between its maker's possessive and its name: "Kia's electric Sorento".
MODEL_ADJECTIVES = word_set("new latest electric hybrid updated redesigned revamped facelifted")
MAKER_UNITS = word_set(
    "plant plants factory factories assembly works unit arm division subsidiary operations "
    "dealer dealers dealership dealerships office offices headquarters"
)
VEHICLE_AFTER_AND = re.compile(
    r"\s+and\s+(?:[A-Z][\w-]*\s+){1,3}(?:" + "|".join(sorted(VEHICLE_WORDS)) + r")\b",
    re.IGNORECASE,
)
# "opened with 'Hotel California'", "sang 'Sweet Home Alabama'": a title in quotes, of
# two words or more in title case, in a sentence that speaks of a song, a record, a book,
# a film or a show, names the work, not the place a word of it names.
QUOTES = "\"'\u2018\u2019\u201c\u201d"
QUOTE_MARK = re.compile("[" + QUOTES + "]")  # any of them, found without a loop in Python
TITLE_WORD = r"(?:[A-Z][\w'\u2019-]*|of|the|a|an|in|on|to|and|from|for|my|de|la|el)"
QUOTED_BEFORE = re.compile(r"(?:^|[\s(])[" + QUOTES + r"]((?:" + TITLE_WORD + r"\s+){0,5})$")
QUOTED_AFTER = re.compile(r"((?:\s+" + TITLE_WORD + r"){0,5})[,.!?]?[" + QUOTES + r"](?![\w])")
WORK_WORDS = word_set(
    "song songs single singles album albums track tracks record band bands "
    "anthem ballad hit choir singer covers tune tunes film films movie novel "
    "book books play musical poem painting episode opera hymn carol series show drama "
    "documentary sitcom"
)
# A work's noun right before a quoted title: "the series 'Tsunami'", "the film 'Chernobyl'":
# a title of one word, which scare quotes also write ("a 'tsunami' of claims"), needs it.
WORK_NOUN_BEFORE = re.compile(
    r"\b(?:series|show|drama|documentary|sitcom|film|movie|novel|book|song|single|album|play|"
    r"opera|musical|poem|painting|episode)\s+$",
    re.IGNORECASE,
)
SENTENCE_STOP = re.compile(r"[.!?]")  # where a sentence ends, and whether it asked


def ship_or_moment(
    folded: FoldedText, span: tuple[int, int], around: tuple[str, str, int], *, theme: bool
) -> str | None:
    """A name at source `span` after a ship's prefix in capitals ("HMS Glasgow", "USS
    Iowa"), or between an article or a possessive and a turning point's "moment" ("the
    government's Munich moment"; `around`: the folded words before and after it, and
    where the one after ends). A theme's name is no place ("her Oscar moment")."""
    prev, nxt, after = around
    if prev not in SHIP_PREFIXES and (prev not in MOMENT_OWNERS or theme):
        return None  # most mentions
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    if prev in SHIP_PREFIXES:
        if source_word_before(source, begin).isupper():
            return f"ship: '{prev.upper()} {written}'"
        return None
    moment = turning_point(source, (begin, finish), (nxt, next_word(folded.text, after)[0]))
    return f"figure of speech: '{prev} {written} {moment}'" if moment else None


def acronym(written: str) -> bool:
    """Whether a theme's name is written as an acronym in capitals ("AI", "TV", "F1"): what
    follows it is the theme's own thing, not a product named like the theme."""
    return len(written) > 1 and written.isupper()


def model_name(nxt: str, source: str, finish: int) -> bool:
    """Whether a model's name follows: a word of letters and digits ("S24", "M3") or a lone
    capital letter (read only after a theme's name: most mentions never need it)."""
    return (any(ch.isdigit() for ch in nxt) and not nxt.isdigit()) or _letter_after(source, finish)


def car_model(folded: FoldedText, start: int, end: int) -> str | None:
    """A place's name at folded `start:end` right after a carmaker's, written with its
    capital, the maker's after an article, a possessive or an adjective of cars ("the new
    Hyundai Santa Fe seats seven", "drove his Hyundai Tucson"; not "Harrison Ford", nor
    the maker's arm opening a clause, "Tesla Shanghai shipped 80,000 cars"), or after the
    maker's possessive and a new model's adjective ("Hyundai's new Santa Fe"), names the
    maker's model (see `CARMAKERS`)."""
    text, source = folded.text, folded.source
    maker = prev_word(text, start)
    if maker not in CARMAKERS and maker not in MODEL_ADJECTIVES:
        return None  # most mentions: read no further
    if next_word(text, end)[0] in MAKER_UNITS:
        return None
    begin, finish = folded.span(start, end)
    if source[finish : finish + 1] in ("'", "\u2019"):
        return None
    if maker in MODEL_ADJECTIVES:
        owner = source_word_before(source, begin - len(maker) - 1)
        if owner[-2:] in ("'s", "\u2019s") and owner[:-2].casefold() in CARMAKERS:
            return f"product: '{owner} {maker} {source[begin:finish]}' (a car model)"
        return None
    brand = source_word_before(source, begin)
    before = source_word_before(source, begin - len(brand) - 1)
    if not brand[:1].isupper():
        return None
    if before.casefold() not in MODEL_DETERMINERS:
        return None
    return f"product: '{brand} {source[begin:finish]}' (a car model)"


def _letter_after(source: str, finish: int) -> bool:
    """Whether a lone capital letter follows, as in a model's name ("Galaxy Z Fold"); not
    the words "I" and "A", nor a currency's letter ("the Maple Leafs C$200m")."""
    letter = source[finish + 1 : finish + 2]
    return (
        source[finish : finish + 1] == " "
        and letter.isupper()
        and letter not in "IA"
        and not source[finish + 2 : finish + 3].isalnum()
        and source[finish + 2 : finish + 3] not in (".", "'", "$")
    )


def named_thing(
    folded: FoldedText, span: tuple[int, int], nxt: str, *, country: bool = False
) -> str | None:
    """Rule 5 for a thing named after a place, in a field not written in title case or
    capitals: a vessel (`VESSEL_NOUNS`; see `_vessel` for a `country`'s name), a car model
    before a word for it (`VEHICLE_WORDS`, also "the Tucson and Santa Fe SUVs") or a work's
    title in quotes (`WORK_WORDS`)."""
    source = folded.source
    if not in_running_case(source):
        return None
    begin, finish = span
    written = source[begin:finish]
    if nxt in VEHICLE_WORDS or (nxt == "and" and VEHICLE_AFTER_AND.match(source, finish)):
        return f"product: '{written}' (a vehicle)"
    vessel = _vessel(source, span, country=country)
    return vessel or quoted_title(source, span)


def _vessel(source: str, span: tuple[int, int], *, country: bool = False) -> str | None:
    """The vessel's name the place's name at source `span` is part of, as "the tanker Ocean
    Malta" or "the cargo ship Kota Bharu": two capitalised words or more right after a word
    for a vessel, the place's own words counted, but a `country`'s alone, which is the
    subject of what follows ("the tanker Saudi Arabia had chartered": a ship named after a
    whole country is rare, one named after a town is not); not a place that owns what
    follows ("the tanker Sri Lanka's navy seized"); a name alone is the vessel's when a
    vessel's verb follows ("the tanker Texas ran aground")."""
    begin, finish = span
    if source[finish : finish + 1] in ("'", "\u2019"):
        return None
    found = VESSEL_BEFORE.search(source, max(0, begin - 60), begin)
    if found is None:
        return None
    noun, *before = source[found.start() : begin].split()
    if noun == "carrier":
        kind = source[max(0, found.start() - 12) : found.start()].split()[-1:]
        if not kind or kind[0].casefold() not in CARRIER_KINDS:
            return None
    after = re.match(r"(?:\s+[A-Z][\w'-]*){0,3}", source[finish:]).group()  # type: ignore[union-attr]
    lone = not before and not after and (country or " " not in source[begin:finish])
    if lone and source[finish + 1 : finish + 12].split(" ", 1)[0] not in SAILING_VERBS:
        return None  # "the tanker Malta seized": the place may be the subject
    return f"vessel: '{noun} {' '.join([*before, source[begin:finish]])}{after}'"


def quoted_title(source: str, span: tuple[int, int]) -> str | None:
    """The title in quotes the name at source `span` is part of, in a sentence that speaks
    of a work (`WORK_WORDS`): "opened with 'Hotel California'"; a title of the name alone
    right after a work's noun ("the series 'Tsunami'", see `WORK_NOUN_BEFORE`)."""
    begin, finish = span
    if not QUOTE_MARK.search(source, max(0, begin - 48), finish + 48):
        return None
    left = QUOTED_BEFORE.search(source, max(0, begin - 48), begin)
    right = QUOTED_AFTER.match(source, finish)
    if left is None or right is None:
        return None
    if not (left.group(1) or right.group(1)) and not WORK_NOUN_BEFORE.search(
        source, max(0, left.start() - 24), left.start() + 1
    ):
        return None
    start = max((m.end() for m in SENTENCE_END.finditer(source, 0, left.start())), default=0)
    stop = SENTENCE_END.search(source, right.end())
    sentence = source[start : stop.start() if stop else len(source)].lower()
    if not WORK_WORDS.intersection(re.findall(r"[a-z]+", sentence)):
        return None
    return f"title: '{left.group(1)}{source[begin:finish]}{right.group(1)}'"


def company_head(source: str, finish: int) -> bool:
    """Whether the word after a theme's name ending at source `finish`, one of
    `COMPANY_HEADS`, is capitalised to make a company's name ("Cricket Wireless"): not in a
    headline written in title case or in capitals, where every word is ("AI Labs Race to
    Hire", "CRYPTO MOBILE WALLETS HIT")."""
    if not source[finish + 1 : finish + 2].isupper():
        return False
    return in_running_case(source)
