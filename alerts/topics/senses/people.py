"""People named after places: a given name and a surname beside a mention, and what shows that
two capitalised words name a person."""

from __future__ import annotations

import re
from collections.abc import Callable

from alerts.topics.folding import FoldedText
from alerts.topics.senses.teams import CAPITAL_WORD
from alerts.topics.senses.words import (
    CALENDAR_WORDS,
    MID_SENTENCE_NAME,
    bare,
    everyday_words,
    given_names,
    is_title_case,
    unknown_name,
    word_set,
)

# What shows that two capitalised words name a person (see `_spoken_of_as_person`).
PERSON_ROLES = word_set(
    "actor actress singer star rapper striker forward midfielder defender goalkeeper player "
    "model son daughter wife husband brother sister author novelist director designer chef "
    "comedian musician drummer guitarist boxer golfer pitcher quarterback influencer heir"
)
# A town's orchestra or choir performs as a person does ("The Cleveland Orchestra performed"):
# these after a place's name are its ensemble, never a surname.
ENSEMBLE_WORDS = word_set(
    "orchestra symphony philharmonic sinfonia opera ballet choir chorale chorus quartet ensemble"
)
# Nor is an institution's or an event's head, which takes a town's name as a person's
# does not ("Houston Methodist directed patients", "the Adelaide Festival's opening film").
INSTITUTION_HEADS = word_set(
    "festival festivals methodist baptist presbyterian university college hospital clinic "
    "museum gallery zoo institute council police airport cathedral mosque temple marathon "
    "commune"
)
# What only a person does, right after the name: "Charlotte Church sang", "Memphis Depay
# scored", "Orlando Bloom returns to the stage", "Milan Kundera died"; no town, company or
# landmark sings, stars, marries, scores, dies, is born or sentenced, or comes back to the
# stage or the screen.
_PERSON_VERBS = (
    r"\s+(?:sang|sings|starred|stars|married|marries|wed|divorced|dated|wore|wears|scored|"
    r"performed|performs|danced|dances|surfed|tweeted|posed|poses|"
    r"gave\s+birth|joined\s+the\s+cast|return(?:s|ed|ing)?\s+to\s+the\s+(?:stage|screen)|"
    r"died|dies|signed\s+for|(?:was|has\s+been)\s+(?:born|sentenced|arrested))\b"
)
# What a person does or has done to them that an institution or a landmark does too
# ("Victoria Police directed traffic", "Tokyo Skytree was photographed at dawn"): evidence
# only beside a word that is no everyday word, when the place's name is also a given name
# ("Regina Kingsley directed", "Paris Hilton was spotted"), not beside a city's landmark
# or quarter ("Dubai Creek", "Berlin Tegel", "Cairo Tahrir was pictured").
PERSON_VERBS_BESIDE_UNKNOWN = re.compile(
    r"(?:['\u2019]s)?\s+(?:directed|directs|(?:was|has\s+been)\s+"
    r"(?:spotted|pictured|photographed|cast\s+as))\b"
)
_ROLE_APPOSITION = (
    r",\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?(?:" + "|".join(sorted(PERSON_ROLES)) + r")\b"
)
# What only a person has, after the possessive of the two words, maybe past two words:
# "Sofia Coppola's new film", "Orlando Bloom's latest album", "Jordan Peele's third horror
# film", "Madison Beer's boyfriend"; no town or landmark has a film, an album or a wife (a
# zoo has babies, a school parents and children).
OWNED_BY_PERSON = word_set(
    "film films movie movies album albums single singles song songs novel novels memoir "
    "memoirs biopic documentary husband wife boyfriend girlfriend fiance fiancee daughter "
    "daughters son sons mother father"
)
_OWNED_AFTER = (
    r"(?<=['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(OWNED_BY_PERSON)) + r")\b"
)
PERSON_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,\s+(?:\d{1,3}|the|a|an|who)\b|\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _PERSON_VERBS
    + r"|[^.;!?]{0,80}?\b(?:he|she|his|her|him|himself|herself)\b)"
)
# Evidence that holds when the other half is an everyday word ("Charlotte Church", "Orlando
# Bloom"): a role, "who" or a person's verb right after, not a pronoun further on, which may
# follow an institution's name too ("Charlotte Police said his car was found").
PERSON_RIGHT_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,\s+(?:\d{1,3}|who)\b|\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _ROLE_APPOSITION
    + "|"
    + _PERSON_VERBS
    + ")"
)
# For a country's name, which heads companies' ("China Evergrande, the developer, said his
# board"): a role, "who", a person's verb, or "she" or "her" in the same sentence.
COUNTRY_PERSON_AFTER = re.compile(
    r"(?:['\u2019]s)?(?:,?\s+who\b|"
    + _OWNED_AFTER
    + "|"
    + _ROLE_APPOSITION
    + "|"
    + _PERSON_VERBS
    + r"|[^.;!?]{0,80}?\b(?:she|her|herself)\b)"
)


def name_beside_place(
    folded: FoldedText,
    span: tuple[int, int],
    *,
    taken: Callable[[int], bool],
    headline: bool,
    country: bool = False,
) -> str | None:
    """Rule 6, for a city's or a region's one-word name at source `span` that no
    other rule read: a person's name whose other half is no listed name ("Kingston Rossdale",
    "Memphis Depay", and "Joaquin Phoenix" when the place is also a given name). The other
    word is capitalised, no everyday, calendar or institution word, not the start (or end)
    of another match (`taken`: whether a match starts or ends at a source offset) and not
    followed by a further capitalised word, which would make the three an organisation's
    name ("Chicago Mercantile Exchange"). When the place is also a given name, an everyday
    word after it is a surname too if a role, "who" or a person's verb follows at once
    ("Charlotte Church sang", "Orlando Bloom joined the cast"). A `country`'s name needs
    that evidence even before an unknown word ("Ireland Baldwin, the model"), as countries
    head companies' names. A `headline` in title case says nothing."""
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    capital_after = source[finish : finish + 1] == " " and source[finish + 1 : finish + 2].isupper()
    named_before = begin > 1 and source[begin - 1] == " " and written.casefold() in given_names()
    if not (capital_after or named_before) or not CAPITAL_WORD.fullmatch(written):
        return None  # most mentions: no capitalised word beside them could be a name
    found = _name_beside(source, span, taken, country=country)
    if found and headline and is_title_case(source):
        return None
    return found


def _name_beside(
    source: str, span: tuple[int, int], taken: Callable[[int], bool], *, country: bool
) -> str | None:
    """`name_beside_place` without the headline check."""
    begin, finish = span
    written = source[begin:finish]
    after = CAPITAL_WORD.match(source, finish + 1) if source[finish : finish + 1] == " " else None
    if (
        after
        and not CAPITAL_WORD.match(source, after.end() + 1)
        and _surname_after(source, begin, after, taken, country=country)
    ):
        return f"person: '{written} {after.group()}'"
    if country:
        return None
    before = re.search(r"(?<![\w'\u2019-])([A-Z][a-z]{2,}) $", source[max(0, begin - 30) : begin])
    if (
        before
        and written.casefold() in given_names()
        and not taken(begin - 1)
        and unknown_name(before.group(1))
        and before.group(1).casefold() not in given_names()
    ):
        return f"person: '{before.group(1)} {written}'"
    return None


def _surname_after(
    source: str, begin: int, after: re.Match[str], taken: Callable[[int], bool], *, country: bool
) -> bool:
    """Whether the capitalised word `after` the place's name at `begin` is the surname of a
    person the sentence speaks of (see `name_beside_place`). An everyday word may start
    another match ("Church"): the evidence right after the two is what decides then."""
    word = after.group()
    if bare(word) in ENSEMBLE_WORDS or bare(word) in INSTITUTION_HEADS:
        return False
    unknown = unknown_name(word) and not taken(after.start())
    if country:
        return unknown and (
            _role_before(source, begin) or bool(COUNTRY_PERSON_AFTER.match(source, after.end()))
        )
    if unknown:
        given = source[begin : after.start() - 1].casefold() in given_names()
        return _spoken_of_as_person(source, (begin, after.end()), given=given)
    given = source[begin : after.start() - 1].casefold() in given_names()
    return (
        given
        and word.casefold() not in CALENDAR_WORDS
        and (_role_before(source, begin) or bool(PERSON_RIGHT_AFTER.match(source, after.end())))
    )


def _role_before(source: str, begin: int) -> bool:
    """Whether a person's role stands right before `begin` ("the singer Charlotte Church")."""
    before = source[max(0, begin - 24) : begin].split()
    return bool(before) and before[-1].casefold() in PERSON_ROLES


def _spoken_of_as_person(source: str, span: tuple[int, int], *, given: bool) -> bool:
    """Whether the sentence speaks of the two words at source `span` as a person: a role
    before them ("the striker Memphis Depay"), or after them an apposition, "who", or a
    personal pronoun in the same sentence ("Kingston Rossdale, the son of", "... as his side
    won"), or, when the place's name is also a `given` name, a verb an institution or a
    landmark shares ("Regina Kingsley directed"; not "Tokyo Skytree was photographed").
    Without it an unknown word after a place is as likely a landmark ("Mosul Dam")."""
    begin, end = span
    return (
        _role_before(source, begin)
        or bool(PERSON_AFTER.match(source, end))
        or (given and bool(PERSON_VERBS_BESIDE_UNKNOWN.match(source, end)))
    )


def lowercase_name(folded: FoldedText, span: tuple[int, int], *, town: bool) -> str | None:
    """Rule 7: a place's name written in lower case ("won the derby", "a turkey", "a sale")
    is the everyday word, not the place, when it is an everyday word, follows "a" or "an",
    or names a `town` (a city or subdivision, no capital) in a sentence that capitalises
    other names. Wire copy writes whole paragraphs in lower case ("joint ventures in west
    germany"), and a text without any capital (a sloppy headline) says nothing. A headline
    in capitals says nothing either, so there a town's name that is an everyday word is the
    word ("NICE TRY, FRANCE", "SPLIT DECISION IN CROATIA")."""
    source = folded.source
    begin, finish = span
    written = source[begin:finish]
    if town and source.isupper() and written.casefold() in everyday_words():
        return f"capitals: '{written}'"
    if not written.islower() or source.islower():
        return None
    before = source[max(0, begin - 4) : begin].split()
    if (
        written.casefold() in everyday_words()
        or (before and before[-1] in ("a", "an"))
        or (town and _names_capitalised(source, begin))
    ):
        return f"lower case: '{written}'"
    return None


def _names_capitalised(source: str, at: int) -> bool:
    """Whether the sentence around `at` writes a capitalised word after its first word."""
    start = max(source.rfind(". ", 0, at), source.rfind("\n", 0, at)) + 1
    stop = source.find(". ", at)
    return bool(MID_SENTENCE_NAME.search(source, start, stop if stop >= 0 else len(source)))
