"""One-click unsubscribe (RFC 8058): `POST /unsubscribe?token=…` with the form body
`List-Unsubscribe=One-Click`, as mail providers send it; `GET` shows a confirmation page
with a button, since link scanners follow GETs and must not unsubscribe anyone.

The token is signed with the instance secret and expires (`alerts.notify.unsubscribe`); a
forged, tampered or expired token is a 400 naming `token`: a page for a browser (one that
accepts `text/html`), JSON for everyone else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from alerts.accounts.follows import unsubscribe
from alerts.api.deps import SessionDep, SettingsDep
from alerts.api.problems import field_problem, problem_page
from alerts.api.schemas import UnsubscribeOut
from alerts.errors import InputError
from alerts.notify.render import render
from alerts.notify.unsubscribe import UnsubscribeRequest, read_token
from alerts.store.secrets import instance_secret

router = APIRouter(tags=["unsubscribe"])
Token = Annotated[str, Query(min_length=1, max_length=2000, description="From the e-mail.")]


def _wants_html(request: Request) -> bool:
    return "text/html" in request.headers.get("accept", "")


def _verify(
    request: Request, settings: SettingsDep, session: SessionDep, token: str
) -> UnsubscribeRequest | Response:
    """What the token asks for; for a bad one, a 400: a page for browsers, else JSON."""
    try:
        return read_token(instance_secret(settings, session), token)
    except (InputError, UnicodeError, ValueError) as error:
        message = str(error) if isinstance(error, InputError) else "this link is not valid"
        if _wants_html(request):
            why = f"This unsubscribe link cannot be used: {message}. Sign in to change alerts."
            return problem_page(400, why)
        raise field_problem(400, ("query", "token"), message) from None


# A bad token's 400 is JSON like every other error, or a page for a browser.
_BAD_TOKEN = {
    "description": "The token is forged, tampered with or expired.",
    "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Problem"}},
        "text/html": {"schema": {"type": "string"}},
    },
}


@router.get("/unsubscribe", response_class=HTMLResponse, responses={400: _BAD_TOKEN})
def confirm_page(
    request: Request, token: Token, settings: SettingsDep, session: SessionDep
) -> Response:
    """A page asking to confirm; its button makes the one-click POST."""
    wanted = _verify(request, settings, session, token)
    if isinstance(wanted, Response):
        return wanted
    page = render("web/unsubscribe.html", None, token=token, topics=wanted.describe(), done=False)
    return HTMLResponse(page)


@router.post("/unsubscribe", response_model=UnsubscribeOut, responses={400: _BAD_TOKEN})
def one_click(
    request: Request, token: Token, settings: SettingsDep, session: SessionDep
) -> Response:
    """Stop the e-mail follows of every topic the message was sent for (every e-mail follow
    for a digest's link). Using a link twice is harmless. Answers JSON, or a page naming the
    topics when a browser asks for HTML."""
    wanted = _verify(request, settings, session, token)
    if isinstance(wanted, Response):
        return wanted
    removed = unsubscribe(session, wanted)
    if _wants_html(request):
        page = render(
            "web/unsubscribe.html", None, token=token, topics=wanted.describe(), done=True
        )
        return HTMLResponse(page)
    topics = list(wanted.topics) if wanted.topics is not None else None
    body = UnsubscribeOut(
        unsubscribed=True,
        topic=topics[0] if topics else None,
        topics=topics,
        follows_removed=removed,
    )
    return JSONResponse(body.model_dump())
