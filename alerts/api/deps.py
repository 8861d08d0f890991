"""FastAPI dependencies: settings, a database session per request, the clock, the delivery
ports, the taxonomy, and who is calling.

Scripts authenticate with `Authorization: Bearer <api key>` (only the key's SHA-256 is looked
up). Browsers carry a session cookie (`alerts.accounts.sessions`, opened by an e-mailed
sign-in link); for a cookie, a state-changing request must also carry `X-Requested-With:
alerts-web` or the session's CSRF token in `X-CSRF-Token` (headers no cross-site form can
send). The admin key (`ALERTS_ADMIN_API_KEY`) opens `/admin/*` only.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from alerts.accounts.sessions import csrf_matches, session_user
from alerts.accounts.users import user_by_api_key
from alerts.config import Settings
from alerts.notify.senders import Senders
from alerts.store.db import session_scope
from alerts.store.tables import UserRow
from alerts.topics.catalog import TopicCatalog, topic_catalog

SESSION_COOKIE = "alerts_session"
CSRF_HEADER = "X-Requested-With"
CSRF_VALUE = "alerts-web"
CSRF_TOKEN_HEADER = "X-CSRF-Token"  # noqa: S105 (a header name)
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_bearer = HTTPBearer(auto_error=False, description="A user's API key, or the admin key.")


def get_settings(request: Request) -> Settings:
    """The app's settings, fixed when the app was built."""
    settings: Settings = request.app.state.settings
    return settings


def get_session(request: Request) -> Iterator[Session]:
    """One session per request, committed before the response is sent."""
    with session_scope(get_settings(request).database_url) as session:
        yield session


def get_clock(request: Request) -> Callable[[], datetime]:
    """`now()`; tests inject a frozen clock."""
    clock: Callable[[], datetime] = request.app.state.clock
    return clock


def get_senders(request: Request) -> Senders:
    """Mail and webhook senders (tests inject stubs)."""
    senders: Senders = request.app.state.senders
    return senders


SessionDep = Annotated[Session, Depends(get_session, scope="function")]
SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_topics(session: SessionDep, settings: SettingsDep) -> TopicCatalog:
    """Every topic users can follow: bundled, custom (stored in the database) and learned."""
    return topic_catalog(session, settings)


ClockDep = Annotated[Callable[[], datetime], Depends(get_clock)]
SendersDep = Annotated[Senders, Depends(get_senders)]
TopicsDep = Annotated[TopicCatalog, Depends(get_topics)]
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def unauthorized(message: str) -> HTTPException:
    """401 with the header RFC 6750 asks for."""
    return HTTPException(401, detail=message, headers={"WWW-Authenticate": "Bearer"})


def cookie_write_allowed(request: Request, token: str) -> bool:
    """Whether a request authenticated by the session cookie may change anything: reads may,
    writes only with a header another site's form cannot send."""
    if request.method in _SAFE_METHODS or request.headers.get(CSRF_HEADER) == CSRF_VALUE:
        return True
    return csrf_matches(token, request.headers.get(CSRF_TOKEN_HEADER, ""))


def session_cookie_user(request: Request, session: Session, now: datetime) -> UserRow | None:
    """The user of the browser's live session, if any (the CSRF rule is not applied here)."""
    token = request.cookies.get(SESSION_COOKIE, "")
    return session_user(session, token, now=now) if token else None


def current_user(
    request: Request, credentials: Credentials, session: SessionDep, clock: ClockDep
) -> UserRow:
    """The user whose API key was presented, else the one of the session cookie; 401 otherwise."""
    if credentials is not None:
        user = user_by_api_key(session, credentials.credentials)
        if user is None:
            raise unauthorized("this API key is not valid")
        return user
    token = request.cookies.get(SESSION_COOKIE, "")
    if token and cookie_write_allowed(request, token):
        user = session_user(session, token, now=clock())
        if user is not None:
            return user
    raise unauthorized(
        "an API key is required (Authorization: Bearer <key>), or sign in at /web/signin"
    )


def require_admin(credentials: Credentials, settings: SettingsDep) -> None:
    """Only the admin key passes; with no admin key configured, nobody does."""
    if settings.admin_api_key is None:
        raise unauthorized("the admin API is off: set ALERTS_ADMIN_API_KEY")
    given = credentials.credentials if credentials else ""
    if not hmac.compare_digest(given.encode(), settings.admin_api_key.get_secret_value().encode()):
        raise unauthorized("the admin API needs the admin key")


UserDep = Annotated[UserRow, Depends(current_user)]
