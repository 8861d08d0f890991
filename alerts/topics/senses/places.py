"""Smaller places and premises named after a bigger one: a street, a county, a quarter, a pub
or a company's product that bears a place's name."""

from __future__ import annotations

import re

from alerts.topics.folding import FoldedText
from alerts.topics.senses.words import (
    in_running_case,
    is_title_case,
    next_word,
    prev_word,
    word_set,
)

# Capitalised after an institution's name in running text, these make a place named after
# it: "Pentagon City", "White House Farm" (not a business it owns: "the Trump Hotel"; nor
# "Drive" or "Field", which head products and hospitals: "Google Drive", "UN Field Hospital").
PLACE_HEADS = word_set("city farm mall lane avenue station")
# The heads of an administrative area named after a country or a city ("Lebanon County"),
# which may be the city's own ("Los Angeles County", "Nairobi County"): see `smaller_place`.
DIVISION_HEADS = word_set("county township parish")
# Capitalised after a country's or a city's name, these make a smaller place named after
# it: "Lebanon County", "Cuba Avenue" (not "City": "Kuwait City" is the capital).
SMALLER_PLACE_HEADS = DIVISION_HEADS | word_set("avenue boulevard lane")
# Gear named after an institution's standard, after an article: "a Nato strap", "an EU plug
# adapter", "the NATO phonetic alphabet" are things, not news of the institution (no verb's
# form: "NATO plugs a gap", "the EU plugs a loophole").
NAMED_GEAR = word_set("strap plug socket sockets adapter adapters phonetic")
# Heads that make a street only when no capitalised word follows them: "Whitehall Road" is a
# street, the "EU Road Map" a plan and "Google Street View" a product.
STREET_HEADS = word_set("road street")
# A business named like a seat, after an article and before the word for it in lower case:
# "a fight outside the White House pub", "the Kremlin cafe on Main Street" ("a bar on" with
# what it bars is a ban: "the White House bar on transgender troops").
VENUE_NOUNS = word_set("pub inn tavern hotel restaurant cafe bar")
BAN_OBJECT = re.compile(r" bar (?:on|against|to|from)\b")
# An institution named after its street or quarter ("Threadneedle Street", "Foggy Bottom",
# "Capitol Hill") is that place when premises stand on it or belong to it: "the bar on
# Threadneedle Street", "Foggy Bottom's brick rowhouses"; not "pressure on Downing Street"
# nor "Capitol Hill's budget" ("house", as in "the Bank's house view", is left out).
LOCALITY_HEADS = word_set("street hill bottom bay square park")
# A street whose name has no head, read as the heads above are ("the Cenotaph on Whitehall").
LOCALITY_NAMES = word_set("whitehall")
# Not "flat", "homes" or "residents": "fell flat in Downing Street", "held rates flat on
# Threadneedle Street" and "Downing Street's new residents" are the institution's.
PREMISES_NOUNS = word_set(
    "bar bars cafe cafes pub pubs shop shops restaurant restaurants hotel hotels rowhouses "
    "townhouses terraces pavements memorial memorials monument monuments statue statues "
    "cenotaph"
)
# After a quarter's name, grounds or a race held on it: "the Parliament Hill lido", "the
# Capitol Hill parkrun", "the Parliament Hill cross-country race" (not "race" alone: "the
# Downing Street race" is a contest for the office).
GROUNDS_AFTER = re.compile(
    r" (?:lido|parkrun|playground|bandstand|athletics track|running track|cross country|fun run)"
    r"s?\b"
)
# Premises on a street are named as things are, after one of these: "the sandwich bar on".
PREMISES_DETERMINERS = word_set("the a an this that these those its their")
PREMISES_PREPOSITIONS = word_set("on in off along")
PRODUCT_WORDS = word_set(
    "browser app apps phone phones smartphone smartphones laptop laptops tablet tablets watch "
    "console headset headphones earbuds model models car cars suv software device devices "
    "pro max ultra plus mini hatchback hatchbacks sedan sedans saloon saloons coupe estate "
    "convertible gti recall recalls bar bars chocolate"
)  # after a theme's name written as a proper noun: a product called like the theme
# After a theme's name written as a proper noun, these capitalised make a company's name
# ("Cricket Wireless", "Opera Software"); not "Group", which music companies share with
# music ("Universal Music Group").
COMPANY_HEADS = word_set("wireless mobile software labs inc ltd plc llc corp")


def smaller_place(
    folded: FoldedText, start: int, end: int, *, divisions: bool = True
) -> str | None:
    """A country's or a city's name at folded `start:end` that heads a smaller place's
    name in running text ("Lebanon County", "Cuba Street", "London Road") names that place,
    not the country or the city. A head of `DIVISION_HEADS` counts only where `divisions`
    says the area cannot be the city's own ("Los Angeles County" is the city's)."""
    head = next_word(folded.text, end)[0]
    if head not in SMALLER_PLACE_HEADS and head not in STREET_HEADS:
        return None  # most mentions: no such word after (and no title to scan)
    if head in DIVISION_HEADS and not divisions:
        return None
    begin, finish = folded.span(start, end)
    source = folded.source
    if source[finish : finish + 1] != " " or not place_head(
        source, finish, head, SMALLER_PLACE_HEADS
    ):
        return None
    return f"place: '{source[begin:finish]} {source[finish + 1 : finish + 1 + len(head)]}'"


def place_head(source: str, finish: int, nxt: str, heads: frozenset[str] = PLACE_HEADS) -> bool:
    """Whether the capitalised word `nxt` (folded) after a name ending at source `finish`
    makes the pair a place's name in running text: one of `heads`, or one of
    `STREET_HEADS` that ends the name ("Whitehall Road," but not "EU Road Map")."""
    if not source[finish + 1 : finish + 2].isupper() or is_title_case(source):
        return False
    if nxt in heads:
        return True
    head, *rest = source[finish : finish + 40].split()[:2]
    return nxt in STREET_HEADS and (not rest or not head.isalpha() or not rest[0][:1].isupper())


def locality(text: str, start: int, mention: str, prev: str, following: tuple[str, int]) -> bool:
    """Whether an institution's name that names its street or quarter (its last word one of
    `LOCALITY_HEADS`, or one of `LOCALITY_NAMES`) at folded `start` is that place: premises
    or a monument on it ("the bar on Threadneedle Street", "the Cenotaph on Whitehall"),
    grounds or a race on it (`GROUNDS_AFTER`), or its own, maybe after one adjective
    ("Foggy Bottom's brick rowhouses")."""
    if mention.rsplit(" ", 1)[-1] not in LOCALITY_HEADS and mention not in LOCALITY_NAMES:
        return False
    if (
        prev in PREMISES_PREPOSITIONS
        and start > len(prev) + 1
        and _premises_before(text, start - len(prev) - 1)
    ):
        return True
    nxt, after = following
    if GROUNDS_AFTER.match(text, start + len(mention)):
        return True
    if nxt != "s":
        return False
    owned, further = next_word(text, after)
    return owned in PREMISES_NOUNS or next_word(text, further)[0] in PREMISES_NOUNS


def _premises_before(text: str, start: int) -> bool:
    """Whether the words before folded `start` name premises: one of `PREMISES_NOUNS` after
    a determiner, maybe with one word between ("the bar", "the sandwich bar")."""
    noun = prev_word(text, start)
    if noun not in PREMISES_NOUNS:
        return False
    at = start - len(noun) - 1
    before = prev_word(text, at) if at > 0 else ""
    if before in PREMISES_DETERMINERS:
        return True
    at -= len(before) + 1
    return bool(before) and at > 0 and prev_word(text, at) in PREMISES_DETERMINERS


def named_after_body(source: str, finish: int, nxt: str) -> str | None:
    """What an institution's name ending at source `finish`, after an article, names with
    the word `nxt` after it: gear ("a Nato strap", "an EU plug") or a venue's business,
    the venue's word in lower case in running text ("outside the White House pub"), but
    no ban ("the White House bar on troops")."""
    if nxt in NAMED_GEAR:
        return "thing"
    if (
        nxt in VENUE_NOUNS
        and source[finish + 1 : finish + 2].islower()
        and in_running_case(source)
        and not BAN_OBJECT.match(source, finish)
    ):
        return "business"
    return None
