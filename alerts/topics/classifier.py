"""The classifier: text in, tagged topics out, each with a score and the evidence for it.

Everything that tags articles goes through the `Classifier` protocol, so rule topics,
custom query topics and learned models can be combined behind it without touching callers.
The rule classifier tags every topic whose alias occurs (see `matcher`), then every ancestor
of those topics, with evidence that names the child it came through.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import cache
from typing import Protocol

from alerts.models import Evidence, TopicMatch
from alerts.topics.matcher import AliasMatcher, Hit
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy

TITLE_WEIGHT = 2.0
BODY_WEIGHT = 1.0
INHERITED_FACTOR = 0.9


class Classifier(Protocol):
    """Anything that tags a text with topics."""

    def classify(self, title: str, body: str) -> list[TopicMatch]:
        """Topics for an article, best first."""
        ...


def _score(weight: float) -> float:
    """Saturating score: one body mention 0.39, one title mention 0.63, three mentions 0.78."""
    return 1.0 - math.exp(-weight / 2.0)


class RuleClassifier:
    """Tags topics by their aliases and propagates tags up the taxonomy."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self._taxonomy = taxonomy
        self._matcher = AliasMatcher(list(taxonomy))

    def _direct(self, title: str, body: str) -> dict[str, list[Hit]]:
        found: dict[str, list[Hit]] = defaultdict(list)
        for hit in self._matcher.find({"title": title, "body": body}):
            found[hit.topic].append(hit)
        return found

    def classify(self, title: str, body: str) -> list[TopicMatch]:
        """Direct matches scored by where and how often they occur; ancestors inherit."""
        direct = self._direct(title, body)
        scores: dict[str, float] = {}
        evidence: dict[str, list[Evidence]] = defaultdict(list)
        for topic, hits in direct.items():
            weight = sum(TITLE_WEIGHT if h.field == "title" else BODY_WEIGHT for h in hits)
            scores[topic] = _score(weight)
            evidence[topic] = [Evidence(h.text, h.field, h.start, h.end) for h in hits]
        for topic in sorted(direct, key=lambda t: -scores[t]):
            first = evidence[topic][0].text
            for ancestor in self._taxonomy.ancestors(topic):
                inherited = scores[topic] * INHERITED_FACTOR
                if ancestor not in direct:
                    scores[ancestor] = max(scores.get(ancestor, 0.0), inherited)
                    if len(evidence[ancestor]) < 5:
                        evidence[ancestor].append(Evidence(first, "inherited", via=topic))
        matches = [TopicMatch(t, scores[t], tuple(evidence[t])) for t in scores]
        return sorted(matches, key=lambda m: (-m.score, m.name))


@cache
def default_classifier() -> Classifier:
    """The classifier for the bundled taxonomy, built once per process."""
    return RuleClassifier(bundled_taxonomy())
