"""Which topic each mention of a taxonomy alias is evidence for, decided before any topic's
rule is evaluated. The rules, in the order they apply to the matcher's hits:

1. Senses (see `senses`): a mention in a negated clause, an idiom, a period, a person's or a
   club's name is discounted for every topic it names.
2. Metonymy: a place listed as a `metonym` of an institution ("Strasbourg" for the European
   Parliament) stands for that institution when the institution's context occurs in the text;
   the place itself (and so its country) is then discounted at that mention.
3. Qualifiers: "Athens, Georgia" or "Lebanon, Ohio": a place name followed by a comma and a
   subdivision or country is read as the namesake under that subdivision or country; when
   the taxonomy has none, the mention is discounted ("a place in Ohio") and the qualifier
   stands.
4. Namesakes: a name claimed by several places (Athens in Greece and in Georgia, Georgia the
   country and the US state) goes to one of those whose rule could hold (an unambiguous
   alias, or an ambiguous one with its context present): the one with most of its ancestors
   among the other places of the text, then the more prominent one (countries and regions,
   then subdivisions, then cities by population).

The result says, per mention, why it was discounted, and per topic which mentions it lost
to a namesake, so `alerts topics explain` can show both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Occurrence
from alerts.topics.senses import MentionReader, word_set

PLACE_KINDS = frozenset(("region", "country", "subdivision", "city"))
QUALIFIER_KINDS = frozenset(("country", "subdivision"))
_LIST_GOES_ON = re.compile(r",? (?:and|or) ")
CAPITAL_PRIOR = 2.5e9
# A capital named as the one who speaks or acts stands for its government ("Washington said").
GOVERNMENT_VERBS = word_set(
    "said says warned warns replied responded protested condemned urged announced accused "
    "rejected denied insisted agreed imposed retaliated summoned recalled demanded "
    "threatened welcomed signalled signaled vowed hit"
)
KIND_PRIORS = {"region": 4e9, "country": 3e9, "subdivision": 2e9}


@dataclass(frozen=True)
class Claimant:
    """A topic that claims an alias: enough of it to choose among namesakes."""

    topic: int
    name: str
    kind: str
    prior: float
    lineage: frozenset[str]
    countries: frozenset[str]  # the countries it is in (itself, for a country)
    homes: frozenset[str]  # the countries and subdivisions above it
    always: bool  # the alias is unambiguous for this topic
    capital: bool  # a country's capital (see GOVERNMENT_VERBS)
    context: frozenset[int]  # pattern ids that license its ambiguous aliases


@dataclass
class Resolution:
    """Per text: mentions discounted for every topic, and mentions a topic lost."""

    discounted: dict[Occurrence, str] = field(default_factory=dict)
    lost: dict[int, dict[Occurrence, str]] = field(default_factory=dict)
    confirmed: set[int] = field(default_factory=set)  # topics a qualifier decided for

    def lose(self, topic: int, occurrence: Occurrence, reason: str) -> None:
        """`topic` does not count `occurrence`."""
        self.lost.setdefault(topic, {})[occurrence] = reason


def prior_of(kind: str, population: int, *, capital: bool = False) -> float:
    """How prominent a place is when nothing else decides between namesakes: a capital
    comes after countries and regions but before subdivisions and other cities."""
    return CAPITAL_PRIOR if capital else KIND_PRIORS.get(kind, float(population))


class SenseResolver:
    """Decides the sense of alias mentions for one `RuleSet`.

    Parameters:
        aliases: pattern ids of taxonomy aliases (the only mentions that are discounted).
        themes: alias pattern ids that a theme topic claims (for club names like "the Comets").
        sports: alias pattern ids of sport themes: a team's or a player's name is their sport.
        places: per alias pattern id, the places that claim it.
        metonyms: per metonym pattern id, the institution it stands for.
        cues: pattern ids of the words that may open a negated clause.
    """

    def __init__(
        self,
        *,
        aliases: frozenset[int],
        themes: frozenset[int],
        places: Mapping[int, Sequence[Claimant]],
        metonyms: Mapping[int, Claimant],
        cues: frozenset[int] = frozenset(),
        sports: frozenset[int] = frozenset(),
    ) -> None:
        self.aliases = aliases
        self.sports = sports
        self.cues = cues
        self.themes = themes
        self.places = dict(places)
        self.metonyms = dict(metonyms)

    def resolve(
        self, fields: Sequence[FoldedText], found: dict[int, list[Occurrence]]
    ) -> Resolution:
        """Discount mentions (removed from `found` in place) and split namesakes."""
        result = Resolution()
        mentions = [pid for pid in found if pid in self.aliases]
        if not mentions:
            return result
        self._discount(fields, found, mentions, result)
        if self.metonyms:
            self._metonymy(found, result)
        self._namesakes(fields, found, result)
        return result

    def _discount(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        result: Resolution,
    ) -> None:
        cued = {o[0] for pid in self.cues if pid in found for o in found[pid]}
        themes = [pid for pid in mentions if pid in self.themes]
        theme_spans = {o for pid in themes for o in found[pid]} if themes else set()
        sport_spans = {o for pid in themes if pid in self.sports for o in found[pid]}
        reader = MentionReader(fields, cued, sport=bool(sport_spans))
        reasons: dict[Occurrence, str | None] = {}
        ordered = sorted(
            {o for pid in mentions for o in found[pid]}, key=lambda o: (o[0] != 1, o)
        )  # the body first: names it shows in full are known when the headline is read
        for occurrence in ordered:
            index, start, end = occurrence
            reasons[occurrence] = reader.reason(
                index,
                start,
                end,
                theme=occurrence in theme_spans,
                sport=occurrence in sport_spans,
            )
        _one_sense_per_text(fields, reasons)
        for pid in mentions:
            kept = [o for o in found[pid] if reasons[o] is None]
            if len(kept) == len(found[pid]):
                continue
            for occurrence in found[pid]:
                reason = reasons[occurrence]
                if reason is not None:
                    result.discounted[occurrence] = reason
            if kept:
                found[pid] = kept
            else:
                del found[pid]

    def _metonymy(self, found: dict[int, list[Occurrence]], result: Resolution) -> None:
        present = found.keys()
        for pid, institution in self.metonyms.items():
            if pid not in found or not institution.context & present:
                continue
            spans = set(found[pid])
            for other in [p for p in found if p != pid and p in self.aliases]:
                kept = [o for o in found[other] if o not in spans]
                for occurrence in set(found[other]) - set(kept):
                    result.discounted[occurrence] = f"stands for {institution.name}"
                if kept:
                    found[other] = kept
                else:
                    del found[other]

    def _namesakes(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        mentions = sorted((o, pid) for pid in found if pid in self.places for o in found[pid])
        if not mentions:
            return
        decided = self._qualified(fields, found, mentions, result)
        present: set[str] | None = None
        for occurrence, pid in mentions:
            claimants = self.places[pid]
            if len(claimants) < 2 or occurrence in decided:
                continue
            if present is None:
                present = self._present(found)
            known = present
            support = {  # another place in the text lies in it, or beside it
                c.topic: 2 * (c.name in known) + len(c.homes & known) for c in claimants
            }
            speaks = _next_word(fields[occurrence[0]].text, occurrence[2]) in GOVERNMENT_VERBS
            eligible = [
                c
                for c in claimants
                if c.always
                or c.context & found.keys()
                or support[c.topic]
                or (speaks and c.capital)
            ]
            if not eligible:
                continue
            winner = max(eligible, key=lambda c: (support[c.topic], c.prior))
            if speaks and any(c.capital for c in eligible):
                winner = max((c for c in eligible if c.capital), key=lambda c: c.prior)
            if not (winner.always or winner.context & found.keys()):
                result.confirmed.add(winner.topic)  # licensed by the places around it
            for claimant in claimants:
                if claimant is not winner:
                    result.lose(claimant.topic, occurrence, f"read as {winner.name}")

    def _qualified(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
        result: Resolution,
    ) -> set[Occurrence]:
        """Rule 3: the mentions a following ", Subdivision" decided (both of them)."""
        decided: set[Occurrence] = set()
        for (first, pid), (second, qualifier) in pairwise(mentions):
            if first[0] != second[0] or not 0 < second[1] - first[2] <= 3:
                continue
            folded = fields[first[0]]
            begin, _ = folded.span(second[1], second[2])
            _, finish = folded.span(first[1], first[2])
            if "," not in folded.source[finish:begin]:
                continue
            regions = [q for q in self.places[qualifier] if q.kind in QUALIFIER_KINDS]
            if not regions or _LIST_GOES_ON.match(folded.source, folded.span(*second[1:])[1]):
                continue
            pairs = [(c, q) for c in self.places[pid] for q in regions if q.name in c.lineage]
            pairs = pairs or [  # "London, Ontario": the namesake in the qualifier's country
                (c, q)
                for c in self.places[pid]
                for q in regions
                if q.kind == "subdivision" and c.kind == "city" and c.countries & q.countries
            ]
            if not pairs:
                if not _namesake_elsewhere(self.places[pid], regions):
                    continue
                for claimant in self.places[pid]:
                    result.lose(claimant.topic, first, f"a place in {regions[0].name}")
                decided.add(first)
                continue
            place, region = pairs[0]
            for claimant in self.places[pid]:
                if claimant is not place:
                    result.lose(claimant.topic, first, f"read as {place.name}")
            for claimant in self.places[qualifier]:
                if claimant is not region:
                    result.lose(claimant.topic, second, f"read as {region.name}")
            result.confirmed.update((place.topic, region.topic))
            decided.update((first, second))
        return decided

    def _present(self, found: dict[int, list[Occurrence]]) -> set[str]:
        """The places named without a namesake, and everything above them."""
        present: set[str] = set()
        for pid in found:
            claimants = self.places.get(pid, ())
            if len(claimants) == 1:
                present.add(claimants[0].name)
                present.update(claimants[0].lineage)
        return present


def _next_word(text: str, end: int) -> str:
    """The folded word right after `text[:end]`, or ""."""
    if end + 1 >= len(text) or text[end + 1] == " ":
        return ""
    return text[end + 1 : text.find(" ", end + 1)]


def _one_sense_per_text(
    fields: Sequence[FoldedText], reasons: dict[Occurrence, str | None]
) -> None:
    """A name read as a person or a team once is read so wherever it is written alike
    ("Michael Jordan scored 30 ... Jordan added")."""

    def written(occurrence: Occurrence) -> str:
        index, start, end = occurrence
        begin, finish = fields[index].span(start, end)
        return fields[index].source[begin:finish]

    names = {
        written(o): reason
        for o, reason in reasons.items()
        if reason and reason.startswith(("person", "team", "club"))
    }
    if not names:
        return
    for occurrence, reason in reasons.items():
        if reason is None:
            earlier = names.get(written(occurrence))
            if earlier is not None:
                reasons[occurrence] = f"{earlier}, elsewhere in the text"


def _namesake_elsewhere(claimants: Sequence[Claimant], regions: Sequence[Claimant]) -> bool:
    """ "Lebanon, Ohio": the qualifier is a subdivision of a country none of the claimants
    is in (so "Birmingham, England" and a list like "France, Germany" are left alone)."""
    states = [q for q in regions if q.kind == "subdivision"]
    return bool(states) and all(
        c.kind != "subdivision" and not c.countries & q.countries for c in claimants for q in states
    )


def place_claimants(claims: Mapping[int, list[Claimant]]) -> dict[int, tuple[Claimant, ...]]:
    """Only the alias pattern ids that some place claims, each with its place claimants."""
    places: dict[int, tuple[Claimant, ...]] = {}
    for pid, claimants in claims.items():
        chosen = tuple(c for c in claimants if c.kind in PLACE_KINDS)
        if chosen:
            places[pid] = chosen
    return places


def group_claims(pairs: Sequence[tuple[int, Claimant]]) -> dict[int, list[Claimant]]:
    """Claimants by pattern id."""
    claims: dict[int, list[Claimant]] = defaultdict(list)
    for pid, claimant in pairs:
        claims[pid].append(claimant)
    return claims
