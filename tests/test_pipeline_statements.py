"""A burst of new articles through `process_articles` costs a fixed number of SQL
statements, whatever its size: articles, topics, the story join (window read once, settled
fingerprints and merged stories written in one executemany each) and the processed state go
per batch, never per article. So does the fan-out of the followed articles on SQLite
(`alerts.matching.batch`; PostgreSQL writes each one's set-based statements). The runner
compiles the classifier and settles the heap once, before its first batch."""

from __future__ import annotations

import gc
from collections.abc import Sequence

import pytest
from sqlalchemy import func, select

from alerts import pipeline
from alerts.config import Settings
from alerts.models import TopicMatch
from alerts.runner import YOUNG_COLLECTION_EVERY, InlineDispatcher
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, ArticleTopicRow, NotificationRow, StoryRow
from alerts.topics.classifier import ArticleText
from alerts.topics.live import LiveClassifier
from tests.helpers import make_article, make_follow, make_user
from tests.support.sql import recorded_statements


def _title(story: int) -> str:
    """Words and names of this story alone, and a place every story shares (a topic)."""
    tag = chr(97 + story % 26) + chr(97 + story // 26)
    return f"Brix{tag} and Calo{tag} open the Dune{tag} harbour in Osaka"


def _burst(settings: Settings, first_story: int, size: int) -> list[int]:
    """`size` new articles, each with its own link; every other one is a rewording of the
    one before it (a near-duplicate that joins its story)."""
    with session_scope(settings.database_url) as session:
        ids = [
            make_article(
                session,
                f"https://wire.example/{first_story}/{i}",
                _title(first_story + i // 2) + (" on Monday" if i % 2 else ""),
            ).id
            for i in range(size)
        ]
        session.commit()
    return ids


def _process(settings: Settings, classifier: LiveClassifier, ids: list[int]) -> list[str]:
    with (
        recorded_statements(settings.database_url) as statements,
        session_scope(settings.database_url) as session,
    ):
        pipeline.process_articles(settings, session, classifier, ids)
    return statements


def test_a_burst_costs_the_same_statements_whatever_its_size(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        make_follow(session, make_user(session, "reader@example.org"), "Syria")
        session.commit()
    classifier = LiveClassifier(settings.database_url, refresh_s=3600)
    classifier.rules()  # compiled before counting: it reads the custom topics once
    small = _process(settings, classifier, _burst(settings, 0, 4))
    large = _process(settings, classifier, _burst(settings, 100, 40))
    assert len(large) == len(small)
    with session_scope(settings.database_url) as session:
        states = session.execute(select(ArticleRow.state, func.count()).group_by("state")).all()
        assert states == [("processed", 44)]
        assert session.scalar(select(func.count()).select_from(StoryRow)) == 22  # pairs joined
        topics = select(func.count(func.distinct(ArticleTopicRow.article_id)))
        assert session.scalar(topics) == 44  # Osaka, Japan, Asia… on every article


def test_a_processed_burst_reads_processed_in_its_own_session(settings: Settings) -> None:
    """The rows the batch loaded say what the database says once it is marked, with nothing
    left to flush."""
    classifier = LiveClassifier(settings.database_url, refresh_s=3600)
    ids = _burst(settings, 0, 4)
    with session_scope(settings.database_url) as session:
        pipeline.process_articles(settings, session, classifier, ids)
        loaded = [session.get(ArticleRow, article_id) for article_id in ids]
        assert [row.state for row in loaded if row is not None] == ["processed"] * 4
        assert not session.dirty


def test_a_followed_burst_costs_the_same_statements_whatever_its_size(
    settings: Settings,
) -> None:
    if settings.database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL fans each article out with its own set-based statements")
    with session_scope(settings.database_url) as session:
        make_follow(session, make_user(session, "reader@example.org"), "Osaka")
        session.commit()
    classifier = LiveClassifier(settings.database_url, refresh_s=3600)
    classifier.rules()
    small = _process(settings, classifier, _burst(settings, 0, 4))
    large = _process(settings, classifier, _burst(settings, 100, 40))
    assert len(large) == len(small)
    with session_scope(settings.database_url) as session:
        told = select(func.count()).select_from(NotificationRow)
        assert session.scalar(told) == 22  # one per story: a joined copy adds none


class _Counting:
    """A classifier that finds nothing and says how often it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        self.calls += 1
        return []


def test_the_runner_warms_up_once_before_its_first_batch(settings: Settings) -> None:
    classifier = _Counting()
    dispatcher = InlineDispatcher(settings, classifier=classifier)
    ids = _burst(settings, 0, 3)
    try:
        for article_id in ids:
            dispatcher.process_article(article_id)
        dispatcher.flush()
        assert classifier.calls == 1 + 3  # compiled once, then each article
        assert gc.get_freeze_count() > 0  # what was alive is out of the collector's sight
        dispatcher.warm_up()
        assert classifier.calls == 4
    finally:
        gc.unfreeze()
        dispatcher.close()


def test_a_poll_batchs_burst_is_processed_as_one_batch(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The story window is read and indexed once per batch: a burst of 1,500 new articles
    (three feeds' worth) goes through `process_articles` once, not once per 500."""
    batches: list[int] = []

    def process(*args: object, **kwargs: object) -> pipeline.Processed:
        batches.append(len(args[3]))  # type: ignore[arg-type]
        return pipeline.Processed([], [])

    monkeypatch.setattr(pipeline, "process_articles", process)
    dispatcher = InlineDispatcher(settings, classifier=_Counting())
    try:
        for article_id in range(1, 1501):
            dispatcher.process_article(article_id)
        dispatcher.flush()
    finally:
        gc.unfreeze()
        dispatcher.close()
    assert batches == [1500]


class _Threshold(_Counting):
    """Records the collector's young threshold while it classifies."""

    def __init__(self) -> None:
        super().__init__()
        self.thresholds: list[int] = []

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        self.thresholds.append(gc.get_threshold()[0])
        return super().classify(title, body, source=source)


def test_the_runner_collects_young_garbage_less_often_while_steps_run(
    settings: Settings,
) -> None:
    classifier = _Threshold()
    before = gc.get_threshold()
    dispatcher = InlineDispatcher(settings, classifier=classifier)
    try:
        dispatcher.process_article(_burst(settings, 0, 1)[0])
        dispatcher.flush()
    finally:
        gc.unfreeze()
        dispatcher.close()
    assert classifier.thresholds[-1] == max(before[0], YOUNG_COLLECTION_EVERY)
    assert gc.get_threshold() == before


class _Batches(_Counting):
    """A classifier that takes batches and says how large each one was."""

    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []

    def classify_many(self, texts: Sequence[ArticleText]) -> list[list[TopicMatch]]:
        self.batches.append(len(texts))
        return [[] for _ in texts]


def test_a_batch_is_classified_a_few_hundred_texts_per_call(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A model weighs a few hundred rows per call faster than a whole poll batch's; the
    story join still takes the whole batch at once."""
    monkeypatch.setattr(pipeline, "CLASSIFY_BATCH", 2)
    classifier = _Batches()
    with session_scope(settings.database_url) as session:
        pipeline.process_articles(settings, session, classifier, _burst(settings, 0, 5))
    assert classifier.batches == [2, 2, 1]
    with session_scope(settings.database_url) as session:
        states = session.scalars(select(ArticleRow.state).distinct()).all()
    assert states == ["processed"]
