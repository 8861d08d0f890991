"""Webhooks signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`,
`webhook-signature`), verifiable with the `standardwebhooks` package and the user's
`whsec_…` secret. The `webhook-id` is the notification's delivery id, the same on every
retry, so receivers can drop duplicates.

Outcomes: 2xx delivered; 410 Gone permanent (the endpoint is disabled); other 4xx except
408/429 permanent; 5xx, 408, 429, timeouts and connection errors temporary.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import httpx
from standardwebhooks.webhooks import Webhook

from alerts.errors import DeliveryError
from alerts.notify.targets import check_target, pinned_url
from alerts.retry_after import retry_after_seconds

USER_AGENT = "alerts-webhooks/0.1"
_TEMPORARY_4XX = frozenset({408, 425, 429})


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
        status = response.status_code
        if 200 <= status < 300:
            return status
        if status == 410:
            raise EndpointGoneError(f"webhook endpoint {url} answered 410 Gone")
        permanent = 400 <= status < 500 and status not in _TEMPORARY_4XX
        wait = (
            retry_after_seconds(response.headers.get("retry-after"))
            if status in (429, 503)
            else None
        )
        raise DeliveryError(
            f"webhook endpoint {url} answered HTTP {status}",
            permanent=permanent,
            retry_after_s=wait,
        )
