"""Rule topics as boolean queries over one shared `PatternMatcher`.

A taxonomy topic compiles to `unambiguous OR (ambiguous AND context)` over its aliases
(matcher rule 5); a custom topic is its parsed query. Every term of every topic becomes a
pattern of one automaton. For a text, the matcher reports which patterns occur; only the
topics one of whose *triggers* occurred are evaluated (see `checks`: a query cannot hold
without one of them, which `query.parse` guarantees), a candidate missing a required term
is dropped by a set comparison, and the rest run their compiled check. So the cost follows
the hits, not the number of topics. A plain OR of terms holds as soon as one term is found
in its field.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from alerts.models import Evidence, Topic
from alerts.topics.checks import SCOPES, Check, TextHits, compile_check, required, triggers
from alerts.topics.folding import EMPTY, FoldedText, fold, fold_words, words
from alerts.topics.matcher import Occurrence, Pattern, PatternMatcher
from alerts.topics.query import FIELDS, And, Near, Node, Not, Or, Term, is_acronym, terms

MAX_EVIDENCE = 5
FIELD_WEIGHTS = (2.0, 1.0, 1.0)  # a word in the title says more than one in the body


@dataclass(frozen=True)
class RuleTopic:
    """A topic decided by a query; terms in `aliases` are exclusive (matcher rule 4) and
    only they are evidence. Without aliases, every term outside NOT is evidence."""

    name: str
    query: Node
    aliases: frozenset[Term] = field(default_factory=frozenset)


class DirectMatch(NamedTuple):
    """A topic whose query holds: how much text supports it, and the first spans (a named
    tuple: one is built per tag on the hot path)."""

    name: str
    weight: float
    evidence: tuple[Evidence, ...]


def alias_term(alias: str) -> Term:
    """A taxonomy alias as a query term (acronyms keep their capitals)."""
    return Term(fold_words(alias), exact=words(alias) if is_acronym(alias) else None)


def taxonomy_rule(topic: Topic) -> RuleTopic:
    """Compile a taxonomy topic: any unambiguous alias, or an ambiguous one with context."""
    surface = [a for a in (topic.name, *topic.aliases) if fold_words(a)]
    plain = [alias_term(a) for a in surface if a not in topic.ambiguous]
    ambiguous = [alias_term(a) for a in surface if a in topic.ambiguous]
    context = [alias_term(c) for c in topic.context if fold_words(c)]
    parts: list[Node] = list(plain)
    if ambiguous and context:
        parts.append(And((Or(tuple(ambiguous)), Or(tuple(context)))))
    return RuleTopic(topic.name, Or(tuple(parts)), frozenset(plain + ambiguous))


def _evidence_terms(node: Node, negated: bool = False) -> list[Term]:
    if isinstance(node, Term):
        return [] if negated else [node]
    if isinstance(node, Near):
        return [] if negated else [node.left, node.right]
    if isinstance(node, Not):
        return _evidence_terms(node.part, not negated)
    return [t for part in node.parts for t in _evidence_terms(part, negated)]


@dataclass(frozen=True, eq=False)
class CompiledTopic:
    """A rule topic ready to evaluate: pattern ids in one shared pattern table. Compared
    and hashed by identity: sets of candidates are built per article on the hot path."""

    name: str
    check: Check | None  # None: a plain OR of its evidence terms
    evidence: tuple[tuple[int, frozenset[int]], ...]  # (pattern id, fields searched)
    required: frozenset[int]  # pattern ids that must all have been found
    triggers: frozenset[int]  # pattern ids of which one must occur for the topic to hold


def _plain_or(node: Node) -> bool:
    return isinstance(node, Term) or (
        isinstance(node, Or) and all(isinstance(p, Term) for p in node.parts)
    )


def compile_topic(topic: RuleTopic, patterns: dict[Pattern, int]) -> CompiledTopic:
    """Compile one topic; its terms get ids in `patterns` (new ones are appended), so topics
    compiled against one table share one automaton."""
    pids: dict[Term, int] = {}
    for term in terms(topic.query):
        pattern = Pattern(term.words, term.prefix, term.exact, term in topic.aliases)
        pids[term] = patterns.setdefault(pattern, len(patterns))
    cited = topic.aliases or _evidence_terms(topic.query)
    evidence = tuple(dict.fromkeys((pids[t], SCOPES[t.field]) for t in cited))
    wanted = triggers(topic.query)
    check = None if _plain_or(topic.query) else compile_check(topic.query, pids)
    return CompiledTopic(
        topic.name,
        check,
        evidence,
        frozenset(pids[t] for t in required(topic.query)),
        frozenset(pids[t] for t in (pids if wanted is None else wanted)),
    )


def evaluate(topic: CompiledTopic, hits: TextHits) -> DirectMatch | None:
    """The topic's match on a text whose pattern hits are known, or None."""
    found_at = hits.found
    if topic.check is not None and not (found_at.keys() >= topic.required and topic.check(hits)):
        return None
    found = [
        o
        for pid, scope in topic.evidence
        if pid in found_at
        for o in found_at[pid]
        if o[0] in scope
    ]
    if len(found) > 1:
        found = sorted(set(found))
    elif not found and topic.check is None:
        return None
    weight = sum(FIELD_WEIGHTS[o[0]] for o in found) or 1.0
    cited = hits.cited
    evidence = []
    for o in found[:MAX_EVIDENCE]:  # topics sharing a term share its evidence
        known = cited.get(o)
        if known is None:
            known = cited[o] = _evidence(hits.fields, o)
        evidence.append(known)
    return DirectMatch(topic.name, weight, tuple(evidence))


class FoldedMatcher(Protocol):
    """Rule topics evaluated on a text folded once (`folded_fields`)."""

    def match_folded(self, fields: list[FoldedText]) -> list[DirectMatch]:
        """The topics whose query holds for these fields."""
        ...


class RuleSet:
    """Every rule topic compiled together; `match` says which hold for a text and why."""

    def __init__(self, topics: Iterable[RuleTopic]) -> None:
        self._patterns: dict[Pattern, int] = {}
        owners: dict[int, list[int]] = defaultdict(list)
        self._topics: list[CompiledTopic] = []
        for index, topic in enumerate(topics):
            compiled = compile_topic(topic, self._patterns)
            for pid in compiled.triggers:
                owners[pid].append(index)
            self._topics.append(compiled)
        self._owners = [tuple(owners.get(pid, ())) for pid in range(len(self._patterns))]
        self._matcher = PatternMatcher(list(self._patterns))

    def __len__(self) -> int:
        return len(self._topics)

    def match(self, title: str, body: str, source: str = "") -> list[DirectMatch]:
        """The topics whose query holds for this text, in the order they were given."""
        return self.match_folded(folded_fields(title, body, source))

    def match_folded(self, fields: list[FoldedText]) -> list[DirectMatch]:
        """`match` on fields folded once by `folded_fields`, so the base rules and the
        personal alerts share one folding of the text."""
        hits = TextHits(fields, self._matcher.find(fields))
        owners, topics = self._owners, self._topics
        candidates = {i for pid in hits.found for i in owners[pid]}
        found = (evaluate(topics[i], hits) for i in sorted(candidates))
        return [m for m in found if m is not None]


def folded_fields(title: str, body: str, source: str = "") -> list[FoldedText]:
    """The title, body and source folded as the matcher reads them."""
    return [fold(title), fold(body), fold(source) if source else EMPTY]


def _evidence(fields: Sequence[FoldedText], occurrence: Occurrence) -> Evidence:
    index, start, end = occurrence
    folded = fields[index]
    begin, finish = folded.span(start, end)
    return Evidence(folded.source[begin:finish], FIELDS[index], begin, finish)
