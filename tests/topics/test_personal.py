"""Personal alerts in the classifier: compiled shard by shard (an untouched shard is not
recompiled), picked up by a worker's classifier after `ALERTS_CUSTOM_TOPICS_REFRESH_S`, and
matched into notifications for their owner only, named only in the owner's messages."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.accounts.alerts import AlertChange, add_alert, change_alert, remove_alert
from alerts.accounts.follows import follow
from alerts.accounts.users import add_user, find_user
from alerts.config import Settings
from alerts.errors import TopicError
from alerts.notify.views import article_topics, story_views
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow
from alerts.topics.custom import save_custom_topic
from alerts.topics.live import LiveClassifier
from alerts.topics.personal import ShardedAlerts, alert_key, shard_of
from alerts.topics.rules import folded_fields
from alerts.topics.taxonomy import bundled_taxonomy
from tests.helpers import make_article

TEXT = ("Shelling near Hosaiba", "Jets hit the border town of Albu Kamal again.")


def _user_alert(settings: Settings, email: str, name: str, query: str) -> tuple[int, int]:
    with session_scope(settings.database_url) as session:
        add_user(settings, session, email)
        user = find_user(session, email)
        alert = add_alert(session, user, name, query, limit=10)
        return user.id, alert.id


def _change(settings: Settings, email: str, alert_id: int, change: AlertChange) -> None:
    with session_scope(settings.database_url) as session:
        change_alert(session, find_user(session, email), alert_id, change)


def test_an_edited_alert_takes_effect_after_the_refresh(settings: Settings) -> None:
    live = LiveClassifier(settings.database_url, refresh_s=0.3)
    assert live.classify(*TEXT)  # compiled before the alert exists: bundled topics only
    time.sleep(0.35)
    _, alert_id = _user_alert(settings, "ana@example.org", "Border", "Hosaiba AND NOT Raqqa")
    assert alert_key(alert_id) in {m.name for m in live.classify(*TEXT)}
    _change(settings, "ana@example.org", alert_id, AlertChange(query="Hosaiba AND NOT jets"))
    assert alert_key(alert_id) in {m.name for m in live.classify(*TEXT)}, "within the refresh"
    time.sleep(0.35)
    names = {m.name for m in live.classify(*TEXT)}
    assert alert_key(alert_id) not in names and "Border" not in names


def test_only_changed_shards_are_recompiled(settings: Settings) -> None:
    first, first_alert = _user_alert(settings, "ana@example.org", "Border", "Hosaiba")
    second, second_alert = _user_alert(settings, "bo@example.org", "Town", '"Albu Kamal"')
    assert shard_of(first) != shard_of(second)
    shards = ShardedAlerts()
    with session_scope(settings.database_url) as session:
        assert shards.refresh(session) == {shard_of(first), shard_of(second)}
        assert shards.refresh(session) == set()
    _change(settings, "ana@example.org", first_alert, AlertChange(query="Raqqa"))
    with session_scope(settings.database_url) as session:
        assert shards.refresh(session) == {shard_of(first)}
        remove_alert(session, second, second_alert)
    with session_scope(settings.database_url) as session:
        assert shards.refresh(session) == set()  # nothing left to compile in that shard
        assert len(shards) == 1
        assert shards.match_folded(folded_fields(*TEXT)) == []
        _change(settings, "ana@example.org", first_alert, AlertChange(query="Hosaiba"))
    with session_scope(settings.database_url) as session:
        assert shards.refresh(session) == {shard_of(first)}
        (match,) = shards.match_folded(folded_fields(*TEXT))
        assert match.name == alert_key(first_alert) and match.evidence[0].text == "Hosaiba"


def test_a_match_notifies_only_its_owner_by_name(settings: Settings) -> None:
    owner, alert_id = _user_alert(settings, "ana@example.org", "Border", '"Albu Kamal"')
    with session_scope(settings.database_url) as session:
        add_user(settings, session, "bo@example.org")
        follow(session, bundled_taxonomy(), "bo@example.org", "Syria")
        article = make_article(session, "https://news.example/a", TEXT[0])
        article.summary = TEXT[1] + " Syria."
        article_id = article.id
    with session_scope(settings.database_url) as session:
        live = LiveClassifier(settings.database_url, refresh_s=0)
        pipeline.process_article(settings, session, live, article_id)
        rows = session.scalars(select(NotificationRow).order_by(NotificationRow.user_id)).all()
        assert [(r.user_id, r.topics) for r in rows] == [
            (owner, [alert_key(alert_id)]),
            (owner + 1, ["Syria"]),
        ]
        views = story_views(session, rows)
        assert [v.topics for v in views] == [("Border",), ("Syria",)]
        shared = article_topics(session, article_id)
        assert "Syria" in shared and not any(t.startswith("alert:") for t in shared)


def test_custom_topic_names_cannot_look_like_alerts(settings: Settings) -> None:
    with session_scope(settings.database_url) as session, pytest.raises(TopicError):
        save_custom_topic(session, bundled_taxonomy(), "alert:1", "Hosaiba")
