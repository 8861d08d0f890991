"""The classifier the service runs: the bundled taxonomy, the custom topics in the database
(recompiled when they change, without a restart) and, when `ALERTS_MODELS_DIR` is set, the
learned topics of the model there (loaded once per process).

`classifier_for(settings)` is what the runner and the workers call; it is cached, so a
worker builds its classifier on its first article and reuses it for every later one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path

from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import TopicError
from alerts.models import TopicMatch
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from alerts.topics.backfill import StoredMatch, stored_matches
from alerts.topics.catalog import LEARNED_KIND, TopicCatalog, learned_labels
from alerts.topics.classifier import (
    ArticleText,
    Classifier,
    CombinedClassifier,
    LearnedClassifier,
    RuleClassifier,
)
from alerts.topics.custom import (
    CustomTopic,
    check_name,
    custom_topics,
    custom_version,
    with_custom,
)
from alerts.topics.personal import ShardedAlerts
from alerts.topics.query import parse
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy

log = logging.getLogger(__name__)


def rule_classifier(taxonomy: Taxonomy, topics: list[CustomTopic]) -> RuleClassifier:
    """Rules for the taxonomy plus custom topics; a stored query that no longer parses is
    skipped with a warning rather than stopping every article."""
    usable = []
    for topic in topics:
        try:
            parse(topic.query)
        except TopicError as error:
            log.warning("custom topic skipped: %s", error, extra={"topic": topic.name})
            continue
        usable.append(topic)
    while True:  # drop topics whose parent was dropped, up the chain
        names = {t.name for t in usable}
        kept = [t for t in usable if t.parent is None or t.parent in taxonomy or t.parent in names]
        if len(kept) == len(usable):
            break
        usable = kept
    full, queries = with_custom(taxonomy, usable)
    return RuleClassifier(full, queries)


class LiveClassifier:
    """Rules that follow the `custom_topics` table, plus an optional learned classifier.

    Parameters:
        database_url: where custom topics are stored.
        learned: the model's classifier, or None for rules only.
        refresh_s: at most this often, one cheap query checks whether topics changed.
    """

    def __init__(
        self, database_url: str, *, learned: Classifier | None = None, refresh_s: float = 2.0
    ) -> None:
        self.database_url = database_url
        self.learned = learned
        self.refresh_s = refresh_s
        self._rules: RuleClassifier | None = None
        self._version: object = None
        self._checked = 0.0
        self.alerts = ShardedAlerts()

    def rules(self) -> RuleClassifier:
        """The current rule classifier, recompiled if custom topics changed; personal
        alerts are checked at the same time and only their changed shards recompiled."""
        now = time.monotonic()
        if self._rules is not None and now - self._checked < self.refresh_s:
            return self._rules
        with session_scope(self.database_url) as session:
            version = custom_version(session)
            if self._rules is None or version != self._version:
                self._rules = rule_classifier(bundled_taxonomy(), custom_topics(session))
                self._version = version
            self.alerts.refresh(session)
        self._checked = now
        return self._rules

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Rule topics (bundled, custom and personal alerts) and learned topics, merged."""
        return self.classify_many([ArticleText(title, body, source)])[0]

    def classify_many(self, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
        """`classify` for each text; the model gets the whole batch at once."""
        parts: list[Classifier] = [_WithAlerts(self.rules(), self.alerts)]
        if self.learned is not None:
            parts.append(self.learned)
        return CombinedClassifier(parts).classify_many(texts)


class _WithAlerts:
    """The rule classifier with the personal alerts' shards run over the same folding."""

    def __init__(self, rules: RuleClassifier, alerts: ShardedAlerts) -> None:
        self.rules, self.alerts = rules, alerts

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        """Rule topics and personal alerts."""
        return self.rules.classify(title, body, source=source, private=(self.alerts,))


@cache
def learned_classifier(models_dir: Path) -> LearnedClassifier:
    """The model in `models_dir`, loaded once per process."""
    from alerts.topics.trained import load_model  # numpy only where a model is used

    return LearnedClassifier(load_model(models_dir))


def classifier_for(settings: Settings) -> LiveClassifier:
    """The service's classifier for these settings (one per database and model folder)."""
    return _live(settings.database_url, settings.models_dir, settings.custom_topics_refresh_s)


@cache
def _live(database_url: str, models_dir: Path | None, refresh_s: float) -> LiveClassifier:
    learned = learned_classifier(models_dir) if models_dir is not None else None
    return LiveClassifier(database_url, learned=learned, refresh_s=refresh_s)


@dataclass(frozen=True)
class Trial:
    """A topic ready to be tried: its name, a classifier that knows it, its ancestors."""

    name: str
    classifier: Classifier
    ancestors: list[str]

    def on_text(self, title: str, body: str, source: str = "") -> list[TopicMatch]:
        """The topic's match on one text (empty when it does not match)."""
        found = self.classifier.classify(title, body, source=source)
        return [m for m in found if m.name == self.name]

    def on_stored(
        self, session: Session, back: timedelta, on_article: Callable[[], None] | None = None
    ) -> list[StoredMatch]:
        """The stored articles first seen in the last `back` that the topic matches
        (`on_article`: called after each article read, for a progress bar)."""
        since = utcnow() - back
        found = stored_matches(
            session, self.classifier, self.name, since=since, on_article=on_article
        )
        return list(found)


def _draft(catalog: TopicCatalog, name: str, query: str, parent: str | None) -> CustomTopic:
    existing = catalog.custom.get(" ".join(name.split()).casefold())
    resolved = existing.name if existing else check_name(catalog.taxonomy, name)
    parse(query)
    parent_name = catalog.resolve(parent).name if parent else None
    return CustomTopic(resolved, query, parent_name, utcnow())


def topic_trial(
    session: Session,
    settings: Settings,
    name: str,
    *,
    query: str | None = None,
    parent: str | None = None,
) -> Trial:
    """The classifier `alerts topics test/reapply` run: every rule topic (with `query` as a
    draft of the custom topic `name`, when given) and the model when `name` is learned."""
    customs = custom_topics(session)
    catalog = TopicCatalog(bundled_taxonomy(), customs, learned_labels(settings))
    learned = False
    if query is None:
        topic = catalog.resolve(name)
        topic_name, learned = topic.name, topic.kind == LEARNED_KIND
    else:
        draft = _draft(catalog, name, query, parent)
        customs = [c for c in customs if c.name != draft.name] + [draft]
        topic_name = draft.name
    rules = rule_classifier(bundled_taxonomy(), customs)
    parts: list[Classifier] = [rules]
    if learned and settings.models_dir is not None:
        parts.append(learned_classifier(settings.models_dir))
    ancestors = rules.taxonomy.ancestors(topic_name) if topic_name in rules.taxonomy else []
    return Trial(topic_name, CombinedClassifier(parts), ancestors)
