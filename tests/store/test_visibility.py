"""`feed_audiences`: who may be told about the articles of several feeds, read at once."""

from __future__ import annotations

from alerts.config import Settings
from alerts.store.db import session_scope
from alerts.store.tables import FeedRow, UserFeedRow
from alerts.store.visibility import feed_audiences
from tests.helpers import make_article, make_user


def test_shared_feeds_reach_everyone_private_ones_their_linkers_gone_ones_nobody(
    settings: Settings,
) -> None:
    with session_scope(settings.database_url) as session:
        reader = make_user(session, "r@example.org")
        make_user(session, "o@example.org")  # links no feed: in no private audience
        shared = make_article(session, "https://wire.example/1", feed_url="https://wire.example/f")
        private = make_article(session, "https://desk.example/1", feed_url="https://desk.example/f")
        unlinked = make_article(session, "https://own.example/1", feed_url="https://own.example/f")
        for article in (private, unlinked):
            session.get_one(FeedRow, article.feed_id).shared = False
        session.add(UserFeedRow(user_id=reader.id, feed_id=private.feed_id))
        session.flush()
        gone = max(a.feed_id for a in (shared, private, unlinked)) + 1

        found = feed_audiences(session, [shared.feed_id, private.feed_id, unlinked.feed_id, gone])

        assert found == {
            shared.feed_id: None,
            private.feed_id: frozenset({reader.id}),
            unlinked.feed_id: frozenset(),
        }
