"""Migration 0011 on a database that already holds articles: their folded words are filled
in and indexed, so a search finds articles stored before the index existed."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from alerts.store import db
from alerts.store.tables import FeedRow, StoryRow, utcnow
from alerts.topics.search import search_articles
from tests.store.test_migrations import _config

_ARTICLES = sa.table(
    "articles",
    *(sa.column(name) for name in ("feed_id", "story_id", "entry_key", "url", "title")),
    sa.column("summary"),
    sa.column("first_seen_at"),
    sa.column("state"),
)
TEXTS = [
    ("Zürich talks", "Delegates met in the old town."),
    ("Budget", "The café owners of Zurich protest."),
    ("Weather", "Rain all week."),
]


def test_articles_stored_before_the_index_are_found(database_url: str) -> None:
    engine = create_engine(database_url)
    command.upgrade(_config(engine), "0010_web_links")
    with Session(engine) as session:
        feed, story = FeedRow(url="https://news.example/feed"), StoryRow(key="k", title="t")
        session.add_all([feed, story])
        session.flush()
        for n, (title, summary) in enumerate(TEXTS):
            session.execute(
                _ARTICLES.insert().values(
                    feed_id=feed.id,
                    story_id=story.id,
                    entry_key=f"e{n}",
                    url=f"https://news.example/{n}",
                    title=title,
                    summary=summary,
                    first_seen_at=utcnow(),
                    state="new",
                )
            )
        session.commit()
    db.upgrade(engine)
    with Session(engine) as session:
        found = search_articles(session, "zurich NOT rain")
        cafe = search_articles(session, "title:budget cafe")
    command.downgrade(_config(engine), "0011_search-1")  # and back: the revision undoes cleanly
    db.upgrade(engine)
    with Session(engine) as session:
        again = search_articles(session, "zurich NOT rain")
    engine.dispose()
    assert again == found
    assert [f.title for f in found.items] == ["Budget", "Zürich talks"]
    assert [f.title for f in cafe.items] == ["Budget"]
