"""Stories: copies of one news event, notified once.

Two entries are the same story when their links agree once canonicalised (tracking
parameters, scheme, case, trailing slash ignored). Beyond that, a re-worded copy from
another outlet joins an existing story when their fingerprints are similar enough:

    similarity = mean of Jaccard(content words) and Jaccard(named topics)

where content words are the title and summary without stop words, lightly stemmed, and
named topics are those the classifier found directly in the text (places, people,
organisations: the facts a rewrite keeps). Only stories from the last `window` are
candidates. The threshold (`ALERTS_STORY_SIMILARITY`, default 0.5) is deliberately high:
merging two different stories hides one of them, which is worse than a duplicate alert.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import insort
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from pathlib import Path

from alerts.feeds.canonical import canonical_url
from alerts.models import Article

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NAME = re.compile(r"\b(?:[^\W\d_]*[A-Z][^\W\d_]{2,}|\d+(?:[.,]\d+)?)", re.UNICODE)
# The same two on ASCII text (most news copy), at about half the cost: ASCII classes are a
# bitmap where Unicode ones look each character up. On ASCII, NFKC changes nothing and
# case-folding is lower-casing; a name's letters before its first capital are lower-case,
# so they are taken without backtracking.
_ASCII_WORD = re.compile(r"[a-z]{3,}")  # on lower-cased text
_ASCII_NAME = re.compile(r"\b(?:[a-z]*+[A-Z][A-Za-z]{2,}|[0-9]+(?:[.,][0-9]+)?)", re.ASCII)
_STOP = frozenset(
    line.strip()
    for line in (Path(__file__).with_name("data") / "stopwords.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
_SUFFIXES = ("ing", "ed", "es", "s")
_Posting = tuple[int, int, float]  # minus a story's tokens from this one on, its id, its share


@lru_cache(maxsize=1 << 16)  # a news vocabulary repeats: each word is stemmed once
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """The words that carry a text's meaning, case-folded and lightly stemmed."""
    if text.isascii():
        found = _ASCII_WORD.findall(text.lower())
    else:
        found = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    return frozenset(map(_stem, set(found) - _STOP))


@dataclass(frozen=True)
class Fingerprint:
    """What near-duplicate detection compares."""

    words: frozenset[str]
    names: frozenset[str]

    def as_dict(self) -> dict[str, list[str]]:
        """JSON-ready, as stored on the story."""
        return {"words": sorted(self.words), "names": sorted(self.names)}

    @classmethod
    def from_dict(cls, data: dict[str, list[str]]) -> Fingerprint:
        """Inverse of `as_dict`."""
        return cls(frozenset(data.get("words", ())), frozenset(data.get("names", ())))


def names(text: str) -> frozenset[str]:
    """Capitalised words and numbers: the proper nouns and figures a rewrite keeps."""
    found = (_ASCII_NAME if text.isascii() else _NAME).findall(text)
    return frozenset({n.casefold() for n in set(found)} - _STOP)


def fingerprint(title: str, summary: str, topics: Iterable[str]) -> Fingerprint:
    """Fingerprint an article from its text, its names and its directly matched topics."""
    text = f"{title} {summary}"
    return Fingerprint(content_words(text), names(text) | {f"topic:{t}" for t in topics})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not (a or b):
        return 0.0
    shared = len(a & b)  # the union's size follows: no second set is built
    return shared / (len(a) + len(b) - shared)


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """How likely two fingerprints describe one event, from 0 to 1."""
    if not a.names or not b.names:
        return _jaccard(a.words, b.words)
    return (_jaccard(a.words, b.words) + _jaccard(a.names, b.names)) / 2


def reach(a: Fingerprint, b: Fingerprint) -> float:
    """`similarity(a, b)` at most, without setting their words side by side: two sets share
    at most the smaller one's tokens, so the words' Jaccard index is at most the ratio of
    their sizes. Division and addition round monotonically, so the float is never below
    `similarity`'s. The names are few, the words many: most of a search's candidates are
    ruled out here before their words are intersected."""
    shorter, longer = len(a.words), len(b.words)
    if shorter > longer:
        shorter, longer = longer, shorter
    words = shorter / longer if longer else 0.0
    if not a.names or not b.names:
        return words
    return (words + _jaccard(a.names, b.names)) / 2


class StoryIndex:
    """Recent stories' fingerprints, searched without comparing every one of them.

    `similarity` reaches a threshold t > 0 only when the content words or the names of both
    fingerprints have a Jaccard index of at least t, that is an overlap of at least
    t·(|x| + |y|) / (1 + t) tokens. Two sets that similar share a token among the first
    |S| - ceil(t·|S|) + 1 of each one's tokens, whatever the order of tokens, as long as
    both use the same one (prefix filtering); rare tokens first keeps the prefixes specific.
    So each story is indexed under the prefixes of its words and names, with each token's
    position. A search walks its own prefixes, and a story met at positions i (here) and j
    (there) can share at most the tokens already met, this one, and min(|x| - i, |y| - j) - 1
    more (positional filtering, PPJoin): a story that cannot reach the overlap is dropped
    at once. Only the stories left are scored: the same answer as comparing every story, at
    the cost of the stories that share rare tokens early in both orders.

    A token's postings are kept with the most tokens left first. A story met first with
    fewer than t·|x| tokens left cannot reach the overlap, and each later meeting leaves it
    fewer still, so a walk stops there: a story already met keeps what it had (still a
    candidate, scored like the others), one not met yet is ruled out.

    Tokens are ranked by integer, rarest first, then alphabetically; a token first seen
    after the index was built ranks before every other (the later, the rarer), its rank
    fixed from then on. A fingerprint's prefixes are sorted once: the search of a batch's
    article and the story it then settles share them.

    Parameters:
        stories: (id, fingerprint) pairs, newest first (the order ties are settled in).
        threshold: the similarity a match needs (`ALERTS_STORY_SIMILARITY`).
        searched: the fingerprints about to be searched (a batch); with the stories they
            set how rare each token is.
    """

    def __init__(
        self,
        stories: Iterable[tuple[int, Fingerprint]],
        threshold: float,
        *,
        searched: Iterable[Fingerprint] = (),
    ) -> None:
        self.threshold = threshold
        self._ratio = threshold / (1 + threshold)  # overlap / (|x| + |y|) a match needs
        self._stories: dict[int, tuple[int, Fingerprint]] = {}  # id -> (order, fingerprint)
        self._by_word: dict[int, list[_Posting]] = defaultdict(list)
        self._by_name: dict[int, list[_Posting]] = defaultdict(list)
        self._prefixes: dict[Fingerprint, tuple[list[int], list[int]]] = {}
        listed = list(stories)
        prints = [*(p for _, p in listed), *searched]
        frequency = Counter(
            chain.from_iterable(chain.from_iterable((p.words, p.names) for p in prints))
        )
        ordered = sorted(frequency)  # alphabetical among equals: the sort below is stable
        ordered.sort(key=frequency.__getitem__)
        self._rank = {t: rank for rank, t in enumerate(ordered)}
        self._rarest = 0  # the rank of the latest token first seen after this
        self._newest = 0
        for order, (story_id, print_) in enumerate(listed):
            self._index(story_id, print_, order, put=list.append)
        for postings in (*self._by_word.values(), *self._by_name.values()):
            postings.sort()  # once per list here; `add` keeps them sorted

    def _prefix(self, tokens: frozenset[str]) -> list[int]:
        rank = self._rank
        if not rank.keys() >= tokens:  # seen for the first time: rarer than any before
            for token in sorted(t for t in tokens if t not in rank):
                self._rarest -= 1
                rank[token] = self._rarest
        keep = len(tokens) - math.ceil(self.threshold * len(tokens) - 1e-9) + 1
        return sorted(map(rank.__getitem__, tokens))[:keep]

    def _prefixes_of(self, print_: Fingerprint) -> tuple[list[int], list[int]]:
        """The prefixes of a fingerprint's words and names, sorted once."""
        found = self._prefixes.get(print_)
        if found is None:
            found = self._prefixes[print_] = (
                self._prefix(print_.words),
                self._prefix(print_.names),
            )
        return found

    def _index(
        self,
        story_id: int,
        print_: Fingerprint,
        order: int,
        put: Callable[[list[_Posting], _Posting], None] = insort,
    ) -> None:
        self._stories[story_id] = (order, print_)
        if self.threshold <= 0:
            return  # every story qualifies: `search` scores them all
        words, names = self._prefixes_of(print_)
        self._prefixes.pop(print_, None)  # indexed: it will not be searched again
        for postings, prefix, size in (
            (self._by_word, words, len(print_.words)),
            (self._by_name, names, len(print_.names)),
        ):
            share = self._ratio * size
            for position, token in enumerate(prefix):
                put(postings[token], (position - size, story_id, share))

    def add(self, story_id: int, print_: Fingerprint) -> None:
        """A story settled after the index was built: the newest one."""
        self._newest -= 1
        self._index(story_id, print_, self._newest)

    def _candidates(
        self, prefix: list[int], size: int, postings: dict[int, list[_Posting]]
    ) -> list[int]:
        """The stories whose tokens may reach a Jaccard index of `threshold` with the
        `size` tokens whose prefix this is. A posting holds minus the number of a story's
        tokens from the posted one on, its id, and its share of the overlap needed."""
        needed = self._ratio * size - 1e-9  # this set's part of the overlap; a story adds its share
        last = -math.ceil(self.threshold * size - 1e-6)  # fewer tokens left: never a match
        shared: dict[int, int] = {}  # story id -> tokens met so far; -1: ruled out
        met_so_far = shared.get
        for i, token in enumerate(prefix):
            posted = postings.get(token)
            if not posted:
                continue
            left = size - i  # this token and the ones after it
            for minus_rest, story_id, share in posted:
                if minus_rest > last:
                    break
                met = met_so_far(story_id, 0)
                if met < 0:
                    continue
                rest = -minus_rest
                fits = met + (left if left < rest else rest) >= needed + share
                shared[story_id] = met + 1 if fits else -1
        return [story_id for story_id, met in shared.items() if met > 0]

    def search(self, candidate: Fingerprint) -> int | None:
        """The id of the most similar story at or above the threshold, if any; among equals,
        the oldest."""
        if self.threshold <= 0:
            found: Iterable[int] = self._stories
        else:
            words, names = self._prefixes_of(candidate)
            found = set(self._candidates(words, len(candidate.words), self._by_word))
            found.update(self._candidates(names, len(candidate.names), self._by_name))
        best_id, best_score, best_order = None, self.threshold, 0
        for story_id in found:
            order, other = self._stories[story_id]
            if reach(candidate, other) < best_score:
                continue  # cannot reach the best so far
            score = similarity(candidate, other)
            if score < best_score:
                continue
            if best_id is None or score > best_score or order > best_order:
                best_id, best_score, best_order = story_id, score, order
        return best_id


def story_key(article: Article) -> str:
    """The exact key that groups copies of one link."""
    if article.url:
        return canonical_url(article.url)
    title = " ".join(content_words(article.title)) or article.title.casefold()
    return "title:" + hashlib.sha256(title.encode()).hexdigest()[:40]
