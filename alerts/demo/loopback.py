"""A threaded HTTP server on a free loopback port, run in the background for as long as a
`with` block lasts: what the demo's webhook receiver and the benchmarks' live feed share."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Self


class _Server(ThreadingHTTPServer):
    """Many senders connect at once (a pool of connections per worker): a deep accept queue,
    so that none waits past its connect timeout behind socketserver's default queue of 5."""

    request_queue_size = 1024


class LoopbackServer:
    """Serves `handler` on `host` (a free port unless given) while used as a context
    manager; `base_url` says where."""

    def __init__(
        self, handler: type[BaseHTTPRequestHandler], host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self._server = _Server((host, port), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        """E.g. http://127.0.0.1:40123."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
