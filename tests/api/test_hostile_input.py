"""Hostile clients against the API on a real loopback port: bodies over
`ALERTS_API_MAX_BODY_BYTES` are refused with 413 before they are read (declared or chunked),
refusals quote only a short excerpt of the input, and no input yields a 5xx: lone
surrogates, deep nesting, huge and infinite numbers, odd bytes, in the body, path or query.

These are properties of the HTTP edge, not of the database, so they run on SQLite only."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from alerts.api import create_app
from alerts.config import Settings, load_settings
from alerts.errors import ConfigError
from alerts.store.db import session_scope
from alerts.store.tables import FollowRow
from tests.api.conftest import ADMIN_KEY, Caller
from tests.api.server import ApiServer, memory_senders

MIB = 1024 * 1024
SHORT_REPLY = 1024  # bytes: the most any refusal here may take
JSON = {"Content-Type": "application/json"}


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'alerts.db'}"


def _peak_rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc/self/status")


def _head_only(port: int, head: str) -> bytes:
    """Send a request head announcing a body, send no body, and read the whole answer."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(head.replace("\n", "\r\n").encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer


def test_a_declared_length_over_the_cap_is_refused_before_the_route_runs(
    server: ApiServer, client: httpx.Client, alice: Caller, api_settings: Settings
) -> None:
    follow_id = client.post("/me/follows", json={"topic": "Syria"}, headers=alice.auth).json()["id"]
    head = (
        f"DELETE /me/follows/{follow_id} HTTP/1.1\nHost: 127.0.0.1\n"
        f"Authorization: Bearer {alice.key}\nContent-Length: {50 * MIB}\n\n"
    )
    started = time.monotonic()
    answer = _head_only(server.port, head)  # answered and closed without waiting for 50 MB
    assert time.monotonic() - started < 5
    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 413"), answer[:300]
    assert b"connection: close" in status.lower()
    assert "ALERTS_API_MAX_BODY_BYTES" in json.loads(body)["detail"]
    with session_scope(api_settings.database_url) as session:
        assert session.get(FollowRow, follow_id) is not None, "the DELETE never ran"


def test_a_chunked_body_is_cut_off_at_the_cap_without_filling_memory(
    server: ApiServer, alice: Caller
) -> None:
    sent = 0
    block = b" " * 65536

    def fifty_megabytes() -> Iterator[bytes]:
        nonlocal sent
        while sent < 50 * MIB:
            sent += len(block)
            yield block

    Path("/proc/self/clear_refs").write_text("5")  # restart the peak RSS count (server is here)
    before = _peak_rss_kib()
    started = time.monotonic()
    response = httpx.post(
        f"{server.url}/me/follows",
        content=fifty_megabytes(),  # no Content-Length: Transfer-Encoding: chunked
        headers=alice.auth | JSON,
        timeout=30,
    )
    assert response.status_code == 413, response.text
    assert "ALERTS_API_MAX_BODY_BYTES" in response.json()["detail"]
    assert time.monotonic() - started < 10
    assert sent < 25 * MIB, f"the server went on reading: {sent} bytes sent"
    assert _peak_rss_kib() - before < 20 * 1024, "the body was kept in memory"


def test_the_cap_is_exact_and_the_body_up_to_it_is_read(server: ApiServer, alice: Caller) -> None:
    body = b'{"topic": "Iraq"}'
    at_cap = body + b" " * (MIB - len(body))
    accepted = httpx.post(f"{server.url}/me/follows", content=at_cap, headers=alice.auth | JSON)
    assert accepted.status_code == 201, accepted.text
    refused = httpx.post(
        f"{server.url}/me/follows", content=at_cap + b" ", headers=alice.auth | JSON
    )
    assert refused.status_code == 413


def test_the_cap_comes_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, api_settings: Settings, alice: Caller
) -> None:
    monkeypatch.setenv("ALERTS_API_MAX_BODY_BYTES", "2048")
    settings = load_settings(**api_settings.model_dump(exclude={"api_max_body_bytes"}))
    assert settings.api_max_body_bytes == 2048
    with ApiServer(create_app(settings, senders=memory_senders())) as small:
        form = {"key": "k" * 2100}  # the sign-in form is capped too
        assert httpx.post(f"{small.url}/web/login", data=form).status_code == 413
        ok = httpx.post(f"{small.url}/me/follows", json={"topic": "Iraq"}, headers=alice.auth)
        assert ok.status_code == 201
    for bad in ("0", "-1", "lots"):
        monkeypatch.setenv("ALERTS_API_MAX_BODY_BYTES", bad)
        with pytest.raises(ConfigError, match=r"^ALERTS_API_MAX_BODY_BYTES: "):
            load_settings()


def test_a_refusal_quotes_only_a_short_excerpt(client: httpx.Client, alice: Caller) -> None:
    long_topic = {"topic": "x" * 900_000}
    response = client.post("/me/follows", json=long_topic, headers=alice.auth)
    assert response.status_code == 422
    assert len(response.content) < SHORT_REPLY
    error = response.json()["detail"][0]
    assert error["loc"] == ["body", "topic"]
    assert error["input"].startswith("xxx") and len(error["input"]) <= 80
    huge_key = {"topic": "Iraq", "k" * 500_000: 1}
    response = client.post("/me/follows", json=huge_key, headers=alice.auth)
    assert response.status_code == 422 and len(response.content) < SHORT_REPLY
    many_errors = {"topic": "Iraq", "exclude": [1] * 5000}
    response = client.post("/me/follows", json=many_errors, headers=alice.auth)
    assert response.status_code == 422 and len(response.content) < 4 * SHORT_REPLY


SURROGATES = [
    ("POST", "/me/follows", '{"topic": "\\ud800"}'),
    ("POST", "/me/follows", '{"topic": "Iraq", "mode": "\\udfff"}'),
    ("POST", "/me/follows", '{"topic": "Iraq", "exclude": ["a\\ud800b"]}'),
    ("POST", "/me/follows", '{"\\ud800": 1, "topic": "Iraq"}'),
    ("POST", "/me/follows", '{"topic": "Iraq", "snoozed_until": "\\ud800"}'),
    ("PATCH", "/me/follows/1", '{"exclude": ["\\ud800"]}'),
    ("PUT", "/me/preferences", '{"timezone": "\\ud800"}'),
    ("PUT", "/me/preferences", '{"quiet_hours": {"start": "\\ud800", "end": "07:00"}}'),
    ("POST", "/me/webhooks", '{"url": "https://\\ud800.example/"}'),
    ("POST", "/admin/feeds", '{"source": "\\ud800"}'),
    ("POST", "/admin/users", '{"email": "\\ud800@example.org"}'),
    ("POST", "/admin/topics", '{"name": "\\ud800", "query": "x"}'),
    ("POST", "/admin/topics", '{"name": "Border", "query": "\\udc00"}'),
]


def test_lone_surrogates_are_a_422(client: httpx.Client, alice: Caller) -> None:
    for method, path, body in SURROGATES:
        key = ADMIN_KEY if path.startswith("/admin") else alice.key
        headers = {"Authorization": f"Bearer {key}"} | JSON
        response = client.request(method, path, content=body.encode(), headers=headers)
        assert response.status_code == 422, (path, body, response.text)
        assert "\\ud" in response.text, "the surrogate is shown escaped"
        assert response.json()["detail"][0]["type"] == "string_unicode"


def _nested(depth: int) -> str:
    return "[" * depth + "]" * depth


HOSTILE_BODIES = [
    ("PUT", "/me/preferences", _nested(100_000), 400, "nested too deeply"),
    ("PUT", "/me/preferences", '{"quiet_hours": ' + _nested(100_000) + "}", 400, "nested"),
    ("PUT", "/me/preferences", '{"a":' * 50_000 + "1" + "}" * 50_000, 400, "nested"),
    ("POST", "/me/follows", '{"topic": "Iraq", "exclude": ' + _nested(900) + "}", 422, None),
    ("PUT", "/me/preferences", '{"digest_hour": 1e400}', 422, '"input":"inf"'),
    ("PUT", "/me/preferences", '{"digest_hour": -1e400}', 422, '"input":"-inf"'),
    ("PUT", "/me/preferences", '{"digest_hour": NaN}', 422, '"input":"nan"'),
    ("PUT", "/me/preferences", '{"digest_hour": ' + "9" * 5000 + "}", 400, "too many digits"),
    ("PUT", "/me/preferences", '{"digest_hour": ' + "9" * 4000 + "}", 422, None),
    ("PUT", "/me/preferences", '{"instant_cap_per_hour": 1e308}', 422, None),
    ("POST", "/me/follows", '{"topic": "Iraq", "snoozed_until": 1e400}', 422, None),
    ("PATCH", "/me/webhooks/1", '{"rate_limit_per_s": ' + "1" * 300 + "}", 422, None),
    ("POST", "/me/follows", b'{"topic": "\xff\xfe"}', 400, "not valid UTF-8"),
    ("POST", "/me/follows", b"\x00" * 100, 422, "JSON"),
]


def test_hostile_bodies_are_a_short_4xx(client: httpx.Client, alice: Caller) -> None:
    for method, path, body, status, says in HOSTILE_BODIES:
        content = body.encode() if isinstance(body, str) else body
        response = client.request(method, path, content=content, headers=alice.auth | JSON)
        assert response.status_code == status, (path, body[:40], response.text[:300])
        assert len(response.content) < SHORT_REPLY
        assert says is None or says in response.text, response.text


HOSTILE_URLS = [
    "/articles/" + "9" * 5000,
    "/articles/%ED%A0%80",
    "/articles/1e400",
    "/topics?limit=" + "9" * 5000,
    "/topics?q=%ED%A0%80%ff",
    "/me/notifications?before_id=-1e400",
    "/me/notifications?status=%00",
    "/unsubscribe?token=%ED%A0%80",
    "/web/topics?q=%ED%A0%80",
    "/web/login?next=%ED%A0%80",
    "/web/articles/" + "9" * 5000,
]


def test_hostile_paths_and_queries_are_not_server_errors(
    client: httpx.Client, alice: Caller
) -> None:
    for url in HOSTILE_URLS:
        response = client.get(url, headers=alice.auth)
        assert response.status_code < 500, (url, response.text[:300])
        assert len(response.content) < 4 * SHORT_REPLY
