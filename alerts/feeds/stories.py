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
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from alerts.feeds.canonical import canonical_url
from alerts.models import Article

_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
_NAME = re.compile(r"\b(?:[^\W\d_]*[A-Z][^\W\d_]{2,}|\d+(?:[.,]\d+)?)", re.UNICODE)
_STOP = frozenset(
    line.strip()
    for line in (Path(__file__).with_name("data") / "stopwords.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
_SUFFIXES = ("ing", "ed", "es", "s")


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> frozenset[str]:
    """The words that carry a text's meaning, case-folded and lightly stemmed."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return frozenset(_stem(w) for w in _WORD.findall(folded) if w not in _STOP)


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
    found = (m.group().casefold() for m in _NAME.finditer(text))
    return frozenset(n for n in found if n not in _STOP)


def fingerprint(title: str, summary: str, topics: Iterable[str]) -> Fingerprint:
    """Fingerprint an article from its text, its names and its directly matched topics."""
    text = f"{title} {summary}"
    return Fingerprint(content_words(text), names(text) | {f"topic:{t}" for t in topics})


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def similarity(a: Fingerprint, b: Fingerprint) -> float:
    """How likely two fingerprints describe one event, from 0 to 1."""
    if not a.names or not b.names:
        return _jaccard(a.words, b.words)
    return (_jaccard(a.words, b.words) + _jaccard(a.names, b.names)) / 2


def best_match(
    candidate: Fingerprint, stories: Iterable[tuple[int, Fingerprint]], threshold: float
) -> int | None:
    """The id of the most similar story at or above `threshold`, if any."""
    best_id, best_score = None, threshold
    for story_id, other in stories:
        score = similarity(candidate, other)
        if score >= best_score:
            best_id, best_score = story_id, score
    return best_id


def story_key(article: Article) -> str:
    """The exact key that groups copies of one link."""
    if article.url:
        return canonical_url(article.url)
    title = " ".join(content_words(article.title)) or article.title.casefold()
    return "title:" + hashlib.sha256(title.encode()).hexdigest()[:40]
