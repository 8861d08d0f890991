"""A fast loopback feed server for benchmarks: N feeds over K ports (so per-host limits
apply as they would across K publishers), HTTP/1.1 keep-alive, ETag-based 304s.

It runs in its own process, so serving does not compete with the poller for the GIL.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import re
from contextlib import ExitStack
from dataclasses import dataclass, field
from types import TracebackType

from benchmarks.serverprocess import server_process

_PATH = re.compile(rb"^GET /feed/(\d+)\.xml HTTP/1\.[01]\r\n", re.I)
_INM = re.compile(rb"\r\nif-none-match: *([^\r\n]+)", re.I)
ITEMS_PER_FEED = 5


def feed_document(index: int) -> bytes:
    """A small RSS 2.0 feed with a few distinct entries, unique to `index`."""
    items = "".join(
        f"<item><title>Bulletin {index}-{n}: harbour works resume in district {n}</title>"
        f"<link>https://feed{index}.example/items/{n}</link>"
        f"<description>Crews in district {n} restarted repairs on the quay, the authority of "
        f"town {index} said on Monday.</description>"
        f"<pubDate>Mon, 02 Nov 2026 0{n}:00:00 GMT</pubDate></item>"
        for n in range(ITEMS_PER_FEED)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Town {index} notices</title><link>https://feed{index}.example/</link>{items}"
        f"</channel></rss>"
    ).encode()


def etag(index: int) -> str:
    """The ETag the server sends with feed `index` (its document never changes)."""
    return f'"v{index}"'


def _response(request: bytes) -> bytes:
    match = _PATH.match(request)
    if match is None:
        return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
    etag = b'"v' + match.group(1) + b'"'  # etag(index), without a round trip through int
    seen = _INM.search(request)
    if seen and seen.group(1).strip() == etag:
        return b"HTTP/1.1 304 Not Modified\r\nETag: " + etag + b"\r\n\r\n"
    body = feed_document(int(match.group(1)))
    head = (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {len(body)}\r\n"
    )
    return head.encode() + b"ETag: " + etag + b"\r\n\r\n" + body


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            writer.write(_response(request))
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
        pass
    finally:
        writer.close()


async def _serve(ports: int, ready: multiprocessing.Queue[list[int]]) -> None:
    servers = [
        await asyncio.start_server(_handle, "127.0.0.1", 0, backlog=1024) for _ in range(ports)
    ]
    ready.put([s.sockets[0].getsockname()[1] for s in servers])
    await asyncio.Event().wait()


def _main(ports: int, ready: multiprocessing.Queue[list[int]]) -> None:
    asyncio.run(_serve(ports, ready))


@dataclass
class FeedServer:
    """Context manager: starts the server process, exposes `url(i)`, stops it on exit."""

    ports: int = 50
    _port_list: tuple[int, ...] = ()
    _stack: ExitStack = field(default_factory=ExitStack)

    def __enter__(self) -> FeedServer:
        self._port_list = tuple(self._stack.enter_context(server_process(_main, self.ports)))
        return self

    def url(self, index: int) -> str:
        """The URL of feed `index`; feeds are spread over the ports round-robin."""
        port = self._port_list[index % len(self._port_list)]
        return f"http://127.0.0.1:{port}/feed/{index}.xml"

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stack.close()
