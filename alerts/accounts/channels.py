"""A subscriber's Apprise channels: add (validated by Apprise and the outbound guard), list,
remove, send a test message; and the channel names follows use.

A follow names `email`, `webhook`, `apprise` (every Apprise channel of the user) or the name
of one Apprise channel, stored as `apprise:<id>` so a rename or a second channel of the
same name elsewhere cannot redirect it. URLs hold the services' tokens: they are stored,
and only ever shown masked. Another user's channel is reported as missing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import InputError, NotFoundError, UnknownChannelError
from alerts.models import Channel
from alerts.notify.channels.apprise import NAME, parse_target, send_one
from alerts.notify.channels.base import kind_name, target_of
from alerts.store.tables import AppriseChannelRow, FollowRow

MAX_CHANNELS = 20
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")


@dataclass(frozen=True)
class ChannelView:
    """An Apprise channel as it may be shown: never the URL as given."""

    id: int
    name: str
    service: str
    url: str
    status: str
    last_error: str | None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form, as `alerts channels list --json` prints it."""
        return {
            "id": self.id,
            "name": self.name,
            "service": self.service,
            "url": self.url,
            "status": self.status,
            "last_error": self.last_error,
        }


def view(row: AppriseChannelRow) -> ChannelView:
    """What may be shown of a channel: its URL masked as Apprise masks it."""
    return ChannelView(row.id, row.name, row.service, row.masked_url, row.status, row.last_error)


def list_channels(session: Session, user_id: int) -> list[AppriseChannelRow]:
    """A user's Apprise channels, oldest first."""
    query = select(AppriseChannelRow).where(AppriseChannelRow.user_id == user_id)
    return list(session.scalars(query.order_by(AppriseChannelRow.id)))


def get_channel(session: Session, user_id: int, channel_id: int) -> AppriseChannelRow:
    """One of the user's channels."""
    row = session.scalars(
        select(AppriseChannelRow).where(
            AppriseChannelRow.id == channel_id, AppriseChannelRow.user_id == user_id
        )
    ).first()
    if row is None:
        raise NotFoundError(f"no Apprise channel {channel_id}")
    return row


def _check_name(name: str, taken: set[str]) -> str:
    if not _NAME.fullmatch(name):
        raise InputError(
            f"channel name {name[:70]!r} must be 1 to 64 letters, digits, '.', '_' or '-'"
        )
    if name.casefold() in {c.value for c in Channel} or kind_name(name) != name:
        raise InputError(f"{name!r} names a kind of channel; choose another name")
    if name in taken:
        raise InputError(f"you already have a channel named {name!r}")
    return name


def _free_name(service: str, taken: set[str]) -> str:
    """`ntfy`, then `ntfy-2`, … : a default name from the service."""
    base = re.sub(r"[^a-z0-9_.-]+", "-", service.casefold()).strip("-") or "channel"
    if base in {c.value for c in Channel}:
        base += "-channel"
    name, n = base[:60], 2
    while name in taken:
        name, n = f"{base[:56]}-{n}", n + 1
    return name


def add_channel(
    settings: Settings, session: Session, user_id: int, url: str, name: str | None = None
) -> AppriseChannelRow:
    """Add an Apprise URL: `InputError` naming what is wrong when Apprise cannot read it,
    `UnsafeTargetError` when its host is refused (ALERTS_WEBHOOK_ALLOWED_HOSTS)."""
    existing = list_channels(session, user_id)
    if len(existing) >= MAX_CHANNELS:
        raise InputError(f"at most {MAX_CHANNELS} Apprise channels per user")
    parsed = parse_target(url, allowed_hosts=settings.webhook_allowed_hosts)
    taken = {row.name for row in existing}
    row = AppriseChannelRow(
        user_id=user_id,
        name=_check_name(name, taken) if name is not None else _free_name(parsed.service, taken),
        service=parsed.service,
        url=url.strip(),
        masked_url=parsed.masked_url,
        status="active",
    )
    session.add(row)
    session.flush()
    return row


def remove_channel(session: Session, user_id: int, channel_id: int) -> None:
    """Delete a channel and the follows that named it alone."""
    row = get_channel(session, user_id, channel_id)
    session.execute(
        delete(FollowRow).where(
            FollowRow.user_id == user_id, FollowRow.channel == f"{NAME}:{row.id}"
        )
    )
    session.delete(row)
    session.flush()


def send_test(settings: Settings, session: Session, user_id: int, channel_id: int) -> str | None:
    """Send a test message now (through the guard); None when delivered, else why not. A
    disabled channel that takes the test is active again."""
    row = get_channel(session, user_id, channel_id)
    error = send_one(
        row.url,
        "alerts: test message",
        f"This channel ({row.name}) will receive your topic alerts.",
        allowed_hosts=settings.webhook_allowed_hosts,
    )
    if error is None:
        row.status, row.failing_since, row.last_error = "active", None, None
    session.flush()
    return None if error is None else str(error)


def follow_channel(session: Session, user_id: int, given: str) -> str:
    """The channel value a follow stores for what the user typed: a kind of channel, or the
    name of one of their Apprise channels (`apprise:<id>`)."""
    if given in {c.value for c in Channel}:
        return given
    for row in list_channels(session, user_id):
        if row.name == given:
            return f"{NAME}:{row.id}"
    kinds = ", ".join(c.value for c in Channel)
    raise UnknownChannelError(
        f"no channel {given[:70]!r}: use {kinds} or the name of an Apprise channel"
    )


def channel_labels(session: Session, user_id: int) -> dict[str, str]:
    """How stored follow channels read (`apprise:7` -> its name), for listings."""
    return {f"{NAME}:{row.id}": row.name for row in list_channels(session, user_id)}


def label(channel: str, labels: dict[str, str]) -> str:
    """A stored follow channel as the user names it."""
    return labels.get(channel, channel if not target_of(channel) else kind_name(channel))
