"""`/me/follows`: follow by name or alias, overrides, and strict isolation between users."""

from __future__ import annotations

import httpx

from tests.api.conftest import ADMIN_KEY, Caller


def _follow(client: httpx.Client, caller: Caller, **body: object) -> httpx.Response:
    return client.post("/me/follows", json=body, headers=caller.auth)


def test_follow_by_alias_update_and_unfollow(client: httpx.Client, alice: Caller) -> None:
    created = _follow(client, alice, topic="isis", exclude=["football", " football "])
    assert created.status_code == 201
    follow = created.json()
    assert (follow["topic"], follow["channel"], follow["mode"]) == (
        "Islamic State",
        "email",
        "instant",
    )
    assert follow["exclude"] == ["football"]
    again = _follow(client, alice, topic="Islamic State", mode="daily")
    assert again.status_code == 200 and again.json()["id"] == follow["id"]
    assert again.json()["mode"] == "daily"
    listed = client.get("/me/follows", headers=alice.auth).json()
    assert [f["topic"] for f in listed] == ["Islamic State"]
    assert client.delete(f"/me/follows/{follow['id']}", headers=alice.auth).status_code == 204
    assert client.get("/me/follows", headers=alice.auth).json() == []


def test_following_again_keeps_fields_not_sent(client: httpx.Client, alice: Caller) -> None:
    first = _follow(
        client, alice, topic="Syria", mode="daily", exclude=["football"], ignore_quiet_hours=True
    ).json()
    again = _follow(client, alice, topic="Syria")
    assert again.status_code == 200
    kept = again.json()
    assert (kept["mode"], kept["exclude"], kept["ignore_quiet_hours"]) == (
        "daily",
        ["football"],
        True,
    )
    assert kept["id"] == first["id"]


def test_snooze_and_overrides(client: httpx.Client, alice: Caller) -> None:
    follow = _follow(client, alice, topic="Syria").json()
    path = f"/me/follows/{follow['id']}"
    snoozed = client.patch(
        path, json={"snoozed_until": "2026-12-01T08:00:00+01:00"}, headers=alice.auth
    ).json()
    assert snoozed["snoozed_until"].startswith("2026-12-01T07:00:00")
    changed = client.patch(
        path, json={"exclude": ["football"], "ignore_quiet_hours": True}, headers=alice.auth
    ).json()
    assert changed["exclude"] == ["football"] and changed["ignore_quiet_hours"] is True
    assert changed["snoozed_until"] is not None, "fields left out keep their value"
    woken = client.patch(path, json={"snoozed_until": None}, headers=alice.auth).json()
    assert woken["snoozed_until"] is None


def test_users_cannot_reach_each_others_follows(
    client: httpx.Client, alice: Caller, bob: Caller
) -> None:
    follow = _follow(client, alice, topic="Syria").json()
    path = f"/me/follows/{follow['id']}"
    assert client.get("/me/follows", headers=bob.auth).json() == []
    assert client.patch(path, json={"mode": "weekly"}, headers=bob.auth).status_code == 404
    assert client.delete(path, headers=bob.auth).status_code == 404
    mine = client.get("/me/follows", headers=alice.auth).json()
    assert [(f["id"], f["mode"]) for f in mine] == [(follow["id"], "instant")]


def _field_at_fault(response: httpx.Response) -> list[str]:
    assert response.status_code == 422, response.text
    return [str(part) for part in response.json()["detail"][0]["loc"]]


def test_invalid_follows_name_the_field(client: httpx.Client, alice: Caller) -> None:
    unknown = _follow(client, alice, topic="Atlantis")
    assert _field_at_fault(unknown) == ["body", "topic"]
    assert "unknown topic" in unknown.json()["detail"][0]["msg"]
    assert _field_at_fault(_follow(client, alice, topic="Syria", mode="hourly"))[-1] == "mode"
    assert _field_at_fault(_follow(client, alice, topic="Syria", channel="webhook")) == [
        "body",
        "channel",
    ]
    assert _field_at_fault(_follow(client, alice, topic="Syria", colour="red"))[-1] == "colour"
    assert _field_at_fault(_follow(client, alice, topic="Sy\x00ria"))[-1] == "topic"
    too_many = _follow(client, alice, topic="Syria", exclude=[f"w{i}" for i in range(21)])
    assert _field_at_fault(too_many)[-1] == "exclude"
    assert client.delete("/me/follows/0", headers=alice.auth).status_code == 422
    assert client.delete("/me/follows/99999999999", headers=alice.auth).status_code == 422
    bad_json = client.post(
        "/me/follows", content=b"{", headers=alice.auth | {"content-type": "application/json"}
    )
    assert bad_json.status_code == 422


def test_custom_topics_are_searched_and_followed_like_any_other(
    client: httpx.Client, alice: Caller
) -> None:
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    topic = {"name": "Checkpoint queues", "query": '"checkpoint queue"', "parent": "Syria"}
    assert client.post("/admin/topics", json=topic, headers=admin).status_code == 201
    bad = client.post("/admin/topics", json=topic | {"query": '"unclosed'}, headers=admin)
    assert bad.status_code == 422 and bad.json()["detail"][0]["loc"] == ["body", "query"]
    taken = client.post("/admin/topics", json=topic | {"name": "Syria"}, headers=admin)
    assert taken.status_code == 422 and taken.json()["detail"][0]["loc"] == ["body", "name"]
    listed = client.get("/admin/topics", headers=admin).json()
    assert [t["name"] for t in listed] == ["Checkpoint queues"]
    found = client.get("/topics", params={"q": "checkpoint q"}, headers=alice.auth).json()
    assert [(t["name"], t["kind"], t["parents"]) for t in found] == [
        ("Checkpoint queues", "custom", ["Syria"])
    ]
    follow = client.post("/me/follows", json={"topic": "checkpoint queues"}, headers=alice.auth)
    assert follow.status_code == 201 and follow.json()["topic"] == "Checkpoint queues"
