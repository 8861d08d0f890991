"""Data migrations on a database that already holds rows, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy import JSON, Engine, column, create_engine, select, table
from sqlalchemy.orm import Session

from alerts.notify.history import mark_all_read, unread_count
from alerts.store import db
from alerts.store.tables import ArticleRow, FeedRow, NotificationRow, StoryRow, UtcDateTime, utcnow
from alerts.store.visibility import visible_to

MIGRATIONS = Path(db.__file__).with_name("migrations")


def _config(engine: Engine) -> Config:
    """Alembic on this engine, as `alerts.store.db` runs it, to stop at a given revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


# The articles table as the early revisions have it: today's `ArticleRow` has later columns.
_OLD_ARTICLES = sa.table(
    "articles",
    *(sa.column(name) for name in ("id", "feed_id", "story_id", "entry_key", "url", "title")),
    *(sa.column(name) for name in ("summary", "first_seen_at", "state")),
)


# The feeds table as the early revisions have it (0013 adds `shared`), counters defaulted.
_OLD_FEEDS = sa.table(
    "feeds",
    *(sa.column(name) for name in ("id", "url", "status", "error_count")),
    *(sa.column(name) for name in ("polls_total", "fetch_errors_total")),
    sa.column("created_at", UtcDateTime()),
)
_NEW_FEED = {"url": "https://news.example/feed", "status": "active", "error_count": 0}
_NEW_FEED |= {"polls_total": 0, "fetch_errors_total": 0}


def store_old_articles(session: Session, rows: list[tuple[str, str, str]]) -> list[int]:
    """Insert (url, title, summary) articles into a database at an older revision."""
    feed = _OLD_FEEDS.insert().values(_NEW_FEED | {"created_at": utcnow()})
    feed_id = session.execute(feed.returning(_OLD_FEEDS.c.id)).scalar_one()
    story = StoryRow(key="k", title="t")
    session.add(story)
    session.flush()
    ids = []
    for n, (url, title, summary) in enumerate(rows):
        values = {"feed_id": feed_id, "story_id": story.id, "entry_key": f"e{n}", "url": url}
        values |= {"title": title, "summary": summary, "first_seen_at": utcnow(), "state": "new"}
        statement = _OLD_ARTICLES.insert().values(values).returning(_OLD_ARTICLES.c.id)
        ids.append(session.execute(statement).scalar_one())
    session.commit()
    return ids


def test_links_stored_before_they_were_checked_keep_only_web_ones(database_url: str) -> None:
    engine = create_engine(database_url)
    command.upgrade(_config(engine), "0009")
    stored = {
        "javascript:alert(1)": "",
        " JaVa&#x09;Script:alert(1)": "",
        "data:text/html,x": "",
        "/relative/path": "",
        "mailto:desk@example.org": "",
        "https://news.example/a": "https://news.example/a",
        "HTTP://news.example/b": "HTTP://news.example/b",
        "": "",
    }
    with Session(engine) as session:
        made = store_old_articles(session, [(url, "A story", "Text.") for url in stored])
        ids = dict(zip(stored, made, strict=True))
    db.upgrade(engine)
    with Session(engine) as session:
        urls = dict(session.execute(select(ArticleRow.id, ArticleRow.url)).all())
    engine.dispose()
    assert {url: urls[article_id] for url, article_id in ids.items()} == stored


def test_notifications_stored_before_read_state_are_unread(database_url: str) -> None:
    engine = create_engine(database_url)
    config = _config(engine)
    command.upgrade(config, "0010_web_links")
    # The table as it was then (the model already has `read_at`); since 0007 a notification
    # needs no user, story or article row.
    notifications = table(
        "notifications",
        *(column(name) for name in ("user_id", "story_id", "article_id", "channel", "mode")),
        *(column(name) for name in ("delivery_id", "status", "attempts")),
        column("topics", JSON),
        column("created_at", UtcDateTime()),
    )
    row = {"user_id": 7, "story_id": 3, "article_id": 5, "channel": "email", "mode": "instant"}
    row |= {"delivery_id": "msg_1", "status": "sent", "attempts": 1, "topics": []}
    with engine.begin() as connection:
        connection.execute(notifications.insert().values(row | {"created_at": utcnow()}))
    db.upgrade(engine)
    with Session(engine) as session:
        assert session.scalars(select(NotificationRow.read_at)).all() == [None]
        assert unread_count(session, 7) == 1 and unread_count(session, 8) == 0
        assert mark_all_read(session, 7, now=utcnow()) == 1
        session.commit()
    command.downgrade(config, "0011_read_state-1")  # this branch only
    command.upgrade(config, "heads")
    with Session(engine) as session:
        assert unread_count(session, 7) == 1
    engine.dispose()


def test_feeds_stored_before_personal_sources_stay_shared(database_url: str) -> None:
    engine = create_engine(database_url)
    config = _config(engine)
    command.upgrade(config, "0012_one_line")
    with Session(engine) as session:
        (article_id,) = store_old_articles(session, [("https://news.example/a", "A", "Text.")])
    db.upgrade(engine)
    with Session(engine) as session:
        assert session.scalars(select(FeedRow.shared)).all() == [True]
        assert session.scalar(select(ArticleRow.id).where(visible_to(99))) == article_id
    command.downgrade(config, "0013_personal_sources-1")  # this branch only
    command.upgrade(config, "heads")
    engine.dispose()
