"""Story views of a batch: followers who matched the same topics share one view; a follower
whose own alert matched sees it by name, in a view of their own."""

from __future__ import annotations

from alerts.accounts.users import add_user
from alerts.config import Settings
from alerts.notify.channel_path import Claimed
from alerts.notify.views import story_views
from alerts.store.db import session_scope
from alerts.store.tables import PersonalAlertRow
from alerts.topics.personal import alert_key
from tests.helpers import make_article


def test_followers_with_the_same_topics_share_a_view(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        owner = add_user(settings, session, "ana@example.org").id
        article = make_article(session, "https://news.example/a", "Talks resume")
        alert = PersonalAlertRow(user_id=owner, name="Border", query='"Albu Kamal"')
        session.add(alert)
        session.flush()
        own = alert_key(alert.id)

        def row(user_id: int, topics: list[str]) -> Claimed:
            return Claimed(
                user_id * 10,
                user_id,
                "webhook",
                f"m{user_id}",
                article.id,
                article.story_id,
                None,
                topics,
            )

        rows = [row(101, ["Syria"]), row(102, ["Syria"]), row(owner, [own]), row(104, ["Iraq"])]
        views = story_views(session, [*rows, row(owner + 1, [own])])
    assert views[0] is views[1]
    assert [v.topics for v in views] == [("Syria",), ("Syria",), ("Border",), ("Iraq",), ()]
    assert views[0].title == "Talks resume" and views[3] is not views[0]
