"""A loopback HTTP server that records webhook deliveries: the demo's receiver, and the
tests' real HTTP endpoint. `responses` scripts the next status codes; `policy`, when set,
decides each answer (status, and seconds to stall first) for fault-injection runs."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler

from alerts.demo.loopback import LoopbackServer


@dataclass(frozen=True)
class ReceivedRequest:
    """One POST as the receiver saw it."""

    path: str
    headers: dict[str, str]
    body: bytes
    received_at: float = 0.0  # time.monotonic() on arrival


class WebhookReceiver(LoopbackServer):
    """Serves on 127.0.0.1 on a free port in a background thread; use as a context manager."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        self.requests: list[ReceivedRequest] = []
        self.responses: list[int] = []  # statuses to answer with, first first; then 200
        self.policy: Callable[[ReceivedRequest], tuple[int, float]] | None = None
        self._lock = threading.Lock()
        super().__init__(self._handler_class(), host, port)

    @property
    def url(self) -> str:
        """Base URL of the receiver, e.g. http://127.0.0.1:40123."""
        return self.base_url

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                request = ReceivedRequest(
                    self.path, dict(self.headers.items()), body, time.monotonic()
                )
                status, stall_s = receiver.policy(request) if receiver.policy else (200, 0.0)
                with receiver._lock:
                    receiver.requests.append(request)
                    if receiver.responses:
                        status = receiver.responses.pop(0)
                if stall_s:
                    time.sleep(stall_s)
                with contextlib.suppress(OSError):  # the sender may have given up waiting
                    self.send_response(status)
                    self.send_header("content-length", "0")
                    self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler
