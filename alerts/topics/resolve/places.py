"""How places in one text read each other: qualifiers after a comma, lists of peers, towns and
their states, one sense per text for a name."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence

from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Occurrence
from alerts.topics.resolve.claims import Claimant
from alerts.topics.resolve.words import (
    LIST_GAP,
    LIST_GOES_ON,
    LIST_WORDS,
    LOCATIVES,
    NAMED_KINDS,
    PLACE_PHRASE_BEFORE,
    SENTENCE_BREAK,
    TOWN_BEFORE,
    TOWN_OF,
    US,
    WORD,
)
from alerts.topics.senses import (
    LOCALITY_HEADS,
    attributive,
    everyday_words,
    is_title_case,
    next_word,
    word_set,
)


def town_in(
    claimants: Sequence[Claimant],
    occurrence: Occurrence,
    named: dict[str, list[Occurrence]],
    fields: Sequence[FoldedText],
) -> str | None:
    """Rule 5: the subdivision named in the city's own sentence where a smaller town shares
    the city's name, when the text names none of the subdivisions the city and its
    namesakes lie in ("Portland" beside "Maine", not Oregon), nor the country of a namesake
    elsewhere, by its name or demonym ("Greek shipowners in Athens"). Only a subdivision of
    the city's own country is read so ("Texas tourists in Paris" are in France), and never
    beside a capital, which the news names far more than any town."""
    if any(c.capital or (c.homes - c.countries) & named.keys() for c in claimants):
        return None
    for town in sorted(t for c in claimants for t in c.towns & named.keys()):
        home = next(c.countries for c in claimants if town in c.towns)
        if any((c.countries - home) & named.keys() for c in claimants):
            return None
        if any(_same_sentence(fields, occurrence, o) for o in named[town]):
            return town
    return None


def _same_sentence(fields: Sequence[FoldedText], one: Occurrence, other: Occurrence) -> bool:
    """Whether two mentions stand in one sentence of one field."""
    if one[0] != other[0]:
        return False
    source = fields[one[0]].source
    first, second = sorted((fields[one[0]].span(*one[1:]), fields[one[0]].span(*other[1:])))
    return not SENTENCE_BREAK.search(source, first[1], second[0])


def from_place(fields: Sequence[FoldedText], occurrence: Occurrence) -> bool:
    """Whether a place is named as where someone or something is from: after "from" ("a
    bus from Texas") or qualifying the noun after it ("a Texas man")."""
    index, start, _ = occurrence
    return fields[index].text[:start].split()[-1:] == ["from"] or attributive(fields, occurrence)


def name_kinds(claimants: Sequence[Claimant]) -> tuple[bool, bool, bool]:
    """Whether a place's alias may be half of a person's name (only cities and subdivisions
    claim it), whether only countries claim it (half of a name on firmer evidence), and
    whether it names a town (none of them a capital): see `_proper_names`, which reads this
    per mention."""
    named = all(c.kind in NAMED_KINDS for c in claimants)
    country = all(c.kind == "country" for c in claimants)
    return named, country, named and not any(c.capital for c in claimants)


def after_comma(
    folded: FoldedText, occurrence: Occurrence, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """`pattern` matched right after the mention's comma (a qualifier: ", Ga.", ", Kent"),
    or None when no comma follows the mention."""
    _, finish = folded.span(occurrence[1], occurrence[2])
    if folded.source[finish : finish + 1] != ",":
        return None
    return pattern.match(folded.source, finish + 1)


def one_sense_per_text(
    fields: Sequence[FoldedText],
    reasons: dict[Occurrence, str | None],
    teams: Collection[Occurrence],
) -> None:
    """A name read as a person, a team or a band once is read so wherever it is written
    alike ("Michael Jordan scored 30 ... Jordan added", "Chicago in Adelaide" over "the band
    Chicago played ..."); and a headline that names a team by half
    of the name its body writes in full is read as the team ("Madrid Sign Defender" over
    "Real Madrid signed ..."). Only the headline, where names are cut short: the body's
    "US president" beside a "US Open" stays the country."""

    def written(occurrence: Occurrence) -> str:
        index, start, end = occurrence
        begin, finish = fields[index].span(start, end)
        return fields[index].source[begin:finish]

    names = {
        written(o): reason
        for o, reason in reasons.items()
        if reason and reason.startswith(("person", "team", "club", "band"))
    }
    halves: dict[str, str] = {}
    for team in (written(o) for o in teams if o[0] == 1):
        words = team.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):  # "Phoenix Suns"
            for half in (" ".join(words[:-1]), words[-1]):
                halves.setdefault(half, f"team: {team!r}")
    if not names and not halves:
        return
    for occurrence, reason in reasons.items():
        folded = fields[occurrence[0]]
        if reason is None and not (_where(folded, occurrence) or _local_match(folded, occurrence)):
            text = written(occurrence)
            earlier = names.get(text) or (halves.get(text) if occurrence[0] == 0 else None)
            if earlier is not None:
                reasons[occurrence] = f"{earlier}, elsewhere in the text"


# Games the taxonomy has no topic for, and a hockey match's own words: their reports use
# football's words ("scored", "derby", "penalty") too (`SenseResolver._sides_sport`).
OTHER_GAMES = re.compile(
    r"\b(?:handball|volleyball|water polo|netball|futsal|lacrosse|hockey|power play|"
    r"power-play|goaltender|quarterback|innings|rugby)\b"
)
# What follows a dateline's town: a colon or a dash (`dateline_town`).
DATELINE_END = re.compile(r"\s*(?::|-|\u2013|\u2014)\s")
# The words of a match between a town's clubs, after the town's name (`_local_match`).
LOCAL_MATCH_WORDS = word_set("derby derbies")
# What ends "Capitol Hill, Seattle" as an address: punctuation or the end of the field.
ADDRESS_END = re.compile(r"\s*(?:[,.;:)]|$)")


def read_unread(
    fields: Sequence[FoldedText],
    occurrences: list[Occurrence],
    reasons: dict[Occurrence, str | None],
    read: Callable[[FoldedText, int, int], str | None],
) -> None:
    """Each occurrence no reading discounted yet, outside the source's name (field 2),
    given the reason `read` finds for it, if any."""
    for occurrence in occurrences:
        index, start, end = occurrence
        if reasons[occurrence] is None and index != 2:
            reasons[occurrence] = read(fields[index], start, end)


# After "Town, State": the clause ends, or goes on after a comma with a lower-case word
# that is no list's ("Whitehall, Ohio, approved", not "Congress, Texas, and Ohio").
TOWN_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|$|,\s+(?!and\b|or\b)[a-z])")


def clause_ends(source: str, at: int) -> bool:
    """Whether a "Town, State" ends its clause at source index `at` (`TOWN_CLAUSE_END`)."""
    return TOWN_CLAUSE_END.match(source, at) is not None


def headline_in_longer_name(
    fields: Sequence[FoldedText],
    places: list[int],
    found: dict[int, list[Occurrence]],
    reasons: dict[Occurrence, str | None],
) -> None:
    """A place the headline names alone while the body writes its name only inside a longer
    name ("Brent" over "Brent crude rose", "Paris" over "the Paris Agreement") is that
    name, shortened as headlines shorten: the headline's mention is discounted."""
    if len(fields) < 2:
        return
    longer = [
        fields[1].text[start:end]
        for spans in found.values()
        for index, start, end in spans
        if index == 1 and " " in fields[1].text[start:end]
    ]
    if not longer:
        return
    for pid in places:
        if any(o[0] != 0 for o in found[pid]):
            continue
        for occurrence in found[pid]:
            if reasons[occurrence] is not None:
                continue
            name = fields[0].text[occurrence[1] : occurrence[2]]
            within = next(
                (n for n in longer if name in n.split() or n.startswith(name + " ")), None
            )
            if within is not None:
                reasons[occurrence] = f"part of a longer name: {within!r} in the body"


def quarter_name(mention: str) -> bool:
    """Whether a folded name of two words or more ends as a quarter's ("capitol hill")."""
    return " " in mention and mention[mention.rfind(" ") + 1 :] in LOCALITY_HEADS


def _where(folded: FoldedText, occurrence: Occurrence) -> bool:
    """Whether a mention says where something is: after a locative word or a phrase naming
    part of a town (`PLACE_PHRASE_BEFORE`) and before no capitalised word ("a bar in
    Austin", "the streets of Austin", not "a film with Austin Butler")."""
    _, start, end = occurrence
    before = folded.text[max(0, start - 24) : start]
    words = before.split()
    if not words or (words[-1] not in LOCATIVES and not PLACE_PHRASE_BEFORE.search(before)):
        return False
    source, finish = folded.source, folded.span(start, end)[1]
    return not (source[finish : finish + 1] == " " and source[finish + 1 : finish + 2].isupper())


def dateline_town(
    fields: Sequence[FoldedText],
    index: int,
    cities: Mapping[tuple[int, int], tuple[int, Sequence[Claimant]]],
) -> str | None:
    """The town a field opens with as its dateline, followed by a colon or a dash ("Seattle:
    ...", "CAMBRIDGE - ..."), when it is a city and no capital: a local story, whose quarters
    are the town's. A capital's dateline may be its seat's ("WASHINGTON - ... on Capitol
    Hill")."""
    folded = fields[index]
    at = len(folded.text) - len(folded.text.lstrip())
    stop, claimants = cities.get((index, at), (at, ()))
    if not claimants or any(c.capital for c in claimants):
        return None
    begin, finish = folded.span(at, stop)
    return folded.source[begin:finish] if DATELINE_END.match(folded.source, finish) else None


def _local_match(folded: FoldedText, occurrence: Occurrence) -> bool:
    """Whether a mention names the town of a local match: its clubs' derby ("the Belgrade
    derby" after "Red Star Belgrade beat Partizan" is played in the city), so a club's
    name elsewhere does not make it the club's."""
    return next_word(folded.text, occurrence[2])[0] in LOCAL_MATCH_WORDS


def headline_openers(
    fields: Sequence[FoldedText],
    reasons: dict[Occurrence, str | None],
    themes: Collection[Occurrence],
) -> None:
    """A headline's first word, capitalised only because it opens a headline in sentence
    case, is read as the body writes the word: "Derby win" over "won the Belgrade derby" is
    the match, and "Turkey prices" over "a Christmas turkey" the bird, as the body writes
    it in lower case only; a headline in title case or capitals capitalises every word, and
    a name the body capitalises stays a name. Not a word of a theme (`themes`), which lower
    case names as well as capitals ("Lira" over "the Turkish lira")."""
    headline = fields[0].source if len(fields) > 1 else ""
    if not headline or is_title_case(headline) or headline.isupper():
        return
    for occurrence, reason in reasons.items():
        index, start, end = occurrence
        if index or reason is not None or occurrence in themes:
            continue
        if headline[: fields[0].span(start, end)[0]].strip():
            continue  # not the headline's first word
        word = fields[0].text[start:end]
        if _written_lower_only(fields[1], word):
            reasons[occurrence] = f"lower case in the body: {word!r}"


def _written_lower_only(folded: FoldedText, word: str) -> bool:
    """Whether a field writes the folded `word` and writes it in lower case every time."""
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded.text)]
    return bool(spans) and all(
        folded.source[slice(*folded.span(*span))].islower() for span in spans
    )


def qualifies(
    fields: Sequence[FoldedText],
    first: Occurrence,
    second: Occurrence,
    after: Sequence[tuple[Occurrence, int]],
) -> bool:
    """Whether `second` follows `first` as ", Qualifier" and ends no list of places
    ("France, Germany and Italy", "Lagos, Ghana, Nairobi", "Moldova, Georgia and others");
    a clause may follow the "and" ("Melbourne, Florida, and watched the launches" is
    qualified)."""
    if first[0] != second[0] or not 0 < second[1] - first[2] <= 3:
        return False
    folded = fields[first[0]]
    begin, finish = folded.span(second[1], second[2])
    if "," not in folded.source[folded.span(first[1], first[2])[1] : begin]:
        return False
    listed = LIST_GOES_ON.match(folded.source, finish)
    if listed and _continues_list(folded.source, listed.end()):
        return False
    following = after[0][0] if after and after[0][0][0] == second[0] else None
    return following is None or not 0 < following[1] - second[2] <= 3


def listed_with(
    fields: Sequence[FoldedText], occurrence: Occurrence, peers: list[Occurrence]
) -> bool:
    """Whether the capitalised name at `occurrence` stands in a list right beside one of
    `peers`: only a comma, "and" or "or" between them ("Jordan and Egypt", "Mexico,
    Georgia, Japan"), not "Michael Jordan and Scottie Pippen"."""
    index, start, end = occurrence
    folded = fields[index]
    begin = folded.span(start, end)[0]
    if not folded.source[begin : begin + 1].isupper():
        return False
    text = folded.text
    for peer_index, peer_start, peer_end in peers:
        if peer_index != index:
            continue
        gap = text[peer_end:start] if peer_end <= start else text[end:peer_start]
        if LIST_GAP.fullmatch(gap):
            return True
    return False


def state_after_town(
    fields: Sequence[FoldedText],
    found: Mapping[int, list[Occurrence]],
    occurrence: Occurrence,
    claimants: Sequence[Claimant],
) -> Claimant | None:
    """The one subdivision among a name's claimants when the name qualifies a town the
    taxonomy does not have, as "City, State" is written: after a comma and a capitalised
    word that names no topic and is no everyday word, and before a comma or the end of a
    sentence that goes on no list, in a text with no claimant's context ("Valdosta,
    Georgia," is the US state, "Ithaca, New York," the state, not the city; not
    "Meanwhile, Georgia," nor "Moldova, Georgia and others")."""
    subdivisions = [c for c in claimants if c.kind == "subdivision"]
    if len(subdivisions) != 1 or any(c.context & found.keys() for c in claimants):
        return None  # "Gori, Georgia, an hour from Tbilisi": the country's own context
    index, start, end = occurrence
    folded = fields[index]
    begin, finish = folded.span(start, end)
    town = TOWN_BEFORE.search(folded.source, 0, begin)
    if town is None or town.group(1).casefold() in everyday_words():
        return None
    if folded.source[finish : finish + 1] not in ("", ",", ".", ";", ")"):
        return None
    listed = LIST_GOES_ON.match(folded.source, finish)
    if listed and _continues_list(folded.source, listed.end()):
        return None
    before = folded.text[:start].rstrip()
    if any(o[0] == index and o[2] == len(before) for hits in found.values() for o in hits):
        return None  # the word before names a topic: a qualified place or a list
    return subdivisions[0]


def _continues_list(source: str, at: int) -> bool:
    """Whether the words after a list's "and" at `at` go on naming places: a name ("and
    Italy"), more of them ("and the Baltic states", "and others", "and elsewhere"), rather
    than a clause after a qualified place ("and watched the launches")."""
    word = WORD.match(source, at)
    if word is None:
        return True
    return word.group()[0].isupper() or word.group().lower() in LIST_WORDS


def town_of(fields: Sequence[FoldedText], first: Occurrence, second: Occurrence) -> bool:
    """Whether `first` names the subdivision or country of the place `second` names, as in
    "the Texas city of Paris" or "the Ohio town of Lebanon"."""
    if first[0] != second[0]:
        return False
    return bool(TOWN_OF.fullmatch(fields[first[0]].text, first[2], second[1]))


def _subdivided(claimant: Claimant) -> bool:
    """The place lies in a subdivision the taxonomy has (not only in a country)."""
    return bool(claimant.homes - claimant.countries)


def qualified_pair(
    claimants: Sequence[Claimant], regions: Sequence[Claimant]
) -> tuple[Claimant | None, Claimant] | None:
    """The namesake a qualifier picks and the qualifier's reading; no namesake when the
    place is one the taxonomy does not have ("Lebanon, Ohio", "Toledo, Spain": the
    qualifier stands); None when the pair is no qualified place at all."""
    pairs = [(c, q) for c in claimants for q in regions if q.name in c.lineage]
    pairs = pairs or [  # "Sydney, Nova Scotia": the namesake placed only in that country
        (c, q)
        for c in claimants
        for q in regions
        if q.kind == "subdivision"
        and c.kind == "city"
        and c.countries & q.countries
        and not _subdivided(c)
    ]
    if pairs:
        return pairs[0]
    # "City, State" is the usual form: a subdivision reading comes before a country's.
    for region in sorted(regions, key=lambda q: q.kind != "subdivision"):
        if all(_elsewhere(c, region) for c in claimants):
            return None, region
    return None


def _elsewhere(claimant: Claimant, region: Claimant) -> bool:
    """The claimant cannot be the place qualified by `region`: it lies in another country,
    or in another subdivision of it ("Portland, Maine" is not Portland in Oregon). A
    country is a namesake only of a place in a subdivision ("Lebanon, Ohio"): two
    countries or subdivisions make a list ("France, Germany"), unless a subdivision abroad
    is followed by a US state, whose towns are named after regions ("Andalusia, Alabama")."""
    if claimant.kind == "subdivision":
        return region.countries == US and not claimant.countries & region.countries
    if region.name in claimant.lineage:
        return False
    if claimant.kind == "country" and region.kind != "subdivision":
        return False
    if not claimant.countries & region.countries:
        return True
    return region.kind == "subdivision" and _subdivided(claimant)
