"""Fetching feed documents over http(s) or from local files, politely and within limits.

Conditional GET: the caller passes the stored `ETag`/`Last-Modified`; a `304` comes back as
`FetchResult(not_modified=True)` so nothing is parsed. The body is read in chunks and the
download stops once `max_bytes` is passed, after decompression, so a gzip bomb costs at
most `max_bytes` of memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx

from alerts.errors import FeedError

USER_AGENT = "alerts-feed-watcher/0.1 (+https://github.com/alerts)"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class FetchResult:
    """A fetched document, or the news that it has not changed since the last poll."""

    url: str
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    not_modified: bool = False


def _read_file(url: str, max_bytes: int) -> FetchResult:
    path = Path(unquote(urlsplit(url).path))
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FeedError(f"cannot read {path}: {exc.strerror}") from None
    if len(body) > max_bytes:
        raise FeedError(f"{path} is larger than the {max_bytes}-byte limit")
    return FetchResult(url=url, status=200, body=body)


def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FeedError(f"response larger than the {max_bytes}-byte limit; stopped reading")
        chunks.append(chunk)
    return b"".join(chunks)


def _result(
    url: str, response: httpx.Response, etag: str | None, last_modified: str | None, max_bytes: int
) -> FetchResult:
    status = response.status_code
    if status == 304:
        return FetchResult(url, 304, etag=etag, last_modified=last_modified, not_modified=True)
    if status >= 400:
        raise FeedError(f"HTTP {status} from {url}", http_status=status)
    return FetchResult(
        url=url,
        status=status,
        body=_read_capped(response, max_bytes),
        etag=response.headers.get("etag"),
        last_modified=response.headers.get("last-modified"),
        content_type=response.headers.get("content-type"),
    )


def fetch_feed(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout_s: float = 20.0,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> FetchResult:
    """Fetch `url` once (http, https or file); raise `FeedError` with a one-line reason."""
    scheme = urlsplit(url).scheme
    if scheme == "file":
        return _read_file(url, max_bytes)
    if scheme not in ("http", "https"):
        raise FeedError(f"unsupported feed URL scheme {scheme!r}; use http(s) or file")
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with (
            httpx.Client(timeout=timeout_s, follow_redirects=True, max_redirects=5) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            return _result(url, response, etag, last_modified, max_bytes)
    except httpx.HTTPError as exc:
        raise FeedError(
            f"cannot fetch {url}: {type(exc).__name__}: {exc}".splitlines()[0]
        ) from None
