"""Feed URLs the outbound guard must refuse, each with a word its refusal must contain.

No row needs a DNS lookup to be refused (addresses, numeric spellings, `localhost` from
/etc/hosts, and rules that apply before any lookup), so the table can go through the CLI,
the admin API and OPML import without a packet leaving loopback. Names that resolve to
hostile addresses are covered with a resolver twin in tests/faults/test_ssrf.py.
"""

from __future__ import annotations

HOSTILE_FEED_URLS: list[tuple[str, str]] = [
    # loopback, in every spelling
    ("http://127.0.0.1/feed.xml", "loopback"),
    ("http://127.0.0.1:6379/", "loopback"),
    ("http://127.1/", "loopback"),
    ("http://127.0.1/", "loopback"),
    ("http://0x7f000001/", "loopback"),
    ("http://0x7f.0.0.1/", "loopback"),
    ("http://0x7f.1/", "loopback"),
    ("http://2130706433/", "loopback"),
    ("http://017700000001/", "loopback"),
    ("http://0177.0.0.1/", "loopback"),
    ("http://①②⑦.0.0.1/", "loopback"),
    ("http://localhost/", "loopback"),
    ("http://LOCALHOST:8080/rss", "loopback"),
    ("http://localhost./", "loopback"),
    ("http://[::1]/", "loopback"),
    # IPv6 forms that embed an IPv4 address
    ("http://[::ffff:127.0.0.1]/", "IPv4-mapped"),
    ("http://[::ffff:7f00:1]/", "IPv4-mapped"),
    ("http://[0:0:0:0:0:ffff:169.254.169.254]/", "IPv4-mapped"),
    ("http://[::127.0.0.1]/", "IPv4-compatible"),
    ("http://[2002:7f00:1::]/", "6to4"),
    ("http://[2002:a9fe:a9fe::1]/", "6to4"),
    ("http://[64:ff9b::a9fe:a9fe]/", "NAT64"),
    ("http://[64:ff9b::10.0.0.1]/", "NAT64"),
    ("http://[2001:0:4136:e378:8000:ffff:80ff:fffe]/", "Teredo"),
    # unspecified
    ("http://0.0.0.0/", "unspecified"),
    ("http://0/", "unspecified"),
    ("http://[::]/", "unspecified"),
    # link-local, cloud metadata
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[fe80::1]/", "link-local"),
    ("http://[fe80::1%25eth0]/", "link-local"),
    # private networks, carrier-grade NAT, site-local
    ("http://10.0.0.1/", "private"),
    ("http://10.255.255.255/", "private"),
    ("http://172.16.0.1/", "private"),
    ("http://172.31.255.255/", "private"),
    ("http://192.168.0.1/", "private"),
    ("http://[fd00::1]/", "private"),
    ("http://100.64.0.1/", "carrier-grade NAT"),
    ("http://100.127.255.254/", "carrier-grade NAT"),
    ("http://[fec0::1]/", "site-local"),
    # multicast, reserved and other non-public ranges
    ("http://224.0.0.1/", "multicast"),
    ("http://[ff02::1]/", "multicast"),
    ("http://240.0.0.1/", "reserved"),
    ("http://255.255.255.255/", "address rule"),
    ("http://192.0.2.1/", "address rule"),
    ("http://198.18.0.1/", "address rule"),
    # schemes other than http(s)
    ("gopher://127.0.0.1:6379/_INFO", "scheme rule"),
    ("dict://127.0.0.1:11211/stats", "scheme rule"),
    ("ftp://example.org/feed.xml", "scheme rule"),
    ("ldap://example.org/", "scheme rule"),
    ("javascript:alert(1)", "scheme rule"),
    # credentials, broken hosts and ports
    ("http://user:secret@example.org/feed.xml", "credentials rule"),
    ("https://token@example.org/feed.xml", "credentials rule"),
    ("http:///feed.xml", "host rule"),
    ("http://[::1/", "host rule"),
    ("http://example.org:99999/", "port rule"),
    ("http://example.org:0/", "port rule"),
]

# Refused from the admin API and from subscription lists, accepted from the CLI.
LOCAL_SOURCES = ["file:///etc/passwd", "/etc/passwd", "file://localhost/etc/hostname"]
