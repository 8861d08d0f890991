"""`/me/webhooks`: add (behind the SSRF guard), list without secrets, signed test events to
a real loopback receiver, rotation, removal, and isolation between users."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import httpx
import pytest
from standardwebhooks.webhooks import Webhook

from alerts.config import Settings
from alerts.demo.receiver import ReceivedRequest, WebhookReceiver
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from tests.api.conftest import Caller
from tests.api.server import Mailbox


@pytest.fixture
def senders(api_settings: Settings) -> Senders:
    """The real webhook sender: test events go over HTTP to the loopback receiver."""
    return Senders(
        mail=Mailbox(), webhook=WebhookSender(allowed_hosts=api_settings.webhook_allowed_hosts)
    )


def _verify(secret: str, request: ReceivedRequest) -> dict[str, object]:
    """Check the signature as a receiver would, at the moment the (frozen) clock signed it."""
    moment = datetime.fromtimestamp(int(request.headers["webhook-timestamp"]), tz=UTC)
    expected = Webhook(secret).sign(request.headers["webhook-id"], moment, request.body.decode())
    assert request.headers["webhook-signature"] == expected
    event: dict[str, object] = json.loads(request.body)
    return event


@pytest.fixture
def hook(receiver: WebhookReceiver) -> Iterator[WebhookReceiver]:
    yield receiver


def test_endpoint_lifecycle(client: httpx.Client, alice: Caller, hook: WebhookReceiver) -> None:
    created = client.post("/me/webhooks", json={"url": hook.url + "/in"}, headers=alice.auth)
    assert created.status_code == 201
    endpoint = created.json()
    assert endpoint["secret"].startswith("whsec_")
    listed = client.get("/me/webhooks", headers=alice.auth).json()
    assert [e["id"] for e in listed] == [endpoint["id"]] and "secret" not in listed[0]

    probe = client.post(f"/me/webhooks/{endpoint['id']}/test", headers=alice.auth).json()
    assert probe["delivered"] is True and probe["status"] == 200
    request = hook.requests[-1]
    event = _verify(endpoint["secret"], request)
    assert event["type"] == "test" and request.headers["webhook-id"] == probe["webhook_id"]

    rotated = client.post(f"/me/webhooks/{endpoint['id']}/rotate", headers=alice.auth).json()
    assert rotated["secret"] != endpoint["secret"]
    client.post(f"/me/webhooks/{endpoint['id']}/test", headers=alice.auth)
    _verify(rotated["secret"], hook.requests[-1])

    hook.responses.append(500)
    failed = client.post(f"/me/webhooks/{endpoint['id']}/test", headers=alice.auth).json()
    assert failed["delivered"] is False and "500" in failed["error"]

    assert client.delete(f"/me/webhooks/{endpoint['id']}", headers=alice.auth).status_code == 204
    assert client.get("/me/webhooks", headers=alice.auth).json() == []


UNSAFE = [
    "http://10.0.0.8/hook",
    "http://169.254.169.254/latest",
    "http://[::ffff:10.0.0.1]/x",
    "http://user:pw@127.0.0.1/x",
    "http://[::1/x",
    "http://127.0.0.1:99999/x",
    "ftp://127.0.0.1/x",
]


def test_unsafe_urls_are_refused(client: httpx.Client, alice: Caller) -> None:
    for url in UNSAFE:
        response = client.post("/me/webhooks", json={"url": url}, headers=alice.auth)
        assert response.status_code == 422, (url, response.text)
        assert response.json()["detail"][0]["loc"][-1] == "url"
    assert client.get("/me/webhooks", headers=alice.auth).json() == []


def test_users_cannot_reach_each_others_endpoints(
    client: httpx.Client, alice: Caller, bob: Caller, hook: WebhookReceiver
) -> None:
    endpoint = client.post("/me/webhooks", json={"url": hook.url}, headers=alice.auth).json()
    base = f"/me/webhooks/{endpoint['id']}"
    assert client.get("/me/webhooks", headers=bob.auth).json() == []
    assert client.post(f"{base}/rotate", headers=bob.auth).status_code == 404
    assert client.post(f"{base}/test", headers=bob.auth).status_code == 404
    assert client.delete(base, headers=bob.auth).status_code == 404
    assert hook.requests == []
    assert len(client.get("/me/webhooks", headers=alice.auth).json()) == 1
    follow = client.post(
        "/me/follows", json={"topic": "Iraq", "channel": "webhook"}, headers=bob.auth
    )
    assert follow.status_code == 422, "bob has no endpoint of his own"


def test_rate_limit_is_set_on_create_and_changed_by_patch(
    client: httpx.Client, alice: Caller, bob: Caller, hook: WebhookReceiver
) -> None:
    body = {"url": hook.url, "rate_limit_per_s": 20}
    endpoint = client.post("/me/webhooks", json=body, headers=alice.auth).json()
    assert endpoint["rate_limit_per_s"] == 20
    base = f"/me/webhooks/{endpoint['id']}"
    assert client.patch(base, json={"rate_limit_per_s": -1}, headers=alice.auth).status_code == 422
    assert client.patch(base, json={"rate_limit_per_s": 5}, headers=bob.auth).status_code == 404
    changed = client.patch(base, json={"rate_limit_per_s": None}, headers=alice.auth)
    assert changed.status_code == 200 and changed.json()["rate_limit_per_s"] is None
    listed = client.get("/me/webhooks", headers=alice.auth).json()
    assert listed[0]["rate_limit_per_s"] is None
