"""Signing in without keys: one-time e-mailed links, and the browser sessions they open.

A sign-in link carries a random token that works once, until `ALERTS_SIGNIN_LINK_TTL_S`
after it was made; opening it starts a session, whose own random token lives in the
browser's cookie until `ALERTS_SESSION_TTL_S`. Only SHA-256 hashes of either token are
stored (tokens are 256 random bits, so a plain hash is as good as a slow one), and a session
ends when its row is deleted: signing out deletes one, "sign out everywhere" all of a user's.

A session's CSRF token is derived from the session token (`csrf_token`), so pages can
embed it and the server can check it without storing anything more; scripts cannot read the
HttpOnly cookie, so a page of another site can learn neither.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from alerts.errors import InputError
from alerts.store.tables import SigninLinkRow, UserRow, WebSessionRow

_LINK_PREFIX = "sl_"
_SESSION_PREFIX = "ws_"
_MAX_TOKEN_CHARS = 100


class SigninLinkError(InputError):
    """A sign-in link that was already used, has expired, or was never issued."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _plausible(token: str, prefix: str) -> bool:
    return token.startswith(prefix) and len(token) <= _MAX_TOKEN_CHARS


def _issue(
    session: Session,
    row_type: type[SigninLinkRow] | type[WebSessionRow],
    prefix: str,
    user_id: int,
    *,
    now: datetime,
    ttl_s: float,
) -> str:
    """A new random token of either kind for the user; only its hash reaches the database."""
    token = prefix + secrets.token_urlsafe(32)
    session.add(
        row_type(
            user_id=user_id,
            token_hash=_hash(token),
            created_at=now,
            expires_at=now + timedelta(seconds=ttl_s),
        )
    )
    session.flush()
    return token


def user_by_email(session: Session, email: str) -> UserRow | None:
    """The user with exactly this address, case aside (no pattern matching: `%` is a
    character here, not a wildcard); None when there is none."""
    wanted = email.strip().lower()
    if "@" not in wanted or not wanted.isprintable():  # NUL, lone surrogates: no address
        return None
    return session.scalars(select(UserRow).where(func.lower(UserRow.email) == wanted)).first()


def issue_signin_link(session: Session, user_id: int, *, now: datetime, ttl_s: float) -> str:
    """A new one-time token for the user's sign-in link; only its hash is stored."""
    return _issue(session, SigninLinkRow, _LINK_PREFIX, user_id, now=now, ttl_s=ttl_s)


def redeem_signin_link(session: Session, token: str, *, now: datetime) -> int:
    """The id of the user the link was sent to; the link is spent, in one statement, so two
    clicks at once cannot both sign in. `SigninLinkError` says why a link cannot (used,
    expired, unknown)."""
    digest = _hash(token) if _plausible(token, _LINK_PREFIX) else ""
    spent = session.scalars(
        update(SigninLinkRow)
        .where(
            SigninLinkRow.token_hash == digest,
            SigninLinkRow.used_at.is_(None),
            SigninLinkRow.expires_at > now,
        )
        .values(used_at=now)
        .returning(SigninLinkRow.user_id)
    ).first()
    if spent is not None:
        return spent
    link = session.scalars(select(SigninLinkRow).where(SigninLinkRow.token_hash == digest)).first()
    if link is None:
        raise SigninLinkError("this sign-in link is not valid")
    if link.used_at is not None:
        raise SigninLinkError("this sign-in link was already used; each link works once")
    raise SigninLinkError("this sign-in link has expired")


def start_session(session: Session, user_id: int, *, now: datetime, ttl_s: float) -> str:
    """A new session for the user; the returned token goes in the cookie, its hash in the
    database. The user's expired links and sessions are swept here (a spent link is kept
    until it expires, so that using it again is told as such)."""
    session.execute(
        delete(SigninLinkRow).where(
            SigninLinkRow.user_id == user_id, SigninLinkRow.expires_at <= now
        )
    )
    session.execute(
        delete(WebSessionRow).where(
            WebSessionRow.user_id == user_id, WebSessionRow.expires_at <= now
        )
    )
    return _issue(session, WebSessionRow, _SESSION_PREFIX, user_id, now=now, ttl_s=ttl_s)


def session_user(session: Session, token: str, *, now: datetime) -> UserRow | None:
    """The user of a live session; None for a token that is unknown, signed out or expired."""
    if not _plausible(token, _SESSION_PREFIX):
        return None
    return session.scalars(
        select(UserRow)
        .join(WebSessionRow, WebSessionRow.user_id == UserRow.id)
        .where(WebSessionRow.token_hash == _hash(token), WebSessionRow.expires_at > now)
    ).first()


def end_session(session: Session, token: str) -> None:
    """Sign this session out (nothing happens for a token that is not a session)."""
    session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == _hash(token)))


def end_all_sessions(session: Session, user_id: int) -> int:
    """Sign the user out on every browser; the number of sessions ended."""
    ended = session.execute(delete(WebSessionRow).where(WebSessionRow.user_id == user_id))
    return int(getattr(ended, "rowcount", 0) or 0)


def csrf_token(session_token: str) -> str:
    """The CSRF token of a session: a keyed hash of its (secret, HttpOnly) token."""
    return hmac.new(session_token.encode(), b"alerts-csrf", hashlib.sha256).hexdigest()


def csrf_matches(session_token: str, given: str) -> bool:
    """Whether `given` is this session's CSRF token (compared in constant time)."""
    return bool(given) and hmac.compare_digest(csrf_token(session_token), given)
