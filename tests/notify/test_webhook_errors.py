"""A failed webhook says what happened (refused, timed out after how long), not only the
name of an exception class: that text is what `alerts deliveries list` and the endpoint's
`last_error` show an operator."""

from __future__ import annotations

import socket

import pytest

from alerts.errors import DeliveryError
from alerts.notify.webhook import Outcome, WebhookJob, WebhookSender, new_secret, sign
from tests.support.ports import free_port


def _closed_url() -> str:
    port = free_port()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    return f"http://127.0.0.1:{port}/hook"


def test_a_refused_connection_is_named_one_at_a_time() -> None:
    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    try:
        with pytest.raises(DeliveryError) as caught:
            sender.send(_closed_url(), sign(new_secret(), "msg_1", {"a": 1}))
    finally:
        sender.close()
    message = str(caught.value)
    assert "refused" in message.lower() and "ConnectError" in message
    assert "\n" not in message


def test_a_refused_connection_is_named_in_a_batch() -> None:
    groups: list[list[tuple[WebhookJob, Outcome]]] = []
    sender = WebhookSender(allowed_hosts=("127.0.0.1",))
    job = WebhookJob(1, 1, _closed_url(), sign(new_secret(), "msg_1", {"a": 1}))
    try:
        sender.send_batch([job], groups.append)
    finally:
        sender.close()
    error = groups[0][0][1]
    assert isinstance(error, DeliveryError) and not error.permanent
    assert "cannot connect" in str(error).lower()
    assert "\n" not in str(error)
