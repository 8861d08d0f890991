"""Data migrations on a database that already holds rows, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, select
from sqlalchemy.orm import Session

from alerts.store import db
from alerts.store.tables import ArticleRow
from tests.helpers import make_article

MIGRATIONS = Path(db.__file__).with_name("migrations")


def _config(engine: Engine) -> Config:
    """Alembic on this engine, as `alerts.store.db` runs it, to stop at a given revision."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


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
        ids = {url: make_article(session, f"key-{n}").id for n, url in enumerate(stored)}
        for url, article_id in ids.items():
            session.get_one(ArticleRow, article_id).url = url
        session.commit()
    db.upgrade(engine)
    with Session(engine) as session:
        urls = dict(session.execute(select(ArticleRow.id, ArticleRow.url)).all())
    engine.dispose()
    assert {url: urls[article_id] for url, article_id in ids.items()} == stored
