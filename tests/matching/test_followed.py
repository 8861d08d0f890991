"""Which topics anyone follows: what lets a batch skip the fan-out of unfollowed articles."""

from __future__ import annotations

from alerts.config import Settings
from alerts.matching.fanout import followed_topics
from alerts.store.db import session_scope
from tests.helpers import make_follow, make_user


def test_only_followed_topics_are_named(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        a, b = make_user(session, "a@example.org"), make_user(session, "b@example.org")
        make_follow(session, a, "Syria")
        make_follow(session, b, "Syria")
        make_follow(session, b, "Japan")
        session.commit()
        topics = ["Iraq", "Syria", "Japan", "Syria", "Tokyo"]
        assert followed_topics(session, topics) == {"Syria", "Japan"}
        assert followed_topics(session, ["Iraq"]) == set()
        assert followed_topics(session, []) == set()
