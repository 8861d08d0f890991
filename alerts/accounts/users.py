"""Subscribers: creating users (with an API key and, optionally, a webhook endpoint),
finding them by e-mail or key, listing and removing them, and issuing a new key. The key is
shown once; only its hash is stored, so a leaked database does not leak keys."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.accounts.preferences import check_timezone
from alerts.config import Settings
from alerts.errors import InputError, NotFoundError
from alerts.guard import check_url
from alerts.notify.webhook import new_secret
from alerts.store.tables import FollowRow, NotificationRow, UserRow, WebhookEndpointRow

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
