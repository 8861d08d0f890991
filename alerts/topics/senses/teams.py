"""Clubs, teams, players and bands named like a place or a theme: their word tables and the
checks that read a mention as one of them."""

from __future__ import annotations

import re
from collections.abc import Callable

from alerts.topics.folding import FoldedText
from alerts.topics.senses.idioms import MOMENT_WORDS
from alerts.topics.senses.words import (
    everyday_words,
    is_title_case,
    prev_word,
    unknown_name,
    word_set,
)

# The places whose name alone stands for what happened there, as such a likeness needs
# ("a Suez moment"); any other place's moment is its own ("the label's London moment"),
# unless a landmark's name follows it ("its Berlin Wall moment").
HISTORIC_PLACES = word_set(
    "munich suez dunkirk waterloo chernobyl fukushima stalingrad yalta versailles sarajevo"
)
CLUB_AFTER = word_set("united fc afc cf sc rovers wanderers athletic albion hotspur rangers")
# Capitalised, as a club writes them ("Manchester City", "Luton Town"): "Toronto city
# council" and "the Leeds town centre" are the places, even in a text about sport.
CLUB_AFTER_IN_SPORT = word_set("city town county")
CLUB_BEFORE = word_set(
    "real atletico atlético inter ac fc bayern borussia sporting dynamo dinamo olympique "
    "lokomotiv spartak cska shakhtar zenit partizan slavia legia steaua hapoel maccabi hajduk"
)
TEAM_VERBS_AFTER = word_set(
    "beat beats defeated thrashed edged routed drew trounced hammered stunned outclassed "
    "crushed sign signs signed sacked appointed"
)  # "Madrid sign defender", "Lyon sacked their coach": in a sport story a club is named by
# its city
# A city or a country sacks or appoints officials too ("Barcelona appointed a new police
# chief"), even in a sport story: only a club's staff after the verb makes it the club's
# ("Lyon sacked their coach", "Milan appointed Conte as head coach"), or a lone surname
# ("Milan sacked Pioli after the derby"; see `staff_object`).
STAFF_VERBS = word_set("sacked appointed")
_STAFF = r"(?:(?:their|its|the|a|an|new|head|caretaker|interim|permanent|first-team) ){0,3}"
_STAFF += r"(?:coach|coaches|manager|boss|trainer|coaching staff)\b"
STAFF_OBJECT = re.compile(
    r" (?:sacked|appointed) (?:" + _STAFF + r"|(?:[A-Z][\w'\u2019-]+ ){1,2}as " + _STAFF + ")"
)
STAFF_SURNAME = re.compile(r" (?:sacked|appointed) ([A-Z][a-z-]+)(?![\w'\u2019-]| [A-Z]| as\b)")
# "Lyon took three wickets", "Paris scored two goals": in a sport story, a place's name
# followed by a tally of the game is a player or a team, not the place.
PLAYER_TALLY = re.compile(
    r" (?:took|claimed|grabbed|scored|kicked|hit|made|added) (?:\d+|a|an|one|two|three|four|"
    r"five|six|seven|eight|nine|ten)(?: \w+)? (?:wickets?|catch(?:es)?|goals?|tries|try|runs|"
    r"rebounds|assists|penalties|centur(?:y|ies)|fift(?:y|ies)|hundreds?|birdies)\b"
)
TALLY_VERBS = word_set("took claimed grabbed scored kicked hit made added")
# "Lyon 1; Marseille 0 Monaco 0": in a results line, a team's name is followed by its goals
# and then by the next team's name, a semicolon, a comma or the end of the line.
RESULT_LINE = re.compile(r" \d{1,2}(?=[;,]|\.(?!\d)|$| [A-Z])")
# A tally after names is a results line only when its fixtures are set apart by semicolons
# or a fixture's word heads it ("Results: Arsenal 2, Chelsea 1"), not a count per country
# ("United States 78, Mexico 13") nor a medal table ("China 22, Japan 14").
FIXTURE_WORDS = re.compile(
    r";|\b(?:results?|scores?|full[- ]time|half[- ]time|FT|HT|fixtures?)\b", re.IGNORECASE
)
RESULT_VERBS = word_set("drew draw draws lost lose loses losing tied tie")  # "drew with X"
TEAM_WORDS_BEFORE = word_set(
    "beat beats defeated thrashed edged routed trounced hammered stunned against"
)
SPORT_WORDS = word_set(
    "mls match matches league goal goals scored striker midfielder defender goalkeeper coach "
    "season fixture derby cup playoff playoffs innings wicket wickets touchdown quarterback "
    "pitcher inning nba nfl mlb nhl stadium kickoff penalty tournament squad club clubs "
    "semifinal quarterfinal final premiership overtime"
)
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b")
TITLES = word_set("mr mrs ms dr miss sir dame lady lord coach")
# "Storm Ciaran brought gusts of 90mph": a weather word that is also a given name, before a
# name, is a named storm when the text speaks of the weather ("Storm Reid stars" is a person).
STORM_GIVEN_NAMES = word_set("storm")
STORM_SIGNS = word_set(
    "wind winds gusts gust gale gales rain rainfall downpours flooding floods flood landfall "
    "forecasters forecast mph warnings warning snow lightning waves"
)
# "the band Asia", "the hair-metal rockers Europe": a capitalised name right after one of
# these is a group of musicians, not the place it is named after.
BAND_NOUNS = word_set("band bands rockers duo trio quartet quintet")
# "Nato, the indie four-piece": a band named in apposition.
BAND_APPOSITIVE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:\w+-piece|" + "|".join(sorted(BAND_NOUNS)) + r")\b",
    re.IGNORECASE,
)
# "Interpol play the Roundhouse, with support from a local trio": a name that plays or
# headlines where the sentence speaks of a gig is a band (a team plays too, so the gig
# words must be there).
BAND_VERBS_AFTER = word_set("play plays played playing headline headlines headlined headlining")
GIG_WORDS = BAND_NOUNS | word_set("gig gigs setlist encore album albums")
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
TEAM_SINGULARS = word_set(
    "heat magic jazz thunder wild galaxy lightning avalanche kraken dynamo revolution crew fire "
    "storm sky mercury fever sparks liberty dream lynx aces wings sun united city glory roar "
    "victory phoenix"
)  # teams named in the singular ("Miami Heat", "Utah Jazz", "Perth Glory")
SINGLE_TEAM_NAME = re.compile(r" (?:[A-Z][a-z]+ )?([A-Z][a-z]+)\b")  # "Tampa Bay Lightning"
# Of those, the ones that after a place's name are a team even in a text with no sport word
# ("the Tampa Bay Lightning acquired a defenceman"): no town has such a body or landmark.
TEAM_ONLY_SINGULARS = word_set(
    "heat magic jazz thunder wild lightning avalanche kraken mercury fever sparks lynx aces"
)
TEAM_HINTS_AFTER = CLUB_AFTER_IN_SPORT | TEAM_VERBS_AFTER | TEAM_SINGULARS
TEAM_HINTS_BEFORE = TEAM_WORDS_BEFORE | {"with", "to", "the"}
TEAM_NAME = re.compile(r" (?:[A-Z][a-z]+ )?(?:[A-Z][a-z]+s|Sox)\b")  # "Red Sox"
CAPITAL_WORD = re.compile(r"[A-Z][a-z'\u2019]+")
# "Florence Pugh and Orlando Bloom": a name listed beside a person's name is a person's.
PERSON_BEFORE = re.compile(r"\b([A-Z][a-z'\u2019]+) ([A-Z][a-z'\u2019]+),? (?:and|&) $")
OWNER_BEFORE = re.compile(r"(?<![.!?] )\b([A-Z][A-Za-z.]+) [A-Z][a-z]+ $")  # "Iowa State "
PAIRED_RESULT = re.compile(  # after a team's name: "and Everton drew", "and Real Madrid beat"
    r" and (?:[A-Z][a-z]+ )?[A-Z][a-z]+ (?:"
    + "|".join(sorted(TEAM_VERBS_AFTER | RESULT_VERBS))
    + r")\b"
)
PLACE_BEFORE = re.compile(r"(?<![.!?] )\b([A-Z][A-Za-z.]+) $")  # a capitalised word, mid-sentence


def singular_team(word: str, source: str, *, sport: Callable[[], bool]) -> bool:
    """Whether a capitalised `word` after a place's name makes the two a team ("Miami
    Heat"): one of `TEAM_SINGULARS` in a text about sport, or one of
    `TEAM_ONLY_SINGULARS` outside a headline in title case."""
    folded = word.casefold()
    if folded not in TEAM_SINGULARS:
        return False
    if folded in TEAM_ONLY_SINGULARS and not is_title_case(source):
        return True
    return sport()


def team_owner(source: str, begin: int) -> str:
    """The place a theme's name follows when the two may be a team: "LA Galaxy", "Utah
    Jazz", and past an everyday word, "Iowa State Cyclones"."""
    window = max(0, begin - 24)
    place = PLACE_BEFORE.search(source, window, begin)
    named = place.group(1) if place else ""
    if named and named.casefold() in everyday_words():
        owner = OWNER_BEFORE.search(source, window, begin)
        named = owner.group(1) if owner else named
    return named


def turning_point(source: str, span: tuple[int, int], following: tuple[str, str]) -> str:
    """The words after a place's name at source `span` that make it a turning point likened
    to the place's history (see `MOMENT_OWNERS`): "moment" right after one of
    `HISTORIC_PLACES`, or after one capitalised word of a landmark's name ("Berlin Wall
    moment"); else ""."""
    begin, finish = span
    nxt, then = following
    if nxt in MOMENT_WORDS:
        return nxt if source[begin:finish].casefold() in HISTORIC_PLACES else ""
    if then in MOMENT_WORDS and source[finish + 1 : finish + 2].isupper():
        return f"{source[finish + 1 : finish + 1 + len(nxt)]} {then}"
    return ""


def club_suffix(source: str, finish: int) -> bool:
    """Whether the word after a name ending at source `finish` is written as a club's
    suffix is: capitalised, or in a text written all in lower case."""
    return source[finish + 1 : finish + 2].isupper() or source.islower()


def staff_object(source: str, finish: int) -> bool:
    """Whether a club's staff follows "sacked" or "appointed" after a name ending at
    `finish`: a coach or a manager, one named as such, or a lone surname that is no
    everyday word ("Milan sacked Pioli"; not "Paris appointed Police chiefs")."""
    if STAFF_OBJECT.match(source, finish):
        return True
    surname = STAFF_SURNAME.match(source, finish)
    return surname is not None and unknown_name(surname.group(1))


def band_reason(source: str, span: tuple[int, int], prev: str) -> str | None:
    """Rule 5 for a band: the capitalised name at source `span` after a word for one ("the
    band Asia", "the indie duo Tennis") or before one in apposition ("Nato, the indie
    four-piece"), or that plays a gig ("Interpol play the Roundhouse with support from a
    trio"); a sport's name too, as no band plays the sport it is named after."""
    begin, finish = span
    written = source[begin:finish]
    if prev in BAND_NOUNS:
        return f"band: '{prev} {written}'"
    appositive = BAND_APPOSITIVE.match(source, finish)
    if appositive:
        return f"band: '{written}{appositive.group()}'"
    verb = source[finish + 1 : finish + 12].split(" ", 1)[0].lower()
    if verb not in BAND_VERBS_AFTER:  # most mentions: read no further
        return None
    sentence = SENTENCE_END.split(source[finish : finish + 200], maxsplit=1)[0].lower()
    gig = GIG_WORDS.intersection(re.findall(r"[a-z]+", sentence))
    return f"band: '{written} {verb}' at a gig" if gig else None


def has_score(source: str) -> bool:
    """Whether `source` holds a game's score (`SCORE`: "3-1", "102 - 98"). A score has a
    dash with one to three digits and a space at most before it, so the pattern is tried
    only at the few places those begin: searching a whole article costs more than
    reading every mention in it."""
    for dash in ("-", "\u2013"):
        at = source.find(dash)
        while at >= 0:
            for start in range(max(0, at - 4), at):
                if SCORE.match(source, start):
                    return True
            at = source.find(dash, at + 1)
    return False


# After a mention, the words of a team's check that only a text about sport reads (see
# `team_hint`).
TEAM_TRIGGERS_AFTER = CLUB_AFTER_IN_SPORT | TEAM_VERBS_AFTER | TALLY_VERBS | {"and"}


def source_word_before(source: str, begin: int) -> str:
    """The source word right before `begin` and a space (from the space before it), or "";
    a name's checks read a capitalised word there only."""
    if source[begin - 1 : begin] != " ":
        return ""
    return source[source.rfind(" ", 0, begin - 1) + 1 : begin - 1]


def team_hint(
    folded: FoldedText, spans: tuple[int, int], words: tuple[str, str, str], *, theme: bool
) -> bool:
    """Whether a check of `MentionReader._team` that needs a text about sport may fire for
    a `quiet` mention (folded `start`, source `begin` in `spans`; `words` as for `quiet`):
    a result's or a tally's word or a score after it, a word that beats or draws with it
    before it, or, for a theme's name, "the" or a capitalised word before it ("the Comets",
    "LA Galaxy"); so most texts are never asked whether they are about sport."""
    prev, mention, nxt = words
    if nxt in TEAM_TRIGGERS_AFTER or nxt.isdigit() or prev in TEAM_WORDS_BEFORE:
        return True
    start, begin = spans
    if prev in ("the", "with", "to"):
        before = prev_word(folded.text, start - len(prev) - 1)
        if before in TEAM_WORDS_BEFORE or before in RESULT_VERBS:
            return True
        if theme and prev == "the" and mention.endswith("s"):
            return True
    word = source_word_before(folded.source, begin) if theme else ""
    return bool(word) and not word.islower()
