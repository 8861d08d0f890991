"""Every topic a user can name: the bundled taxonomy, the custom topics in the database and
the labels of the learned model (`ALERTS_MODELS_DIR`). `alerts follow`, `alerts topics show`
and `alerts topics test` resolve names through it, so a custom topic is followed like any
other. Reading the model's labels needs only its manifest, not scikit-learn.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import TopicError
from alerts.models import Topic
from alerts.topics.custom import CUSTOM_KIND, CustomTopic, custom_topics
from alerts.topics.manifest import labels, read_manifest
from alerts.topics.query import describe, parse
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy

LEARNED_KIND = "learned"


class TopicNames(Protocol):
    """Anything that turns what a user typed into a topic (a `Taxonomy` is one)."""

    def resolve(self, name: str) -> Topic:
        """The topic named `name` (or an alias of it); `TopicError` when there is none."""
        ...


class TopicCatalog:
    """Custom topics first (their names are unique), then the taxonomy, then model labels."""

    def __init__(
        self,
        taxonomy: Taxonomy,
        custom: Sequence[CustomTopic],
        learned: Sequence[str] = (),
        *,
        models_dir: Path | None = None,
    ) -> None:
        self.taxonomy = taxonomy
        self.custom = {t.name.casefold(): t for t in custom}
        self.learned = {label.casefold(): label for label in learned}
        self.models_dir = models_dir

    def resolve(self, name: str) -> Topic:
        """Find a topic of any kind by name; the error suggests close taxonomy names."""
        wanted = " ".join(name.split()).casefold()
        custom = self.custom.get(wanted)
        if custom is not None:
            parents = (custom.parent,) if custom.parent else ()
            return Topic(custom.name, CUSTOM_KIND, parents=parents)
        try:
            return self.taxonomy.resolve(name)
        except TopicError:
            if wanted in self.learned:
                return Topic(self.learned[wanted], LEARNED_KIND)
            raise

    def details(self, name: str) -> dict[str, object]:
        """What `alerts topics show` prints: the definition of a topic of any kind."""
        topic = self.resolve(name)
        if topic.kind == CUSTOM_KIND:
            custom = self.custom[topic.name.casefold()]
            return {**custom.as_dict(), "understood_as": describe(parse(custom.query))}
        if topic.kind == LEARNED_KIND and self.models_dir is not None:
            manifest = read_manifest(self.models_dir)
            threshold = manifest["thresholds"][manifest["labels"].index(topic.name)]
            return {
                "name": topic.name,
                "kind": LEARNED_KIND,
                "model": str(self.models_dir),
                "threshold": threshold,
                "trained_at": manifest.get("trained_at"),
            }
        children = [t.name for t in self.taxonomy if topic.name in t.parents]
        return {
            "name": topic.name,
            "kind": topic.kind,
            "parents": list(topic.parents),
            "aliases": list(topic.aliases),
            "ambiguous": list(topic.ambiguous),
            "context": list(topic.context),
            "children": sorted(children),
        }


def learned_labels(settings: Settings) -> list[str]:
    """The topics of the configured model, or none when no model is configured."""
    return [] if settings.models_dir is None else labels(settings.models_dir)


def topic_catalog(session: Session, settings: Settings) -> TopicCatalog:
    """The catalog as it stands in this database and model folder."""
    return TopicCatalog(
        bundled_taxonomy(),
        custom_topics(session),
        learned_labels(settings),
        models_dir=settings.models_dir,
    )
