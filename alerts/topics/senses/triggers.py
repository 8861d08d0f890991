"""Which mentions no check can read otherwise: the words that set a check off, so that most
mentions skip every check."""

from __future__ import annotations

from alerts.topics.folding import FoldedText
from alerts.topics.senses.figures import work_title
from alerts.topics.senses.idioms import (
    ARTICLE_IDIOMS_AFTER,
    CLOSING_IDIOMS_BEFORE,
    DISH_FILLINGS,
    DISH_NOUNS,
    DOSE_NOUNS,
    ERA_ADJECTIVES,
    ERA_AFTER,
    FOR_AFTER,
    IDIOM_PHRASES_AFTER,
    IDIOM_PHRASES_BEFORE,
    IDIOMS_AFTER,
    IDIOMS_BEFORE,
    JURY_WORDS,
    KIN_AFTER,
    MOMENT_WORDS,
    NAMED_AFTER_WORDS,
    OF_AFTER,
    POSSESSED_AFTER,
    PRONOUNS,
    QUANTITY_NOUNS,
    SCREEN_WORDS,
    SHIP_PREFIXES,
    WAR_WORDS,
)
from alerts.topics.senses.negation import DENIED_NOUNS, ORIGIN_WORDS
from alerts.topics.senses.places import (
    COMPANY_HEADS,
    LOCALITY_HEADS,
    LOCALITY_NAMES,
    NAMED_GEAR,
    PLACE_HEADS,
    PRODUCT_WORDS,
    STREET_HEADS,
    VENUE_NOUNS,
)
from alerts.topics.senses.teams import (
    BAND_APPOSITIVE,
    BAND_NOUNS,
    BAND_VERBS_AFTER,
    CLUB_AFTER,
    CLUB_BEFORE,
    TITLES,
    source_word_before,
)
from alerts.topics.senses.things import (
    QUOTE_MARK,
    VEHICLE_AFTER_AND,
    VEHICLE_WORDS,
    VESSEL_BEFORE,
    quoted_title,
)
from alerts.topics.senses.words import given_names, word_set

# What `MentionReader.reason` needs around a mention before any of its checks can fire,
# read so that most mentions (no such word, no name beside them) skip the checks: a check
# added to `reason` adds its trigger here (see `quiet`).
# Words before the mention: a denial ("no Hamas involvement"), a band's, a club's or a
# ship's word.
TRIGGERS_BEFORE = word_set("no not without") | BAND_NOUNS | CLUB_BEFORE | SHIP_PREFIXES
# Words after it: what is denied, an idiom's, a dish's, a variety's or a period's word, a
# club's suffix ("United"), a place's head ("City", "Road"), gear, a product's or a
# company's word, a band's verb ("play"), a turning point's "moment".
TRIGGERS_AFTER = (
    DENIED_NOUNS
    | ORIGIN_WORDS
    | NAMED_AFTER_WORDS
    | DISH_FILLINGS
    | DISH_NOUNS
    | ERA_AFTER
    | WAR_WORDS
    | CLUB_AFTER
    | PLACE_HEADS
    | STREET_HEADS
    | NAMED_GEAR
    | VENUE_NOUNS
    | PRODUCT_WORDS
    | COMPANY_HEADS
    | BAND_VERBS_AFTER
    | MOMENT_WORDS
)
# Its first or last word, or all of it: the keys of the idiom, period and pronoun tables,
# the heads of a street or a quarter, a dose's, a jury's and a screen's words, and the last word of
# "in at number one" (see `_ranking_after`).
TRIGGER_MENTIONS = frozenset(
    (
        *DOSE_NOUNS,
        *SCREEN_WORDS,
        "one",
        *IDIOMS_AFTER,
        *ARTICLE_IDIOMS_AFTER,
        *POSSESSED_AFTER,
        *KIN_AFTER,
        *OF_AFTER,
        *FOR_AFTER,
        *QUANTITY_NOUNS,
        "referendum",
        *IDIOMS_BEFORE,
        *JURY_WORDS,
        *IDIOM_PHRASES_BEFORE,
        *IDIOM_PHRASES_AFTER,
        *CLOSING_IDIOMS_BEFORE,
        *ERA_ADJECTIVES,
        *PRONOUNS,
        *LOCALITY_HEADS,
        *LOCALITY_NAMES,
    )
)


def quiet(
    folded: FoldedText,
    spans: tuple[int, int, int],
    words: tuple[str, str, str],
    *,
    theme: bool,
) -> bool:
    """Whether no check of `MentionReader.reason` can fire for a mention (folded `start`,
    source `begin:finish` in `spans`; `words`: the folded word before, the mention, the word
    after) in a field with no negation cue, unless the text is about sport (see
    `team_hint`): no word of the trigger tables in or beside it, no measure before it ("the
    size of"), no band in apposition after it, no model's number after a theme's name, and
    no name beside it (`_name_beside_mention`)."""
    prev, mention, nxt = words
    if prev in TRIGGERS_BEFORE or nxt in TRIGGERS_AFTER or mention in TRIGGER_MENTIONS:
        return False
    if " " in mention and (
        mention[: mention.find(" ")] in TRIGGER_MENTIONS
        or mention[mention.rfind(" ") + 1 :] in TRIGGER_MENTIONS
    ):
        return False
    start, begin, finish = spans
    window = folded.text[max(0, start - 24) : start]
    if " as " in window or "size of" in window or work_title(window, nxt):
        return False
    source = folded.source
    if source[finish : finish + 1] == "," and BAND_APPOSITIVE.match(source, finish):
        return False
    if theme and not nxt.isalpha() and any(ch.isdigit() for ch in nxt):
        return False
    if nxt in VEHICLE_WORDS or (nxt == "and" and VEHICLE_AFTER_AND.match(source, finish)):
        return False
    if VESSEL_BEFORE.search(source, max(0, begin - 60), begin):
        return False
    if QUOTE_MARK.search(source, max(0, begin - 48), finish + 48) and quoted_title(
        source, (begin, finish)
    ):
        return False
    return not _name_beside_mention(source, (begin, finish), mention, prev)


def _name_beside_mention(source: str, span: tuple[int, int], mention: str, prev: str) -> bool:
    """Whether a name may stand beside the mention at source `span`, as the person and
    team checks read one: a capitalised word after it (a capital then no capital: all
    capitals name nothing, "PARIS TALKS"), or a capitalised word of mixed case before it
    when the mention or the word before is a given name or a title ("Mr Paris")."""
    begin, finish = span
    if source[finish + 1 : finish + 2].isupper() and not source[finish + 2 : finish + 3].isupper():
        return True
    word = source_word_before(source, begin)
    if not word or word.islower() or (word.isupper() and word.isalpha()):
        return False
    names = given_names()
    return mention in names or prev in names or prev in TITLES or not word.isalpha()
