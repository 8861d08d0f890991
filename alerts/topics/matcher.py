"""Alias matcher: finds every taxonomy alias in a text in one pass.

Matching rules, in the order they apply:
1. Text and aliases are split into word tokens (Unicode letters and digits); punctuation
   and hyphens separate tokens, so "al-Qaeda", "al Qaeda" and "Al Qaeda" are one alias.
2. An alias written entirely in capitals ("ISIS", "NATO", "US") is an acronym and matches
   only the same capitals; every other alias matches case- and accent-insensitively.
3. Aliases match whole token sequences only: "Iran" never matches inside "Iranian" and
   "Niger" never inside "Nigeria" (list demonyms as aliases).
4. At one position the longest alias wins ("Islamic State of Iraq" beats "Iraq"); a span
   inside a longer match is not matched again.
5. An alias listed as `ambiguous` for a topic counts only when one of the topic's `context`
   terms or one of its unambiguous aliases also occurs in the same document (any field).

Cost: a dictionary probe per token per alias length, so it grows with the text, not with
the number of topics.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass

from alerts.models import Topic

_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One alias found in a text."""

    topic: str
    field: str
    text: str
    start: int
    end: int
    ambiguous: bool


@dataclass(frozen=True)
class _Entry:
    topic: str
    exact: tuple[str, ...] | None  # acronym tokens that must match case-sensitively
    ambiguous: bool
    context_only: bool


def _fold(token: str) -> str:
    decomposed = unicodedata.normalize("NFKD", token.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_acronym(alias: str) -> bool:
    letters = [ch for ch in alias if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters) and len(letters) > 1


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Word tokens of `text` with their character offsets."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


class AliasMatcher:
    """Compiled index of every alias and context term of a set of topics."""

    def __init__(self, topics: list[Topic]) -> None:
        self._index: dict[tuple[str, ...], list[_Entry]] = defaultdict(list)
        self._max_len = 1
        for topic in topics:
            for alias in (topic.name, *topic.aliases):
                self._add(topic.name, alias, ambiguous=alias in topic.ambiguous, context_only=False)
            for term in topic.context:
                self._add(topic.name, term, ambiguous=False, context_only=True)

    def _add(self, topic: str, alias: str, *, ambiguous: bool, context_only: bool) -> None:
        tokens = tuple(t for t, _, _ in tokenize(alias))
        if not tokens:
            return
        exact = tokens if _is_acronym(alias) else None
        entry = _Entry(topic=topic, exact=exact, ambiguous=ambiguous, context_only=context_only)
        key = tuple(_fold(t) for t in tokens)
        if entry not in self._index[key]:
            self._index[key].append(entry)
        self._max_len = max(self._max_len, len(tokens))

    def find(self, fields: Mapping[str, str]) -> list[Hit]:
        """Every alias occurrence in the named fields (e.g. title, body) that survives
        rules 1-5; offsets are into each field's NFC-normalised text."""
        hits: list[Hit] = []
        context_seen: set[str] = set()
        for field, text in fields.items():
            hits.extend(self._scan(field, unicodedata.normalize("NFC", text), context_seen))
        return _resolve_ambiguous(hits, context_seen)

    def _scan(self, field: str, text: str, context_seen: set[str]) -> list[Hit]:
        tokens = tokenize(text)
        folded = [_fold(t) for t, _, _ in tokens]
        raw = [t for t, _, _ in tokens]
        hits: list[Hit] = []
        covered_until = 0
        for i in range(len(tokens)):
            for n in range(min(self._max_len, len(tokens) - i), 0, -1):
                entries = self._index.get(tuple(folded[i : i + n]))
                if not entries:
                    continue
                span = tuple(raw[i : i + n])
                live = [e for e in entries if e.exact is None or e.exact == span]
                context_seen.update(e.topic for e in live if e.context_only)
                found = [e for e in live if not e.context_only]
                if found and i >= covered_until:
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    hits.extend(
                        Hit(e.topic, field, text[start:end], start, end, e.ambiguous) for e in found
                    )
                    covered_until = i + n
                if found:
                    break
        return hits


def _resolve_ambiguous(hits: list[Hit], context_seen: set[str]) -> list[Hit]:
    confirmed = context_seen | {h.topic for h in hits if not h.ambiguous}
    return [h for h in hits if not h.ambiguous or h.topic in confirmed]
