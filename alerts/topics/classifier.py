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
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from alerts.models import Evidence, Topic, TopicMatch
from alerts.topics.query import Node
from alerts.topics.rules import (
    DirectMatch,
    FoldedMatcher,
    RuleSet,
    RuleTopic,
    TopicTrace,
    folded_fields,
    taxonomy_rule,
)
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy

if TYPE_CHECKING:  # trained.py imports numpy: only processes that use a model load it
    from alerts.topics.trained import LearnedModel

INHERITED_FACTOR = 0.9
MAX_INHERITED_EVIDENCE = 5
MAX_FEATURES_SHOWN = 5
REASONS_KEPT = 4096  # inherited reasons shared between texts (see `RuleClassifier._reason`)


class Classifier(Protocol):
    """Anything that tags a text with topics; `source` is the feed's name and URL."""

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Topics for an article, best first."""
        ...


@dataclass(frozen=True)
class ArticleText:
    """What a classifier reads of an article: its title, body and source."""

    title: str
    body: str
    source: str = ""


@runtime_checkable
class BatchClassifier(Classifier, Protocol):
    """A classifier that does a batch of texts at less than the cost of one call each."""

    def classify_many(self, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
        """`classify` for each text, in order."""
        ...


def classify_all(classifier: Classifier, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
    """Each text's topics: in one call when the classifier takes batches (a learned model
    builds a whole poll's feature rows at once), else one text at a time."""
    if isinstance(classifier, BatchClassifier):
        return classifier.classify_many(texts)
    return [classifier.classify(t.title, t.body, source=t.source) for t in texts]


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
        self._reasons: dict[tuple[str, str], Evidence] = {}

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
            reason = self._reason(match)
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

    def _reason(self, match: DirectMatch) -> Evidence:
        """What the ancestors of a direct match inherit: its first mention, via it. Texts
        name the same bodies and places under the same topics again and again, so each
        (mention, topic) pair's evidence is built once and shared (it is immutable); the
        memory is emptied when it has held `REASONS_KEPT` of them."""
        text = match.evidence[0].text if match.evidence else match.name
        key = (text, match.name)
        reason = self._reasons.get(key)
        if reason is None:
            if len(self._reasons) >= REASONS_KEPT:
                self._reasons.clear()
            reason = self._reasons[key] = Evidence(text, "inherited", via=match.name)
        return reason


class LearnedClassifier:
    """Tags the topics a trained model decides on; the evidence is the words and word pairs
    that weighed most for each (character n-grams count too, but do not read well). A batch
    is classified at once: its rows are built together (`alerts.topics.features`)."""

    def __init__(self, model: LearnedModel) -> None:
        self.model = model
        self._words: list[str] = []  # the first word n-gram block's terms, from `_start`
        self._start = 0
        for block in model.blocks:
            if block.analyzer == "word":
                self._words = block.terms
                break
            self._start += len(block.terms)

    def _evidence(self, rows: Any, chosen: list[list[int]]) -> list[list[tuple[Evidence, ...]]]:
        """For each row, for each chosen topic: the words of the row that weigh most for it.
        The word block's columns of a row are one slice of it (columns are sorted), so every
        (row, topic)'s weights come from one gather; only the ranking is per pair."""
        import numpy as np  # loaded with a learned model, not by every `alerts` command

        indptr, indices = rows.indptr, rows.indices
        counts = np.diff(indptr)
        row_of = np.repeat(np.arange(len(counts)), counts)
        low, high = self._start, self._start + len(self._words)
        firsts = indptr[:-1] + np.bincount(row_of[indices < low], minlength=len(counts))
        lasts = indptr[:-1] + np.bincount(row_of[indices < high], minlength=len(counts))
        pairs = [(i, topic) for i, topics in enumerate(chosen) for topic in topics]
        pair_row = np.array([i for i, _ in pairs], dtype=np.int64)
        sizes = (lasts - firsts)[pair_row]
        ends = np.cumsum(sizes)
        at = np.repeat(firsts[pair_row] - (ends - sizes), sizes) + np.arange(int(ends[-1:].sum()))
        topic_of = np.repeat(np.array([t for _, t in pairs], dtype=np.int64), sizes)
        weights = rows.data[at] * self.model.coef[topic_of, indices[at]]
        negated, words, values = -weights, (indices[at] - low).tolist(), weights.tolist()
        found: list[list[tuple[Evidence, ...]]] = [[] for _ in chosen]
        for (i, _), end, size in zip(pairs, ends.tolist(), sizes.tolist(), strict=True):
            start = end - size  # ranked by its own argsort: tied weights keep their order
            best = [start + k for k in negated[start:end].argsort()[:MAX_FEATURES_SHOWN].tolist()]
            found[i].append(
                tuple(
                    Evidence(self._words[words[k]], "model", weight=values[k])
                    for k in best
                    if values[k] > 0
                )
            )
        return found

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """The model's topics; score 0.5 at the topic's threshold, towards 1 above it."""
        return self.classify_many([ArticleText(title, body, source)])[0]

    def classify_many(self, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
        """`classify` for each text, the batch's rows built and weighed at once."""
        rows = self.model.features([self.model.text(t.title, t.body) for t in texts])
        margins = self.model.margins(rows)
        chosen = self.model.decide(margins)
        evidence = self._evidence(rows, chosen)
        labels, found = self.model.labels, []
        for i, topics in enumerate(chosen):
            scores = margins[i, topics].tolist()
            matches = [
                TopicMatch(labels[topic], 1.0 / (1.0 + math.exp(-2.0 * score)), shown)
                for topic, score, shown in zip(topics, scores, evidence[i], strict=True)
            ]
            found.append(ranked(matches))
        return found


class CombinedClassifier:
    """Several classifiers as one: a topic tagged by more than one keeps its best score
    and the evidence of each (rules first, then models)."""

    def __init__(self, parts: Sequence[Classifier]) -> None:
        self.parts = tuple(parts)

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Every part's topics, merged by name."""
        return self.classify_many([ArticleText(title, body, source)])[0]

    def classify_many(self, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
        """`classify` for each text; each part that takes batches gets the whole batch."""
        merged: list[dict[str, TopicMatch]] = [{} for _ in texts]
        for part in self.parts:
            for found, matches in zip(merged, classify_all(part, texts), strict=True):
                for match in matches:
                    known = found.get(match.name)
                    if known is not None:
                        match = TopicMatch(
                            match.name,
                            max(known.score, match.score),
                            known.evidence + match.evidence,
                        )
                    found[match.name] = match
        return [ranked(list(found.values())) for found in merged]


@cache
def default_rule_classifier() -> RuleClassifier:
    """The rule classifier for the bundled taxonomy, built once per process."""
    return RuleClassifier(bundled_taxonomy())


def default_classifier() -> Classifier:
    """The classifier for the bundled taxonomy, built once per process."""
    return default_rule_classifier()
