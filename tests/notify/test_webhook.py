"""Webhooks: Standard Webhooks signatures, outcomes by status, and the SSRF guard."""

from __future__ import annotations

import base64
import hmac
import secrets
import time
from datetime import UTC, datetime

import pytest
from standardwebhooks.webhooks import Webhook

from alerts.demo.receiver import WebhookReceiver
from alerts.errors import DeliveryError, UnsafeTargetError
from alerts.guard import check_url
from alerts.notify.webhook import (
    EndpointGoneError,
    Outcome,
    WebhookJob,
    WebhookSender,
    new_secret,
    sign,
    sign_body,
)
from tests.feeds.hostile import Handler, HostileServer


def test_signature_verifies_with_standardwebhooks() -> None:
    secret = new_secret()
    assert secret.startswith("whsec_")
    request = sign(secret, "msg_abc", {"type": "article.matched", "data": {"x": "é"}})
    assert request.headers["webhook-id"] == "msg_abc"
    assert Webhook(secret).verify(request.body, request.headers) == {
        "type": "article.matched",
        "data": {"x": "é"},
    }
    with pytest.raises(Exception):  # noqa: B017 - any verification failure will do
        Webhook(new_secret()).verify(request.body, request.headers)


@pytest.mark.parametrize("key_bytes", [1, 32, 64, 65, 200])
def test_a_signature_is_the_hmac_of_its_secrets_key(key_bytes: int) -> None:
    """Keys shorter than SHA-256's block, as long, and longer; the secret's HMAC is set up
    once and copied, so a second signature does not carry the first one's message."""
    key = secrets.token_bytes(key_bytes)
    secret = "whsec_" + base64.b64encode(key).decode()
    at = datetime.fromtimestamp(1700000000, UTC)
    for body in ('{"a":1}', '{"b":2}'):
        request = sign_body(secret, "msg_k", body, now=at)
        expected = hmac.digest(key, f"msg_k.1700000000.{body}".encode(), "sha256")
        signature = "v1," + base64.b64encode(expected).decode()
        assert request.headers["webhook-signature"] == signature


def test_delivery_to_a_real_receiver(receiver: WebhookReceiver) -> None:
    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    status = sender.send(receiver.url + "/in", sign(new_secret(), "msg_1", {"a": 1}))
    assert status == 200
    assert receiver.requests[0].path == "/in"
    assert receiver.requests[0].headers["webhook-id"] == "msg_1"


@pytest.mark.parametrize(
    ("status", "error", "permanent"),
    [
        (500, DeliveryError, False),
        (429, DeliveryError, False),
        (400, DeliveryError, True),
        (410, EndpointGoneError, True),
    ],
)
def test_status_outcomes(
    receiver: WebhookReceiver, status: int, error: type[DeliveryError], permanent: bool
) -> None:
    receiver.responses.append(status)
    with pytest.raises(error) as info:
        WebhookSender(allowed_hosts=("127.0.0.1",)).send(receiver.url, sign(new_secret(), "m", {}))
    assert info.value.permanent is permanent


def test_loopback_is_refused_unless_allowed(receiver: WebhookReceiver) -> None:
    with pytest.raises(UnsafeTargetError, match="loopback"):
        WebhookSender(allowed_hosts=()).send(receiver.url, sign(new_secret(), "m", {}))
    assert receiver.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1/",
        "http://0x7f000001/",
        "http://2130706433/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://169.254.169.254/latest/meta-data",
        "http://10.0.0.1/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://0.0.0.0/",
        "http://localhost/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
        "file:///etc/passwd",
        "gopher://127.0.0.1:25/",
        "ftp://example.org/",
        "http://user:pw@example.org/",
    ],
)
def test_hostile_targets_are_refused(url: str) -> None:
    with pytest.raises(UnsafeTargetError):
        check_url(url, allowed_hosts=(), purpose="webhook")


def test_public_addresses_pass() -> None:
    check_url("https://93.184.215.14/hook", allowed_hosts=(), purpose="webhook")
    check_url("http://[2606:4700::1111]/hook", allowed_hosts=(), purpose="webhook")


def _jobs(url: str, count: int) -> list[WebhookJob]:
    secret = new_secret()
    return [
        WebhookJob(n, n % 3, f"{url}/e{n % 3}", sign(secret, f"msg_{n}", {"n": n}))
        for n in range(count)
    ]


def test_a_slow_recorder_takes_every_full_group_that_waited(receiver: WebhookReceiver) -> None:
    groups: list[int] = []

    def slow(outcomes: list[tuple[WebhookJob, Outcome]]) -> None:
        time.sleep(0.2)
        groups.append(len(outcomes))

    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    try:
        sender.send_batch(_jobs(receiver.url, 30), slow, group=2)
    finally:
        sender.close()
    assert sum(groups) == 30 and all(size % 2 == 0 for size in groups)
    assert len(groups) < 15, "groups that waited are recorded together"


def test_a_batch_is_recorded_in_groups_as_it_goes(receiver: WebhookReceiver) -> None:
    groups: list[list[tuple[WebhookJob, Outcome]]] = []
    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    try:
        sender.send_batch(_jobs(receiver.url, 10), groups.append, group=4)
        receiver.responses.append(503)
        sender.send_batch(_jobs(receiver.url, 1), groups.append, group=4)  # the pool is reused
    finally:
        sender.close()
    first, last_group = groups[:-2], groups[-2]
    assert all(len(group) % 4 == 0 for group in first) and len(last_group) == 2
    assert sorted(job.notification_id for group in groups[:-1] for job, _ in group) == list(
        range(10)
    )
    assert all(error is None for group in groups[:-1] for _, error in group)
    assert len(groups[-1]) == 1
    last = groups[-1][0][1]
    assert last is not None and not last.permanent
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 10


def test_a_batch_pins_each_origin_once_and_keeps_every_path(receiver: WebhookReceiver) -> None:
    groups: list[list[tuple[WebhookJob, Outcome]]] = []
    secret = new_secret()
    paths = ["/u/1", "/u/2?token=a/b", "?only=query", "/u/3#fragment"]
    jobs = [
        WebhookJob(n, n, receiver.url + path, sign(secret, f"msg_{n}", {"n": n}))
        for n, path in enumerate(paths)
    ]
    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    try:
        sender.send_batch(jobs, groups.append)
    finally:
        sender.close()
    assert all(error is None for group in groups for _, error in group)
    host = receiver.url.removeprefix("http://")
    assert sorted(r.path for r in receiver.requests) == sorted(
        ["/u/1", "/u/2?token=a/b", "/?only=query", "/u/3"]
    )
    hosts = {v for r in receiver.requests for k, v in r.headers.items() if k.lower() == "host"}
    assert hosts == {host}


def test_a_batch_checks_every_target(receiver: WebhookReceiver) -> None:
    groups: list[list[tuple[WebhookJob, Outcome]]] = []
    sender = WebhookSender(allowed_hosts=())
    try:
        sender.send_batch(_jobs(receiver.url, 3), groups.append)
    finally:
        sender.close()
    assert all(isinstance(error, UnsafeTargetError) for _, error in groups[0])
    assert receiver.requests == []


def test_a_slow_endpoint_holds_only_its_share_of_connections(receiver: WebhookReceiver) -> None:
    receiver.policy = lambda r: (200, 0.3) if r.path.startswith("/slow") else (200, 0.0)
    secret = new_secret()
    jobs = [
        WebhookJob(
            n,
            1 if n < 8 else 2,
            receiver.url + ("/slow" if n < 8 else "/fast"),
            sign(secret, f"m{n}", {}),
        )
        for n in range(16)
    ]
    finished: list[int] = []
    sender = WebhookSender(allowed_hosts=("127.0.0.1",), max_connections=4, per_endpoint=2)
    try:
        sender.send_batch(
            jobs, lambda group: finished.extend(j.notification_id for j, _ in group), group=1
        )
    finally:
        sender.close()
    assert sorted(finished) == list(range(16))
    assert set(finished[:8]) == set(range(8, 16)), "the fast endpoint did not wait for the slow one"


def _drip_head(handler: Handler) -> None:
    """A reply whose status line and headers come a byte every 0.1 s: no single read waits
    long, the whole reply takes 4 s."""
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n":
        handler.wfile.write(bytes([byte]))
        handler.wfile.flush()
        time.sleep(0.1)


def test_a_receiver_dripping_its_reply_times_out() -> None:
    groups: list[list[tuple[WebhookJob, Outcome]]] = []
    sender = WebhookSender(allowed_hosts=("127.0.0.1",), timeout_s=1.0)
    with HostileServer() as server:
        server.routes["/e0"] = _drip_head
        job = _jobs(server.url(""), 1)[0]
        try:
            sender.send_batch([job], groups.append)
        finally:
            sender.close()
    error = groups[0][0][1]
    assert error is not None and not error.permanent
    assert "TimeoutError" in str(error)
