"""State-changing requests to the web pages must come from the pages themselves.

`/web/*` signs a browser in and out by cookie, so without a check a form on any other site
could post there: login CSRF, which signs the victim's browser into the attacker's account.
For methods other than GET, HEAD and OPTIONS on `/web/`, the browser's own account of where
the request came from decides, the newest signal first:

1. `Sec-Fetch-Site`: only `same-origin` (a page of this site) and `none` (typed, bookmarked)
   pass;
2. else `Origin` (which is `null` from sandboxed or privacy-stripped pages: refused);
3. else the origin of `Referer`;

and a named origin passes only when it is `ALERTS_BASE_URL`'s or the one the request was sent
to (scheme and `Host`). A request with none of these headers is not a browser acting for a
page (curl, scripts) and passes. A refusal is a 403 page; nothing is read or changed. The
`?key=` sign-in link of `alerts.api.routers.web` asks `from_elsewhere` too, since a link on
another site would otherwise sign a browser in just as a form would.
`/me/*` needs no such check: with the cookie it requires a custom header, which no other
site can send without a CORS preflight this API never grants.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from fastapi.responses import HTMLResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from alerts.notify.render import render

GUARDED_PREFIX = "/web/"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_TRUSTED_FETCH_SITES = frozenset({"same-origin", "none"})
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}


def origin_of(url: str) -> str | None:
    """`scheme://host[:port]` of a URL, lower-case, default port left out; None if the text
    names no origin (`null`, a path, garbage)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in _DEFAULT_PORTS or not host:
        return None
    netloc = f"[{host}]" if ":" in host else host
    suffix = f":{port}" if port is not None else ""
    if suffix == _DEFAULT_PORTS[parts.scheme]:
        suffix = ""
    return f"{parts.scheme}://{netloc}{suffix}"


def _claimed_origin(headers: Headers) -> str | None:
    """Where the browser says the request came from: "" when it says nothing."""
    if "origin" in headers:
        return origin_of(headers["origin"])
    if "referer" in headers:
        return origin_of(headers["referer"])
    return ""


def from_elsewhere(scope: Scope, base_origin: str | None) -> bool:
    """Whether the browser says a page of another site sent this request (any method)."""
    headers = Headers(scope=scope)
    fetch_site = headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.lower() not in _TRUSTED_FETCH_SITES
    claimed = _claimed_origin(headers)
    if claimed == "":
        return False
    own = origin_of(f"{scope.get('scheme', 'http')}://{headers.get('host', '')}")
    return claimed is None or claimed not in {base_origin, own}


class SameOriginWrites:
    """Pure ASGI middleware refusing cross-site state changes on `/web/`.

    Parameters:
        base_url: `ALERTS_BASE_URL`; its origin is always trusted.
    """

    def __init__(self, app: ASGIApp, *, base_url: str) -> None:
        self.app = app
        self.base_origin = origin_of(base_url)

    def allows(self, scope: Scope) -> bool:
        """Whether this request may go on (see the module's rules)."""
        if scope["method"] in _SAFE_METHODS or not scope["path"].startswith(GUARDED_PREFIX):
            return True
        return not from_elsewhere(scope, self.base_origin)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or self.allows(scope):
            await self.app(scope, receive, send)
            return
        message = "This request came from another site, so nothing was changed."
        page = HTMLResponse(
            render("web/problem.html", None, title="Refused", message=message), status_code=403
        )
        await page(scope, receive, send)
