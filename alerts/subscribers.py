"""Subscribers and what they follow: creating users (with an API key and, optionally, a
webhook endpoint), finding them by key, listing and removing them, issuing a new key, and
follows of taxonomy topics on a channel and mode with per-follow overrides (keyword
exclusions, snooze, ignoring quiet hours).

Every function that reads or changes a follow takes the owner's user id and treats another
user's follow as missing (`NotFoundError`), so no caller can reach across users."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import InputError, NotFoundError
from alerts.guard import check_url
from alerts.models import Channel, Mode
from alerts.notify.unsubscribe import UnsubscribeRequest
from alerts.notify.webhook import new_secret
from alerts.preferences import check_timezone
from alerts.store.tables import FollowRow, NotificationRow, UserRow, WebhookEndpointRow
from alerts.topics.catalog import TopicNames

_EMAIL = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+\.[^@\s<>,;:\"]+$")


@dataclass(frozen=True)
class NewUser:
    """A created user; `api_key` is shown once and only its hash is stored."""

    id: int
    email: str
    tz: str
    api_key: str
    webhook_url: str | None
    webhook_secret: str | None

    def as_dict(self) -> dict[str, object]:
        """As `alerts users add --json` prints it."""
        return dict(self.__dict__)


def hash_api_key(api_key: str) -> str:
    """Keys are random and long, so a plain SHA-256 is enough to make the stored hash useless."""
    return hashlib.sha256(api_key.encode()).hexdigest()


def _check_email(email: str) -> str:
    email = email.strip()
    if len(email) > 320 or not _EMAIL.match(email):
        raise InputError(f"{email!r} is not an e-mail address")
    return email


def _check_tz(tz: str) -> str:
    return check_timezone(tz)


def _new_api_key() -> str:
    return "ak_" + secrets.token_urlsafe(32)


def add_user(
    settings: Settings,
    session: Session,
    email: str,
    *,
    tz: str = "UTC",
    webhook_url: str | None = None,
) -> NewUser:
    """Create a user; the webhook URL is checked against the SSRF guard now and at every send."""
    email, tz = _check_email(email), _check_tz(tz)
    if webhook_url:
        check_url(webhook_url, allowed_hosts=settings.webhook_allowed_hosts, purpose="webhook")
    api_key = _new_api_key()
    user = UserRow(email=email, tz=tz, api_key_hash=hash_api_key(api_key))
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError:
        raise InputError(f"a user with e-mail {email} already exists") from None
    secret = None
    if webhook_url:
        secret = new_secret()
        session.add(WebhookEndpointRow(user_id=user.id, url=webhook_url, secret=secret))
    session.flush()
    return NewUser(user.id, email, tz, api_key, webhook_url, secret)


def find_user(session: Session, email: str) -> UserRow:
    """The user with this e-mail address (case-insensitive)."""
    user = session.scalars(select(UserRow).where(UserRow.email.ilike(email.strip()))).first()
    if user is None:
        raise NotFoundError(f"no user with e-mail {email}; create one with `alerts users add`")
    return user


def user_by_api_key(session: Session, api_key: str) -> UserRow | None:
    """The user whose key this is, or None; only the key's hash is ever compared."""
    if not api_key.startswith("ak_") or len(api_key) > 200:
        return None
    return session.scalars(
        select(UserRow).where(UserRow.api_key_hash == hash_api_key(api_key))
    ).first()


@dataclass(frozen=True)
class UserSummary:
    """A user as `alerts users list` shows it: no key, no secret."""

    id: int
    email: str
    tz: str
    created_at: datetime
    follows: int
    endpoints: int

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, with the creation time in ISO 8601."""
        return dict(self.__dict__) | {"created_at": self.created_at.isoformat()}


def list_users(session: Session, *, user_id: int | None = None) -> list[UserSummary]:
    """Every user (or the one with `user_id`), oldest first, with how many follows and
    webhook endpoints each has."""
    follows = (
        select(func.count(FollowRow.id)).where(FollowRow.user_id == UserRow.id).scalar_subquery()
    )
    endpoints = (
        select(func.count(WebhookEndpointRow.id))
        .where(WebhookEndpointRow.user_id == UserRow.id)
        .scalar_subquery()
    )
    query = select(UserRow, follows, endpoints).order_by(UserRow.id)
    if user_id is not None:
        query = query.where(UserRow.id == user_id)
    return [
        UserSummary(u.id, u.email, u.tz, u.created_at, int(nf), int(ne))
        for u, nf, ne in session.execute(query).all()
    ]


def remove_user(session: Session, email: str) -> UserSummary:
    """Delete a user with everything that is theirs: follows, webhook endpoints and digests
    (the database cascades those) and their notifications, queued or sent (no foreign key
    holds those: see `NotificationRow`), so nothing is delivered to them afterwards."""
    user = find_user(session, email)
    (summary,) = list_users(session, user_id=user.id)
    session.execute(delete(NotificationRow).where(NotificationRow.user_id == user.id))
    session.execute(delete(UserRow).where(UserRow.id == user.id))
    session.expunge(user)
    session.flush()
    return summary


def rotate_api_key(session: Session, email: str) -> str:
    """Give a user a new API key (returned once, only its hash is stored); the old key
    stops working at once. For a key that was lost or leaked."""
    user = find_user(session, email)
    api_key = _new_api_key()
    user.api_key_hash = hash_api_key(api_key)
    session.flush()
    return api_key


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


def _check_channel(session: Session, user: UserRow, channel: Channel) -> None:
    if channel != Channel.WEBHOOK:
        return
    has_endpoint = session.scalars(
        select(WebhookEndpointRow.id).where(WebhookEndpointRow.user_id == user.id)
    ).first()
    if has_endpoint is None:
        raise InputError(f"{user.email} has no webhook endpoint; add one first")


def _existing(session: Session, user: UserRow, name: str, channel: Channel) -> FollowRow | None:
    return session.scalars(
        select(FollowRow).where(
            FollowRow.user_id == user.id, FollowRow.topic == name, FollowRow.channel == channel
        )
    ).first()


def _channel_of(session: Session, user: UserRow, name: str) -> Channel:
    """The channel a follow names when none is given: the one the topic is followed on
    when there is exactly one (so `alerts follow ops Iraq --mode daily` changes a webhook
    follow), else the user's default channel."""
    channels = session.scalars(
        select(FollowRow.channel).where(FollowRow.user_id == user.id, FollowRow.topic == name)
    ).all()
    return Channel(channels[0]) if len(channels) == 1 else Channel(user.default_channel)


def follow_topic(
    session: Session,
    taxonomy: TopicNames,
    user: UserRow,
    topic: str,
    *,
    channel: Channel | None = None,
    mode: Mode | None = None,
    overrides: FollowOverrides | None = None,
) -> tuple[FollowRow, bool]:
    """Follow a topic (by name or alias) on a channel. Following again changes only what is
    given: a mode or channel left out (None) keeps the follow's own, so re-following never
    turns a daily follow into an instant one. A new follow is instant unless a mode is
    given. Returns the follow and whether it was created."""
    name = taxonomy.resolve(topic).name
    channel = channel or _channel_of(session, user, name)
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
    channel: Channel | None = None,
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
    session: Session, taxonomy: TopicNames, email: str, topic: str, channel: Channel | None = None
) -> list[FollowRow]:
    """Stop following a topic (by name or alias) on one channel, or on every channel; returns
    the follows that ended. Following nothing of the kind is an error naming what is followed,
    so a typo is not mistaken for success."""
    user = find_user(session, email)
    name = taxonomy.resolve(topic).name
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
