"""Request bodies larger than `ALERTS_API_MAX_BODY_BYTES` are refused with 413 before they
are read into memory.

A declared `Content-Length` over the cap is answered at once, before any route runs, so
nothing happens and nothing is read. A body without one (chunked) is counted as it streams
in, and the first chunk past the cap ends the request with the same 413. Either way the
answer closes the connection, so the rest of the upload is never read.

FastAPI's own `max_body_size` is not used: for a `Content-Length` over the limit it lets a
route that ignores its body run first and only then replaces the answer.
"""

from __future__ import annotations

from fastapi import HTTPException
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class BodyTooLargeError(HTTPException):
    """A request body past the cap. Raised while a route reads its body; FastAPI passes HTTP
    errors raised there on to the error handlers, which answer `{"detail": message}`."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(
            413,
            detail=f"the request body is larger than {max_bytes} bytes (ALERTS_API_MAX_BODY_BYTES)",
            headers={"Connection": "close"},
        )


def too_large(error: BodyTooLargeError) -> JSONResponse:
    """The 413 answer, in the `{"detail": message}` shape of every other error."""
    return JSONResponse({"detail": error.detail}, status_code=413, headers=error.headers)


def _declared_length(scope: Scope) -> int | None:
    value = Headers(scope=scope).get("content-length", "")
    return int(value) if value.isdigit() else None  # servers refuse malformed lengths


class BodyLimit:
    """Pure ASGI middleware: streams pass through untouched until they pass `max_bytes`.

    Parameters:
        max_bytes: the largest request body accepted, in bytes.
    """

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.max_bytes:
            await too_large(BodyTooLargeError(self.max_bytes))(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLargeError(self.max_bytes)
            return message

        await self.app(scope, counted, send)
