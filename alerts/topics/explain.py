"""Why the rule classifier tagged a text as it did (`alerts topics explain`).

For every candidate topic (one whose alias, metonym or lowercase acronym occurs in the
text, and every ancestor a tag reaches) the explanation gives the matched spans that count,
the context terms found, the mentions discounted and why (a negation, a person's or a
club's name, an idiom, a period, a namesake), the ancestors a tag passes on to, the final
score and whether the topic is tagged. Nothing here changes how texts are classified: it
reads the same `RuleSet.trace` that `classify` does.
"""

from __future__ import annotations

from dataclasses import dataclass

from alerts.models import Evidence
from alerts.topics.classifier import RuleClassifier


@dataclass(frozen=True)
class TopicExplanation:
    """One candidate topic: the evidence, what was discounted, and the outcome."""

    name: str
    tagged: bool
    score: float
    spans: tuple[Evidence, ...]
    context: tuple[Evidence, ...]
    discounted: tuple[tuple[Evidence, str], ...]
    parents: tuple[str, ...]
    inherited_from: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """The JSON form printed by `alerts topics explain --json`."""
        return {
            "name": self.name,
            "tagged": self.tagged,
            "score": round(self.score, 3),
            "spans": [e.as_dict() for e in self.spans],
            "context": [e.as_dict() for e in self.context],
            "discounted": [{**e.as_dict(), "reason": why} for e, why in self.discounted],
            "parents": list(self.parents),
            "inherited_from": list(self.inherited_from),
        }


def explain(
    classifier: RuleClassifier, title: str, body: str, *, source: str = ""
) -> list[TopicExplanation]:
    """Every candidate topic of the text, tagged ones first (best score first)."""
    tagged = {m.name: m for m in classifier.classify(title, body, source=source)}
    found = []
    direct = set()
    for trace in classifier.trace(title, body, source=source):
        direct.add(trace.name)
        match = tagged.get(trace.name)
        via = tuple(dict.fromkeys(e.via for e in match.evidence if e.via)) if match else ()
        found.append(
            TopicExplanation(
                trace.name,
                match is not None,
                match.score if match else 0.0,
                trace.evidence if trace.held else (),
                trace.context,
                trace.discounted,
                classifier.taxonomy.lineage(trace.name),
                via,
            )
        )
    for name, match in tagged.items():
        if name not in direct:
            via = tuple(dict.fromkeys(e.via for e in match.evidence if e.via))
            lineage = classifier.taxonomy.lineage(name)
            found.append(TopicExplanation(name, True, match.score, (), (), (), lineage, via))
    return sorted(found, key=lambda e: (not e.tagged, -e.score, e.name))
