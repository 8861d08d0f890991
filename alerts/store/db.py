"""Engine and sessions. The schema is brought to the newest Alembic revisions (every head:
independent features may add independent branches) on first use, under a PostgreSQL
advisory lock so that many workers starting at once migrate only once."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from alerts.errors import StoreError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
_MIGRATIONS = Path(__file__).with_name("migrations")
_LOCK_ID = 7_140_221  # arbitrary, constant: the advisory lock that serialises migrations


def _alembic_config(engine: Engine) -> Config:
    # Alembic is imported when a database is first opened, not by every `alerts` command.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _at_head(engine: Engine, config: Config) -> bool:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads()) == heads


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision; a no-op when it is already there."""
    from alembic import command

    config = _alembic_config(engine)
    try:
        if _at_head(engine, config):
            return
        if engine.dialect.name == "postgresql":
            with engine.connect() as conn:
                conn.execute(text("SELECT pg_advisory_lock(:id)"), {"id": _LOCK_ID})
                try:
                    if not _at_head(engine, config):
                        command.upgrade(config, "heads")
                finally:
                    conn.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": _LOCK_ID})
        else:
            command.upgrade(config, "heads")
    except OperationalError as exc:
        raise StoreError(f"cannot reach the database: {exc.orig}".splitlines()[0]) from None
    log.info("schema upgraded", extra={"database": engine.url.render_as_string()})


def _sqlite_pragmas(dbapi_conn: object, _record: object) -> None:
    """WAL with `synchronous=NORMAL`: a commit writes to the log without waiting for the
    disk, which syncs at checkpoints. The database is never corrupted; a power cut (not a
    crash of the process) may lose the last commits, which the next cycle redoes (a poll, a
    delivery attempt)."""
    cursor = dbapi_conn.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


@cache
def get_engine(database_url: str) -> Engine:
    """One engine per URL per process, with its schema upgraded."""
    engine = create_engine(database_url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    upgrade(engine)
    return engine


@cache
def _sessionmaker(database_url: str) -> sessionmaker[Session]:
    return sessionmaker(get_engine(database_url), expire_on_commit=False)


@contextmanager
def session_scope(database_url: str) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = _sessionmaker(database_url)()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
