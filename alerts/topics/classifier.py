"""The classifier: text in, tagged topics out, each with a score and the evidence for it.

Everything that tags articles goes through the `Classifier` protocol, so rule topics,
custom query topics and learned models are combined behind it without touching callers.
The rule classifier tags every topic whose query holds (see `rules`; a taxonomy topic's
query is its aliases), then every ancestor of those topics, with evidence that names the
child it came through. `CombinedClassifier` merges several classifiers' tags.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol

from alerts.models import Evidence, Topic, TopicMatch
from alerts.topics.corpus import model_text
from alerts.topics.query import Node
from alerts.topics.rules import (
    FoldedMatcher,
    RuleSet,
    RuleTopic,
    TopicTrace,
    folded_fields,
    taxonomy_rule,
)
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy

if TYPE_CHECKING:  # learned.py imports scikit-learn: only processes that use a model load it
    from alerts.topics.learned import LearnedModel

INHERITED_FACTOR = 0.9
MAX_INHERITED_EVIDENCE = 5
MAX_FEATURES_SHOWN = 5


class Classifier(Protocol):
    """Anything that tags a text with topics; `source` is the feed's name and URL."""

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Topics for an article, best first."""
        ...


def _score(weight: float) -> float:
    """Saturating score: one body mention 0.39, one title mention 0.63, three mentions 0.78."""
    return 1.0 - math.exp(-weight / 2.0)


def ranked(matches: Sequence[TopicMatch]) -> list[TopicMatch]:
    """Best score first, then by name, so output is stable."""
    return sorted(matches, key=lambda m: (-m.score, m.name))


def _neighbours(taxonomy: Taxonomy, topic: Topic) -> tuple[str, ...]:
    """The names of the countries or subdivisions that share a parent with `topic`: an
    ambiguous country or state name counts beside its neighbours ("Chad and Sudan",
    "Georgia and Armenia", "Georgia and Florida")."""
    found: dict[str, None] = {}
    for parent in topic.parents:
        for name in sorted(taxonomy.children(parent)):
            other = taxonomy.get(name)
            if name != topic.name and other.kind == topic.kind:
                found.update(
                    dict.fromkeys(a for a in (name, *other.aliases) if a not in other.ambiguous)
                )
    return tuple(found)


def _compiled(taxonomy: Taxonomy, topic: Topic) -> RuleTopic:
    """A taxonomy topic's rule, with the ancestors and countries that place it."""
    if topic.ambiguous and topic.kind in ("country", "subdivision"):
        topic = replace(topic, context=topic.context + _neighbours(taxonomy, topic))
    lineage = taxonomy.lineage(topic.name)
    kinds = {n: taxonomy.get(n).kind for n in (topic.name, *lineage)}
    countries = [n for n, kind in kinds.items() if kind == "country"]
    homes = [n for n in lineage if kinds[n] in ("country", "subdivision")]
    # what, beside its context, makes a lowercase acronym strong: its parents and theirs
    # ("ypg" beside "Kurdish" and "Syria": YPG -> Syrian Democratic Forces -> Kurds, Syria)
    near = dict.fromkeys(n for p in topic.parents for n in (p, *taxonomy.get(p).parents))
    above = [taxonomy.get(n) for n in near]
    support = [a for p in above for a in (p.name, *p.aliases) if a not in p.ambiguous]
    return taxonomy_rule(topic, lineage=lineage, countries=countries, homes=homes, support=support)


class RuleClassifier:
    """Tags topics by their rules and propagates tags up the taxonomy.

    Parameters:
        taxonomy: every topic, custom ones included (for names and parents).
        queries: topics decided by a query (custom topics); the others by their aliases.
    """

    def __init__(self, taxonomy: Taxonomy, queries: Mapping[str, Node] | None = None) -> None:
        self.taxonomy = taxonomy
        queries = queries or {}
        self._rules = RuleSet(
            RuleTopic(t.name, queries[t.name]) if t.name in queries else _compiled(taxonomy, t)
            for t in taxonomy
        )

    def trace(self, title: str, body: str, *, source: str = "") -> list[TopicTrace]:
        """Every candidate rule topic with its evidence and discounts (see `explain`)."""
        return self._rules.trace(title, body, source)

    def classify(
        self, title: str, body: str, *, source: str = "", private: Sequence[FoldedMatcher] = ()
    ) -> list[TopicMatch]:
        """Direct matches scored by where and how often they occur; ancestors inherit.
        `private`: personal alerts (no parents), run over the same folding of the text."""
        fields = folded_fields(title, body, source)
        direct = self._rules.match_folded(fields)
        scores = {m.name: _score(m.weight) for m in direct}
        own = [m for rules in private for m in rules.match_folded(fields)]
        scores.update((m.name, _score(m.weight)) for m in own)
        evidence: dict[str, tuple[Evidence, ...]] = {m.name: m.evidence for m in direct}
        inherited: dict[str, list[Evidence]] = {}
        lineage = self.taxonomy.lineage
        for match in sorted(direct, key=lambda m: -scores[m.name]):
            ancestors = lineage(match.name)
            if not ancestors:
                continue
            score = scores[match.name] * INHERITED_FACTOR
            reason = Evidence(
                match.evidence[0].text if match.evidence else match.name,
                "inherited",
                via=match.name,
            )
            for ancestor in ancestors:
                if ancestor in evidence:
                    continue
                if score > scores.get(ancestor, 0.0):
                    scores[ancestor] = score
                shown = inherited.setdefault(ancestor, [])
                if len(shown) < MAX_INHERITED_EVIDENCE:
                    shown.append(reason)
        for name, reasons in inherited.items():
            evidence[name] = tuple(reasons)
        evidence.update((m.name, m.evidence) for m in own)
        return ranked([TopicMatch(t, s, evidence[t]) for t, s in scores.items()])


class LearnedClassifier:
    """Tags the topics a trained model decides on; the evidence is the words and word pairs
    that weighed most for each (character n-grams count too, but do not read well)."""

    def __init__(self, model: LearnedModel) -> None:
        self.model = model
        self._names: Any = None
        self._word_columns = len(model.vectorizers[0].vocabulary_)

    def _features(self, row: Any, topic: int) -> tuple[Evidence, ...]:
        """`row` is one CSR row: its own index arrays, read without slicing the matrix."""
        words = row.indices < self._word_columns
        columns = row.indices[words]
        weights = row.data[words] * self.model.coef[topic, columns]
        if self._names is None:
            self._names = self.model.vectorizers[0].get_feature_names_out()
        import numpy as np  # loaded with a learned model, not by every `alerts` command

        best = np.argsort(-weights)[:MAX_FEATURES_SHOWN]
        return tuple(
            Evidence(str(self._names[columns[i]]), "model", weight=float(weights[i]))
            for i in best
            if weights[i] > 0
        )

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """The model's topics; score 0.5 at the topic's threshold, towards 1 above it."""
        row = self.model.features([model_text(title, body)])
        margins = self.model.margins(row)
        matches = []
        for topic in self.model.decide(margins)[0]:
            score = 1.0 / (1.0 + math.exp(-2.0 * float(margins[0, topic])))
            evidence = self._features(row, topic)
            matches.append(TopicMatch(self.model.labels[topic], score, evidence))
        return ranked(matches)


class CombinedClassifier:
    """Several classifiers as one: a topic tagged by more than one keeps its best score
    and the evidence of each (rules first, then models)."""

    def __init__(self, parts: Sequence[Classifier]) -> None:
        self.parts = tuple(parts)

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Every part's topics, merged by name."""
        merged: dict[str, TopicMatch] = {}
        for part in self.parts:
            for match in part.classify(title, body, source=source):
                known = merged.get(match.name)
                if known is not None:
                    match = TopicMatch(
                        match.name,
                        max(known.score, match.score),
                        known.evidence + match.evidence,
                    )
                merged[match.name] = match
        return ranked(list(merged.values()))


@cache
def default_rule_classifier() -> RuleClassifier:
    """The rule classifier for the bundled taxonomy, built once per process."""
    return RuleClassifier(bundled_taxonomy())


def default_classifier() -> Classifier:
    """The classifier for the bundled taxonomy, built once per process."""
    return default_rule_classifier()
