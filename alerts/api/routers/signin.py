"""Signing in without keys, signing out, and a new API key.

`POST /auth/email-link` (JSON or a form) answers the same for every address, so nobody can
learn who has an account; when the address has one, a one-time link to
`/web/signin?token=…` is e-mailed. The address is looked up only after the answer is sent,
so the time the answer takes says nothing either. Asking is limited per address and per
client IP (`ALERTS_SIGNIN_PER_*`): beyond that, a 429 whether or not the address has an
account. Opening the link starts a
session (`alerts.api.web_session`) and goes on to the app with a 303; a used, expired or
unknown link gets the sign-in page saying so, with the form to ask for a new one.

Signing out ends this browser's session; signing out everywhere ends all of the user's.
`POST /web/api-key` gives the user a new API key for scripts, shown once.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import ValidationError

from alerts.accounts.sessions import (
    SigninLinkError,
    end_all_sessions,
    end_session,
    issue_signin_link,
    redeem_signin_link,
    user_by_email,
)
from alerts.accounts.users import rotate_api_key
from alerts.api.deps import (
    SESSION_COOKIE,
    ClockDep,
    SendersDep,
    SessionDep,
    SettingsDep,
    UserDep,
)
from alerts.api.problems import BODY_ANSWERS, documented
from alerts.api.schemas import ApiKeyOut, EmailLinkIn, EmailLinkOut, Problem
from alerts.api.web_session import (
    HOME,
    WebUserDep,
    clear_session_cookie,
    open_session,
    safe_next,
)
from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.notify.messages import signin_email
from alerts.notify.ratelimit import RateLimiter
from alerts.notify.render import render
from alerts.notify.senders import Senders
from alerts.store.db import session_scope

log = logging.getLogger(__name__)
router = APIRouter(tags=["sign-in"])
HOUR_S = 3600.0
_FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True)
class LinkRequest:
    """A parsed `POST /auth/email-link`: the body, or why it was refused; and whether a
    browser's form sent it (it then gets pages, not JSON)."""

    body: EmailLinkIn | None
    errors: list[Any]
    from_form: bool


async def _link_request(request: Request) -> LinkRequest:
    from_form = request.headers.get("content-type", "").startswith(_FORMS)
    try:
        data = dict(await request.form()) if from_form else await request.json()
    except (ValueError, RecursionError) as error:
        raise HTTPException(400, "the body is not valid JSON") from error
    try:
        return LinkRequest(EmailLinkIn.model_validate(data), [], from_form)
    except ValidationError as error:
        errors = [{**e, "loc": ("body", *e["loc"])} for e in error.errors()]
        return LinkRequest(None, errors, from_form)


def _page(status: int, **context: object) -> HTMLResponse:
    defaults: dict[str, object] = {"next": HOME, "error": None, "sent": None}
    return HTMLResponse(render("web/signin.html", None, **(defaults | context)), status)


def _refused_too_often(request: Request, settings: Settings, email: str) -> float:
    """Seconds to wait when this client or address asked too often, else 0 (and counted).
    The address is keyed by its hash: the limiter's store never holds addresses."""
    limiter: RateLimiter = request.app.state.signin_limiter
    client = request.client.host if request.client else "unknown"
    wait = limiter.acquire(f"ip:{client}", settings.signin_per_client_per_hour)
    if wait:
        return wait
    address = hashlib.sha256(email.strip().lower().encode("utf-8", "surrogatepass")).hexdigest()
    return limiter.acquire(f"to:{address}", settings.signin_per_address_per_hour)


def _send_link(
    settings: Settings, senders: Senders, email: str, next_page: str, now: datetime
) -> None:
    """Look the address up and, if it has an account, mail it a link. Run after the answer
    is sent, so that how long the answer takes says nothing of the address either."""
    with session_scope(settings.database_url) as session:
        user = user_by_email(session, email)
        if user is None:
            return
        token = issue_signin_link(session, user.id, now=now, ttl_s=settings.signin_link_ttl_s)
        to, user_id = user.email, user.id
    link = f"{settings.base_url}/web/signin?token={token}"
    if next_page != HOME:
        link += f"&next={quote(next_page)}"
    try:
        senders.mail.send(signin_email(settings, to=to, link=link))
    except DeliveryError as error:
        log.warning("sign-in link not sent: %s", error, extra={"user_id": user_id})


_SENT = (
    "If an account uses this address, a sign-in link is on its way to it. "
    "The link works once, for {minutes} minutes."
)
_TOO_OFTEN = "Too many sign-in links were asked for; try again in {minutes} minutes."
_EMAIL_LINK_BODY = {
    "required": True,
    "content": {"application/json": {"schema": EmailLinkIn.model_json_schema()}},
}


@router.post(
    "/auth/email-link",
    status_code=202,
    response_model=EmailLinkOut,
    responses={**documented(*BODY_ANSWERS), 429: {"model": Problem, "description": "Too often."}},
    openapi_extra={"requestBody": _EMAIL_LINK_BODY},
)
def email_link(
    wanted: Annotated[LinkRequest, Depends(_link_request)],
    request: Request,
    background: BackgroundTasks,
    settings: SettingsDep,
    senders: SendersDep,
    clock: ClockDep,
) -> Response:
    """E-mail a one-time sign-in link to the address, if it has an account; 202 either way.
    Also takes the form of `/web/signin`, and then answers with a page."""
    if wanted.body is None:
        if wanted.from_form:
            return _page(422, error="Please give an e-mail address.")
        raise RequestValidationError(wanted.errors)
    body, minutes = wanted.body, max(1, round(settings.signin_link_ttl_s / 60))
    next_page = safe_next(body.next or HOME)
    wait = _refused_too_often(request, settings, body.email)
    if wait:
        message = _TOO_OFTEN.format(minutes=max(1, round(wait / 60)))
        headers = {"Retry-After": str(max(1, round(wait)))}
        refused: Response = JSONResponse({"detail": message}, 429)
        if wanted.from_form:
            refused = _page(429, error=message, next=next_page)
        refused.headers.update(headers)
        return refused
    background.add_task(_send_link, settings, senders, body.email, next_page, clock())
    sent = _SENT.format(minutes=minutes)
    if wanted.from_form:
        return _page(202, sent=sent, next=next_page)
    return JSONResponse({"message": sent}, 202)


@router.get("/web/signin", response_class=HTMLResponse, include_in_schema=False)
def signin(
    session: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    token: Annotated[str | None, Query(max_length=200)] = None,
    next: Annotated[str, Query(max_length=500)] = HOME,
) -> Response:
    """Without a token, the form that asks for a link; with one, sign in and go on (303)."""
    next_page = safe_next(next)
    if token is None:
        return _page(200, next=next_page)
    try:
        user_id = redeem_signin_link(session, token, now=clock())
    except SigninLinkError as error:
        return _page(400, error=f"Sorry: {error}. Ask for a new one here.", next=next_page)
    response = RedirectResponse(next_page, status_code=303)
    return open_session(response, session, settings, user_id, clock())


@router.post("/web/logout", include_in_schema=False)
def logout(request: Request, session: SessionDep) -> Response:
    """Sign this browser out."""
    token = request.cookies.get(SESSION_COOKIE, "")
    if token:
        end_session(session, token)
    return clear_session_cookie(RedirectResponse("/web/signin", status_code=303))


@router.post("/web/logout-everywhere", include_in_schema=False)
def logout_everywhere(user: WebUserDep, session: SessionDep) -> Response:
    """Sign the user out on every browser, this one included."""
    ended = end_all_sessions(session, user.id)
    log.info("signed out everywhere", extra={"user_id": user.id, "sessions": ended})
    return clear_session_cookie(RedirectResponse("/web/signin", status_code=303))


@router.post("/web/api-key", response_model=ApiKeyOut, include_in_schema=False)
def new_api_key(user: UserDep, session: SessionDep) -> ApiKeyOut:
    """A new API key for scripts, shown this once; the previous one stops working."""
    return ApiKeyOut(api_key=rotate_api_key(session, user.email))
