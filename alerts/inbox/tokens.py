"""The token in a user's inbox feed URLs: issue, rotate, look up.

The token is stored as it is, in `users.inbox_token`, not hashed like API keys. It is a
capability URL (as the feed URLs of Google Alerts are): the user must be able to see the
URL again whenever they add the feed to another reader, and a hash cannot be shown again.
What it opens is read-only (titles and links the user was already sent), so a database
reader learning it gains little; rotating it makes the old URLs answer 404 at once. A
token is 32 random bytes, so it cannot be guessed, and it is looked up by equality in a
unique index, never compared character by character in Python.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.store.tables import UserRow

_PREFIX = "if_"
_MAX_CHARS = 64


@dataclass(frozen=True)
class FeedUrls:
    """Where a user's inbox feed is read, in both formats."""

    atom_url: str
    json_url: str

    def as_dict(self) -> dict[str, str]:
        """As `GET /me/inbox-feed` and `alerts users inbox-feed --json` show it."""
        return {"atom_url": self.atom_url, "json_url": self.json_url}


def _new_token() -> str:
    return _PREFIX + secrets.token_urlsafe(32)


def feed_token(session: Session, user: UserRow) -> str:
    """The user's token, issued on first use (a user who never asks has no feed URL). The
    update only fills an empty column, so two first requests at once agree on one token
    (the later one waits for the row and then finds it set) instead of the later one
    silently revoking the URL the earlier one just showed."""
    if user.inbox_token is None:
        session.execute(
            update(UserRow)
            .where(UserRow.id == user.id, UserRow.inbox_token.is_(None))
            .values(inbox_token=_new_token())
        )
        session.refresh(user, ["inbox_token"])
    token = user.inbox_token
    assert token is not None  # set above, by this request or a concurrent one
    return token


def rotate_feed_token(session: Session, user: UserRow) -> str:
    """A new token; URLs with the old one stop working at once (a leaked or shared URL)."""
    user.inbox_token = _new_token()
    session.flush()
    return user.inbox_token


def user_by_feed_token(session: Session, token: str) -> UserRow | None:
    """The user whose token this is, or None (unknown, rotated, or not a token at all)."""
    if not token.startswith(_PREFIX) or len(token) > _MAX_CHARS:
        return None
    return session.scalars(select(UserRow).where(UserRow.inbox_token == token)).first()


def feed_urls(settings: Settings, token: str) -> FeedUrls:
    """The public URLs of a token's feed, under `ALERTS_BASE_URL`."""
    base = f"{settings.base_url.rstrip('/')}/feeds/inbox/{token}"
    return FeedUrls(atom_url=f"{base}.atom", json_url=f"{base}.json")
