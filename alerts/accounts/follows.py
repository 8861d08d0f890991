"""What subscribers follow: follows of taxonomy topics on a channel and mode, with
per-follow overrides (keyword exclusions, snooze, ignoring quiet hours), and unsubscribe.

Every function that reads or changes a follow takes the owner's user id and treats another
user's follow as missing (`NotFoundError`), so no caller can reach across users."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from alerts.accounts.channels import follow_channel, list_channels
from alerts.accounts.users import find_user
from alerts.errors import InputError, NotFoundError
from alerts.models import Channel, Mode
from alerts.notify.unsubscribe import UnsubscribeRequest
from alerts.store.tables import FollowRow, UserRow, WebhookEndpointRow
from alerts.topics.catalog import TopicNames


@dataclass(frozen=True)
class FollowOverrides:
    """Per-follow settings; None leaves a value as it is."""

    exclude: Sequence[str] | None = None
    snoozed_until: datetime | None = None
    clear_snooze: bool = False
    ignore_quiet: bool | None = None


def _clean_keywords(keywords: Sequence[str]) -> list[str]:
    cleaned = list(dict.fromkeys(" ".join(k.split()) for k in keywords if k.strip()))
    if len(cleaned) > 20 or any(len(k) > 100 for k in cleaned):
        raise InputError("exclude takes at most 20 keywords of at most 100 characters")
    return cleaned


def apply_overrides(row: FollowRow, overrides: FollowOverrides) -> None:
    """Change a follow's overrides in place."""
    if overrides.exclude is not None:
        row.exclude = _clean_keywords(overrides.exclude)
    if overrides.clear_snooze:
        row.snoozed_until = None
    elif overrides.snoozed_until is not None:
        row.snoozed_until = overrides.snoozed_until
    if overrides.ignore_quiet is not None:
        row.ignore_quiet = overrides.ignore_quiet


def _check_channel(session: Session, user: UserRow, channel: str) -> None:
    """A follow on a channel the user cannot receive on yet is refused, saying what to add."""
    if channel == Channel.APPRISE and not list_channels(session, user.id):
        raise InputError(f"{user.email} has no Apprise channel; add one first")
    if channel != Channel.WEBHOOK:
        return
    has_endpoint = session.scalars(
        select(WebhookEndpointRow.id).where(WebhookEndpointRow.user_id == user.id)
    ).first()
    if has_endpoint is None:
        raise InputError(f"{user.email} has no webhook endpoint; add one first")


def _existing(session: Session, user: UserRow, name: str, channel: str) -> FollowRow | None:
    return session.scalars(
        select(FollowRow).where(
            FollowRow.user_id == user.id, FollowRow.topic == name, FollowRow.channel == channel
        )
    ).first()


def _channel_of(session: Session, user: UserRow, name: str) -> str:
    """The channel a follow names when none is given: the one the topic is followed on
    when there is exactly one (so `alerts follow ops Iraq --mode daily` changes a webhook
    follow), else the user's default channel."""
    channels = session.scalars(
        select(FollowRow.channel).where(FollowRow.user_id == user.id, FollowRow.topic == name)
    ).all()
    return channels[0] if len(channels) == 1 else user.default_channel


def follow_topic(
    session: Session,
    taxonomy: TopicNames,
    user: UserRow,
    topic: str,
    *,
    channel: str | None = None,
    mode: Mode | None = None,
    overrides: FollowOverrides | None = None,
) -> tuple[FollowRow, bool]:
    """Follow a topic (by name or alias) on a channel. Following again changes only what is
    given: a mode or channel left out (None) keeps the follow's own, so re-following never
    turns a daily follow into an instant one. A new follow is instant unless a mode is
    given. `channel` is a kind of channel or the name of one of the user's Apprise
    channels. Returns the follow and whether it was created."""
    name = taxonomy.resolve(topic).name
    if channel:
        channel = follow_channel(session, user.id, channel)
    else:
        channel = _channel_of(session, user, name)
    row = _existing(session, user, name, channel)
    created = row is None
    if row is None:
        _check_channel(session, user, channel)
        row = FollowRow(
            user_id=user.id, topic=name, channel=channel, mode=mode or Mode.INSTANT, exclude=[]
        )
        session.add(row)
    elif mode is not None:
        row.mode = mode
    apply_overrides(row, overrides or FollowOverrides())
    session.flush()
    return row, created


def follow(
    session: Session,
    taxonomy: TopicNames,
    email: str,
    topic: str,
    *,
    channel: str | None = None,
    mode: Mode | None = None,
    overrides: FollowOverrides | None = None,
) -> FollowRow:
    """Follow a topic for the user with this e-mail address (the CLI's `alerts follow`)."""
    user = find_user(session, email)
    row, _ = follow_topic(
        session, taxonomy, user, topic, channel=channel, mode=mode, overrides=overrides
    )
    return row


def list_follows(session: Session, user_id: int) -> list[FollowRow]:
    """A user's follows, by topic."""
    return list(
        session.scalars(
            select(FollowRow)
            .where(FollowRow.user_id == user_id)
            .order_by(FollowRow.topic, FollowRow.channel)
        )
    )


def get_follow(session: Session, user_id: int, follow_id: int) -> FollowRow:
    """One of the user's follows; another user's follow is reported as missing."""
    row = session.scalars(
        select(FollowRow).where(FollowRow.id == follow_id, FollowRow.user_id == user_id)
    ).first()
    if row is None:
        raise NotFoundError(f"no follow {follow_id}")
    return row


def unfollow(session: Session, user_id: int, follow_id: int) -> None:
    """Stop one of the user's follows."""
    session.delete(get_follow(session, user_id, follow_id))
    session.flush()


def unfollow_topic(
    session: Session, taxonomy: TopicNames, email: str, topic: str, channel: str | None = None
) -> list[FollowRow]:
    """Stop following a topic (by name or alias) on one channel, or on every channel; returns
    the follows that ended. Following nothing of the kind is an error naming what is followed,
    so a typo is not mistaken for success."""
    user = find_user(session, email)
    name = taxonomy.resolve(topic).name
    if channel:
        channel = follow_channel(session, user.id, channel)
    rows = [
        row
        for row in list_follows(session, user.id)
        if row.topic == name and channel in (None, row.channel)
    ]
    if not rows:
        followed = ", ".join(sorted({row.topic for row in list_follows(session, user.id)}))
        on = f" on {channel}" if channel else ""
        raise NotFoundError(
            f"{user.email} does not follow {name}{on}; follows: {followed or 'nothing'}"
        )
    for row in rows:
        session.delete(row)
    session.flush()
    return rows


def unsubscribe(session: Session, request: UnsubscribeRequest) -> int:
    """Stop the e-mail follows an unsubscribe link names (the topics of one message, or every
    topic); webhook follows are managed through the API. Returns how many follows ended; a
    second use of the same link ends none and is not an error."""
    statement = delete(FollowRow).where(
        FollowRow.user_id == request.user_id, FollowRow.channel == Channel.EMAIL
    )
    if request.topics is not None:
        statement = statement.where(FollowRow.topic.in_(request.topics))
    result = session.execute(statement)
    return int(result.rowcount)  # type: ignore[attr-defined]
