"""`/me/webhooks`: the caller's webhook endpoints. Secrets are returned when an endpoint is
created or its secret rotated, never when listed."""

from __future__ import annotations

from fastapi import APIRouter, Response

from alerts.accounts.endpoints import (
    add_endpoint,
    list_endpoints,
    remove_endpoint,
    rotate_secret,
    send_test,
    set_rate_limit,
)
from alerts.api.deps import ClockDep, SendersDep, SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.routers.topics import RowId
from alerts.api.schemas import (
    ProbeOut,
    Problem,
    WebhookIn,
    WebhookOut,
    WebhookPatch,
    WebhookSecretOut,
)
from alerts.store.tables import WebhookEndpointRow

router = APIRouter(prefix="/me/webhooks", tags=["webhooks"], responses={401: {"model": Problem}})
_MISSING = documented(404)


def _out(row: WebhookEndpointRow) -> WebhookOut:
    return WebhookOut(
        id=row.id,
        url=row.url,
        status=row.status,
        created_at=row.created_at,
        rate_limit_per_s=row.rate_limit_per_s,
    )


def _with_secret(row: WebhookEndpointRow) -> WebhookSecretOut:
    return WebhookSecretOut(**_out(row).model_dump(), secret=row.secret)


@router.get("", response_model=list[WebhookOut])
def get_webhooks(user: UserDep, session: SessionDep) -> list[WebhookOut]:
    """The caller's endpoints (without secrets)."""
    return [_out(row) for row in list_endpoints(session, user.id)]


@router.post(
    "", response_model=WebhookSecretOut, status_code=201, responses=documented(*BODY_ANSWERS)
)
def add_webhook(
    body: WebhookIn, user: UserDep, session: SessionDep, settings: SettingsDep
) -> WebhookSecretOut:
    """Add an endpoint. URLs resolving to private, loopback or other non-public addresses
    are refused unless the host is in ALERTS_WEBHOOK_ALLOWED_HOSTS."""
    with field_errors("body", "url"):
        row = add_endpoint(settings, session, user.id, body.url, body.rate_limit_per_s)
    return _with_secret(row)


@router.patch("/{endpoint_id}", response_model=WebhookOut, responses=documented(404, *BODY_ANSWERS))
def update_webhook(
    endpoint_id: RowId, body: WebhookPatch, user: UserDep, session: SessionDep
) -> WebhookOut:
    """Change an endpoint's maximum deliveries per second (0: none; null: the default)."""
    return _out(set_rate_limit(session, user.id, endpoint_id, body.rate_limit_per_s))


@router.delete("/{endpoint_id}", status_code=204, responses=_MISSING)
def delete_webhook(endpoint_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Remove an endpoint."""
    remove_endpoint(session, user.id, endpoint_id)
    return Response(status_code=204)


@router.post("/{endpoint_id}/rotate", response_model=WebhookSecretOut, responses=_MISSING)
def rotate_webhook(endpoint_id: RowId, user: UserDep, session: SessionDep) -> WebhookSecretOut:
    """Replace the signing secret (and re-enable an endpoint that answered 410)."""
    return _with_secret(rotate_secret(session, user.id, endpoint_id))


@router.post("/{endpoint_id}/test", response_model=ProbeOut, responses=_MISSING)
def test_webhook(
    endpoint_id: RowId, user: UserDep, session: SessionDep, senders: SendersDep, clock: ClockDep
) -> ProbeOut:
    """Send a signed `{"type": "test"}` event now; the answer says whether it arrived."""
    outcome = send_test(session, senders.webhook, user.id, endpoint_id, now=clock())
    return ProbeOut(
        delivered=outcome.delivered,
        status=outcome.status,
        error=outcome.error,
        webhook_id=outcome.webhook_id,
    )
