"""A fast loopback webhook receiver for benchmarks: HTTP/1.1 keep-alive, answers every
`POST` with 204 and remembers its `webhook-id`; `GET /count` answers how many distinct ids
arrived, `GET /seen/<id>` the wall-clock time (epoch seconds) one arrived, `GET /log` every
arrival in order (repeats included) as `<id> <epoch seconds>` lines.

It runs in its own process, so receiving does not compete with the sender for the GIL.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from types import TracebackType

import httpx

from benchmarks.serverprocess import server_process

_LENGTH = re.compile(rb"\r\ncontent-length: *(\d+)", re.I)
_ID = re.compile(rb"\r\nwebhook-id: *([^\r\n]+)", re.I)
_NO_CONTENT = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"


def _ok(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)


class _Receiver:
    def __init__(self) -> None:
        self.seen: dict[bytes, float] = {}
        self.log: list[bytes] = []

    def answer(self, head: bytes) -> bytes:
        if head.startswith(b"GET /count"):
            return _ok(str(len(self.seen)).encode())
        if head.startswith(b"GET /seen/"):
            key = head.split(b" ", 2)[1].removeprefix(b"/seen/")
            return _ok(repr(self.seen.get(key, 0.0)).encode())
        if head.startswith(b"GET /log"):
            return _ok(b"\n".join(self.log))
        found = _ID.search(head)
        if found:
            key, now = found.group(1).strip(), time.time()
            self.seen.setdefault(key, now)
            self.log.append(b"%s %r" % (key, now))
        return _NO_CONTENT

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = _LENGTH.search(head)
                if length:
                    await reader.readexactly(int(length.group(1)))
                writer.write(self.answer(head))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()


async def _serve(ready: multiprocessing.Queue[int]) -> None:
    server = await asyncio.start_server(_Receiver().handle, "127.0.0.1", 0, backlog=2048)
    ready.put(server.sockets[0].getsockname()[1])
    await asyncio.Event().wait()


def _main(ready: multiprocessing.Queue[int]) -> None:
    asyncio.run(_serve(ready))


@dataclass
class HookServer:
    """Context manager: starts the receiver process, exposes `url` and `count()`."""

    port: int = 0
    _stack: ExitStack = field(default_factory=ExitStack)

    def __enter__(self) -> HookServer:
        self.port = self._stack.enter_context(server_process(_main))
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def count(self) -> int:
        """Distinct webhook-ids received so far."""
        return int(httpx.get(f"{self.url}/count", timeout=10, trust_env=False).text)

    def seen_at(self, delivery_id: str) -> float:
        """When `delivery_id` arrived (epoch seconds), 0.0 if it has not."""
        return float(httpx.get(f"{self.url}/seen/{delivery_id}", timeout=10, trust_env=False).text)

    def arrivals(self) -> list[tuple[str, float]]:
        """Every delivery received, in order: (webhook-id, epoch seconds), repeats included."""
        text = httpx.get(f"{self.url}/log", timeout=60, trust_env=False).text
        return [(i, float(t)) for i, t in (line.split(" ") for line in text.splitlines())]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()
