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
to (scheme and `Host`). A request with none of these headers passes when it carries no
session cookie (curl, scripts: nothing to forge a session with); with the cookie, it must
carry the session's CSRF token (`X-CSRF-Token`, or the `csrf_token` field of a form, which
the site's own forms include) or `X-Requested-With: alerts-web`, since a browser that
strips these headers could otherwise be made to post by any site. A refusal is a 403 page;
nothing is read or changed. The
`?key=` sign-in link of `alerts.api.routers.web` asks `from_elsewhere` too, since a link on
another site would otherwise sign a browser in just as a form would.
`/me/*` needs no such check: with the cookie it requires a custom header, which no other
site can send without a CORS preflight this API never grants.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from fastapi.responses import HTMLResponse
from starlette.datastructures import Headers
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alerts.accounts.sessions import csrf_matches
from alerts.api.deps import CSRF_HEADER, CSRF_TOKEN_HEADER, CSRF_VALUE, SESSION_COOKIE
from alerts.notify.render import render

GUARDED_PREFIX = "/web/"
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_TRUSTED_FETCH_SITES = frozenset({"same-origin", "none"})
_DEFAULT_PORTS = {"http": ":80", "https": ":443"}
_FORM = "application/x-www-form-urlencoded"
CSRF_FIELD = "csrf_token"
MAX_FORM_BYTES = 64 * 1024  # the site's own forms are tiny; a larger one is not read for a token


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


def _says_nothing(headers: Headers) -> bool:
    """No Sec-Fetch-Site, Origin or Referer: the browser gave no account of the request."""
    return not any(name in headers for name in ("sec-fetch-site", "origin", "referer"))


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None when it is larger than a form of ours can be."""
    parts: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        parts.append(message.get("body", b""))
        size += len(parts[-1])
        if size > MAX_FORM_BYTES:
            return None
        if not message.get("more_body", False):
            return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A `receive` that gives the app the body already read, then the rest of the stream."""
    pending = [body]

    async def replayed() -> Message:
        if pending:
            return {"type": "http.request", "body": pending.pop(), "more_body": False}
        return await receive()

    return replayed


async def _csrf_checked(scope: Scope, receive: Receive, token: str) -> Receive | None:
    """The request's `receive` when it proves it comes from the session's own pages (a
    header, or the form's `csrf_token` field), else None."""
    headers = Headers(scope=scope)
    if headers.get(CSRF_HEADER) == CSRF_VALUE:
        return receive
    if csrf_matches(token, headers.get(CSRF_TOKEN_HEADER, "")):
        return receive
    if not headers.get("content-type", "").startswith(_FORM):
        return None
    body = await _read_body(receive)
    if body is None:
        return None
    fields = parse_qs(body.decode("latin-1"), max_num_fields=50)
    given = fields.get(CSRF_FIELD, [""])[0]
    return _replay(body, receive) if csrf_matches(token, given) else None


class SameOriginWrites:
    """Pure ASGI middleware refusing cross-site state changes on `/web/`.

    Parameters:
        base_url: `ALERTS_BASE_URL`; its origin is always trusted.
    """

    def __init__(self, app: ASGIApp, *, base_url: str) -> None:
        self.app = app
        self.base_origin = origin_of(base_url)

    def guards(self, scope: Scope) -> bool:
        """Whether this request is a state change on `/web/` (the only ones checked)."""
        return scope["method"] not in _SAFE_METHODS and scope["path"].startswith(GUARDED_PREFIX)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self.guards(scope):
            await self.app(scope, receive, send)
            return
        if from_elsewhere(scope, self.base_origin):
            await _refuse(scope, receive, send, "This request came from another site")
            return
        headers = Headers(scope=scope)
        token = cookie_parser(headers.get("cookie", "")).get(SESSION_COOKIE, "")
        if token and _says_nothing(headers):
            checked = await _csrf_checked(scope, receive, token)
            if checked is None:
                await _refuse(
                    scope, receive, send, "This request did not show it came from this site"
                )
                return
            receive = checked
        await self.app(scope, receive, send)


async def _refuse(scope: Scope, receive: Receive, send: Send, why: str) -> None:
    message = f"{why}, so nothing was changed."
    page = HTMLResponse(
        render("web/problem.html", None, title="Refused", message=message), status_code=403
    )
    await page(scope, receive, send)
