"""Every endpoint refuses callers without a valid key (401 with WWW-Authenticate), user
keys do not open the admin API, and the admin key does not act as a user."""

from __future__ import annotations

import httpx

from alerts.accounts.sessions import start_session
from alerts.config import Settings
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from tests.api.conftest import ADMIN_KEY, Caller

USER_ENDPOINTS = [
    ("GET", "/topics?q=iraq", None),
    ("GET", "/articles?q=iraq", None),
    ("GET", "/articles/1", None),
    ("GET", "/me/follows", None),
    ("POST", "/me/follows", {"topic": "Iraq"}),
    ("PATCH", "/me/follows/1", {"mode": "daily"}),
    ("DELETE", "/me/follows/1", None),
    ("GET", "/me/preferences", None),
    ("PUT", "/me/preferences", {"digest_hour": 7}),
    ("GET", "/me/notifications", None),
    ("GET", "/me/webhooks", None),
    ("POST", "/me/webhooks", {"url": "https://hooks.example.org/x"}),
    ("PATCH", "/me/webhooks/1", {"rate_limit_per_s": 5}),
    ("DELETE", "/me/webhooks/1", None),
    ("POST", "/me/webhooks/1/rotate", None),
    ("POST", "/me/webhooks/1/test", None),
]
ADMIN_ENDPOINTS = [
    ("GET", "/admin/feeds", None),
    ("POST", "/admin/feeds", {"source": "https://example.org/feed.xml"}),
    ("POST", "/admin/users", {"email": "new@example.org"}),
    ("GET", "/admin/topics", None),
    ("POST", "/admin/topics", {"name": "Checkpoints", "query": "checkpoint"}),
]


def _call(
    client: httpx.Client, method: str, path: str, body: object, headers: dict[str, str]
) -> httpx.Response:
    return client.request(method, path, json=body, headers=headers)


BAD_HEADERS = [
    {},
    {"Authorization": "Bearer ak_not-a-real-key"},
    {"Authorization": "Basic YWxpY2U6cHc="},
    {"Authorization": f"Bearer {ADMIN_KEY}"},
]


def test_user_endpoints_need_a_user_key(client: httpx.Client, alice: Caller) -> None:
    for headers in BAD_HEADERS:
        for method, path, body in USER_ENDPOINTS:
            response = _call(client, method, path, body, headers)
            assert response.status_code == 401, (headers, method, path, response.text)
            assert response.headers["www-authenticate"] == "Bearer"
            assert isinstance(response.json()["detail"], str)


def test_admin_endpoints_need_the_admin_key(client: httpx.Client, alice: Caller) -> None:
    for headers in ({}, alice.auth, {"Authorization": "Bearer admin-key-for-tests-wrong"}):
        for method, path, body in ADMIN_ENDPOINTS:
            response = _call(client, method, path, body, headers)
            assert response.status_code == 401, (method, path, response.text)


def test_public_endpoints(client: httpx.Client) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    schema = client.get("/openapi.json").json()
    assert {"/me/follows", "/me/preferences", "/unsubscribe", "/topics"} <= set(schema["paths"])


def test_a_cookie_alone_cannot_change_anything(
    client: httpx.Client, alice: Caller, api_settings: Settings
) -> None:
    client.cookies.set("alerts_key", alice.key)  # the key itself is no cookie any more
    assert client.get("/me/follows").status_code == 401
    with session_scope(api_settings.database_url) as session:
        token = start_session(session, alice.id, now=utcnow(), ttl_s=60)
    client.cookies.set("alerts_session", token)
    assert client.get("/me/follows").status_code == 200
    refused = client.post("/me/follows", json={"topic": "Iraq"})
    assert refused.status_code == 401
    allowed = client.post(
        "/me/follows", json={"topic": "Iraq"}, headers={"X-Requested-With": "alerts-web"}
    )
    assert allowed.status_code == 201
