"""SSRF table: hostile webhook URLs are refused with a reason; public ones pass; the sender
connects to the address it checked and never follows redirects."""

from __future__ import annotations

import ipaddress

import pytest

from alerts.demo.receiver import WebhookReceiver
from alerts.errors import DeliveryError, UnsafeTargetError
from alerts.guard import IpAddress, check_url, resolve_host
from alerts.notify.webhook import WebhookSender, new_secret, sign

FAKE_DNS = {
    "internal.example": ["10.0.0.1"],
    "metadata.example": ["169.254.169.254"],
    "mixed.example": ["93.184.215.14", "127.0.0.1"],
    "v6-local.example": ["fd00::1"],
    "public.example": ["93.184.215.14"],
    "public6.example": ["2606:4700::1111"],
}


def fake_resolve(host: str, port: int) -> list[IpAddress]:
    """A resolver twin for names this machine cannot look up (no network here)."""
    if host in FAKE_DNS:
        return [ipaddress.ip_address(a) for a in FAKE_DNS[host]]
    return resolve_host(host, port)


HOSTILE = [
    "http://127.0.0.1/",
    "http://127.1/",
    "http://127.0.1/",
    "http://0x7f000001/",
    "http://0x7f.0.0.1/",
    "http://2130706433/",
    "http://017700000001/",
    "http://0177.0.0.1/",
    "http://localhost/",
    "http://localhost.:8080/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:7f00:1]/",
    "http://[0:0:0:0:0:ffff:127.0.0.1]/",
    "http://0.0.0.0/",
    "http://0/",
    "http://[::]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/",
    "http://10.0.0.1/",
    "http://10.255.255.255/",
    "http://172.16.0.1/",
    "http://172.31.255.255/",
    "http://192.168.0.1/",
    "http://100.64.0.1/",
    "http://[fd00::1]/",
    "http://224.0.0.1/",
    "http://240.0.0.1/",
    "http://255.255.255.255/",
    "http://internal.example/hook",
    "http://metadata.example/",
    "http://mixed.example/",
    "http://v6-local.example/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:25/_HELO",
    "ftp://public.example/",
    "dict://127.0.0.1:11211/",
    "http://user:secret@public.example/",
    "http:///nohost",
    "http://public.example:99999/",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_url_is_refused_with_a_reason(url: str) -> None:
    with pytest.raises(UnsafeTargetError) as info:
        check_url(url, allowed_hosts=(), purpose="webhook", resolve=fake_resolve)
    assert str(info.value) and "\n" not in str(info.value)


def test_the_table_is_large_enough() -> None:
    assert len(HOSTILE) >= 30


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("https://public.example/hook", "93.184.215.14"),
        ("http://public6.example/hook", "2606:4700::1111"),
        ("https://93.184.215.14/x", "93.184.215.14"),
    ],
)
def test_public_targets_pass_and_name_the_address_to_use(url: str, address: str) -> None:
    assert str(check_url(url, allowed_hosts=(), purpose="webhook", resolve=fake_resolve)) == address


def test_allowed_hosts_are_the_only_exemption() -> None:
    assert (
        str(
            check_url(
                "http://internal.example/",
                allowed_hosts=("internal.example",),
                purpose="webhook",
                resolve=fake_resolve,
            )
        )
        == "10.0.0.1"
    )
    assert (
        str(
            check_url(
                "http://10.0.0.1/",
                allowed_hosts=("10.0.0.1",),
                purpose="webhook",
                resolve=fake_resolve,
            )
        )
        == "10.0.0.1"
    )


def test_redirects_are_not_followed(receiver: WebhookReceiver) -> None:
    with WebhookReceiver() as inner:
        receiver.policy = lambda _r: (302, 0.0)
        sender = WebhookSender(allowed_hosts=("127.0.0.1",))
        with pytest.raises(DeliveryError):
            sender.send(receiver.url + "/redirect?to=" + inner.url, sign(new_secret(), "m1", {}))
        assert inner.requests == []
