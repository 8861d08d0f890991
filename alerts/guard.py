"""The outbound address guard: where the service may connect, for every channel that
fetches or posts (feeds, webhooks, and any channel added later).

A URL is checked when it is added (`check_url`) and again at every connection, on the
address actually connected to: the webhook sender connects to the address `check_url`
returned (`pinned_url`), the feed fetcher checks every redirect hop (`check_hop`) and
resolves names through `GuardedResolver`, so a second DNS answer cannot slip in (DNS
rebinding). The rules, in order, each named in its refusal:

1. scheme: http and https only;
2. credentials: no `user:password@` in the URL;
3. host and port: a host, and a port from 1 to 65535;
4. address: every address the host is or resolves to must be public. Loopback, private
   (RFC 1918, unique-local), link-local, carrier-grade NAT (100.64.0.0/10), multicast,
   reserved, site-local, unspecified and every other non-global address is refused, for
   IPv4 and IPv6. IPv6 forms that embed an IPv4 address (IPv4-mapped, IPv4-compatible,
   6to4 `2002::/16`, NAT64 `64:ff9b::/96`, Teredo) are judged by the address they embed
   too, and the legacy numeric spellings (`2130706433`, `0x7f.1`, `017700000001`,
   `127.1`) by the address they spell.

Hosts (names or addresses) listed in `ALERTS_<PURPOSE>_ALLOWED_HOSTS` are exempt from
rule 4 only, for servers on an operator's own network.

>>> check_url("gopher://example.com/", allowed_hosts=(), purpose="feed")
Traceback (most recent call last):
...
alerts.errors.UnsafeTargetError: feed URL refused by the scheme rule: 'gopher' is not http or https
>>> why_blocked(ipaddress.ip_address("2002:a00:1::"))
'a 6to4 address of a private address 10.0.0.1'
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Callable, Collection
from typing import Literal
from urllib.parse import SplitResult, urlsplit, urlunsplit

from alerts.errors import UnsafeTargetError

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Purpose = Literal["feed", "webhook"]
Resolve = Callable[[str, int], list[IpAddress]]

_CGNAT = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NUMERIC_HOST = re.compile(r"[0-9a-fx.]+")


def allow_setting(purpose: Purpose) -> str:
    """The variable that exempts hosts for `purpose`, e.g. ALERTS_FEED_ALLOWED_HOSTS."""
    return f"ALERTS_{purpose.upper()}_ALLOWED_HOSTS"


def _kind(address: IpAddress) -> str | None:
    """Which rule an address breaks on its own, embedded addresses aside."""
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("carrier-grade NAT", address in _CGNAT if address.version == 4 else False),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("site-local", address.is_site_local if address.version == 6 else False),
    )
    for reason, hit in checks:
        if hit:
            return reason
    return None if address.is_global else "non-public"


def _embedded(address: ipaddress.IPv6Address) -> list[tuple[str, ipaddress.IPv4Address]]:
    """The IPv4 addresses an IPv6 address carries, with the name of the form."""
    found: list[tuple[str, ipaddress.IPv4Address]] = []
    if address.ipv4_mapped is not None:
        found.append(("IPv4-mapped", address.ipv4_mapped))
    if address.sixtofour is not None:
        found.append(("6to4", address.sixtofour))
    if address.teredo is not None:
        found += [("Teredo", address.teredo[0]), ("Teredo", address.teredo[1])]
    if address in _NAT64:
        found.append(("NAT64", ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)))
    if address in _IPV4_COMPATIBLE and int(address) > 1:
        found.append(("IPv4-compatible", ipaddress.IPv4Address(int(address))))
    return found


def _a(kind: str) -> str:
    return f"{'an' if kind[0].lower() in 'aeiou' else 'a'} {kind} address"


def why_blocked(address: IpAddress) -> str | None:
    """What makes `address` unreachable (e.g. 'a loopback address', 'a 6to4 address of a
    private address 10.0.0.1'), or None when it is public: global, and so is every IPv4
    address it embeds."""
    if address.version == 6:
        for form, inner in _embedded(address):
            kind = _kind(inner)
            if kind:
                return f"{_a(form)} of {_a(kind)} {inner}"
    kind = _kind(address)
    return _a(kind) if kind else None


def read_address(host: str) -> IpAddress | None:
    """The address `host` spells, if it is one: IPv4 and IPv6 literals and the legacy numeric
    IPv4 forms a resolver still accepts (`2130706433`, `0x7f.1`, `0177.0.0.1`, `127.1`)."""
    text = host.strip("[]").lower()
    try:
        return ipaddress.ip_address(text.split("%")[0])  # an IPv6 zone (`%eth0`) aside
    except ValueError:
        pass
    if not _NUMERIC_HOST.fullmatch(text):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(text))
    except OSError:
        return None


def _ascii_host(host: str, purpose: Purpose) -> str:
    """The host as it goes on the wire: IDNA maps fullwidth digits and the like onto ASCII
    (`①②⑦.0.0.1` is 127.0.0.1), so the rules see what a client would connect to."""
    if host.isascii():
        return host.lower()
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise UnsafeTargetError(
            f"{purpose} URL refused by the host rule: {host!r} is not a valid host name"
        ) from None


def check_address(
    host: str, address: IpAddress, *, allowed_hosts: Collection[str], purpose: Purpose
) -> None:
    """Raise `UnsafeTargetError` when `host` (connecting to `address`) may not be reached.
    An allowed IPv4 address allows its IPv4-mapped IPv6 form too: it is the same host."""
    reason = why_blocked(address)
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    allowed = {str(address), str(mapped)} if mapped else {str(address)}
    if reason is None or host in allowed_hosts or not allowed.isdisjoint(allowed_hosts):
        return
    if host == str(address):
        what = f"{host} is {reason}"
    else:
        verb = "is" if read_address(host) == address else "resolves to"
        what = f"{host!r} {verb} {address}, {reason}"
    raise UnsafeTargetError(
        f"{purpose} URL refused by the address rule: {what}; "
        f"if this is intended, add {host} to {allow_setting(purpose)}"
    )


def split_url(url: str, *, purpose: Purpose) -> SplitResult:
    """`url` in parts; a URL that cannot be split (`http://[::1/`) breaks the host rule."""
    try:
        return urlsplit(url)
    except ValueError as exc:
        raise UnsafeTargetError(f"{purpose} URL refused by the host rule: {exc}") from None


def check_hop(url: str, *, allowed_hosts: Collection[str], purpose: Purpose) -> str:
    """Check what can be checked without DNS (rules 1 to 3, and rule 4 for an address
    written in the URL); return the host. Names are left to the resolver that connects."""
    parts = split_url(url, purpose=purpose)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeTargetError(
            f"{purpose} URL refused by the scheme rule: {scheme!r} is not http or https"
        )
    if parts.username is not None or parts.password is not None:
        raise UnsafeTargetError(
            f"{purpose} URL refused by the credentials rule: remove the user:password@ part"
        )
    host = _ascii_host(parts.hostname or "", purpose).rstrip(".") if parts.hostname else ""
    if not host:
        raise UnsafeTargetError(f"{purpose} URL refused by the host rule: the URL has no host")
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        raise UnsafeTargetError(
            f"{purpose} URL refused by the port rule: the port is not 1 to 65535"
        )
    address = read_address(host)
    if address is None and ":" in host:
        raise UnsafeTargetError(
            f"{purpose} URL refused by the host rule: {host!r} is not an address"
        )
    if address is not None:
        check_address(host, address, allowed_hosts=allowed_hosts, purpose=purpose)
    return host


def resolve_host(host: str, port: int) -> list[IpAddress]:
    """Every address `host` resolves to, from the system resolver."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise UnsafeTargetError(f"host {host!r} does not resolve: {exc}") from None
    return [ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos]


def check_url(
    url: str, *, allowed_hosts: Collection[str], purpose: Purpose, resolve: Resolve = resolve_host
) -> IpAddress:
    """Apply every rule to `url`, resolving its host; return the address to connect to
    (connecting to exactly this address, not resolving again, defeats DNS rebinding).
    Raise `UnsafeTargetError` naming the rule and how to allow the host, if it can be."""
    host = check_hop(url, allowed_hosts=allowed_hosts, purpose=purpose)
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    literal = read_address(host)
    addresses = [literal] if literal is not None else resolve(host, port)
    if not addresses:
        raise UnsafeTargetError(f"{purpose} URL refused: host {host!r} does not resolve")
    for address in addresses:
        check_address(host, address, allowed_hosts=allowed_hosts, purpose=purpose)
    first = addresses[0]
    if first.version == 6 and first.ipv4_mapped is not None:
        return first.ipv4_mapped  # connect over IPv4 to what an IPv4-mapped address names
    return first


def pinned_url(url: str, address: IpAddress) -> tuple[str, str]:
    """`url` with its host replaced by `address`, and the Host header to send instead."""
    parts = urlsplit(url)
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), host_header
