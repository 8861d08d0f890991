"""A fan-out larger than one follower range is handed out range by range: every follower
gets one row, a range run twice writes nothing twice, and the sweeper finishes ranges
whose task was lost."""

from __future__ import annotations

import time
from datetime import timedelta

from sqlalchemy import func, select

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.matching import split
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FanoutRangeRow, NotificationRow, utcnow
from alerts.topics.live import LiveClassifier
from tests.api.server import memory_senders
from tests.helpers import make_article, make_follow, make_user

FOLLOWERS = 7


def _seed(settings: Settings) -> int:
    with session_scope(settings.database_url) as session:
        for i in range(FOLLOWERS):
            make_follow(session, make_user(session, f"u{i}@example.org"), "Syria")
        article = make_article(session, "k1", "Shelling reported near Raqqa in Syria")
        session.commit()
        return article.id


def _state(settings: Settings, article_id: int) -> tuple[str, int, int]:
    with session_scope(settings.database_url) as session:
        state = session.get_one(ArticleRow, article_id).state
        rows = session.scalar(select(func.count()).select_from(NotificationRow)) or 0
        open_ranges = session.scalar(select(func.count()).where(FanoutRangeRow.done_at.is_(None)))
    return state, rows, open_ranges or 0


def _process(settings: Settings, article_id: int) -> pipeline.Processed:
    time.sleep(0.01)  # past the lease
    with session_scope(settings.database_url) as session:
        classifier = LiveClassifier(settings.database_url)
        return pipeline.process_article(settings, session, classifier, article_id, split=True)


def test_ranges_each_write_their_followers_once(settings: Settings) -> None:
    settings = load_settings(**(settings.model_dump() | {"fanout_chunk": 3}))
    article_id = _seed(settings)
    processed = _process(settings, article_id)
    assert processed.notification_ids == [] and len(processed.range_ids) == 3
    assert _state(settings, article_id) == (split.FANNING, 0, 3)
    due: list[int] = []
    with session_scope(settings.database_url) as session:
        for range_id in processed.range_ids:
            due += pipeline.run_range(session, range_id)
        assert pipeline.run_range(session, processed.range_ids[0]) == []  # done already
    assert len(due) == len(set(due)) == FOLLOWERS
    assert _state(settings, article_id) == ("processed", FOLLOWERS, 0)
    assert _process(settings, article_id).range_ids == []  # processed: nothing to redo


def test_one_range_is_done_on_the_spot(settings: Settings) -> None:
    article_id = _seed(settings)
    processed = _process(settings, article_id)
    assert processed.range_ids == [] and len(processed.notification_ids) == FOLLOWERS
    assert _state(settings, article_id) == ("processed", FOLLOWERS, 0)


def test_sweeper_runs_ranges_whose_task_was_lost(settings: Settings) -> None:
    # A lease of a millisecond: every range left open counts as abandoned by the sweep.
    lease = {"fanout_chunk": 3, "delivery_lease_s": 0.001}
    settings = load_settings(**(settings.model_dump() | lease))
    article_id = _seed(settings)
    processed = _process(settings, article_id)
    with session_scope(settings.database_url) as session:
        pipeline.run_range(session, processed.range_ids[0])  # the other two tasks were lost
        assert split.stalled(session, utcnow() - timedelta(hours=1), timedelta(0)) == []
    time.sleep(0.01)  # past the lease
    with session_scope(settings.database_url) as session:
        classifier = LiveClassifier(settings.database_url)
        pipeline.sweep(settings, session, memory_senders(), classifier)
    state, rows, open_ranges = _state(settings, article_id)
    assert (state, rows, open_ranges) == ("processed", FOLLOWERS, 0)
    with session_scope(settings.database_url) as session:
        statuses = session.scalars(select(NotificationRow.status).distinct()).all()
    assert statuses == ["sent"]  # what the sweep wrote it delivered: no task had those rows


def test_a_second_planner_finds_the_article_taken(settings: Settings) -> None:
    settings = load_settings(**(settings.model_dump() | {"fanout_chunk": 3}))
    article_id = _seed(settings)
    assert len(_process(settings, article_id).range_ids) == 3
    with session_scope(settings.database_url) as session:
        article = session.get_one(ArticleRow, article_id)  # as a second worker would
        assert split.plan(session, article, ["Syria"], utcnow(), chunk_size=3) == []
        assert split.plan(session, article, ["Syria"], utcnow(), chunk_size=100) is None
    assert _state(settings, article_id) == (split.FANNING, 0, 3)
