"""A loopback HTTP server that misbehaves on purpose, one route per kind of trouble."""

from __future__ import annotations

import contextlib
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

GOOD_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Good Feed</title><link>https://good.example/</link>
<item><title>Harbour festival draws record crowds</title><link>https://good.example/1</link>
<description>Boats, music and food stalls filled the quay all weekend.</description></item>
</channel></rss>"""

XXE_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://%s">]>
<rss version="2.0"><channel><title>XXE</title>
<item><title>&secret;</title><link>https://evil.example/1</link><description>&secret;</description></item>
</channel></rss>"""

LAUGHS_FEED = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<item><title>&lol9;</title><link>https://evil.example/2</link></item></channel></rss>"""


def gzip_bomb_segments(total_gib: float = 10.0) -> tuple[bytes, bytes, int]:
    """A gzip stream of `total_gib` GiB of zeros as (head, segment, count): after a full
    flush each 1 MiB of zeros compresses to the same bytes, so the bomb is cheap to serve."""
    zeros = bytes(1024 * 1024)
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    head = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    segment = compressor.compress(zeros) + compressor.flush(zlib.Z_FULL_FLUSH)
    return head, segment, int(total_gib * 1024) - 1


Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    server: HostileServer  # type: ignore[assignment]

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        self.server.headers_seen[self.path] = dict(self.headers.items())
        route = self.server.routes.get(self.path)
        if route is None:
            self.send_error(404)
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up
            route(self)

    do_POST = do_GET  # noqa: N815 (http.server's name): webhook receivers are hostile too

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


class HostileServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1") -> None:
        super().__init__((host, 0), Handler)
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.headers_seen: dict[str, dict[str, str]] = {}
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()
        self.server_close()


def serve_bytes(body: bytes, headers: dict[str, str] | None = None, status: int = 200) -> Route:
    return lambda h: h.reply(status, body, headers)


def serve_drip(body: bytes, interval_s: float = 1.0) -> Route:
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        for byte in body:
            h.wfile.write(bytes([byte]))
            h.wfile.flush()
            time.sleep(interval_s)

    return route


def serve_stream(head: bytes, segment: bytes, count: int, headers: dict[str, str]) -> Route:
    def route(h: Handler) -> None:
        h.send_response(200)
        for name, value in headers.items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(head)
        for _ in range(count):
            h.wfile.write(segment)

    return route


def serve_conditional(body: bytes, etag: str) -> Route:
    def route(h: Handler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.reply(304, headers={"ETag": etag})
        else:
            h.reply(200, body, {"ETag": etag, "Content-Type": "application/rss+xml"})

    return route
