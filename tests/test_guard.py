"""The outbound guard's address classifier and numeric-spelling reader, by property: no
address the standard library calls non-global passes, no IPv6 wrapping of a refused IPv4
address passes, and every legacy spelling of an IPv4 address reads as that address. Then
the resolver the feed fetcher connects through, on names from /etc/hosts only."""

from __future__ import annotations

import asyncio
import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alerts.errors import UnsafeTargetError
from alerts.feeds.resolver import GuardedResolver
from alerts.guard import check_address, check_url, read_address, why_blocked

ipv4 = st.integers(0, 2**32 - 1).map(ipaddress.IPv4Address)
ipv6 = st.integers(0, 2**128 - 1).map(ipaddress.IPv6Address)
blocked_ipv4 = ipv4.filter(lambda a: why_blocked(a) is not None)
suffix_80 = st.integers(0, 2**80 - 1)


def _wrappings(inner: ipaddress.IPv4Address, low: int) -> list[ipaddress.IPv6Address]:
    """IPv4-mapped, IPv4-compatible, NAT64, 6to4 (any subnet and interface id) and Teredo
    (as client, with any server) forms of `inner`."""
    n = int(inner)
    return [
        ipaddress.IPv6Address(0xFFFF << 32 | n),
        ipaddress.IPv6Address(n) if n > 1 else ipaddress.IPv6Address(0xFFFF << 32 | n),
        ipaddress.IPv6Address(0x64FF9B << 96 | n),
        ipaddress.IPv6Address(0x2002 << 112 | n << 80 | low),
        ipaddress.IPv6Address(0x20010000 << 96 | (low & 0xFFFFFFFF) << 64 | (n ^ 0xFFFFFFFF)),
    ]


@given(ipv4)
def test_an_ipv4_address_passes_only_if_global(address: ipaddress.IPv4Address) -> None:
    if why_blocked(address) is None:
        assert address.is_global and address not in ipaddress.ip_network("100.64.0.0/10")


@given(ipv6)
def test_an_ipv6_address_passes_only_if_global(address: ipaddress.IPv6Address) -> None:
    if why_blocked(address) is None:
        assert address.is_global and not address.is_site_local


@given(blocked_ipv4, suffix_80)
def test_no_ipv6_form_of_a_refused_ipv4_address_passes(
    inner: ipaddress.IPv4Address, low: int
) -> None:
    for outer in _wrappings(inner, low):
        assert why_blocked(outer) is not None, outer


@given(ipv4)
def test_every_legacy_spelling_reads_as_the_address(address: ipaddress.IPv4Address) -> None:
    n, octets = int(address), address.packed
    spellings = [
        str(n),
        hex(n),
        "0" + oct(n)[2:],
        ".".join(hex(o) for o in octets),
        ".".join("0" + oct(o)[2:] for o in octets),
        f"{octets[0]}.{n & 0xFFFFFF}",
        f"{octets[0]}.{octets[1]}.{n & 0xFFFF}",
    ]
    for spelling in spellings:
        assert read_address(spelling) == address, spelling


@pytest.mark.parametrize("host", ["example.org", "1e2", "abc", "", "127.0.0.1.evil.example"])
def test_names_are_not_read_as_addresses(host: str) -> None:
    assert read_address(host) is None


def test_carrier_grade_nat_is_named() -> None:
    assert why_blocked(ipaddress.ip_address("100.64.0.1")) == "a carrier-grade NAT address"


def test_webhook_refusals_name_their_own_setting() -> None:
    with pytest.raises(UnsafeTargetError, match="ALERTS_WEBHOOK_ALLOWED_HOSTS"):
        check_url("http://10.0.0.1/", allowed_hosts=(), purpose="webhook")


def test_the_resolver_refuses_names_of_blocked_addresses() -> None:
    refusing = GuardedResolver(allowed_hosts=(), purpose="feed")
    with pytest.raises(UnsafeTargetError, match=r"'localhost' resolves to 127\.0\.0\.1"):
        asyncio.run(refusing.resolve("localhost", 80))
    by_name = GuardedResolver(allowed_hosts=("localhost",), purpose="feed")
    by_address = GuardedResolver(allowed_hosts=("127.0.0.1",), purpose="feed")
    for resolver in (by_name, by_address):
        [result] = asyncio.run(resolver.resolve("localhost", 80))
        assert result["host"] == "127.0.0.1" and result["port"] == 80


def test_an_allowed_ipv4_address_allows_its_ipv4_mapped_form() -> None:
    mapped = ipaddress.ip_address("::ffff:127.0.0.1")
    check_address("feeds.internal", mapped, allowed_hosts=("127.0.0.1",), purpose="feed")
    with pytest.raises(UnsafeTargetError, match="address rule"):
        check_address("feeds.internal", mapped, allowed_hosts=("127.0.0.2",), purpose="feed")
    six_to_four = ipaddress.ip_address("2002:7f00:1::")  # another host, not the same address
    with pytest.raises(UnsafeTargetError, match="address rule"):
        check_address("feeds.internal", six_to_four, allowed_hosts=("127.0.0.1",), purpose="feed")
