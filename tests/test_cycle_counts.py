"""The watcher's per-cycle counts: right, read from indexes (migration 0013), undone cleanly."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, select, text

from alerts.config import Settings
from alerts.pipeline import CycleCounts, cycle_counts
from alerts.store import db
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow, NotificationRow, StoryRow, utcnow

MIGRATIONS = Path(db.__file__).with_name("migrations")


def _store(settings: Settings) -> datetime:
    """Two articles and three notifications before the cycle, one article, one sent and one
    pending notification during it; returns when the cycle started."""
    now = utcnow()
    before, during = now - timedelta(hours=1), now + timedelta(seconds=1)
    with session_scope(settings.database_url) as session:
        feed, story = FeedRow(url="https://news.example/feed"), StoryRow(key="k", title="t")
        session.add_all([feed, story])
        session.flush()
        for n, seen in enumerate([before, before, during]):
            session.add(
                ArticleRow(
                    feed_id=feed.id,
                    story_id=story.id,
                    entry_key=f"e{n}",
                    url=f"https://news.example/{n}",
                    title="t",
                    first_seen_at=seen,
                )
            )
        sent = [("sent", before), ("sent", before), ("failed", None), ("sent", during)]
        for n, (status, sent_at) in enumerate([*sent, ("pending", None)]):
            session.add(
                NotificationRow(
                    user_id=n,
                    story_id=story.id,
                    article_id=1,
                    channel="email",
                    mode="instant",
                    topics=[],
                    delivery_id=f"d{n}",
                    status=status,
                    created_at=during if n == 4 else before,
                    sent_at=sent_at,
                )
            )
        session.commit()
    return now


def test_counts_since_the_previous_line(settings: Settings) -> None:
    started = _store(settings)
    with session_scope(settings.database_url) as session:
        assert cycle_counts(session, since=started) == CycleCounts(articles=1, sent=1)
        earlier = started - timedelta(days=1)
        assert cycle_counts(session, since=earlier) == CycleCounts(articles=3, sent=3)


def test_counts_read_indexes_not_tables(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    db.upgrade(db.get_engine(url))
    with session_scope(url) as session:
        for statement, index in [
            (select(ArticleRow.id).where(ArticleRow.first_seen_at >= utcnow()), "first_seen"),
            (
                select(NotificationRow.id).where(
                    NotificationRow.sent_at.is_not(None), NotificationRow.sent_at >= utcnow()
                ),
                "sent_at",
            ),
        ]:
            compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
            assert any(index in str(row) for row in plan), plan


def test_migration_adds_and_drops_both_indexes(database_url: str) -> None:
    engine = create_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine

    def indexes() -> set[str]:
        found = inspect(engine)
        tables = ("articles", "notifications")
        return {i["name"] or "" for t in tables for i in found.get_indexes(t)}

    command.upgrade(config, "heads")
    assert {"ix_articles_first_seen", "ix_notifications_sent_at"} <= indexes()
    command.downgrade(config, "0013_hot_paths-1")
    assert not {"ix_articles_first_seen", "ix_notifications_sent_at"} & indexes()
    command.upgrade(config, "heads")
    assert {"ix_articles_first_seen", "ix_notifications_sent_at"} <= indexes()
    engine.dispose()
