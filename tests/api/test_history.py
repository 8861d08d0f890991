"""`/me/notifications`, `/topics` and `/articles/{id}`, and the admin API."""

from __future__ import annotations

import httpx

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.store.db import session_scope
from alerts.store.tables import UserRow, utcnow
from tests.api.conftest import ADMIN_KEY, Caller
from tests.helpers import make_follow


def test_notification_history_is_per_user(
    client: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller, article_id: int
) -> None:
    with session_scope(api_settings.database_url) as session:
        make_follow(session, session.get_one(UserRow, alice.id), "Syria")
        fan_out(session, article_id=article_id, story_id=1, topics=["Syria"], now=utcnow())
    mine = client.get("/me/notifications", headers=alice.auth).json()
    assert [(n["title"], n["status"], n["topics"]) for n in mine] == [
        ("Strikes near the border", "pending", ["Syria"])
    ]
    assert client.get("/me/notifications?status=sent", headers=alice.auth).json() == []
    assert client.get("/me/notifications", headers=bob.auth).json() == []
    assert client.get("/me/notifications?limit=0", headers=alice.auth).status_code == 422
    assert client.get("/me/notifications?status=lost", headers=alice.auth).status_code == 422


def test_topic_search_and_article_topics(
    client: httpx.Client, alice: Caller, article_id: int
) -> None:
    found = client.get("/topics", params={"q": "daesh"}, headers=alice.auth).json()
    assert found[0]["name"] == "Islamic State" and found[0]["matched"] == "Daesh"
    assert len(client.get("/topics?q=a&limit=3", headers=alice.auth).json()) == 3
    assert client.get("/topics?q=zzzzqqq", headers=alice.auth).json() == []
    assert client.get("/topics?limit=101", headers=alice.auth).status_code == 422
    client.post("/me/follows", json={"topic": "Syria"}, headers=alice.auth)
    article = client.get(f"/articles/{article_id}", headers=alice.auth).json()
    assert [(t["name"], t["followed"]) for t in article["topics"]] == [
        ("Syria", True),
        ("Islamic State", False),
    ]
    assert client.get("/articles/999", headers=alice.auth).status_code == 404


def test_admin_creates_users_and_feeds(client: httpx.Client) -> None:
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    user = client.post("/admin/users", json={"email": "carol@example.org"}, headers=admin)
    assert user.status_code == 201
    key = user.json()["api_key"]
    assert client.get("/me/preferences", headers={"Authorization": f"Bearer {key}"}).is_success
    again = client.post("/admin/users", json={"email": "carol@example.org"}, headers=admin)
    assert again.status_code == 422 and again.json()["detail"][0]["loc"] == ["body", "email"]
    # A host that resolves without a lookup and that the settings allow (127.0.0.1).
    feed = {"source": "http://127.0.0.1:9/world.rss", "name": "World"}
    assert client.post("/admin/feeds", json=feed, headers=admin).status_code == 201
    assert client.post("/admin/feeds", json=feed, headers=admin).status_code == 200
    assert [f["name"] for f in client.get("/admin/feeds", headers=admin).json()] == ["World"]
    missing = client.post("/admin/feeds", json={"source": "/no/such/feed.xml"}, headers=admin)
    assert missing.status_code == 422
