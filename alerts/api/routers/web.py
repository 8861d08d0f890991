"""The follow page, topic search and preferences form: server-rendered Jinja2 and one small
script (`templates/web/static/app.js`) that calls the JSON API; no build step.

Signing in: open any page with `?key=<api key>` once (typed or bookmarked: a link on another
site is ignored), or use the form at `/web/login`. The key is kept in an HttpOnly,
SameSite=Strict cookie; the script sends `X-Requested-With: alerts-web` with every change,
which the API requires of cookie-authenticated writes. Form posts from other sites are
refused before they get here (`alerts.api.origin`).
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote
from zoneinfo import available_timezones

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from alerts.accounts.preferences import WEEKDAYS
from alerts.accounts.users import user_by_api_key
from alerts.api.deps import KEY_COOKIE, SessionDep, SettingsDep, TopicsDep
from alerts.api.origin import from_elsewhere, origin_of
from alerts.api.routers.preferences import preferences_out
from alerts.api.routers.topics import RowId, article_view, search_topics
from alerts.api.web.bells import channel_choices, follow_states
from alerts.api.web.browse import branch
from alerts.config import Settings
from alerts.errors import TopicError
from alerts.notify.render import render
from alerts.store.tables import UserRow

router = APIRouter(prefix="/web", include_in_schema=False)
_COOKIE_AGE_S = 30 * 24 * 3600
_LINK_FROM_ELSEWHERE = "A sign-in link opened from another site is ignored: paste your key here."


def _page(name: str, **context: object) -> HTMLResponse:
    return HTMLResponse(render(f"web/{name}", None, **context))


def _set_key(response: Response, settings: Settings, key: str) -> Response:
    response.set_cookie(
        KEY_COOKIE,
        key,
        max_age=_COOKIE_AGE_S,
        httponly=True,
        samesite="strict",
        secure=settings.base_url.startswith("https://"),
        path="/",
    )
    return response


def _signed_in(request: Request, session: Session, settings: Settings) -> UserRow | Response:
    """The user of the cookie; or a redirect that stores `?key=` / asks to sign in."""
    key = request.query_params.get("key")
    if key is not None:
        if from_elsewhere(request.scope, origin_of(settings.base_url)):
            return _page("login.html", next=request.url.path, error=_LINK_FROM_ELSEWHERE)
        if user_by_api_key(session, key) is None:
            return _page("login.html", next=request.url.path, error="That API key is not valid.")
        clean = request.url.remove_query_params("key")
        target = clean.path + (f"?{clean.query}" if clean.query else "")
        return _set_key(RedirectResponse(target, status_code=303), settings, key)
    user = user_by_api_key(session, request.cookies.get(KEY_COOKIE, ""))
    if user is None:
        return RedirectResponse(f"/web/login?next={quote(request.url.path)}", status_code=303)
    return user


def _safe_next(target: str) -> str:
    """Only our own pages: no open redirect to another site."""
    return target if target.startswith("/web/") and "//" not in target else "/web/topics"


def _bells(session: Session, user: UserRow) -> dict[str, object]:
    """What a page with topic bells passes its template: follow states and channels."""
    return {
        "follows": follow_states(session, user.id),
        "channels": channel_choices(session, user),
    }


@router.get("", response_class=HTMLResponse)
def home() -> Response:
    """The topic search is the front page."""
    return RedirectResponse("/web/topics", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(next: Annotated[str, Query(max_length=500)] = "/web/topics") -> Response:
    """A form to paste an API key into."""
    return _page("login.html", next=_safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
def login(
    session: SessionDep,
    settings: SettingsDep,
    key: Annotated[str, Form(max_length=200)],
    next: Annotated[str, Form(max_length=500)] = "/web/topics",
) -> Response:
    """Check the key, keep it in the cookie, and go back to the page asked for."""
    if user_by_api_key(session, key.strip()) is None:
        return _page("login.html", next=_safe_next(next), error="That API key is not valid.")
    response = RedirectResponse(_safe_next(next), status_code=303)
    return _set_key(response, settings, key.strip())


@router.post("/logout", response_class=HTMLResponse)
def logout() -> Response:
    """Forget the key on this browser."""
    response = RedirectResponse("/web/login", status_code=303)
    response.delete_cookie(KEY_COOKIE, path="/")
    return response


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    article_id: RowId, request: Request, session: SessionDep, settings: SettingsDep
) -> Response:
    """An article with its topics as chips, each with a bell that follows or unfollows it."""
    user = _signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    article = article_view(session, article_id, user.id)
    return _page("article.html", user=user, article=article, **_bells(session, user))


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
    user = _signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    results = search_topics(topics, q, 25) if q.strip() else []
    try:
        tree, missing = branch(topics.taxonomy, topic.strip() or None), ""
    except TopicError as error:
        tree, missing = branch(topics.taxonomy, None), str(error)
    return _page(
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
    user = _signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    return _page(
        "preferences.html",
        user=user,
        prefs=preferences_out(user, settings.digest_hour),
        weekdays=WEEKDAYS,
        zones=sorted(available_timezones()),
        channels=channel_choices(session, user),
        active="preferences",
    )
