"""What a topic's alert bell knows: the user's follows of each topic (at most one per
channel) and the channels a follow can use. Both go to the page's script as JSON, which
changes them through `/me/follows`."""

from __future__ import annotations

from typing import TypedDict

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.models import Channel
from alerts.store.tables import FollowRow, UserRow, WebhookEndpointRow

CHANNEL_LABELS = {Channel.EMAIL: "E-mail", Channel.WEBHOOK: "Webhook"}


class FollowState(TypedDict):
    """One follow as the bell's menu shows it."""

    id: int
    channel: str
    mode: str


class ChannelChoice(TypedDict):
    """A channel in the bell's menu; one that is not `ready` needs setting up first (a
    webhook follow needs an endpoint), and says where in `hint`."""

    value: str
    label: str
    ready: bool
    hint: str


def follow_states(session: Session, user_id: int) -> dict[str, list[FollowState]]:
    """Topic -> the user's follows of it, in channel order."""
    states: dict[str, list[FollowState]] = {}
    rows = session.scalars(
        select(FollowRow).where(FollowRow.user_id == user_id).order_by(FollowRow.channel)
    )
    for row in rows:
        states.setdefault(row.topic, []).append(
            FollowState(id=row.id, channel=row.channel, mode=row.mode)
        )
    return states


def channel_choices(session: Session, user: UserRow) -> list[ChannelChoice]:
    """E-mail, then webhook (ready once the user has an endpoint), the default first."""
    has_webhook = (
        session.scalars(
            select(WebhookEndpointRow.id).where(WebhookEndpointRow.user_id == user.id)
        ).first()
        is not None
    )
    choices = [
        ChannelChoice(
            value=Channel.EMAIL, label=CHANNEL_LABELS[Channel.EMAIL], ready=True, hint=""
        ),
        ChannelChoice(
            value=Channel.WEBHOOK,
            label=CHANNEL_LABELS[Channel.WEBHOOK],
            ready=has_webhook,
            hint="" if has_webhook else "add a webhook on the Channels page first",
        ),
    ]
    return sorted(choices, key=lambda choice: choice["value"] != user.default_channel)
