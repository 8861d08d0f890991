"""Fan-out of an article from a subscriber's own source: only the users who link the source
are told, on the set-based path and on the one-by-one path (noise rules) alike, and on a
split fan-out's ranges; a shared feed's article reaches every follower. SQLite and
PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.matching import split
from alerts.matching.fanout import fan_out
from alerts.store.db import session_scope
from alerts.store.tables import (
    ArticleRow,
    FeedRow,
    NotificationRow,
    UserFeedRow,
    UserRow,
    utcnow,
)
from tests.helpers import make_article, make_follow, make_user


def _followers(session: Session) -> dict[str, UserRow]:
    """Four followers of Syria: plain, and with a noise rule (quiet hours, exclusions), so
    PostgreSQL writes some rows set-based and some one by one."""
    users = {name: make_user(session, f"{name}@example.org") for name in ("a", "a2", "b", "b2")}
    for user in users.values():
        make_follow(session, user, "Syria")
    users["a2"].quiet_start, users["a2"].quiet_end = "00:00", "00:01"
    users["b2"].quiet_start, users["b2"].quiet_end = "00:00", "00:01"
    session.flush()
    return users


def _private_article(session: Session, readers: list[UserRow]) -> ArticleRow:
    """An article of a feed only `readers` added."""
    article = make_article(session, "https://desk.example/1", feed_url="https://desk.example/f")
    session.get_one(FeedRow, article.feed_id).shared = False
    session.add_all(UserFeedRow(user_id=user.id, feed_id=article.feed_id) for user in readers)
    session.flush()
    return article


def _told(session: Session, article: ArticleRow) -> set[int]:
    return set(
        session.scalars(
            select(NotificationRow.user_id).where(NotificationRow.article_id == article.id)
        )
    )


def test_a_private_article_reaches_only_the_users_who_link_its_feed(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        users = _followers(session)
        private = _private_article(session, [users["a"], users["a2"]])
        for chunk_size in (10_000, 1):  # one range, and a range per follower
            fan_out(
                session,
                article_id=private.id,
                story_id=private.story_id,
                topics=["Syria"],
                now=utcnow(),
                chunk_size=chunk_size,
            )
        assert _told(session, private) == {users["a"].id, users["a2"].id}
        shared = make_article(session, "https://wire.example/1", feed_url="https://wire.example/f")
        fan_out(
            session, article_id=shared.id, story_id=shared.story_id, topics=["Syria"], now=utcnow()
        )
        assert _told(session, shared) == {u.id for u in users.values()}


def test_a_private_article_nobody_links_reaches_nobody(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        _followers(session)
        private = _private_article(session, [])
        written = fan_out(
            session,
            article_id=private.id,
            story_id=private.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
        assert written == [] and _told(session, private) == set()


def test_a_private_article_is_split_by_its_readers_only(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        users = _followers(session)
        private = _private_article(session, [users["a"]])
        assert split.plan(session, private, ["Syria"], utcnow(), chunk_size=1) is None
        shared = make_article(session, "https://wire.example/1", feed_url="https://wire.example/f")
        ranges = split.plan(session, shared, ["Syria"], utcnow(), chunk_size=1)
        assert ranges is not None and len(ranges) == len(users)
