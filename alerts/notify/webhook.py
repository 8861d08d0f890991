"""Webhooks signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
`webhook-signature`), verifiable with the `standardwebhooks` package and the user's
`whsec_…` secret. The `webhook-id` is the notification's delivery id, the same on every
retry, so receivers can drop duplicates.

Outcomes: 2xx delivered; 410 Gone permanent (the endpoint is disabled); other 4xx except
408/429 permanent; 5xx, 408, 429, timeouts and connection errors temporary.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import aiohttp
import httpx
from standardwebhooks.webhooks import Webhook

from alerts.errors import DeliveryError
from alerts.notify.targets import check_target, pinned_url
from alerts.retry_after import retry_after_seconds

USER_AGENT = "alerts-webhooks/0.1"
_TEMPORARY_4XX = frozenset({408, 425, 429})
_DRAIN_MAX_BYTES = 64 * 1024


def new_secret() -> str:
    """A fresh Standard Webhooks signing secret."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


class EndpointGoneError(DeliveryError):
    """The receiver answered 410 Gone: stop sending to this endpoint."""

    def __init__(self, message: str) -> None:
        super().__init__(message, permanent=True)


@dataclass(frozen=True)
class SignedRequest:
    """A webhook ready to send: body and the three Standard Webhooks headers."""

    body: str
    headers: dict[str, str]


def sign(
    secret: str, delivery_id: str, payload: dict[str, object], *, now: datetime | None = None
) -> SignedRequest:
    """Serialise `payload` and sign it for `delivery_id`."""
    moment = now or datetime.now(UTC)
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    return SignedRequest(
        body=body,
        headers={
            "content-type": "application/json",
            "user-agent": USER_AGENT,
            "webhook-id": delivery_id,
            "webhook-timestamp": str(int(moment.timestamp())),
            "webhook-signature": Webhook(secret).sign(delivery_id, moment, body),
        },
    )


class WebhookSender:
    """POSTs signed webhooks over one pooled client, re-checking the target before every
    send and connecting to the address that was checked."""

    def __init__(self, *, allowed_hosts: Collection[str], timeout_s: float = 10.0) -> None:
        self._allowed_hosts = allowed_hosts
        self._client = httpx.Client(timeout=timeout_s, follow_redirects=False, trust_env=False)

    def close(self) -> None:
        """Release pooled connections."""
        self._client.close()

    def _post(self, url: str, request: SignedRequest) -> httpx.Response:
        address = check_target(url, allowed_hosts=self._allowed_hosts)
        target, host = pinned_url(url, address)
        headers = request.headers | {"host": host}
        extensions = (
            {"sni_hostname": urlsplit(url).hostname or ""} if url.startswith("https") else {}
        )
        with self._client.stream(
            "POST", target, content=request.body.encode(), headers=headers, extensions=extensions
        ) as response:
            return response

    def send(self, url: str, request: SignedRequest) -> int:
        """Deliver one webhook; return the HTTP status or raise `DeliveryError`."""
        try:
            response = self._post(url, request)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook to {url} failed: {type(exc).__name__}") from None
        error = outcome(url, response.status_code, response.headers.get("retry-after"))
        if error is not None:
            raise error
        return response.status_code


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


@dataclass(frozen=True)
class WebhookJob:
    """One webhook of a batch: the endpoint it goes to and the signed request."""

    endpoint_id: int
    url: str
    request: SignedRequest


class AsyncWebhookSender:
    """Sends a batch of webhooks at once over one pooled, keep-alive aiohttp session (httpx's
    async pool costs more CPU per request than the send itself): at most
    `max_connections` requests in flight overall and `per_endpoint` per endpoint, so one slow
    receiver cannot take every connection. Each endpoint's target is checked (SSRF guard)
    once per batch and requests go to the checked address, as `WebhookSender` does.

    Parameters:
      allowed_hosts: hosts exempt from the private-address block.
      timeout_s: per-request timeout.
      max_connections: the pool size.
      per_endpoint: concurrent requests to one endpoint.
    """

    def __init__(
        self,
        *,
        allowed_hosts: Collection[str],
        timeout_s: float = 10.0,
        max_connections: int = 64,
        per_endpoint: int = 8,
    ) -> None:
        self._allowed_hosts = allowed_hosts
        self._timeout_s = timeout_s
        self._per_endpoint = per_endpoint
        self._max_connections = max_connections

    def send_all(self, jobs: Sequence[WebhookJob]) -> list[DeliveryError | None]:
        """Deliver every job; return, in order, None for delivered or the error."""
        if not jobs:
            return []
        return asyncio.run(self._send_all(jobs))

    async def _send_all(self, jobs: Sequence[WebhookJob]) -> list[DeliveryError | None]:
        gates: dict[int, asyncio.Semaphore] = {}
        targets: dict[str, tuple[str, str] | DeliveryError] = {}
        for url in {job.url for job in jobs}:
            targets[url] = await asyncio.to_thread(self._target, url)
        connector = aiohttp.TCPConnector(limit=self._max_connections, limit_per_host=0)
        # The timeout starts when a connection is free, so waiting in the pool never counts
        # against a request.
        timeout = aiohttp.ClientTimeout(sock_connect=self._timeout_s, sock_read=self._timeout_s)
        async with aiohttp.ClientSession(
            connector=connector, timeout=timeout, trust_env=False, auto_decompress=False
        ) as client:
            tasks = []
            for job in jobs:
                gate = gates.setdefault(job.endpoint_id, asyncio.Semaphore(self._per_endpoint))
                tasks.append(self._send(client, gate, job, targets[job.url]))
            return list(await asyncio.gather(*tasks))

    def _target(self, url: str) -> tuple[str, str] | DeliveryError:
        try:
            return pinned_url(url, check_target(url, allowed_hosts=self._allowed_hosts))
        except DeliveryError as error:
            return error

    async def _send(
        self,
        client: aiohttp.ClientSession,
        gate: asyncio.Semaphore,
        job: WebhookJob,
        target: tuple[str, str] | DeliveryError,
    ) -> DeliveryError | None:
        if isinstance(target, DeliveryError):
            return target
        address, host = target
        headers = job.request.headers | {"host": host}
        tls_name = urlsplit(job.url).hostname if job.url.startswith("https") else None
        async with gate:
            try:
                async with client.post(
                    address,
                    data=job.request.body.encode(),
                    headers=headers,
                    allow_redirects=False,
                    server_hostname=tls_name,
                ) as response:
                    # A small body read to its end keeps the connection for the next
                    # request; a large one is not read (the connection is dropped instead).
                    await response.content.read(_DRAIN_MAX_BYTES)
                    status, retry_after = response.status, response.headers.get("retry-after")
            except (aiohttp.ClientError, TimeoutError) as exc:
                return DeliveryError(f"webhook to {job.url} failed: {type(exc).__name__}")
        return outcome(job.url, status, retry_after)
