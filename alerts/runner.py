"""In-process execution (the embedded default) and the watch loop shared by both modes.

`InlineDispatcher` runs each step at once, in this process, with one database session per
step. `run_cycle` starts a poll of every feed and a delivery of every due notification
through whichever dispatcher it is given; `wait_until_done` waits for a distributed cycle to
finish by reading the database, which is the source of truth for outstanding work.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from alerts import pipeline
from alerts.config import Settings
from alerts.dispatch import Dispatcher
from alerts.errors import AlertsError
from alerts.models import Mode
from alerts.notify.digest import DigestOutcome, send_digests
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from alerts.topics.classifier import Classifier, default_classifier

log = logging.getLogger(__name__)
_POLL, _PROCESS, _DELIVER = 0, 1, 2


@dataclass
class InlineDispatcher:
    """Runs every step in this process. Steps handed over are queued and run by `flush()`
    stage by stage: every poll first, then every new article, then every delivery, so a
    story carried by several feeds is delivered once with all of its sources listed."""

    settings: Settings
    classifier: Classifier = field(default_factory=default_classifier)
    senders: Senders | None = None
    distributed: bool = False
    digests: list[DigestOutcome] = field(default_factory=list)
    _queue: list[tuple[int, int, int]] = field(default_factory=list)  # (stage, seq, id)
    _seq: itertools.count[int] = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        if self.senders is None:
            self.senders = senders_from_settings(self.settings)

    def poll_feed(self, feed_id: int) -> None:
        heapq.heappush(self._queue, (_POLL, next(self._seq), feed_id))

    def process_article(self, article_id: int) -> None:
        heapq.heappush(self._queue, (_PROCESS, next(self._seq), article_id))

    def deliver(self, notification_id: int) -> None:
        heapq.heappush(self._queue, (_DELIVER, next(self._seq), notification_id))

    def flush(self) -> None:
        while self._queue:
            stage, _, item_id = heapq.heappop(self._queue)
            self._run(stage, item_id)

    def _run(self, stage: int, item_id: int) -> None:
        assert self.senders is not None
        next_step: Callable[[int], None]
        with session_scope(self.settings.database_url) as session:
            if stage == _POLL:
                follow_ups = pipeline.poll_feed(self.settings, session, item_id)
                next_step = self.process_article
            elif stage == _PROCESS:
                follow_ups = pipeline.process_article(session, self.classifier, item_id)
                next_step = self.deliver
            else:
                pipeline.deliver(self.settings, session, self.senders, item_id)
                return
        for follow_up in follow_ups:
            next_step(follow_up)

    def send_digests(self, period: Mode, *, force: bool) -> None:
        assert self.senders is not None
        with session_scope(self.settings.database_url) as session:
            outcomes = send_digests(
                self.settings, session, self.senders, period=period, now=utcnow(), force=force
            )
        self.digests.extend(outcomes)


def run_cycle(settings: Settings, dispatcher: Dispatcher) -> int:
    """Poll every active feed and deliver every due notification; return the feed count."""
    with session_scope(settings.database_url) as session:
        feed_ids = pipeline.active_feed_ids(session)
        due = pipeline.due_notifications(session)
    for feed_id in feed_ids:
        dispatcher.poll_feed(feed_id)
    for notification_id in due:
        dispatcher.deliver(notification_id)
    dispatcher.flush()
    return len(feed_ids)


def wait_until_done(
    settings: Settings, *, started: datetime, timeout_s: float, interval_s: float = 0.25
) -> dict[str, int]:
    """Block until the cycle started at `started` has no outstanding work; raise
    `AlertsError` naming what is left when `timeout_s` passes first."""
    deadline = time.monotonic() + timeout_s
    while True:
        with session_scope(settings.database_url) as session:
            left = pipeline.outstanding_work(session, polled_since=started)
        if not any(left.values()):
            return left
        if time.monotonic() > deadline:
            summary = ", ".join(f"{n} {what}" for what, n in left.items() if n)
            raise AlertsError(
                f"timed out after {timeout_s:g}s with work left ({summary}); are workers running?"
            )
        time.sleep(interval_s)


def watch(settings: Settings, dispatcher: Dispatcher, *, stop: Callable[[], bool]) -> None:
    """Poll, deliver and send scheduled digests every `ALERTS_POLL_INTERVAL_S` until `stop()`."""
    while not stop():
        try:
            run_cycle(settings, dispatcher)
            for period in (Mode.DAILY, Mode.WEEKLY):
                dispatcher.send_digests(period, force=False)
        except AlertsError as error:
            log.error("cycle failed: %s", error)
        deadline = time.monotonic() + settings.poll_interval_s
        while time.monotonic() < deadline and not stop():
            time.sleep(min(1.0, settings.poll_interval_s))
