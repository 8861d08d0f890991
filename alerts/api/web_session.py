"""The browser's side of a session: the cookie, the signed-in user of a page, and the CSRF
token pages put in their forms.

The cookie is HttpOnly (no script reads it), `SameSite=Lax` (a link from webmail arrives
signed in; a cross-site form post does not carry it) and `Secure` when `ALERTS_BASE_URL` is
https. Pages ask for `WebUserDep`: the signed-in user, or a 303 to `/web/signin` that comes
back to the page afterwards.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from alerts.accounts.sessions import csrf_token, start_session
from alerts.api.deps import SESSION_COOKIE, ClockDep, SessionDep, session_cookie_user
from alerts.config import Settings
from alerts.store.tables import UserRow

HOME = "/web/inbox"


def safe_next(target: str, default: str = HOME) -> str:
    """Only a page of this site: no open redirect to another one.

    >>> safe_next("/web/articles/7"), safe_next("//evil.example/web/"), safe_next("https://x")
    ('/web/articles/7', '/web/inbox', '/web/inbox')
    """
    ok = target.startswith("/web/") and "//" not in target and "\\" not in target
    return target if ok else default


def signin_url(next_page: str) -> str:
    """The sign-in page, coming back to `next_page` afterwards."""
    return f"/web/signin?next={quote(safe_next(next_page))}"


def set_session_cookie(response: Response, settings: Settings, token: str) -> Response:
    """Keep the session in this browser until it expires (or is signed out)."""
    response.set_cookie(
        SESSION_COOKIE,
        token,
        max_age=int(settings.session_ttl_s),
        httponly=True,
        samesite="lax",
        secure=settings.base_url.startswith("https://"),
        path="/",
    )
    return response


def clear_session_cookie(response: Response) -> Response:
    """Forget the session on this browser."""
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


def open_session(
    response: Response, session: Session, settings: Settings, user_id: int, now: datetime
) -> Response:
    """Start a session for the user and put it in the response's cookie."""
    token = start_session(session, user_id, now=now, ttl_s=settings.session_ttl_s)
    return set_session_cookie(response, settings, token)


def page_csrf(request: Request) -> str:
    """The CSRF token forms of this browser's pages carry ("" when not signed in)."""
    token = request.cookies.get(SESSION_COOKIE, "")
    return csrf_token(token) if token else ""


def web_user(request: Request, session: SessionDep, clock: ClockDep) -> UserRow:
    """The signed-in user of a page; else a 303 to the sign-in page."""
    user = session_cookie_user(request, session, clock())
    if user is None:
        raise HTTPException(303, headers={"Location": signin_url(request.url.path)})
    return user


WebUserDep = Annotated[UserRow, Depends(web_user)]
