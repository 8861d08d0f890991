"""`/me/channels`: the caller's Apprise channels (chat and push services). URLs are checked
by Apprise and the outbound guard when added and only ever returned masked; another user's
channel is reported as missing (404)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from alerts.accounts.channels import (
    ChannelView,
    add_channel,
    list_channels,
    remove_channel,
    send_test,
    view,
)
from alerts.api.deps import SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.routers.topics import RowId
from alerts.api.schemas import AppriseChannelIn, AppriseChannelOut, AppriseProbeOut, Problem

router = APIRouter(prefix="/me/channels", tags=["channels"], responses={401: {"model": Problem}})
_MISSING = documented(404)


def _out(shown: ChannelView) -> AppriseChannelOut:
    return AppriseChannelOut.model_validate(shown.as_dict())


@router.get("", response_model=list[AppriseChannelOut])
def get_channels(user: UserDep, session: SessionDep) -> list[AppriseChannelOut]:
    """The caller's Apprise channels, URLs masked."""
    return [_out(view(row)) for row in list_channels(session, user.id)]


@router.post(
    "", response_model=AppriseChannelOut, status_code=201, responses=documented(*BODY_ANSWERS)
)
def add_apprise_channel(
    body: AppriseChannelIn, user: UserDep, session: SessionDep, settings: SettingsDep
) -> AppriseChannelOut:
    """Add an Apprise URL (`ntfy://…`, `slack://…`, `json://…`, …). A URL Apprise cannot
    read, or whose host is private (unless in ALERTS_WEBHOOK_ALLOWED_HOSTS), is a 422."""
    with field_errors("body", "url"):
        row = add_channel(settings, session, user.id, body.url, body.name)
    return _out(view(row))


@router.delete("/{channel_id}", status_code=204, responses=_MISSING)
def delete_channel(channel_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Remove a channel and the follows that name it."""
    remove_channel(session, user.id, channel_id)
    return Response(status_code=204)


@router.post("/{channel_id}/test", response_model=AppriseProbeOut, responses=_MISSING)
def test_channel(
    channel_id: RowId, user: UserDep, session: SessionDep, settings: SettingsDep
) -> AppriseProbeOut:
    """Send a test message now; the answer says whether the service took it."""
    error = send_test(settings, session, user.id, channel_id)
    return AppriseProbeOut(delivered=error is None, error=error)
