"""Webhooks signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
`webhook-signature`), verifiable with the `standardwebhooks` package and the user's
`whsec_…` secret. The `webhook-id` is the notification's delivery id, the same on every
retry, so receivers can drop duplicates.

Outcomes: 2xx delivered; 410 Gone permanent (the endpoint is disabled); other 4xx except
408/429 permanent; 5xx, 408, 429, timeouts and connection errors temporary. A send over
its endpoint's rate limit is not attempted at all (`RateLimitedError`): it is deferred.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import math
import secrets
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Collection, Sequence
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

import httpx

from alerts.errors import DeferredError, DeliveryError
from alerts.guard import IpAddress, check_url, pinned_url
from alerts.notify.ratelimit import LocalRateLimiter, RateLimiter
from alerts.retry_after import retry_after_seconds

if TYPE_CHECKING:
    import aiohttp

USER_AGENT = "alerts-webhooks/0.1"
_TEMPORARY_4XX = frozenset({408, 425, 429})
_DRAIN_MAX_BYTES = 64 * 1024
# Pooled connections idle longer than this are not reused: receivers close idle keep-alive
# connections after a few seconds (uvicorn and Node.js after 5), and a POST sent on a
# connection the receiver just closed is not retried.
KEEPALIVE_S = 2.0


def new_secret() -> str:
    """A fresh Standard Webhooks signing secret."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class EndpointGoneError(DeliveryError):
    """The receiver answered 410 Gone: stop sending to this endpoint."""

    def __init__(self, message: str) -> None:
        super().__init__(message, permanent=True)


class RateLimitedError(DeferredError):
    """The endpoint had its maximum sends in the last second: nothing was sent, try again in
    `retry_after_s` (this is not a failed attempt)."""

    def __init__(self, endpoint_id: int, max_per_s: int, wait_s: float) -> None:
        super().__init__(
            f"webhook endpoint {endpoint_id} is at its limit of {max_per_s} deliveries/s",
            wait_s=wait_s,
        )


class SignedRequest(NamedTuple):
    """A webhook ready to send: body and the three Standard Webhooks headers (a tuple, as
    `WebhookJob`: one of each per delivery, built faster than a frozen dataclass)."""

    body: str
    headers: dict[str, str]


def serialise(payload: object) -> str:
    """The body of a webhook: compact JSON, keys sorted, UTF-8 as is."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False, sort_keys=True)


def sign(
    secret: str, delivery_id: str, payload: dict[str, object], *, now: datetime | None = None
) -> SignedRequest:
    """Serialise `payload` and sign it for `delivery_id`."""
    return sign_body(secret, delivery_id, serialise(payload), now=now)


@lru_cache(maxsize=4096)
def _hmac_of(secret: str) -> hmac.HMAC:
    """The HMAC-SHA256 of a `whsec_` secret's key (decoded as `standardwebhooks` decodes
    it), set up once per secret: a signature copies it, which costs a fraction of setting
    up an HMAC anew (the larger part of signing a webhook)."""
    key = base64.b64decode(secret.removeprefix("whsec_") + "==")
    if not key:
        raise ValueError("webhook secret may not be empty")
    return hmac.new(key, digestmod="sha256")


def _hmac_sha256(secret: str, message: bytes) -> bytes:
    """`hmac.digest(key, message, "sha256")` from the secret's HMAC, set up once."""
    signing = _hmac_of(secret).copy()
    signing.update(message)
    return signing.digest()


def sign_body(
    secret: str, delivery_id: str, body: str, *, now: datetime | None = None
) -> SignedRequest:
    """Sign a serialised body for `delivery_id`: the Standard Webhooks `v1` HMAC-SHA256 of
    `id.timestamp.body`, as `standardwebhooks.Webhook.sign` computes it (a test checks)."""
    timestamp = str(math.floor((now or datetime.now(UTC)).timestamp()))
    signed = _hmac_sha256(secret, f"{delivery_id}.{timestamp}.{body}".encode())
    return SignedRequest(
        body=body,
        headers={
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": delivery_id,
            "webhook-timestamp": timestamp,
            "webhook-signature": "v1," + base64.b64encode(signed).decode(),
        },
    )


def outcome(url: str, status: int, retry_after: str | None) -> DeliveryError | None:
    """What an HTTP status means for a webhook: None when delivered, else the error."""
    if 200 <= status < 300:
        return None
    if status == 410:
        return EndpointGoneError(f"webhook endpoint {url} answered 410 Gone")
    permanent = 400 <= status < 500 and status not in _TEMPORARY_4XX
    wait = retry_after_seconds(retry_after) if status in (429, 503) else None
    return DeliveryError(
        f"webhook endpoint {url} answered HTTP {status}",
        permanent=permanent,
        retry_after_s=wait,
    )


class WebhookJob(NamedTuple):
    """One webhook of a batch: the notification it delivers, its endpoint (and the endpoint's
    limit, 0 for none) and the signed request. A tuple: a batch builds a thousand."""

    notification_id: int
    endpoint_id: int
    url: str
    request: SignedRequest
    max_per_s: int = 0


Outcome = DeliveryError | None
Recorder = Callable[[list[tuple[WebhookJob, Outcome]]], None]
_Target = tuple[str, str] | DeliveryError  # (URL with the checked address, Host) or why not


def _why(error: BaseException, timeout_s: float) -> str:
    """What went wrong, on one line an operator can act on: the exception's own words (for
    example "[Errno 111] Connection refused") after its kind, or the time limit that ran out.

    >>> _why(TimeoutError(), 10.0)
    'TimeoutError: no complete reply within 10 s'
    >>> _why(ConnectionRefusedError(111, "Connection refused"), 10.0)
    'ConnectionRefusedError: [Errno 111] Connection refused'
    """
    said = " ".join(str(error).split())
    if not said and isinstance(error, TimeoutError | httpx.TimeoutException):
        said = f"no complete reply within {timeout_s:g} s"
    kind = type(error).__name__
    return f"{kind}: {said[:300]}" if said else kind


class WebhookSender:
    """The webhook port. `send` POSTs one webhook; `send_batch` sends many at once over one
    pooled, keep-alive aiohttp session that lives as long as the sender (one per worker
    process), so connections carry over from batch to batch (httpx's async pool costs more
    CPU per request than the send itself). Every send re-checks its target (the SSRF guard;
    in a batch once per host) and connects to the address that was checked.

    Parameters:
      allowed_hosts: hosts exempt from the private-address block.
      timeout_s: per-request timeout (to connect, and for the whole exchange).
      limiter: counts sends against endpoints' rate limits (default: this process's own).
      max_connections: requests of a batch in flight at once.
      per_endpoint: requests of a batch in flight to one endpoint, so one slow receiver
        cannot take every connection.
    """

    def __init__(
        self,
        *,
        allowed_hosts: Collection[str],
        timeout_s: float = 10.0,
        limiter: RateLimiter | None = None,
        max_connections: int = 32,
        per_endpoint: int = 8,
    ) -> None:
        self._allowed_hosts = allowed_hosts
        self._timeout_s = timeout_s
        self._limiter = limiter or LocalRateLimiter()
        self._max_connections = max_connections
        self._per_endpoint = per_endpoint
        self._client = httpx.Client(timeout=timeout_s, follow_redirects=False, trust_env=False)
        self._runner: asyncio.Runner | None = None
        self._pool: aiohttp.ClientSession | None = None
        self._batch_lock = threading.Lock()  # one batch at a time on the sender's event loop

    def close(self) -> None:
        """Release pooled connections."""
        self._client.close()
        with self._batch_lock:
            if self._runner is not None:
                if self._pool is not None:
                    self._runner.run(self._pool.close())
                self._runner.close()
            self._runner = self._pool = None

    def send(self, url: str, request: SignedRequest) -> int:
        """Deliver one webhook; return the HTTP status or raise `DeliveryError`."""
        try:
            response = self._post(url, request)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook to {url} failed: {_why(exc, self._timeout_s)}") from None
        error = outcome(url, response.status_code, response.headers.get("retry-after"))
        if error is not None:
            raise error
        return response.status_code

    def _post(self, url: str, request: SignedRequest) -> httpx.Response:
        address = check_url(url, allowed_hosts=self._allowed_hosts, purpose="webhook")
        target, host = pinned_url(url, address)
        headers = request.headers | {"host": host}
        extensions = (
            {"sni_hostname": urlsplit(url).hostname or ""} if url.startswith("https") else {}
        )
        with self._client.stream(
            "POST", target, content=request.body.encode(), headers=headers, extensions=extensions
        ) as response:
            return response

    def send_batch(self, jobs: Sequence[WebhookJob], record: Recorder, *, group: int = 50) -> None:
        """Send every job concurrently and hand the outcomes to `record` as they come, in
        groups of `group` or a multiple of it when more waited (one group at a time, in a
        worker thread, while the other sends go on), so a crash loses at most the outcomes
        not yet recorded. A job over its endpoint's limit is not sent: its outcome is a
        `RateLimitedError`."""
        if not jobs:
            return
        with self._batch_lock:
            if self._runner is None:
                self._runner = asyncio.Runner()
            self._runner.run(self._send_batch(jobs, record, group))

    async def _send_batch(self, jobs: Sequence[WebhookJob], record: Recorder, group: int) -> None:
        self._open_pool()
        targets = await self._targets({job.url for job in jobs})
        queue = _Queue(jobs, self._per_endpoint)
        outcomes = _Outcomes(record, group)
        # One worker per connection, each taking the next job: a worker's request always
        # has a connection, so a rate limit is counted just before its send goes out.
        workers = [
            asyncio.ensure_future(self._work(queue, targets, outcomes))
            for _ in range(min(self._max_connections, len(jobs)))
        ]
        try:
            await asyncio.gather(*workers)
            await outcomes.drain()
        finally:  # after a failure to record, send nothing more
            for worker in workers:
                worker.cancel()
            await asyncio.gather(*workers, return_exceptions=True)

    def _open_pool(self) -> None:
        if self._pool is None:
            import aiohttp  # loaded by a batch send, not by every `alerts` command

            connector = aiohttp.TCPConnector(
                limit=self._max_connections, limit_per_host=0, keepalive_timeout=KEEPALIVE_S
            )
            # Waiting for a free connection never counts against a request's timeout. No
            # timeout per socket read: the whole exchange is bounded (`_post_async`), which
            # bounds every read too, without a timer rescheduled on each one.
            timeout = aiohttp.ClientTimeout(sock_connect=self._timeout_s)
            self._pool = aiohttp.ClientSession(
                connector=connector, timeout=timeout, trust_env=False, auto_decompress=False
            )

    async def _work(self, queue: _Queue, targets: dict[str, _Target], outcomes: _Outcomes) -> None:
        """Send jobs until none is left for this worker."""
        job = queue.take()
        while job is not None:
            outcomes.add(job, await self._send_job(job, targets[job.url]))
            job = queue.done(job)

    async def _targets(self, urls: Collection[str]) -> dict[str, _Target]:
        """Check each host of the batch once (in threads: resolving may block), then pin
        every URL to its host's checked address: the origin is pinned once, and each URL of
        it keeps its own path and query (a batch has a thousand URLs on a few origins)."""
        by_origin: dict[str, list[str]] = {}
        for url in urls:
            by_origin.setdefault(_origin(url), []).append(url)
        checked = await asyncio.gather(
            *(asyncio.to_thread(self._check, group[0]) for group in by_origin.values())
        )
        targets: dict[str, _Target] = {}
        for (origin, group), address in zip(by_origin.items(), checked, strict=True):
            if isinstance(address, DeliveryError):
                targets.update(dict.fromkeys(group, address))
                continue
            pinned, host = pinned_url(origin, address)
            for url in group:
                targets[url] = (pinned + url[len(origin) :].partition("#")[0], host)
        return targets

    def _check(self, url: str) -> IpAddress | DeliveryError:
        try:
            return check_url(url, allowed_hosts=self._allowed_hosts, purpose="webhook")
        except DeliveryError as error:
            return error

    async def _send_job(self, job: WebhookJob, target: _Target) -> Outcome:
        if isinstance(target, DeliveryError):
            return target
        if job.max_per_s:
            limiter = self._limiter
            wait_s = await asyncio.to_thread(limiter.acquire, job.endpoint_id, job.max_per_s)
            if wait_s:
                return RateLimitedError(job.endpoint_id, job.max_per_s, wait_s)
        return await self._post_async(job, target)

    async def _post_async(self, job: WebhookJob, target: tuple[str, str]) -> Outcome:
        import aiohttp  # already loaded with the pool

        assert self._pool is not None
        address, host = target
        tls_name = urlsplit(job.url).hostname if job.url.startswith("https") else None
        try:
            # The whole exchange is bounded, not only each socket read: a receiver dripping
            # its reply a byte at a time cannot hold a connection of the pool.
            async with (
                asyncio.timeout(self._timeout_s),
                self._pool.post(
                    address,
                    data=job.request.body.encode(),
                    headers=job.request.headers | {"host": host},
                    allow_redirects=False,
                    server_hostname=tls_name,
                ) as response,
            ):
                # A small body read to its end keeps the connection for the next request; a
                # large one is not read (the connection is dropped instead).
                await response.content.read(_DRAIN_MAX_BYTES)
                status, retry_after = response.status, response.headers.get("retry-after")
        except (aiohttp.ClientError, TimeoutError) as exc:
            return DeliveryError(f"webhook to {job.url} failed: {_why(exc, self._timeout_s)}")
        return outcome(job.url, status, retry_after)


def _origin(url: str) -> str:
    """`scheme://netloc` of `url` as written (what `urlsplit` finds, without its cost: the
    netloc ends at the first `/`, `?` or `#` after `//`).

    >>> _origin("http://127.0.0.1:8080/u/1?x=/y")
    'http://127.0.0.1:8080'
    >>> _origin("https://user@hooks.example?x=1")
    'https://user@hooks.example'
    """
    start = url.find("//") + 2
    end = len(url)
    for mark in "/?#":
        found = url.find(mark, start)
        if found != -1:
            end = min(end, found)
    return url[:end]


class _Outcomes:
    """A batch's outcomes on their way to its `Recorder`, one group at a time, in a worker
    thread, while the sends go on: every full `size` waiting when the recorder is free, so a
    recorder slower than the sends (its transaction waits for the GIL the sends hold) writes
    larger groups rather than falling further behind."""

    def __init__(self, record: Recorder, size: int) -> None:
        self._record = record
        self._size = size
        self._pending: list[tuple[WebhookJob, Outcome]] = []
        self._recording: asyncio.Future[None] | None = None

    def add(self, job: WebhookJob, result: Outcome) -> None:
        """Queue one outcome; raise what recording an earlier group raised, if it failed."""
        if self._recording is not None and self._recording.done():
            self._recording.result()
            self._recording = None
        self._pending.append((job, result))
        if self._recording is None and len(self._pending) >= self._size:
            self._recording = asyncio.ensure_future(self._record_full_groups())

    async def drain(self) -> None:
        """Record everything still queued."""
        if self._recording is not None:
            await self._recording
        if self._pending:
            await asyncio.to_thread(self._record, self._pending)
            self._pending = []

    async def _record_full_groups(self) -> None:
        while len(self._pending) >= self._size:
            full = len(self._pending) - len(self._pending) % self._size
            group = self._pending[:full]
            del self._pending[:full]
            await asyncio.to_thread(self._record, group)


class _Queue:
    """A batch's jobs in order, except that a job whose endpoint already has `per_endpoint`
    sends in flight waits aside (while later jobs go ahead) until one of them ends: one
    slow receiver holds at most that many connections."""

    def __init__(self, jobs: Sequence[WebhookJob], per_endpoint: int) -> None:
        self._ready = deque(jobs)
        self._held: defaultdict[int, deque[WebhookJob]] = defaultdict(deque)
        self._in_flight: Counter[int] = Counter()
        self._per_endpoint = per_endpoint

    def take(self) -> WebhookJob | None:
        """The next job whose endpoint has room, counted in flight; None when none is left
        for this worker (held jobs go to the workers of their endpoint's sends)."""
        while self._ready:
            job = self._ready.popleft()
            if self._in_flight[job.endpoint_id] < self._per_endpoint:
                self._in_flight[job.endpoint_id] += 1
                return job
            self._held[job.endpoint_id].append(job)
        return None

    def done(self, job: WebhookJob) -> WebhookJob | None:
        """End `job`'s send; the next job of its endpoint that was held, else `take()`."""
        held = self._held.get(job.endpoint_id)
        if held:
            return held.popleft()  # takes over the finished send's place in flight
        self._in_flight[job.endpoint_id] -= 1
        return self.take()
