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

import httpx
from standardwebhooks.webhooks import Webhook

from alerts.errors import DeliveryError
from alerts.notify.targets import check_target

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
    """POSTs signed webhooks, re-checking the target before every send."""

    def __init__(self, *, allowed_hosts: Collection[str], timeout_s: float = 10.0) -> None:
        self._allowed_hosts = allowed_hosts
        self._timeout_s = timeout_s

    def send(self, url: str, request: SignedRequest) -> int:
        """Deliver one webhook; return the HTTP status or raise `DeliveryError`."""
        check_target(url, allowed_hosts=self._allowed_hosts)
        try:
            with (
                httpx.Client(timeout=self._timeout_s, follow_redirects=False) as client,
                client.stream(
                    "POST", url, content=request.body.encode(), headers=request.headers
                ) as response,
            ):
                status = response.status_code
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook to {url} failed: {type(exc).__name__}") from None
        if 200 <= status < 300:
            return status
        if status == 410:
            raise EndpointGoneError(f"webhook endpoint {url} answered 410 Gone")
        permanent = 400 <= status < 500 and status not in _TEMPORARY_4XX
        raise DeliveryError(f"webhook endpoint {url} answered HTTP {status}", permanent=permanent)
