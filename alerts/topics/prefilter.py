"""What a full-text index may tell about a query before the query engine decides.

Each stored article keeps `search_text`: the folded words of its title and summary (see
`index_text`), the very words the matcher compares, so the index and the engine agree on
case, accents and word boundaries. From a parsed query, `prefilter` builds a condition
that every article the query holds for satisfies (a superset, never a miss):

- a term needs each of its words (a phrase's words in any order; a wildcard's last word
  as a prefix); a `source:` term says nothing, since the index holds no feed names;
- NEAR needs both of its terms; AND needs what its parts need (those that say anything);
- OR needs one of its parts, and says nothing when one part says nothing;
- NOT says nothing: a word that must be absent cannot narrow a word index.

Only words of plain letters and digits (a-z, 0-9) are sent to an index: both PostgreSQL's
parser and SQLite's tokenizer split other words their own way. A term without such a word
says nothing. `None` means "no narrowing": the caller evaluates every article.

>>> from alerts.topics.query import parse
>>> to_tsquery(prefilter(parse('climat* (Syria OR "Islamic State") NOT Iraq')))
'climat:* & (syria | (islamic & state))'
>>> to_fts5(prefilter(parse('title:Assad NEAR/5 Putin')))
'"assad" AND "putin"'
>>> prefilter(parse('Assad OR source:reuters')) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from alerts.topics.folding import fold
from alerts.topics.query import And, Near, Node, Not, Or, Term

_PLAIN = re.compile(r"[a-z0-9]+")


def index_text(title: str, summary: str) -> str:
    """The words an article is indexed under: title and summary folded as the matcher
    folds them, joined by single spaces."""
    return " ".join(fold(title).text.split() + fold(summary).text.split())


@dataclass(frozen=True)
class Word:
    """One indexed word (or the start of one, with `prefix`)."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class AllOf:
    """Every part is needed."""

    parts: tuple[Need, ...]


@dataclass(frozen=True)
class AnyOf:
    """One part is needed."""

    parts: tuple[Need, ...]


Need = Word | AllOf | AnyOf


def _term(term: Term) -> Need | None:
    if term.field == "source":
        return None
    last = len(term.words) - 1
    found: list[Need] = [
        Word(w, term.prefix and i == last) for i, w in enumerate(term.words) if _PLAIN.fullmatch(w)
    ]
    return _all(found)


def _all(parts: list[Need]) -> Need | None:
    unique = list(dict.fromkeys(parts))
    if not unique:
        return None
    return unique[0] if len(unique) == 1 else AllOf(tuple(unique))


def prefilter(node: Node) -> Need | None:
    """What every article `node` holds for contains, or `None` when nothing is known."""
    if isinstance(node, Term):
        return _term(node)
    if isinstance(node, Not):
        return None
    sides = (node.left, node.right) if isinstance(node, Near) else node.parts
    parts = [prefilter(p) for p in sides]
    if isinstance(node, Or):
        if any(p is None for p in parts):
            return None
        unique = list(dict.fromkeys(p for p in parts if p is not None))
        return unique[0] if len(unique) == 1 else AnyOf(tuple(unique))
    assert isinstance(node, And | Near)
    return _all([p for p in parts if p is not None])


def to_tsquery(need: Need | None) -> str | None:
    """The condition as PostgreSQL `to_tsquery('simple', …)` text."""
    if need is None:
        return None
    if isinstance(need, Word):
        return need.text + (":*" if need.prefix else "")
    joiner = " & " if isinstance(need, AllOf) else " | "
    return joiner.join(_grouped(p, to_tsquery(p)) for p in need.parts)


def to_fts5(need: Need | None) -> str | None:
    """The condition as an SQLite FTS5 MATCH expression."""
    if need is None:
        return None
    if isinstance(need, Word):
        return f'"{need.text}"' + ("*" if need.prefix else "")
    joiner = " AND " if isinstance(need, AllOf) else " OR "
    return joiner.join(_grouped(p, to_fts5(p)) for p in need.parts)


def _grouped(need: Need, text: str | None) -> str:
    """A nested group in parentheses (a word needs none)."""
    assert text is not None
    return text if isinstance(need, Word) else f"({text})"
