"""Read state: `GET /me/notifications?unread=`, `PATCH /me/notifications/{id}`,
`POST /me/notifications/read-all` and the unread count of `GET /me` (SQLite and PostgreSQL)."""

from __future__ import annotations

import httpx

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import Channel
from alerts.store.db import session_scope
from alerts.store.tables import ArticleTopicRow, UserRow, WebhookEndpointRow, utcnow
from tests.api.conftest import Caller
from tests.api.server import FrozenClock
from tests.helpers import make_article, make_follow

NOW = FrozenClock.now_utc.isoformat().replace("+00:00", "Z")


def _notify(settings: Settings, follows: dict[Caller, tuple[Channel, ...]]) -> None:
    """Two stories tagged Syria, fanned out to the callers, who follow Syria on the channels
    given."""
    with session_scope(settings.database_url) as session:
        for caller, channels in follows.items():
            user = session.get_one(UserRow, caller.id)
            for channel in channels:
                make_follow(session, user, "Syria", channel)
            if Channel.WEBHOOK in channels:
                endpoint = WebhookEndpointRow(
                    user_id=user.id, url="http://127.0.0.1:9/", secret="whsec_" + "A" * 43
                )
                session.add(endpoint)
        for key in ("https://news.example/one", "https://news.example/two"):
            article = make_article(session, key, "Story " + key[-3:])
            tag = ArticleTopicRow(article_id=article.id, topic="Syria", score=0.9, evidence=[])
            session.add(tag)
            ids = {"article_id": article.id, "story_id": article.story_id}
            fan_out(session, **ids, topics=["Syria"], now=utcnow())


def _unread(client: httpx.Client, caller: Caller) -> list[dict[str, object]]:
    answer = client.get("/me/notifications", params={"unread": "true"}, headers=caller.auth)
    assert answer.status_code == 200, answer.text
    listed: list[dict[str, object]] = answer.json()
    return listed


def _count(client: httpx.Client, caller: Caller) -> int:
    me = client.get("/me", headers=caller.auth)
    assert me.status_code == 200, me.text
    assert me.json()["email"] == caller.email
    unread: int = me.json()["unread"]
    return unread


def test_marking_read_shrinks_the_unread_list_by_one(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL,)})
    before = _unread(client, alice)
    assert [n["title"] for n in before] == ["Story two", "Story one"]
    assert all(n["read_at"] is None for n in before) and _count(client, alice) == 2
    first = before[0]["id"]
    answer = client.patch(f"/me/notifications/{first}", json={"read": True}, headers=alice.auth)
    assert answer.status_code == 200, answer.text
    assert answer.json()["id"] == first and answer.json()["read_at"] == NOW
    assert [n["id"] for n in _unread(client, alice)] == [before[1]["id"]]
    assert _count(client, alice) == 1
    read = client.get("/me/notifications?unread=false", headers=alice.auth).json()
    assert [(n["id"], n["read_at"]) for n in read] == [(first, NOW)]
    assert len(client.get("/me/notifications", headers=alice.auth).json()) == 2
    back = client.patch(f"/me/notifications/{first}", json={"read": False}, headers=alice.auth)
    assert back.status_code == 200 and back.json()["read_at"] is None
    assert len(_unread(client, alice)) == 2 and _count(client, alice) == 2


def test_reading_again_keeps_the_first_reading(
    client: httpx.Client, api_settings: Settings, alice: Caller, clock: FrozenClock
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL,)})
    first = _unread(client, alice)[0]["id"]
    client.patch(f"/me/notifications/{first}", json={"read": True}, headers=alice.auth)
    clock.now_utc = clock.now_utc.replace(hour=18)
    again = client.patch(f"/me/notifications/{first}", json={"read": True}, headers=alice.auth)
    assert again.status_code == 200 and again.json()["read_at"] == NOW


def test_read_state_is_per_story_across_channels(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL, Channel.WEBHOOK)})
    rows = _unread(client, alice)
    assert len(rows) == 4 and _count(client, alice) == 2
    story = rows[0]["story_id"]
    same = sorted(n["id"] for n in rows if n["story_id"] == story)
    assert len(same) == 2
    client.patch(f"/me/notifications/{same[0]}", json={"read": True}, headers=alice.auth)
    left = _unread(client, alice)
    assert {n["story_id"] for n in left} == {rows[-1]["story_id"]} != {story}
    assert len(left) == 2 and _count(client, alice) == 1
    client.patch(f"/me/notifications/{same[1]}", json={"read": False}, headers=alice.auth)
    assert len(_unread(client, alice)) == 4 and _count(client, alice) == 2


def test_another_users_notification_is_missing(
    client: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL,)})
    theirs = _unread(client, alice)[0]["id"]
    assert isinstance(theirs, int)
    missing = theirs + 1000
    foreign = client.patch(f"/me/notifications/{theirs}", json={"read": True}, headers=bob.auth)
    absent = client.patch(f"/me/notifications/{missing}", json={"read": True}, headers=alice.auth)
    assert foreign.status_code == absent.status_code == 404
    assert foreign.headers["content-type"] == absent.headers["content-type"]
    assert foreign.json() == {"detail": f"no notification {theirs}"}
    assert absent.json() == {"detail": f"no notification {missing}"}
    assert len(_unread(client, alice)) == 2 and _count(client, bob) == 0


def test_read_all_counts_stories_and_touches_no_one_else(
    client: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL, Channel.WEBHOOK), bob: (Channel.EMAIL,)})
    assert _count(client, bob) == 2
    first = _unread(client, alice)[0]["id"]
    client.patch(f"/me/notifications/{first}", json={"read": True}, headers=alice.auth)
    marked = client.post("/me/notifications/read-all", headers=alice.auth)
    assert marked.status_code == 200 and marked.json() == {"marked": 1}
    assert _unread(client, alice) == [] and _count(client, alice) == 0
    assert client.post("/me/notifications/read-all", headers=alice.auth).json() == {"marked": 0}
    assert _count(client, bob) == 2 and len(_unread(client, bob)) == 2


def test_bad_requests_are_refused(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _notify(api_settings, {alice: (Channel.EMAIL,)})
    first = _unread(client, alice)[0]["id"]
    url = f"/me/notifications/{first}"
    for body in ({"read": 1}, {"read": "true"}, {}, {"read": True, "seen": True}, {"read": None}):
        answer = client.patch(url, json=body, headers=alice.auth)
        assert answer.status_code == 422, body
        assert answer.json()["detail"][0]["loc"][0] == "body"
    assert (
        client.patch("/me/notifications/0", json={"read": True}, headers=alice.auth).status_code
        == 422
    )
    wrong = client.patch("/me/notifications/read-all", json={"read": True}, headers=alice.auth)
    assert wrong.status_code == 405
    assert wrong.headers["allow"] == "POST"  # the methods of routers included in the app too
    assert client.get("/me/notifications?unread=maybe", headers=alice.auth).status_code == 422
    assert client.get("/me").status_code == 401
    assert client.post("/me/notifications/read-all").status_code == 401
    assert len(_unread(client, alice)) == 2
