"""What a topic's alert bell knows: the user's follows of each topic (at most one per
channel) and the channels a follow can use. Both go to the page's script as JSON, which
changes them through `/me/follows`. Channels read as `/me/follows` reads and takes them: an
Apprise channel by its name (stored as `apprise:<id>`), so the script matches a follow to
its choice whether the follow came with the page or from the API."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.accounts.channels import channel_labels, label, list_channels
from alerts.models import Channel
from alerts.store.tables import FollowRow, UserRow, WebhookEndpointRow

CHANNEL_LABELS = {
    Channel.EMAIL: "E-mail",
    Channel.WEBHOOK: "Webhook",
    Channel.APPRISE: "All my Apprise channels",
}


class FollowState(TypedDict):
    """One follow as the bell's menu shows it."""

    id: int
    channel: str
    mode: str


class ChannelChoice(TypedDict):
    """A channel in the bell's menu; one that is not `ready` needs setting up first (a
    webhook follow needs an endpoint), and says where in `hint`. `kind` is the kind of
    channel: a choice whose value is not its kind is one Apprise channel, which only
    `/me/follows` takes (a default channel or an alert's follow is a kind)."""

    value: str
    label: str
    ready: bool
    hint: str
    kind: str


def follow_states(session: Session, user_id: int) -> dict[str, list[FollowState]]:
    """Topic -> the user's follows of it, in channel order."""
    states: dict[str, list[FollowState]] = {}
    labels = channel_labels(session, user_id)
    rows = session.scalars(
        select(FollowRow).where(FollowRow.user_id == user_id).order_by(FollowRow.channel)
    )
    for row in rows:
        states.setdefault(row.topic, []).append(
            FollowState(id=row.id, channel=label(row.channel, labels), mode=row.mode)
        )
    return states


def _kind(kind: Channel, ready: bool, hint: str) -> ChannelChoice:
    return ChannelChoice(
        value=kind, label=CHANNEL_LABELS[kind], ready=ready, hint="" if ready else hint, kind=kind
    )


def channel_choices(session: Session, user: UserRow) -> list[ChannelChoice]:
    """The kinds of channel, the default first: e-mail, webhook (ready once the user has an
    endpoint), all Apprise channels (ready once there is one); then each Apprise channel."""
    has_webhook = (
        session.scalars(
            select(WebhookEndpointRow.id).where(WebhookEndpointRow.user_id == user.id)
        ).first()
        is not None
    )
    apprise = list_channels(session, user.id)
    kinds = [
        _kind(Channel.EMAIL, True, ""),
        _kind(Channel.WEBHOOK, has_webhook, "add a webhook on the Channels page first"),
        _kind(Channel.APPRISE, bool(apprise), "add one on the Channels page first"),
    ]
    kinds.sort(key=lambda choice: choice["value"] != user.default_channel)
    return kinds + [
        ChannelChoice(
            value=row.name, label=f"Apprise: {row.name}", ready=True, hint="", kind=Channel.APPRISE
        )
        for row in apprise
    ]
