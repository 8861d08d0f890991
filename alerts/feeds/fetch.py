"""Fetching feed documents politely and within limits: the only HTTP client of the watcher.

One `Fetcher` serves a whole poll batch: a shared aiohttp session with keep-alive, a
global cap on concurrent requests and a per-host cap, so thousands of feeds poll from one
process without hammering any publisher. (aiohttp rather than the httpx used for webhooks:
`alerts bench ingest` measured it several times faster at opening many short connections.)
Every fetch ends in a `FetchResult`, never an
exception: errors are one-line `error` strings the watcher records on the feed.

- Conditional GET: the stored `ETag`/`Last-Modified` are sent; `304` means no body, no parse.
- Every connection passes the outbound guard (`alerts.guard`): each hop's URL is checked
  before it is requested, and names resolve through `GuardedResolver`, so the address
  actually connected to is the one checked. A refused hop ends the fetch with an error.
- Redirects are followed by hand (at most 5): if every hop is permanent (301/308) the
  result carries `moved_to`, so the stored URL is updated; 302/307 leave it alone.
- `410 Gone` sets `gone`; `429`/`503` carry `retry_after_s` from `Retry-After`.
- The body is read raw and decompressed here with a bounded output size, so neither a
  large body nor a gzip bomb costs more than `max_bytes` of memory; a total deadline stops
  servers that drip one byte at a time.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from importlib import import_module
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import unquote, urljoin, urlsplit

from yarl import URL

from alerts.errors import UnsafeTargetError
from alerts.guard import check_hop
from alerts.retry_after import retry_after_seconds

if TYPE_CHECKING:
    import aiohttp

USER_AGENT = "alerts-feed-watcher/0.1 (+https://github.com/alerts)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml, "
    "application/xml;q=0.9, */*;q=0.5"
)
MAX_REDIRECTS = 5


def load_client() -> None:
    """Import the HTTP client ahead of the first poll. aiohttp and the modules it brings
    (some seventy) cost 0.15 to 0.3 CPU s once per process: a runner pays them while it warms
    up (`InlineDispatcher.warm_up`), not inside its first cycle, and a command that never
    polls never pays them (`Fetcher` imports aiohttp itself when it is not loaded yet)."""
    import_module("alerts.feeds.resolver")  # aiohttp with it


@dataclass(frozen=True)
class FetchLimits:
    """Timeouts, size cap and concurrency of a poll cycle.

    Parameters:
        connect_s / read_s: per-operation timeouts.
        total_s: deadline for a whole fetch, redirects and body included.
        max_bytes: cap on the (decompressed) body.
        concurrency / per_host: simultaneous requests overall and per host.
    """

    connect_s: float = 10.0
    read_s: float = 20.0
    total_s: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    concurrency: int = 100
    per_host: int = 2


@dataclass(frozen=True)
class FetchRequest:
    """What to fetch, with the validators stored from the last successful fetch."""

    url: str
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one fetch; exactly one of body / not_modified / error describes it."""

    url: str
    status: int | None = None
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str | None = None
    not_modified: bool = False
    moved_to: str | None = None
    gone: bool = False
    retry_after_s: float | None = None
    error: str | None = None


class FetchFailedError(Exception):
    """Internal: ends one fetch with a recorded, one-line reason."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class _Decoder:
    """Content-Encoding decoding with a hard cap on the output size."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        encoding = encoding.strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip", "deflate"):
            self._zlib = zlib.decompressobj(wbits=47)  # 47: gzip or zlib header, auto-detected
        else:
            raise FetchFailedError(f"unsupported Content-Encoding {encoding!r}")
        self._max_bytes = max_bytes
        self._out: list[bytes] = []
        self._size = 0

    def _take(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self._max_bytes:
            raise FetchFailedError(
                f"body larger than the {self._max_bytes}-byte limit; stopped reading"
            )
        self._out.append(data)

    def feed(self, chunk: bytes) -> None:
        if self._zlib is None:
            self._take(chunk)
            return
        try:
            data = self._zlib.decompress(chunk, self._max_bytes - self._size + 1)
            self._take(data)
            while self._zlib.unconsumed_tail:
                self._take(
                    self._zlib.decompress(
                        self._zlib.unconsumed_tail, self._max_bytes - self._size + 1
                    )
                )
        except zlib.error as exc:
            raise FetchFailedError(f"corrupt compressed body: {exc}") from None

    def result(self) -> bytes:
        return b"".join(self._out)


def _read_file(url: str, max_bytes: int) -> FetchResult:
    path = Path(unquote(urlsplit(url).path))
    try:
        with path.open("rb") as handle:
            body = handle.read(max_bytes + 1)
    except OSError as exc:
        return FetchResult(url=url, error=f"cannot read {path}: {exc.strerror}")
    if len(body) > max_bytes:
        return FetchResult(url=url, error=f"{path} is larger than the {max_bytes}-byte limit")
    return FetchResult(url=url, status=200, body=body)


@dataclass
class Fetcher:
    """Fetches many feeds concurrently within `limits`; use as an async context manager.
    `allowed_hosts` are exempt from the outbound guard's address rule
    (`ALERTS_FEED_ALLOWED_HOSTS`)."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    allowed_hosts: Collection[str] = ()
    _session: aiohttp.ClientSession | None = None
    # (scheme, authority) pairs the guard accepted in this batch: what it checks without DNS
    # depends on nothing else, and a batch asks for the same publishers over and over.
    _accepted: set[tuple[str, str]] = field(default_factory=set)

    async def __aenter__(self) -> Fetcher:
        import aiohttp  # loaded by a poll, not by every `alerts` command

        from alerts.feeds.resolver import GuardedResolver

        connector = aiohttp.TCPConnector(
            limit=self.limits.concurrency,
            limit_per_host=self.limits.per_host,
            resolver=GuardedResolver(allowed_hosts=self.allowed_hosts, purpose="feed"),
        )
        timeout = aiohttp.ClientTimeout(connect=self.limits.connect_s, sock_read=self.limits.read_s)
        self._session = aiohttp.ClientSession(
            connector=connector,
            timeout=timeout,
            auto_decompress=False,
            trust_env=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": ACCEPT,
                "Accept-Encoding": "gzip, deflate",
            },
        )
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        assert self._session is not None
        await self._session.close()

    async def fetch(self, request: FetchRequest) -> FetchResult:
        """Fetch one feed; the result says what happened, errors included."""
        import aiohttp  # already loaded by `__aenter__`

        scheme = urlsplit(request.url).scheme.lower()
        if scheme == "file":
            return _read_file(request.url, self.limits.max_bytes)
        if scheme not in ("http", "https"):
            return FetchResult(url=request.url, error=f"unsupported feed URL scheme {scheme!r}")
        try:
            async with asyncio.timeout(self.limits.total_s):
                return await self._follow(request)
        except TimeoutError:
            return FetchResult(
                url=request.url, error=f"gave up after {self.limits.total_s:g}s (server too slow)"
            )
        except FetchFailedError as exc:
            return FetchResult(url=request.url, status=exc.status, error=str(exc))
        except UnsafeTargetError as exc:  # a hop, or the address a name resolved to
            return FetchResult(url=request.url, error=str(exc))
        except (aiohttp.ClientError, ValueError) as exc:
            reason = str(exc).splitlines()[0] if str(exc) else ""
            return FetchResult(
                url=request.url, error=f"{type(exc).__name__}: {reason}".rstrip(": ")
            )

    async def _follow(self, request: FetchRequest) -> FetchResult:
        assert self._session is not None
        url, permanent = request.url, True
        headers = {}
        if request.etag:
            headers["If-None-Match"] = request.etag
        if request.last_modified:
            headers["If-Modified-Since"] = request.last_modified
        for _ in range(MAX_REDIRECTS + 1):
            target = self._checked(url)
            async with self._session.get(
                target, headers=headers, allow_redirects=False
            ) as response:
                location = response.headers.get("Location")
                if response.status in (301, 302, 303, 307, 308) and location:
                    permanent = permanent and response.status in (301, 308)
                    url = urljoin(url, location)  # checked before it is requested
                    continue
                result = await self._finish(response, request)
            moved = url if permanent and url != request.url else None
            return replace(result, moved_to=moved) if moved else result
        raise FetchFailedError(f"more than {MAX_REDIRECTS} redirects")

    def _checked(self, url: str) -> URL:
        """The hop as aiohttp will request it, once the guard accepts it: checked in the form
        aiohttp connects to, since an address there (even one spelt `①②⑦.0.0.1`) is connected
        to without a lookup, and so without `GuardedResolver`."""
        target = URL(url)
        origin = (target.scheme, target.raw_authority)
        if origin not in self._accepted:
            check_hop(str(target), allowed_hosts=self.allowed_hosts, purpose="feed")
            self._accepted.add(origin)
        return target

    async def _finish(self, response: aiohttp.ClientResponse, request: FetchRequest) -> FetchResult:
        status, url = response.status, request.url
        if status == 304:
            return FetchResult(
                url, 304, etag=request.etag, last_modified=request.last_modified, not_modified=True
            )
        if status == 410:
            return FetchResult(url, 410, gone=True, error="HTTP 410 Gone: the feed was removed")
        if status in (429, 503):
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            return FetchResult(
                url,
                status,
                retry_after_s=wait,
                error=f"HTTP {status}: server asked us to slow down",
            )
        if status >= 400:
            return FetchResult(url, status, error=f"HTTP {status}")
        decoder = _Decoder(response.headers.get("Content-Encoding", ""), self.limits.max_bytes)
        async for chunk in response.content.iter_chunked(64 * 1024):
            decoder.feed(chunk)
        return FetchResult(
            url,
            status,
            body=decoder.result(),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
            content_type=response.headers.get("Content-Type"),
        )
