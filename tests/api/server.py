"""The API on a real loopback port (uvicorn in a thread), with in-memory twins of the
delivery ports: a mailbox that keeps messages and a webhook sender that records requests
instead of sending them anywhere."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from types import TracebackType

import uvicorn
from fastapi import FastAPI

from alerts.notify.mime import Email
from alerts.notify.senders import Senders
from alerts.notify.webhook import SignedRequest, WebhookSender
from tests.support.mail import parsed
from tests.support.ports import free_port


@dataclass
class Mailbox:
    """A real `MailSender` that keeps what it is given, parsed back."""

    messages: list[EmailMessage] = field(default_factory=list)

    def send(self, message: Email) -> None:
        self.messages.append(parsed(message))


class RecordingWebhookSender(WebhookSender):
    """Checks targets like the real sender, then records instead of POSTing."""

    def __init__(self) -> None:
        super().__init__(allowed_hosts=())
        self.sent: list[tuple[str, SignedRequest]] = []

    def send(self, url: str, request: SignedRequest) -> int:
        self.sent.append((url, request))
        return 200


def memory_senders(webhook: WebhookSender | None = None) -> Senders:
    return Senders(mail=Mailbox(), webhook=webhook or RecordingWebhookSender())


@dataclass
class FrozenClock:
    """`now()` that moves only when a test moves it."""

    now_utc: datetime = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now_utc


class ApiServer:
    """Serves an app on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, app: FastAPI, port: int | None = None) -> None:
        self.port = port or free_port()
        config = uvicorn.Config(
            app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ApiServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the API server did not start")
            time.sleep(0.01)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)
