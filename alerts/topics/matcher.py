"""Pattern matcher: finds every alias, context term and query term of every rule topic in a
text with one pass of one Aho-Corasick automaton (ahocorasick-rs lives here and only here).

Matching rules, in the order they apply:
1. Text and patterns are folded alike (see `folding`): Unicode words, case-folded, accents
   dropped; punctuation and hyphens separate words, so "al-Qaeda", "al Qaeda" and "Al Qaeda"
   are one alias. The words of a pattern may be one or two non-word characters apart in
   the text ("U.S. Army", "Islamic  State"), not more (a phrase does not span " - ").
2. A pattern written entirely in capitals ("ISIS", "NATO", "US") is an acronym and matches
   only the same capitals. A pattern given its written words as `exact` with lowercase in
   them ("first Test": see `rules.alias_term`) matches only where its capitalised words are
   capitalised. Every other pattern matches case- and accent-insensitively.
3. Patterns match whole words only: "Iran" never matches inside "Iranian" and "Niger" never
   inside "Nigeria" (list demonyms as aliases). A query wildcard (`climat*`) may continue
   its last word, but it still starts at a word boundary.
4. Among taxonomy aliases (`exclusive` patterns), at one position the longest wins ("Islamic
   State of Iraq" beats "Iraq") and a span inside a longer alias is not matched again.
   Context terms and query terms are not exclusive: they match wherever they occur.
5. An alias listed as `ambiguous` for a topic counts only when one of the topic's `context`
   terms or one of its unambiguous aliases also occurs in the same document (any field).
   This rule is boolean, so `rules` applies it when it evaluates the topic: a taxonomy topic
   compiles to `unambiguous OR (ambiguous AND context)` over the hits found here.

Cost: one automaton pass per field, then work per occurrence found, so it grows with the
text and the hits in it, not with the number of topics. A matcher of a few keys (the small
second automaton of patterns added since the last rebuild, `personal`) first asks whether
any key occurs at all: a substring test is much cheaper than a pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import product

from ahocorasick_rs import AhoCorasick, MatchKind

from alerts.topics.folding import FoldedText

FEW_KEYS = 16  # up to this many keys, substring tests decide whether a pass is needed
MAX_VARIED_GAPS = 4
Occurrence = tuple[int, int, int]  # (field index, start, end) in that field's folded text


@dataclass(frozen=True)
class Pattern:
    """Folded words to find; `exact` holds an acronym's words as written (rule 2),
    `prefix` lets the last word continue (rule 3), `exclusive` marks aliases (rule 4)."""

    words: tuple[str, ...]
    prefix: bool = False
    exact: tuple[str, ...] | None = None
    exclusive: bool = False
    metonym: bool = False  # a place standing for an institution: its own id (see `resolve`)

    def keys(self) -> list[str]:
        """The automaton keys: the folded words padded with the spaces that bound them, with
        every gap one or two characters wide (rule 1); past four gaps, all one or all two."""
        gaps = len(self.words) - 1
        widths: list[tuple[str, ...]]
        if gaps <= MAX_VARIED_GAPS:
            widths = list(product((" ", "  "), repeat=gaps))
        else:
            widths = [(" ",) * gaps, ("  ",) * gaps]
        end = "" if self.prefix else " "
        keys = []
        for chosen in widths:
            inner = "".join(w + gap for w, gap in zip(self.words, chosen, strict=False))
            keys.append(f" {inner}{self.words[-1]}{end}")
        return keys


def _exact_ok(pattern: Pattern, folded: FoldedText, start: int, stop: int) -> bool:
    """Rule 2: the folded words already agree, so an acronym holds when the text writes
    them in capitals too (a wildcard's continuation may be in any case), and a cased
    pattern when its capitalised words are capitalised in the text."""
    exact = pattern.exact
    if exact is None:
        return True
    if any(w != w.upper() for w in exact):  # "first Test": capitals where the alias has them
        found = folded.written(start, stop)
        return all(f[:1].isupper() for f, w in zip(found, exact, strict=False) if w[:1].isupper())
    if not pattern.prefix:
        begin, finish = folded.span(start, stop)
        written = folded.source[begin:finish]
        return written == written.upper()
    found = folded.written(start, stop)
    return found[:-1] == exact[:-1] and found[-1].startswith(exact[-1])


def _longest(candidates: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Rule 4 over (start, end, pattern id): leftmost-longest spans win; patterns sharing
    a winning span all stay."""
    if len(candidates) < 2:  # most fields: one alias, nothing to choose
        return candidates
    kept: list[tuple[int, int, int]] = []
    covered = -1
    last: tuple[int, int] | None = None
    for start, negative_end, pid in sorted([(s, -e, p) for s, e, p in candidates]):
        end = -negative_end
        if (start, end) == last:
            kept.append((start, end, pid))
        elif start >= covered:
            kept.append((start, end, pid))
            covered, last = end, (start, end)
    return kept


Special = tuple[int, Pattern | None, bool]  # (pattern id, the pattern when rule 2 applies, rule 4)


def _special(pattern: Pattern) -> bool:
    """Whether a hit of the pattern needs rule 2 (an acronym) or rule 4 (an alias)."""
    return pattern.exact is not None or pattern.exclusive


class PatternMatcher:
    """All patterns of all rule topics compiled into one automaton.

    What a hit on each automaton key does is decided here, once: most keys belong to a
    single plain pattern (no acronym, no alias, no wildcard) whose hit is recorded as it is
    (`_single`); the others list their plain patterns and, with what rules 2 and 4 need of
    each, their acronyms and aliases (`_entries`)."""

    def __init__(self, patterns: Sequence[Pattern]) -> None:
        self.patterns = tuple(patterns)
        grouped: dict[str, list[int]] = defaultdict(list)
        for pid, pattern in enumerate(self.patterns):
            for key in pattern.keys():  # noqa: SIM118 - Pattern is not a mapping
                grouped[key].append(pid)
        keys = list(grouped)
        self._few = tuple(keys) if len(keys) <= FEW_KEYS else None
        self._entries = [self._entry(key, grouped[key]) for key in keys]
        self._single = [
            plain[0] if not prefix and not special and len(plain) == 1 else -1
            for prefix, plain, special in self._entries
        ]
        self._automaton = AhoCorasick(keys, matchkind=MatchKind.Standard) if keys else None

    def _entry(
        self, key: str, pids: list[int]
    ) -> tuple[bool, tuple[int, ...], tuple[Special, ...]]:
        """A key as `_scan` reads it: whether its last word may continue (a wildcard), its
        plain patterns, and its acronyms and aliases."""
        plain: list[int] = []
        special: list[Special] = []
        for pid in pids:
            pattern = self.patterns[pid]
            if not _special(pattern):
                plain.append(pid)
            else:
                cased = pattern if pattern.exact is not None else None
                special.append((pid, cased, pattern.exclusive))
        return not key.endswith(" "), tuple(plain), tuple(special)

    def find(self, fields: Sequence[FoldedText]) -> dict[int, list[Occurrence]]:
        """Where each pattern occurs in the folded fields, after rules 2-4."""
        found: dict[int, list[Occurrence]] = defaultdict(list)
        if self._automaton is None:
            return found
        for index, folded in enumerate(fields):
            if len(folded.text) < 3:  # "  ": an empty field
                continue
            if self._few is not None and not any(k in folded.text for k in self._few):
                continue
            special = self._scan(index, folded.text, found)
            if special:
                self._resolve(index, folded, special, found)
        return found

    def _scan(
        self, index: int, text: str, found: dict[int, list[Occurrence]]
    ) -> list[tuple[int, int, tuple[Special, ...]]]:
        """The automaton pass: plain patterns go straight to `found`; acronyms and aliases,
        which need rules 2 and 4, are returned for `_resolve`."""
        assert self._automaton is not None
        single, entries = self._single, self._entries
        special = []
        for key, start, end in self._automaton.find_matches_as_indexes(text, overlapping=True):
            pid = single[key]
            if pid >= 0:  # most hits: one plain pattern, the key's padding spaces dropped
                found[pid].append((index, start + 1, end - 1))
                continue
            prefix, plain, rest = entries[key]
            start += 1  # the key's leading space
            stop = text.index(" ", end) if prefix else end - 1
            for pid in plain:
                found[pid].append((index, start, stop))
            if rest:
                special.append((start, stop, rest))
        return special

    @staticmethod
    def _resolve(
        index: int,
        folded: FoldedText,
        special: list[tuple[int, int, tuple[Special, ...]]],
        found: dict[int, list[Occurrence]],
    ) -> None:
        """Rules 2 and 4 over the acronyms' and aliases' hits of one field."""
        exclusive: list[tuple[int, int, int]] = []
        for start, stop, entries in special:
            for pid, cased, alias in entries:
                if cased is not None and not _exact_ok(cased, folded, start, stop):
                    continue
                if alias:
                    exclusive.append((start, stop, pid))
                else:
                    found[pid].append((index, start, stop))
        for start, stop, pid in _longest(exclusive):
            found[pid].append((index, start, stop))


class PhraseFinder:
    """Every occurrence of a few literal phrases in a text as written, overlapping ones too,
    in one automaton pass: a substring search per phrase would scan the text once each."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = tuple(phrases)
        self._automaton = AhoCorasick(list(self.phrases), matchkind=MatchKind.Standard)

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """(phrase index, start, end) of each occurrence."""
        return self._automaton.find_matches_as_indexes(text, overlapping=True)

    def occurs(self, text: str) -> bool:
        """Whether any of the phrases occurs in `text`."""
        return bool(self._automaton.find_matches_as_indexes(text))
