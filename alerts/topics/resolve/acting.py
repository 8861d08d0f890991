"""Whether a capital or a seat acts as a government or an institution does: the verbs after it,
an envoy sent to it, its own town's bodies after it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import pairwise

from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Occurrence
from alerts.topics.resolve.claims import Claimant
from alerts.topics.resolve.words import (
    BARE_VERBS,
    BE_FORMS,
    BEFALLS,
    BEFORE_VERB,
    COURTS,
    DEADLINE_WORDS,
    ENVOY_PREPOSITIONS,
    ENVOY_WORDS,
    GOVERNMENT_VERBS,
    GRANT_VERBS,
    HOST_VERBS,
    JOINERS,
    LOCAL_BODIES,
    MODALS,
    OBJECT_VERBS,
    PHRASE_ENDS,
    PLACE_PREPOSITIONS,
    POLICY_BARE_VERBS,
    POLICY_OBJECTS,
    PRESSURE_WORDS,
    RATE_OBJECTS,
    RATE_VERBS,
    STANCE_NOUNS,
    TOWN_WORDS,
)


def local(text: str, end: int) -> bool:
    """Whether the seat at folded `:end` names its own town's bodies ("The Hague district
    court", "Geneva police") or hosts something ("Vienna hosted the nuclear talks"): the
    place, not the institution seated there."""
    following = text[end : end + 40].split()[:4]
    if following and following[0] in LOCAL_BODIES:
        return True
    verbs = [w for w in following if w not in BEFORE_VERB][:1]
    return bool(verbs) and verbs[0] in HOST_VERBS


def match_edges(
    fields: Sequence[FoldedText], found: dict[int, list[Occurrence]]
) -> dict[int, set[int]]:
    """Per field, the source offsets where a match starts or ends."""
    edges: dict[int, set[int]] = defaultdict(set)
    for occurrences in found.values():
        for index, start, end in occurrences:
            edges[index].update(fields[index].span(start, end))
    return edges


def acting_institution(
    institutions: Sequence[Claimant], regions: frozenset[str] | None
) -> Claimant | None:
    """The institution a seat stands for when it speaks or acts with no context of its own:
    the first listed that is no court. A court rules, it does not warn or reply, so a seat
    of courts alone that speaks is its host government ("The Hague said"). A national
    capital (`regions` given: the names of the regions) that acts is its own government
    ("Vienna summoned the ambassador"), unless a region's union sits there ("Brussels
    fined", the European Commission, below Europe)."""
    for institution in institutions:
        if COURTS in institution.lineage:
            continue
        if regions is None or institution.lineage & regions:
            return institution
    return None


def acts(text: str, start: int, end: int, *, seat: bool = False, game: bool = False) -> bool:
    """Whether the place at folded `start:end` is the subject of a government verb: the
    verb follows, maybe after auxiliaries, adverbs or another subject joined by "and"
    ("Washington and Moscow agreed", "Beijing has warned"), or, for a `seat` of government,
    its bare form after a modal ("Washington will loosen"; "Jordan will sign" is as often a
    player's contract; see `_policy_object`), or a rate's verb ("Frankfurt held rates"),
    or a deadline it grants ("Brussels gave Warsaw until March", see `GRANT_VERBS`),
    or its envoys or, for a `seat`, its answer are named
    ("Washington's envoy", "Washington's reply"), and no preposition comes before the
    place ("police in Athens said" is about a place, not a government); or an envoy is
    sent to it or from it ("recalled its ambassador from Washington"), or pressure comes
    from it (see `PRESSURE_WORDS`). In a text about a
    `game` a team is named after its town, so its answer is its play ("Washington's
    response was a 75-yard drive")."""
    before = text[max(0, start - 24) : start].split()
    if _sent_between(text, before, end):
        return True
    if before and before[-1] in PLACE_PREPOSITIONS:
        return False
    if before and before[-1] in OBJECT_VERBS:
        return True
    following = text[end : end + 80].split()[:6]
    if following[:1] == ["s"] and following[1:2]:
        owned = following[1]
        if owned in ENVOY_WORDS or (seat and not game and owned in STANCE_NOUNS):
            return True
    return not _suffers(following) and _verb_follows(text, end, following, seat=seat, game=game)


def _verb_follows(text: str, end: int, following: Sequence[str], *, seat: bool, game: bool) -> bool:
    """Whether a government's verb comes in the words `following` a place at folded `:end`,
    past auxiliaries, adverbs and another subject joined by "and" (see `acts`)."""
    joined, modal = 0, False
    for at, word in enumerate(following):
        if word in GOVERNMENT_VERBS or (seat and modal and word in BARE_VERBS):
            return True
        if seat and (
            word in RATE_VERBS
            or (modal and word in POLICY_BARE_VERBS)
            or (not game and word in GRANT_VERBS)
        ):
            return _seat_verb(text, end, following[at:])
        modal = modal or word in MODALS
        if word in JOINERS:
            joined = 2  # the other subject's name: up to two words
        elif joined:
            joined -= 1
        elif word not in BEFORE_VERB:
            return False
    return False


def _suffers(following: Sequence[str]) -> bool:
    """Whether the words after a place, past auxiliaries and adverbs, say it was hit or
    struck (`BEFALLS`): what befalls a town, not what its government does."""
    for before, word in pairwise(following):
        if word in BEFALLS:
            return before in BE_FORMS
        if before not in BEFORE_VERB:
            return False
    return False


def _sent_between(text: str, before: Sequence[str], end: int) -> bool:
    """Whether the words `before` a place at folded `:end` send an envoy to it or from it
    ("its ambassador to Washington") or bring pressure from it ("criticism from Washington
    over the law"), the place ending its phrase."""
    if not before[-2:-1]:
        return False
    if before[-2] in ENVOY_WORDS and before[-1] in ENVOY_PREPOSITIONS:
        return True
    if before[-2] in PRESSURE_WORDS and before[-1] == "from":
        following = text[end : end + 20].split()[:1]
        return not following or following[0] in PHRASE_ENDS
    return False


def _seat_verb(text: str, end: int, verb: Sequence[str]) -> bool:
    """Whether a seat at folded `:end` acts for its institution by the `verb` words that
    follow it: a rate's verb before rates ("Frankfurt held rates"), a deadline it grants
    ("Brussels gave Warsaw until March"), or one of
    `POLICY_BARE_VERBS` with a policy's object (see `_policy_object`)."""
    if verb[0] in RATE_VERBS and RATE_OBJECTS.intersection(verb[1:2]):
        return True
    if verb[0] in GRANT_VERBS:
        return not DEADLINE_WORDS.isdisjoint(verb[1:4])
    return verb[0] in POLICY_BARE_VERBS and _policy_object(text, end)


def _policy_object(text: str, end: int) -> bool:
    """Whether the words after a seat at folded `:end` give one of `POLICY_BARE_VERBS` a
    policy's object or a product (`POLICY_OBJECTS`, within eight words) and name no town's
    body or people (`TOWN_WORDS`, within about a sentence): "Brussels will adopt new
    rules", not "Brussels will open a new metro line, the regional transport company
    said"."""
    words = text[end : end + 200].split()[:25]
    return bool(POLICY_OBJECTS.intersection(words[:8])) and not TOWN_WORDS.intersection(words)
