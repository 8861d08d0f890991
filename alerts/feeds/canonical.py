"""Canonical URLs: one spelling per article, so the same link met through two feeds, with
tracking parameters or over http and https, is recognised as one.

>>> canonical_url("HTTP://Example.com:80/a/b/?utm_source=x&id=3#top")
'https://example.com/a/b?id=3'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "ref_src", "cmpid", "_ga"}
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
# Most links are already plain: http(s) in lower case, a lower-case host name, no port, user,
# query or fragment, a path of characters that parsing leaves as they are. For those the
# rules below reduce to string operations, and `urlsplit` is skipped (a hypothesis test
# holds both ways to one answer).
PLAIN_WEB_URL = re.compile(
    r"https?://[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?(/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*)?"
)


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in _TRACKING_NAMES or lowered.startswith(_TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """Normalise an http(s) URL: https scheme, lower-case host, no default port, no fragment,
    no tracking parameters, sorted query, no trailing slash. Other URLs (and unparseable
    ones) come back stripped."""
    url = url.strip()
    if PLAIN_WEB_URL.fullmatch(url):
        return "https" + url[url.index(":") :].rstrip("/")  # nothing else to normalise
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port out of range, a broken IPv6 literal: not a web URL
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname.lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    )
    path = parts.path.rstrip("/") or ""
    return urlunsplit(("https", netloc, path, urlencode(query), ""))


def strip_tracking(url: str) -> str:
    """Remove tracking parameters only, keeping the link as published otherwise; for links
    shown to followers.

    >>> strip_tracking("http://news.example/a/?utm_source=x&id=3")
    'http://news.example/a/?id=3'
    """
    if PLAIN_WEB_URL.fullmatch(url):
        return url  # no query: nothing to remove
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in _DEFAULT_PORTS:
        return url.strip()
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))
