"""`/me/channels`: Apprise channels over the API; URLs masked, unreadable or private URLs a
422, another user's channel a 404, follows by name."""

from __future__ import annotations

import httpx

from alerts.demo.receiver import WebhookReceiver
from tests.api.conftest import Caller


def _add(client: httpx.Client, caller: Caller, url: str, name: str | None = None) -> httpx.Response:
    return client.post("/me/channels", json={"url": url, "name": name}, headers=caller.auth)


def test_add_list_test_and_remove(
    client: httpx.Client, alice: Caller, receiver: WebhookReceiver
) -> None:
    port = receiver.url.rsplit(":", 1)[1]
    created = _add(client, alice, f"json://user:s3cr3tpass@127.0.0.1:{port}/hook", "box")
    assert created.status_code == 201
    body = created.json()
    assert (body["name"], body["service"]) == ("box", "JSON")
    assert "s3cr3tpass" not in created.text and "****" in body["url"]
    listed = client.get("/me/channels", headers=alice.auth)
    assert [c["id"] for c in listed.json()] == [body["id"]] and "s3cr3tpass" not in listed.text
    probe = client.post(f"/me/channels/{body['id']}/test", headers=alice.auth)
    assert probe.json() == {"delivered": True, "error": None}
    assert len(receiver.requests) == 1
    assert client.delete(f"/me/channels/{body['id']}", headers=alice.auth).status_code == 204
    assert client.get("/me/channels", headers=alice.auth).json() == []


def test_unreadable_and_private_urls_are_422(client: httpx.Client, alice: Caller) -> None:
    unknown = _add(client, alice, "nosuchservice://host/x")
    assert unknown.status_code == 422
    assert "Apprise has no service" in unknown.json()["detail"][0]["msg"]
    private = _add(client, alice, "json://10.0.0.1/x")
    assert private.status_code == 422
    assert "private address" in private.json()["detail"][0]["msg"]


def test_another_users_channel_is_missing(
    client: httpx.Client, alice: Caller, bob: Caller, receiver: WebhookReceiver
) -> None:
    port = receiver.url.rsplit(":", 1)[1]
    channel_id = _add(client, alice, f"json://127.0.0.1:{port}/a", "box").json()["id"]
    assert client.delete(f"/me/channels/{channel_id}", headers=bob.auth).status_code == 404
    assert client.post(f"/me/channels/{channel_id}/test", headers=bob.auth).status_code == 404
    assert receiver.requests == []


def test_follow_every_channel_or_one_by_name(
    client: httpx.Client, alice: Caller, receiver: WebhookReceiver
) -> None:
    port = receiver.url.rsplit(":", 1)[1]
    none_yet = client.post(
        "/me/follows", json={"topic": "Syria", "channel": "apprise"}, headers=alice.auth
    )
    assert none_yet.status_code == 422 and "no Apprise channel" in none_yet.text
    _add(client, alice, f"json://127.0.0.1:{port}/a", "phone")
    every = client.post(
        "/me/follows", json={"topic": "Syria", "channel": "apprise"}, headers=alice.auth
    )
    named = client.post(
        "/me/follows", json={"topic": "Iraq", "channel": "phone"}, headers=alice.auth
    )
    assert (every.status_code, every.json()["channel"]) == (201, "apprise")
    assert (named.status_code, named.json()["channel"]) == (201, "phone")
    unknown = client.post(
        "/me/follows", json={"topic": "Iraq", "channel": "tablet"}, headers=alice.auth
    )
    assert unknown.status_code == 422 and "no channel 'tablet'" in unknown.text
