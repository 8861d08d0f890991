"""Signed unsubscribe tokens for `List-Unsubscribe` links (RFC 8058 one-click).

A token names the user and the follow it stops; it is signed with the instance secret and
carries its issue time, so a forged or tampered token is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from alerts.errors import InputError

_SALT = "alerts.unsubscribe"
MAX_AGE_S = 180 * 24 * 3600


@dataclass(frozen=True)
class UnsubscribeRequest:
    """Who wants to stop what: one topic's follows, or all follows when `topic` is None."""

    user_id: int
    topic: str | None


def make_token(secret: str, request: UnsubscribeRequest) -> str:
    """A URL-safe signed token for the request."""
    return URLSafeTimedSerializer(secret, salt=_SALT).dumps([request.user_id, request.topic])


def read_token(secret: str, token: str, *, max_age_s: int = MAX_AGE_S) -> UnsubscribeRequest:
    """Verify a token; raise `InputError` when it is forged, malformed or expired."""
    serializer = URLSafeTimedSerializer(secret, salt=_SALT)
    try:
        user_id, topic = serializer.loads(token, max_age=max_age_s)
    except SignatureExpired:
        raise InputError("this unsubscribe link has expired") from None
    except (BadSignature, ValueError, TypeError):
        raise InputError("this unsubscribe link is not valid") from None
    return UnsubscribeRequest(user_id=int(user_id), topic=topic)


def unsubscribe_url(base_url: str, secret: str, request: UnsubscribeRequest) -> str:
    """The link placed in `List-Unsubscribe` and in the message footer."""
    return f"{base_url}/unsubscribe?token={make_token(secret, request)}"
