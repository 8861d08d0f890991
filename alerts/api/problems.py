"""Typed errors become JSON 4xx at the API edge, never a 500.

`field_errors(...)` turns a domain `InputError`/`TopicError` raised while handling one field
into a 422 shaped like FastAPI's own validation errors (`detail: [{loc, msg, type}]`), so
clients read one format. Errors not tied to a field map by kind in `install_handlers`.

A validation error never echoes the request: each error's `input`, `loc` and `ctx` are cut
to a short excerpt (a 900 KB string is refused in a few hundred bytes), and what JSON cannot
carry (lone surrogates such as `"\\ud800"`, `1e400`, `NaN`) is shown escaped, so the refusal
itself can never fail. The browser pages (`/web/`) get errors as pages instead (a 404, the
first validation error, ...), in the site's template; only a script there that asks for
`application/json` (and not HTML) gets JSON.
A body that cannot be parsed at all is a 400 saying why; `documented(...)` puts the answers
routes really give into the OpenAPI schema.
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import BaseRoute, Route

from alerts.api.schemas import Problem
from alerts.errors import (
    AlertsError,
    InputError,
    NotFoundError,
    StoreError,
    TopicError,
    UnknownTopicError,
    UnsafeTargetError,
)
from alerts.notify.render import render


def field_problem(status: int, loc: tuple[str, ...], message: str) -> HTTPException:
    """An HTTP error naming the field at fault."""
    return HTTPException(status, detail=[{"loc": list(loc), "msg": message, "type": "value_error"}])


_ANSWERS = {
    400: "The body cannot be read: not UTF-8, nested too deeply, or a number with too many digits.",
    404: "No such record, or another user's: the two are not told apart.",
    413: "The body is larger than ALERTS_API_MAX_BODY_BYTES; it was not read.",
    422: "A value is invalid; each error's `loc` names it.",
}
BODY_ANSWERS = (400, 413, 422)  # what any route that reads a JSON body may answer


def documented(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error answers a route really gives, each a `Problem`."""
    return {status: {"model": Problem, "description": _ANSWERS[status]} for status in statuses}


_INPUT_ERRORS = (InputError, TopicError, UnsafeTargetError)


@contextmanager
def field_errors(
    *loc: str, only: type[Exception] | tuple[type[Exception], ...] = _INPUT_ERRORS
) -> Iterator[None]:
    """Report input errors raised inside the block as a 422 on `loc` (e.g. body, topic);
    `only` narrows which, so one block can send a field's own errors to that field."""
    try:
        yield
    except only as error:
        raise field_problem(422, loc, user_message(error)) from None


def user_message(error: Exception) -> str:
    """An error's message for API and web users: never a pointer to the CLI."""
    return error.web_message if isinstance(error, UnknownTopicError) else str(error)


EXCERPT_CHARS = 80
_MESSAGE_CHARS = 300
_MAX_ERRORS = 20
JsonScalar = str | int | float | bool | None


def _short_repr() -> reprlib.Repr:
    """`repr` that stops after a few items and levels: cheap on a huge or deep value."""
    short = reprlib.Repr()
    short.maxlevel, short.maxlist, short.maxdict, short.maxtuple = 2, 4, 4, 4
    short.maxstring, short.maxother = EXCERPT_CHARS, 40
    return short


_SHORT = _short_repr()


def _clip(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters, lone surrogates written as `\\udxxx`."""
    short = text if len(text) <= limit else text[: limit - 1] + "…"
    return short.encode("utf-8", "backslashreplace").decode("utf-8")


def excerpt(value: object) -> JsonScalar:
    """A short JSON-safe stand-in for what the caller sent: small scalars as they are,
    anything else (long or odd text, huge or infinite numbers, objects) as clipped text."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _clip(value)
    if isinstance(value, int) and abs(value) < 2**53:
        return value
    if isinstance(value, float) and math.isfinite(value):
        return value
    if isinstance(value, int):
        return "a very large integer"
    return _clip(_SHORT.repr(value))


def _short_error(error: dict[str, object]) -> dict[str, object]:
    loc = error.get("loc", ())
    short: dict[str, object] = {
        "type": _clip(str(error.get("type", "value_error"))),
        "loc": [excerpt(part) for part in loc] if isinstance(loc, tuple | list) else [],
        "msg": _clip(str(error.get("msg", "")), _MESSAGE_CHARS),
    }
    if "input" in error:
        short["input"] = excerpt(error["input"])
    ctx = error.get("ctx")
    if isinstance(ctx, dict):
        short["ctx"] = {
            _clip(str(k)): excerpt(v if isinstance(v, JsonScalar) else str(v))
            for k, v in list(ctx.items())[:4]
        }
    return short


def wants_page(request: Request) -> bool:
    """Whether an error should be a page: on `/web/`, unless the caller asks for JSON."""
    path = request.scope["path"]
    if path != "/web" and not path.startswith("/web/"):
        return False
    accept = request.headers.get("accept", "")
    return "text/html" in accept or "application/json" not in accept


_TITLES = {400: "Not accepted", 401: "Sign in first", 403: "Refused", 404: "Not found"}


def problem_page(status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """An error as a page of the site, for browsers."""
    title = _TITLES.get(status, "Something went wrong")
    page = render("web/problem.html", None, title=title, message=message)
    return HTMLResponse(page, status_code=status, headers=headers)


async def _invalid(request: Request, error: Exception) -> Response:
    """422 with short errors; for the browser pages (`/web/`), a page saying what was wrong."""
    if not isinstance(error, RequestValidationError):
        raise error
    errors = [_short_error(dict(e)) for e in error.errors()[:_MAX_ERRORS]]
    if wants_page(request):
        return _web_problem(errors)
    return JSONResponse({"detail": errors}, status_code=422)


def _web_problem(errors: list[dict[str, object]]) -> HTMLResponse:
    """The first error, as a page: a browser gets no JSON."""
    message = "the form was not accepted"
    if errors:
        loc = errors[0]["loc"]
        field = loc[-1] if isinstance(loc, list) and loc else "input"
        message = f"{field}: {errors[0]['msg']}"
    page = render("web/problem.html", None, title="Not accepted", message=message)
    return HTMLResponse(page, status_code=422)


def _json(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status, headers=headers)


async def _not_found(request: Request, error: Exception) -> Response:
    if wants_page(request):
        return problem_page(404, f"Nothing here: {error}.")
    return _json(404, str(error))


async def _bad_input(_request: Request, error: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": [{"loc": [], "msg": user_message(error), "type": "value_error"}]},
        status_code=400,
    )


# Why a body could not be parsed, most specific first (UnicodeDecodeError is a ValueError).
_UNREADABLE_BODY = (
    (RecursionError, "the JSON body is nested too deeply"),
    (UnicodeDecodeError, "the body is not valid UTF-8"),
    (ValueError, "the JSON body has a number with too many digits"),
)


def _routes(routes: Iterable[BaseRoute]) -> Iterator[Route]:
    """Every route, those of included routers too (FastAPI keeps an included router as one
    entry that holds the original router)."""
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            yield from _routes(included.routes)
        elif isinstance(route, Route):
            yield route


def _allowed_methods(request: Request) -> str:
    """Every method some route serves on this path; Starlette names only the first route's."""
    path = request.scope["path"]
    methods: set[str] = set()
    for route in _routes(request.app.router.routes):
        if route.methods and route.path_regex.match(path):
            methods |= route.methods
    return ", ".join(sorted(methods))


async def _http_error(request: Request, error: Exception) -> Response:
    """FastAPI's answer, except that an unparsable body says why (deep nesting, a huge
    number, bytes that are not UTF-8) rather than only that it could not be parsed, and a
    405's `Allow` lists every method of the path."""
    if not isinstance(error, StarletteHTTPException):
        raise error
    cause = error.__cause__
    for kind, message in _UNREADABLE_BODY:
        if error.status_code == 400 and isinstance(cause, kind):
            return _json(400, message)
    if error.status_code == 405:
        return _json(405, "method not allowed", headers={"Allow": _allowed_methods(request)})
    if wants_page(request):
        return _web_http_error(error)
    return await http_exception_handler(request, error)


def _web_http_error(error: StarletteHTTPException) -> Response:
    """A redirect stays one (a page asking to sign in first); other errors become pages."""
    if 300 <= error.status_code < 400:
        return Response(status_code=error.status_code, headers=error.headers)
    if error.status_code == 404:
        message = "There is no such page here. It may have moved, or the address is mistyped."
    else:
        message = error.detail if isinstance(error.detail, str) else "This was not accepted."
    return problem_page(error.status_code, message, error.headers)


async def _unavailable(_request: Request, error: Exception) -> JSONResponse:
    return _json(503, str(error))


def install_handlers(app: FastAPI) -> None:
    """Map the error hierarchy of `alerts.errors` onto HTTP statuses."""
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(StoreError, _unavailable)
    app.add_exception_handler(AlertsError, _bad_input)
