"""The topics a mention may name (claimants), what resolving them decided (`Resolution`), and
how prominent each place is when nothing else decides."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Occurrence
from alerts.topics.resolve.words import (
    CAPITAL_PRIOR,
    KIND_PRIORS,
    NAME_GOES_ON,
    ORGANISATION_HEADS,
    PLACE_KINDS,
)


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
    towns: frozenset[str] = frozenset()  # other subdivisions with a town of its name


@dataclass
class Resolution:
    """Per text: mentions discounted for every topic, and mentions a topic lost."""

    discounted: dict[Occurrence, str] = field(default_factory=dict)
    lost: dict[int, dict[Occurrence, str]] = field(default_factory=dict)
    confirmed: set[int] = field(default_factory=set)  # topics a qualifier decided for
    teams: set[int] = field(default_factory=set)  # place pattern ids read as a team's name

    def lose(self, topic: int, occurrence: Occurrence, reason: str) -> None:
        """`topic` does not count `occurrence`."""
        self.lost.setdefault(topic, {})[occurrence] = reason


def prior_of(kind: str, population: int, *, capital: bool = False) -> float:
    """How prominent a place is when nothing else decides between namesakes: a capital
    comes after countries and regions but before subdivisions and other cities."""
    return CAPITAL_PRIOR if capital else KIND_PRIORS.get(kind, float(population))


def default_reading(
    folded: FoldedText, occurrence: Occurrence, claimants: Sequence[Claimant]
) -> list[Claimant]:
    """The reading a mention nothing decides takes: the one inside the others (`_nested`:
    "a New York flat" is the city, in its state), unless the head of an organisation's name
    follows it (`ORGANISATION_HEADS`: "the New York Times", "New York Post")."""
    following = NAME_GOES_ON.match(folded.source, folded.span(occurrence[1], occurrence[2])[1])
    if following is not None and following.group(1).casefold() in ORGANISATION_HEADS:
        return []
    return _nested(claimants)


def _nested(claimants: Sequence[Claimant]) -> list[Claimant]:
    """The reading that lies in every other ("New York": the city, in the state), which
    a reader takes when nothing decides, as it names them all; or none."""
    return [
        inner
        for inner in claimants
        if all(other is inner or other.name in inner.lineage for other in claimants)
    ][:1]


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
