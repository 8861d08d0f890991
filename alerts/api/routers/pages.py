"""The signed-in pages beyond following: the inbox, channels, alerts and sources.

Each page reads what it shows from the library on the server and changes things through the
JSON API from its script (`templates/web/static/*.js`), with the sign-in cookie. The alerts
and sources pages list their rows from the API in the browser (`/me/alerts`, `/me/feeds`),
so they render, and say so plainly, on a server that does not offer those APIs.
Signing in is `alerts.api.routers.web`'s.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from alerts.accounts.endpoints import list_endpoints
from alerts.api.deps import SessionDep, SettingsDep
from alerts.api.routers.web import signed_in, web_page
from alerts.inbox.reading import inbox_page
from alerts.inbox.tokens import feed_token, feed_urls

router = APIRouter(prefix="/web", include_in_schema=False)
Page = Annotated[int, Query(ge=1, le=10_000)]


@router.get("/inbox", response_class=HTMLResponse)
def inbox(request: Request, session: SessionDep, settings: SettingsDep, page: Page = 1) -> Response:
    """The stories the user was told about, unread first, to mark read or unread."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    shown = inbox_page(session, user.id, page=page)
    return web_page(request, "inbox.html", user=user, inbox=shown, active="inbox")


@router.get("/channels", response_class=HTMLResponse)
def channels(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """Where alerts go: e-mail, webhooks, the personal feed, and Apprise channels."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    return web_page(
        request,
        "channels.html",
        user=user,
        webhooks=list_endpoints(session, user.id),
        feed=feed_urls(settings, feed_token(session, user)),
        active="channels",
    )


@router.get("/alerts", response_class=HTMLResponse)
def alerts(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """The user's alerts (saved queries), with a live preview while writing one."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    return web_page(request, "alerts.html", user=user, active="alerts")


@router.get("/feeds", response_class=HTMLResponse)
def feeds(request: Request, session: SessionDep, settings: SettingsDep) -> Response:
    """The user's own sources: add by a site's address, import OPML, remove, health."""
    user = signed_in(request, session, settings)
    if isinstance(user, Response):
        return user
    return web_page(request, "feeds.html", user=user, active="feeds")
