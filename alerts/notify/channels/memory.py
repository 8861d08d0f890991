"""The in-memory channel: a real channel kind that keeps what it sends in a list, for the
fan-out and outbox tests (like dramatiq's `StubBroker`, it is an implementation, not a mock).

`failures` scripts the next outcomes, first first (None for a success), like the loopback
webhook receiver's `responses`; after them every send succeeds.

>>> from alerts.notify.render import StoryView
>>> channel = MemoryChannel()
>>> story = StoryView(1, 1, "Title", "https://example.org/a", "", None, ("Iraq",), ())
>>> message = channel.build(Delivery(9, 3, "memory", "msg_1", story), "memory")
>>> channel.send_batch([message], lambda outcomes: None, group=50)
>>> [(m.notification_id, m.title) for m in channel.sent]
[(9, 'Title')]
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from sqlalchemy.orm import Session

from alerts.errors import DeliveryError
from alerts.notify.channels.base import (
    ChannelKind,
    Delivery,
    Outcome,
    OutgoingMessage,
    Recorder,
)


class MemoryChannel(ChannelKind[OutgoingMessage]):
    """Messages are "sent" by appending them to `sent`."""

    name = "memory"

    def __init__(self) -> None:
        self.sent: list[OutgoingMessage] = []
        self.failures: list[Outcome] = []
        self._lock = threading.Lock()

    def build(self, delivery: Delivery, address: str) -> OutgoingMessage:
        """The story's title, and its matched topics as the body."""
        body = ", ".join(delivery.story.topics)
        return OutgoingMessage(delivery.notification_id, 0, address, delivery.story.title, body)

    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[OutgoingMessage | DeliveryError]:
        """Every delivery goes to the channel's name: there is no target to look up."""
        return [self.build(delivery, delivery.channel) for delivery in deliveries]

    def send_batch(
        self, messages: Sequence[OutgoingMessage], record: Recorder, *, group: int
    ) -> None:
        """Keep each message (or fail it as scripted), recording `group` outcomes at a time."""
        outcomes: list[tuple[OutgoingMessage, Outcome]] = []
        for message in messages:
            with self._lock:
                failure = self.failures.pop(0) if self.failures else None
                if failure is None:
                    self.sent.append(message)
            outcomes.append((message, failure))
            if len(outcomes) >= group:
                record(outcomes)
                outcomes = []
        if outcomes:
            record(outcomes)
