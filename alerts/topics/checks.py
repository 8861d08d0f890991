"""Query trees compiled for speed: each query becomes a nest of small closures over pattern
ids (no tree walk, no hashing of terms per text), and each query names its *triggers*: a
few terms of which at least one must occur for the query to hold. `rules` evaluates a
topic only when one of its triggers was found, so `a AND b AND NOT c` costs nothing for
texts without `a`.

A query also names its *required* terms, which every text it holds for contains (a term;
both sides of NEAR; every part of AND; what all parts of OR share; nothing under NOT): a
candidate missing one is dropped with a set comparison, before any closure runs. The
common shapes, an AND of terms and negated terms and an OR of terms, compile to one loop
over (pattern id, fields) pairs instead of a closure per part.

Triggers: a term triggers itself; NEAR needs both sides, so its left term suffices; OR
needs one part, so the union of its parts' triggers; AND needs every part, so the smallest
trigger set among its parts (wildcards, which occur more often, lose ties); NOT gives none
(NOT NOT x gives x's). `None` means "may hold without any term": `query.parse` refuses
such queries, and a caller treats `None` as "every term triggers" to stay correct for the
odd accepted shape.
"""

from __future__ import annotations

from collections.abc import Callable

from alerts.models import Evidence
from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Occurrence
from alerts.topics.query import FIELDS, And, Near, Node, Not, Or, Term

UNSCOPED = frozenset((0, 1))  # terms without a field look in the title and the body
SCOPES = {None: UNSCOPED} | {name: frozenset((i,)) for i, name in enumerate(FIELDS)}


class TextHits:
    """One text under evaluation: its folded fields and where each pattern occurs."""

    __slots__ = ("cited", "fields", "found")

    def __init__(self, fields: list[FoldedText], found: dict[int, list[Occurrence]]) -> None:
        self.fields = fields
        self.found = found
        self.cited: dict[Occurrence, Evidence] = {}  # evidence built once per occurrence

    def words_between(self, first: Occurrence, second: Occurrence) -> int:
        """How many words lie strictly between two occurrences in one field (-1 when they
        overlap): only the text between them is looked at."""
        if first[1] > second[1]:
            first, second = second, first
        if second[1] < first[2]:
            return -1
        return len(self.fields[first[0]].text[first[2] : second[1]].split())


Check = Callable[[TextHits], bool]


def _term(pid: int, scope: frozenset[int]) -> Check:
    def check(hits: TextHits) -> bool:
        for occurrence in hits.found.get(pid, ()):  # noqa: SIM110 - no generator on the hot path
            if occurrence[0] in scope:
                return True
        return False

    return check


def _near(left: tuple[int, frozenset[int]], right: tuple[int, frozenset[int]], most: int) -> Check:
    def check(hits: TextHits) -> bool:
        rights = [o for o in hits.found.get(right[0], ()) if o[0] in right[1]]
        for a in hits.found.get(left[0], ()):
            if a[0] in left[1]:
                for b in rights:
                    if b[0] == a[0] and hits.words_between(a, b) < most:
                        return True
        return False

    return check


def _all(parts: list[Check]) -> Check:
    def check(hits: TextHits) -> bool:
        for part in parts:  # noqa: SIM110 - no generator on the hot path
            if not part(hits):
                return False
        return True

    return check


def _any(parts: list[Check]) -> Check:
    def check(hits: TextHits) -> bool:
        for part in parts:  # noqa: SIM110 - no generator on the hot path
            if part(hits):
                return True
        return False

    return check


def _not(part: Check) -> Check:
    return lambda hits: not part(hits)


Scoped = tuple[tuple[int, frozenset[int]], ...]  # (pattern id, fields searched) per term


def _seen(found: dict[int, list[Occurrence]], pid: int, scope: frozenset[int]) -> bool:
    for occurrence in found.get(pid, ()):  # noqa: SIM110 - no generator on the hot path
        if occurrence[0] in scope:
            return True
    return False


def _terms_all(present: Scoped, absent: Scoped) -> Check:
    """`a AND b AND NOT c` over plain terms in one loop, not a closure per part."""

    def check(hits: TextHits) -> bool:
        found = hits.found
        for pid, scope in present:
            if not _seen(found, pid, scope):
                return False
        for pid, scope in absent:  # noqa: SIM110 - no generator on the hot path
            if _seen(found, pid, scope):
                return False
        return True

    return check


def _terms_any(scoped: Scoped) -> Check:
    """`a OR b` over plain terms in one loop."""

    def check(hits: TextHits) -> bool:
        found = hits.found
        for pid, scope in scoped:  # noqa: SIM110 - no generator on the hot path
            if _seen(found, pid, scope):
                return True
        return False

    return check


def _flat(node: And | Or, pids: dict[Term, int]) -> Check | None:
    """A direct check for the common shapes, an AND of terms and negated terms or an OR of
    terms; None for the others, which `compile_check` nests."""
    present, absent = [], []
    for part in node.parts:
        if isinstance(part, Term):
            present.append((pids[part], SCOPES[part.field]))
        elif isinstance(node, And) and isinstance(part, Not) and isinstance(part.part, Term):
            absent.append((pids[part.part], SCOPES[part.part.field]))
        else:
            return None
    if isinstance(node, And):
        return _terms_all(tuple(present), tuple(absent))
    return _terms_any(tuple(present))


def compile_check(node: Node, pids: dict[Term, int], *, generic: bool = False) -> Check:
    """A function that says whether `node` holds for a text's hits; `generic` turns off
    the direct checks of common shapes (tests compare both)."""
    if isinstance(node, Term):
        return _term(pids[node], SCOPES[node.field])
    if isinstance(node, Near):
        left = (pids[node.left], SCOPES[node.left.field])
        right = (pids[node.right], SCOPES[node.right.field])
        return _near(left, right, node.distance)
    if isinstance(node, Not):
        return _not(compile_check(node.part, pids, generic=generic))
    flat = None if generic else _flat(node, pids)
    if flat is not None:
        return flat
    parts = [compile_check(p, pids, generic=generic) for p in node.parts]
    return _all(parts) if isinstance(node, And) else _any(parts)


def triggers(node: Node) -> set[Term] | None:
    """Terms of which one must occur for `node` to hold (see the module docstring)."""
    if isinstance(node, Term):
        return {node}
    if isinstance(node, Near):
        return {node.left}
    if isinstance(node, Not):
        return triggers(node.part.part) if isinstance(node.part, Not) else None
    found = [triggers(p) for p in node.parts]
    if isinstance(node, And):  # the fewest terms, and of those the fewest wildcards
        known = [t for t in found if t is not None]
        return min(known, key=lambda t: (len(t), sum(term.prefix for term in t))) if known else None
    if any(t is None for t in found):
        return None
    return {term for t in found if t is not None for term in t}


def required(node: Node) -> set[Term]:
    """Terms that occur (in some field) in every text `node` holds for."""
    if isinstance(node, Term):
        return {node}
    if isinstance(node, Near):
        return {node.left, node.right}
    if isinstance(node, Not):
        return set()
    parts = [required(p) for p in node.parts]
    if isinstance(node, And):
        return set().union(*parts)
    return set.intersection(*parts)
