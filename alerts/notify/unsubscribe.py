"""Signed unsubscribe tokens for `List-Unsubscribe` links (RFC 8058 one-click).

A token names the user and the topics whose e-mail follows it stops: every followed topic
that produced the message, so one click ends that mail (a digest's link names none: all of
them). It is signed with the instance secret and carries its issue time, so a forged or
tampered token is refused. Links from older messages named a single topic; they still work.
"""

from __future__ import annotations

from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from alerts.errors import InputError

_SALT = "alerts.unsubscribe"
MAX_AGE_S = 180 * 24 * 3600


@dataclass(frozen=True)
class UnsubscribeRequest:
    """Who wants to stop what: these topics' e-mail follows, or all of them when `topics` is
    None."""

    user_id: int
    topics: tuple[str, ...] | None

    def describe(self) -> str | None:
        """The topics as a person reads them ("Islamic State and Syria"); None for all.

        >>> UnsubscribeRequest(1, ("Iraq", "Islamic State", "Syria")).describe()
        'Iraq, Islamic State and Syria'
        """
        if not self.topics:
            return None
        *rest, last = self.topics
        return f"{', '.join(rest)} and {last}" if rest else last


def make_token(secret: str, request: UnsubscribeRequest) -> str:
    """A URL-safe signed token for the request."""
    topics = list(request.topics) if request.topics is not None else None
    return URLSafeTimedSerializer(secret, salt=_SALT).dumps([request.user_id, topics])


def _topics(named: object) -> tuple[str, ...] | None:
    if named is None:
        return None
    if isinstance(named, str):  # a link from before messages named all their topics
        return (named,)
    if isinstance(named, list) and named and all(isinstance(t, str) for t in named):
        return tuple(named)
    raise ValueError("unexpected topics in an unsubscribe token")


def read_token(secret: str, token: str, *, max_age_s: int = MAX_AGE_S) -> UnsubscribeRequest:
    """Verify a token; raise `InputError` when it is forged, malformed or expired."""
    serializer = URLSafeTimedSerializer(secret, salt=_SALT)
    try:
        user_id, named = serializer.loads(token, max_age=max_age_s)
        return UnsubscribeRequest(user_id=int(user_id), topics=_topics(named))
    except SignatureExpired:
        raise InputError("this unsubscribe link has expired") from None
    except (BadSignature, ValueError, TypeError):
        raise InputError("this unsubscribe link is not valid") from None


def unsubscribe_url(base_url: str, secret: str, request: UnsubscribeRequest) -> str:
    """The link placed in `List-Unsubscribe` and in the message footer."""
    return f"{base_url}/unsubscribe?token={make_token(secret, request)}"
