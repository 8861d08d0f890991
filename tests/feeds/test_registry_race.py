"""Two writers adding the same new feed URL at once: the second gets the first's row.

Each writer SELECTs, finds nothing and INSERTs; PostgreSQL makes the second INSERT wait on
the first's uncommitted row and fail on the unique URL once the first commits. The test
holds writer A's transaction open until writer B is seen waiting on that lock, so the race
happens every run rather than by chance.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from alerts.accounts.sources import link_source
from alerts.accounts.users import add_user
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.store.db import get_engine
from alerts.store.tables import FeedRow, UserFeedRow

URL = "http://127.0.0.1:9/shared.xml"
T = TypeVar("T")


def _settings(pg_url: str) -> Settings:
    return load_settings(database_url=pg_url, feed_allowed_hosts=("127.0.0.1",))


def _wait_for_lock_waiter(pg_url: str) -> None:
    """Return once some backend of this database waits on a row or transaction lock."""
    probe = create_engine(pg_url)
    try:
        deadline = time.monotonic() + 30
        with probe.connect() as conn:
            while time.monotonic() < deadline:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
                if waiting:
                    return
                conn.rollback()
                time.sleep(0.05)
        raise AssertionError("the second writer never waited on the first")
    finally:
        probe.dispose()


def _race(pg_url: str, write: Callable[[Session], T]) -> T:
    """Run `write` uncommitted, run it again in a thread, commit the first once the second
    waits on it; what the second returned."""
    engine = get_engine(pg_url)
    with Session(engine) as first, ThreadPoolExecutor(1) as pool:
        write(first)

        def run_second() -> T:
            with Session(engine, expire_on_commit=False) as second:
                result = write(second)
                second.commit()
                return result

        done = pool.submit(run_second)
        _wait_for_lock_waiter(pg_url)
        first.commit()
        return done.result(timeout=30)


def test_two_writers_adding_one_new_url_share_one_feed(pg_url: str) -> None:
    def add(session: Session) -> tuple[int, bool]:
        feed, created = add_feed(session, URL, allowed_hosts=("127.0.0.1",), shared=False)
        return feed.id, created

    second = _race(pg_url, add)

    with Session(get_engine(pg_url)) as session:
        ids = session.scalars(select(FeedRow.id).where(FeedRow.url == URL)).all()
    assert len(ids) == 1
    assert second == (ids[0], False)


def test_one_user_adding_one_url_twice_at_once_holds_one_source(pg_url: str) -> None:
    settings = _settings(pg_url)
    with Session(get_engine(pg_url)) as session:
        user_id = add_user(settings, session, "reader@example.org").id
        session.commit()

    def link(session: Session) -> bool:
        return link_source(settings, session, user_id, URL)[1]

    created_again = _race(pg_url, link)

    with Session(get_engine(pg_url)) as session:
        held = session.scalar(
            select(func.count()).select_from(UserFeedRow).where(UserFeedRow.user_id == user_id)
        )
    assert held == 1
    assert created_again is False
