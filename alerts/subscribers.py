"""Subscribers and what they follow: creating users (with an API key and, optionally, a
webhook endpoint) and follows of taxonomy topics on a channel and mode."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import InputError, NotFoundError
from alerts.models import Channel, Mode
from alerts.notify.targets import check_target
from alerts.notify.webhook import new_secret
from alerts.store.tables import FollowRow, UserRow, WebhookEndpointRow
from alerts.topics.taxonomy import Taxonomy

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
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise InputError(
            f"unknown time zone {tz!r}; use an IANA name such as Europe/Paris"
        ) from None
    return tz


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
        check_target(webhook_url, allowed_hosts=settings.webhook_allowed_hosts)
    api_key = "ak_" + secrets.token_urlsafe(32)
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


def follow(
    session: Session, taxonomy: Taxonomy, email: str, topic: str, *, channel: Channel, mode: Mode
) -> FollowRow:
    """Follow a topic (by name or alias); following again updates the mode."""
    user = find_user(session, email)
    name = taxonomy.resolve(topic).name
    if channel == Channel.WEBHOOK:
        has_endpoint = session.scalars(
            select(WebhookEndpointRow.id).where(WebhookEndpointRow.user_id == user.id)
        ).first()
        if has_endpoint is None:
            raise InputError(
                f"{user.email} has no webhook endpoint; add the user with --webhook URL"
            )
    row = session.scalars(
        select(FollowRow).where(
            FollowRow.user_id == user.id, FollowRow.topic == name, FollowRow.channel == channel
        )
    ).first()
    if row is None:
        row = FollowRow(user_id=user.id, topic=name, channel=channel, mode=mode)
        session.add(row)
    else:
        row.mode = mode
    session.flush()
    return row
