"""Webhooks: Standard Webhooks signatures, outcomes by status, and the SSRF guard."""

from __future__ import annotations

import pytest
from standardwebhooks.webhooks import Webhook

from alerts.demo.receiver import WebhookReceiver
from alerts.errors import DeliveryError, UnsafeTargetError
from alerts.notify.targets import check_target
from alerts.notify.webhook import EndpointGoneError, WebhookSender, new_secret, sign


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
        check_target(url, allowed_hosts=())


def test_public_addresses_pass() -> None:
    check_target("https://93.184.215.14/hook", allowed_hosts=())
    check_target("http://[2606:4700::1111]/hook", allowed_hosts=())
