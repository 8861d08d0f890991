"""Typed errors become JSON 4xx at the API edge, never a 500.

`field_errors(...)` turns a domain `InputError`/`TopicError` raised while handling one field
into a 422 shaped like FastAPI's own validation errors (`detail: [{loc, msg, type}]`), so
clients read one format. Errors not tied to a field map by kind in `install_handlers`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from alerts.errors import (
    AlertsError,
    InputError,
    NotFoundError,
    StoreError,
    TopicError,
    UnsafeTargetError,
)


def field_problem(status: int, loc: tuple[str, ...], message: str) -> HTTPException:
    """An HTTP error naming the field at fault."""
    return HTTPException(status, detail=[{"loc": list(loc), "msg": message, "type": "value_error"}])


@contextmanager
def field_errors(*loc: str) -> Iterator[None]:
    """Report input errors raised inside the block as a 422 on `loc` (e.g. body, topic)."""
    try:
        yield
    except (InputError, TopicError, UnsafeTargetError) as error:
        raise field_problem(422, loc, str(error)) from None


def _json(status: int, message: str) -> JSONResponse:
    return JSONResponse({"detail": message}, status_code=status)


async def _not_found(_request: Request, error: Exception) -> JSONResponse:
    return _json(404, str(error))


async def _bad_input(_request: Request, error: Exception) -> JSONResponse:
    return JSONResponse(
        {"detail": [{"loc": [], "msg": str(error), "type": "value_error"}]}, status_code=400
    )


async def _unavailable(_request: Request, error: Exception) -> JSONResponse:
    return _json(503, str(error))


def install_handlers(app: FastAPI) -> None:
    """Map the error hierarchy of `alerts.errors` onto HTTP statuses."""
    app.add_exception_handler(NotFoundError, _not_found)
    app.add_exception_handler(StoreError, _unavailable)
    app.add_exception_handler(AlertsError, _bad_input)
