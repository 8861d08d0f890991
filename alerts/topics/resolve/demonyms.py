"""Whether an ambiguous demonym or country name is used of the country: what it qualifies, a
language after its words, a capitalised prefix before it."""

from __future__ import annotations

from alerts.topics.folding import FoldedText
from alerts.topics.resolve.acting import acts
from alerts.topics.resolve.words import (
    BEFORE_VERB,
    COMPASS_WORDS,
    COUNTRY_VERBS,
    DEMONYM_NEXT,
    HAPPENS_IN,
    LANGUAGE_BEFORE,
    PAIRED_DEMONYM_BEFORE,
    PREFIX_BEFORE,
)
from alerts.topics.senses import everyday_words, is_demonym


def capital_prefix(source: str, begin: int) -> bool:
    """Whether the word right before the demonym at source offset `begin` is written with a
    capital, as the first word of a compound demonym is ("North Korean", "Papua New
    Guinean", "Pan-African"), and not as an adjective before one ("a new Guinean mining
    law", "the south Sudanese border town" in a hurried caption); a text in capitals
    throughout keeps the compound."""
    word = PREFIX_BEFORE.search(source, max(0, begin - 24), begin)
    return word is None or not word.group(1)[:1].islower()


def language_or_pair(source: str, begin: int, before: list[str]) -> bool:
    """Whether the capitalised demonym at source offset `begin` is a language after the words
    that take one ("classes in Polish") or is paired with another demonym ("Turkish and
    Polish"): read from what precedes, as nothing after it need qualify ("start next month")."""
    if before and before[0] in LANGUAGE_BEFORE:
        return True
    paired = PAIRED_DEMONYM_BEFORE.search(source, max(0, begin - 24), begin)
    word = paired.group(1).casefold() if paired else ""
    return is_demonym(word) and word not in everyday_words()  # not "Clean and Polish"


def used_as_country(folded: FoldedText, start: int, end: int) -> bool:
    """Whether the capitalised name at folded `start:end` owns one of `DEMONYM_NOUNS`, has
    a compass word before it, is where something in `HAPPENS_IN` happens, does what a
    country does (`COUNTRY_VERBS`) or acts as a government (see `acts`)."""
    begin = folded.span(start, end)[0]
    if not folded.source[begin : begin + 1].isupper():
        return False  # "roast turkey"
    text = folded.text
    before = text[max(0, start - 20) : start].split()
    if before and before[-1] in COMPASS_WORDS:
        return True  # "eastern Turkey"
    following = text[end : end + 40].split()[:3]
    if before[-2:-1] and before[-1] == "in" and before[-2] in HAPPENS_IN:
        after = folded.source[folded.span(start, end)[1] :].lstrip()
        if not after[:1].isupper() and following[:1] != ["s"]:
            return True  # "floods in Chad", not "a role in Chad Smith's film"
    if following[:1] == ["s"] and DEMONYM_NEXT.intersection(following[1:]):
        return True  # "Niger's junta", "Turkey's central bank"
    verbs = [w for w in following if w not in BEFORE_VERB][:1]
    return bool(verbs and verbs[0] in COUNTRY_VERBS) or acts(text, start, end)
