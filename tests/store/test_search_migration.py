"""Migration 0011 on a database that already holds articles: their folded words are filled
in and indexed, so a search finds articles stored before the index existed."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from alerts.store import db
from alerts.topics.search import search_articles
from tests.store.test_migrations import _config, store_old_articles

TEXTS = [
    ("Zürich talks", "Delegates met in the old town."),
    ("Budget", "The café owners of Zurich protest."),
    ("Weather", "Rain all week."),
]


def test_articles_stored_before_the_index_are_found(database_url: str) -> None:
    engine = create_engine(database_url)
    command.upgrade(_config(engine), "0010_web_links")
    with Session(engine) as session:
        store_old_articles(session, [(f"https://news.example/{t}", t, s) for t, s in TEXTS])
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
