"""Feed tokens: issued once, looked up exactly, and never replaced by a late first request."""

from __future__ import annotations

from alerts.accounts.users import add_user
from alerts.config import Settings
from alerts.inbox.tokens import feed_token, feed_urls, rotate_feed_token, user_by_feed_token
from alerts.store.db import session_scope
from alerts.store.tables import UserRow


def test_a_stale_first_request_keeps_the_token_another_issued(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        user_id = add_user(settings, session, "ana@example.org").id
    with session_scope(settings.database_url) as late:
        stale = late.get_one(UserRow, user_id)
        assert stale.inbox_token is None
        with session_scope(settings.database_url) as early:
            issued = feed_token(early, early.get_one(UserRow, user_id))
        assert feed_token(late, stale) == issued
    with session_scope(settings.database_url) as session:
        user = session.get_one(UserRow, user_id)
        assert feed_token(session, user) == issued
        assert user_by_feed_token(session, issued) is user
        assert user_by_feed_token(session, issued[:-1]) is None
        assert user_by_feed_token(session, issued.removeprefix("if_")) is None
        rotated = rotate_feed_token(session, user)
        assert rotated != issued and user_by_feed_token(session, issued) is None
    urls = feed_urls(settings, rotated)
    assert urls.atom_url == f"{settings.base_url}/feeds/inbox/{rotated}.atom"
    assert urls.json_url == f"{settings.base_url}/feeds/inbox/{rotated}.json"
