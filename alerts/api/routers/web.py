"""The follow page, topic search and preferences form: server-rendered Jinja2 and one small
script (`templates/web/static/app.js`) that calls the JSON API; no build step.

Signing in: an e-mailed link (`alerts.api.routers.signin`); or, for those who have an API
key, open any page with `?key=<api key>` once (typed or bookmarked: a link on another site
is ignored) or use the form at `/web/login`. Either way the browser gets a session cookie
(`alerts.api.web_session`), never the key. The script sends `X-Requested-With: alerts-web`
with every change, which the API requires of cookie-authenticated writes. Form posts from
other sites are refused before they get here (`alerts.api.origin`).
"""

from __future__ import annotations

from typing import Annotated
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from alerts.accounts.preferences import WEEKDAYS
from alerts.accounts.users import user_by_api_key
from alerts.api.deps import (
    ClockDep,
    SessionDep,
    SettingsDep,
    TopicsDep,
    get_clock,
    session_cookie_user,
)
from alerts.api.origin import from_elsewhere, origin_of
from alerts.api.routers.preferences import preferences_out
from alerts.api.routers.topics import RowId, article_view, search_topics
from alerts.api.web.bells import channel_choices, follow_states
from alerts.api.web.browse import branch
from alerts.api.web_session import HOME, open_session, page_csrf, safe_next, signin_url
from alerts.config import Settings
from alerts.errors import TopicError
from alerts.notify.history import mark_article_read
from alerts.notify.render import render
from alerts.store.tables import UserRow

router = APIRouter(prefix="/web", include_in_schema=False)
_LINK_FROM_ELSEWHERE = "A sign-in link opened from another site is ignored: paste your key here."


def web_page(request: Request, name: str, **context: object) -> HTMLResponse:
    """A page of the site; its forms carry this browser's CSRF token."""
    return HTMLResponse(render(f"web/{name}", None, csrf=page_csrf(request), **context))


def signed_in(request: Request, session: Session, settings: Settings) -> UserRow | Response:
    """The user of the session cookie; or a redirect that turns `?key=` into a session /
    asks to sign in."""
    now = get_clock(request)()
    key = request.query_params.get("key")
    if key is not None:
        if from_elsewhere(request.scope, origin_of(settings.base_url)):
            return web_page(
                request, "login.html", next=request.url.path, error=_LINK_FROM_ELSEWHERE
            )
        user = user_by_api_key(session, key)
        if user is None:
            return web_page(
                request, "login.html", next=request.url.path, error="That API key is not valid."
            )
        clean = request.url.remove_query_params("key")
        target = clean.path + (f"?{clean.query}" if clean.query else "")
        return open_session(
            RedirectResponse(target, status_code=303), session, settings, user.id, now
        )
    user = session_cookie_user(request, session, now)
    if user is None:
        return RedirectResponse(signin_url(request.url.path), status_code=303)
    return user


def _bells(session: Session, user: UserRow) -> dict[str, object]:
    """What a page with topic bells passes its template: follow states and channels."""
    return {
        "follows": follow_states(session, user.id),
        "channels": channel_choices(session, user),
    }


@router.get("", response_class=HTMLResponse)
def home() -> Response:
    """The inbox is the front page (it sends a browser that is not signed in to sign in,
    and back to the inbox afterwards)."""
    return RedirectResponse(HOME, status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: Annotated[str, Query(max_length=500)] = HOME) -> Response:
    """A form to paste an API key into."""
    return web_page(request, "login.html", next=safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
def login(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    clock: ClockDep,
    key: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=500)] = HOME,
) -> Response:
    """Check the key, start a session, and go back to the page asked for."""
    target = safe_next(next)
    user = user_by_api_key(session, key.strip())
    if user is None:
        return web_page(request, "login.html", next=target, error="That API key is not valid.")
    response = RedirectResponse(target, status_code=303)
    return open_session(response, session, settings, user.id, clock())


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    article_id: RowId, request: Request, session: SessionDep, settings: SettingsDep
) -> Response:
    """An article with its topics as chips, each with a bell that follows or unfollows it.
    Opening it marks the reader's notifications of its story read (e-mails link here)."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    article = article_view(session, article_id, user.id)
    mark_article_read(session, user.id, article_id, now=get_clock(request)())
    return web_page(
        request,
        "article.html",
        user=user,
        article=article,
        **_bells(session, user),
    )


@router.get("/topics", response_class=HTMLResponse)
def topics_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    topics: TopicsDep,
    q: Annotated[str, Query(max_length=200)] = "",
    topic: Annotated[str, Query(max_length=200)] = "",
) -> Response:
    """Search topics by name or alias, or browse the tree (`?topic=` opens a branch), and
    follow them."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    results = search_topics(topics, q, 25) if q.strip() else []
    try:
        tree, missing = branch(topics.taxonomy, topic.strip() or None), ""
    except TopicError as error:
        tree, missing = branch(topics.taxonomy, None), str(error)
    return web_page(
        request,
        "topics.html",
        user=user,
        results=results,
        q=q,
        tree=tree,
        missing=missing,
        active="topics",
        **_bells(session, user),
    )


@router.get("/preferences", response_class=HTMLResponse)
def preferences_page(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """The preferences form; the script saves it with `PUT /me/preferences` and shows a
    refusal at the field it names."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    return web_page(
        request,
        "preferences.html",
        user=user,
        prefs=preferences_out(user, settings.digest_hour),
        weekdays=WEEKDAYS,
        zones=sorted(available_timezones()),
        channels=[c for c in channel_choices(session, user) if c["value"] == c["kind"]],
        active="preferences",
    )
