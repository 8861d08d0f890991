"""Where webhooks may go: the guard against server-side request forgery.

A webhook URL must be http(s) and every address its host resolves to must be public.
Loopback, private, link-local, multicast, reserved and unspecified addresses are refused,
for IPv4 and IPv6 alike (IPv4-mapped IPv6 and the numeric spellings `127.1`, `0x7f000001`
are resolved by the system resolver first, so they cannot slip past). Hosts listed in
`ALERTS_WEBHOOK_ALLOWED_HOSTS` are exempt, for receivers on an operator's own network.

>>> check_target("gopher://example.com/", allowed_hosts=())
Traceback (most recent call last):
...
alerts.errors.UnsafeTargetError: webhook URL must use http or https, not 'gopher'
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urlsplit

from alerts.errors import UnsafeTargetError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _resolve(host: str, port: int) -> list[IpAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeTargetError(f"webhook host {host!r} does not resolve: {exc}") from None
    addresses = [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]
    return [
        a.ipv4_mapped if isinstance(a, ipaddress.IPv6Address) and a.ipv4_mapped else a
        for a in addresses
    ]


def _why_blocked(address: IpAddress) -> str | None:
    checks = (
        ("loopback", address.is_loopback),
        ("private", address.is_private),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("unspecified", address.is_unspecified),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None if address.is_global else "non-public"


def check_target(url: str, *, allowed_hosts: Collection[str]) -> None:
    """Raise `UnsafeTargetError` with the reason when `url` may not receive webhooks."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeTargetError(f"webhook URL must use http or https, not {parts.scheme!r}")
    host = (parts.hostname or "").lower()
    if not host:
        raise UnsafeTargetError("webhook URL has no host")
    if parts.username or parts.password:
        raise UnsafeTargetError("webhook URL must not carry credentials")
    if host in allowed_hosts:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for address in _resolve(host, port):
        if str(address) in allowed_hosts:
            continue
        reason = _why_blocked(address)
        if reason:
            raise UnsafeTargetError(
                f"webhook host {host!r} resolves to {reason} address {address}; "
                "allow it with ALERTS_WEBHOOK_ALLOWED_HOSTS if this is intended"
            )
