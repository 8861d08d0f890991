"""Where webhooks may go: the guard against server-side request forgery.

A webhook URL must be http(s) and every address its host resolves to must be public.
Loopback, private, link-local, multicast, reserved and unspecified addresses are refused,
for IPv4 and IPv6 alike (IPv4-mapped IPv6 and the numeric spellings `127.1`, `0x7f000001`
are resolved by the system resolver first, so they cannot slip past). The sender then
connects to the very address that was checked, so a second DNS answer cannot redirect it
(DNS rebinding), and redirects are never followed. Hosts listed in
`ALERTS_WEBHOOK_ALLOWED_HOSTS` are exempt, for receivers on an operator's own network.

>>> check_target("gopher://example.com/", allowed_hosts=())
Traceback (most recent call last):
...
alerts.errors.UnsafeTargetError: webhook URL must use http or https, not 'gopher'
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from urllib.parse import urlsplit, urlunsplit

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


def check_target(
    url: str,
    *,
    allowed_hosts: Collection[str],
    resolve: Callable[[str, int], list[IpAddress]] = _resolve,
) -> IpAddress:
    """Return the address to connect to for `url`; raise `UnsafeTargetError` with the reason
    when any address the host resolves to may not receive webhooks. Connecting to exactly
    this address (not resolving again) is what defeats DNS rebinding."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeTargetError(f"webhook URL must use http or https, not {parts.scheme!r}")
    host = (parts.hostname or "").lower()
    if not host:
        raise UnsafeTargetError("webhook URL has no host")
    if parts.username or parts.password:
        raise UnsafeTargetError("webhook URL must not carry credentials")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise UnsafeTargetError("webhook URL has an invalid port") from None
    addresses = resolve(host, port)
    if not addresses:
        raise UnsafeTargetError(f"webhook host {host!r} does not resolve")
    for address in addresses:
        reason = _why_blocked(address)
        if reason and host not in allowed_hosts and str(address) not in allowed_hosts:
            raise UnsafeTargetError(
                f"webhook host {host!r} resolves to {reason} address {address}; "
                "allow it with ALERTS_WEBHOOK_ALLOWED_HOSTS if this is intended"
            )
    return addresses[0]


def pinned_url(url: str, address: IpAddress) -> tuple[str, str]:
    """`url` with its host replaced by `address`, and the Host header to send instead."""
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), parts.netloc.rpartition(
        "@"
    )[2]
