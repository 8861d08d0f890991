"""In-process execution (the embedded default) and the watch loop shared by both modes.

`InlineDispatcher` runs each step at once, in this process, with one database session per
step. `run_cycle` starts a poll of every feed and a delivery of every due notification
through whichever dispatcher it is given; `wait_until_done` waits for a distributed cycle to
finish by reading the database, which is the source of truth for outstanding work.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from alerts import pipeline
from alerts.collector import fewer_collections
from alerts.config import Settings
from alerts.dispatch import Dispatcher
from alerts.errors import AlertsError, BrokerError, ConfigError
from alerts.feeds.fetch import load_client
from alerts.heartbeat import WATCHER, forget, heartbeat_file, touch
from alerts.models import Mode
from alerts.notify.digest import DigestOutcome, send_digests
from alerts.notify.outbox import DELIVERY_BATCH
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from alerts.topics.classifier import Classifier
from alerts.topics.live import classifier_for

log = logging.getLogger(__name__)
_POLL, _PROCESS, _DELIVER, _SWEEP = 0, 1, 2, 3
_STAGE_NAMES = ("polling feeds", "classifying articles", "delivering", "sweeping the outbox")
StepReport = Callable[[str, int, int], None]  # stage under way, steps done, steps known
# Articles classified, joined and fanned out per transaction. Each batch reads and indexes
# the story window (up to `alerts.matching.stories.MAX_CANDIDATES` stories) once, so a
# poll batch's burst goes as one batch where it can: at 500, a burst of 1,500 indexed the
# window three times over.
PROCESS_BATCH = 2000
_BATCH_SIZES = {_PROCESS: PROCESS_BATCH, _DELIVER: DELIVERY_BATCH}  # steps run together
YOUNG_COLLECTION_EVERY = 50_000  # allocations between young collections while steps run


@dataclass
class InlineDispatcher:
    """Runs every step in this process. Steps handed over are queued and run by `flush()`
    stage by stage: every poll first, then every new article, then every delivery, so a
    story carried by several feeds is delivered once with all of its sources listed. New
    articles are processed `PROCESS_BATCH` at a time (`pipeline.process_articles`), and
    notifications delivered `DELIVERY_BATCH` at a time (`pipeline.deliver_batch`)."""

    settings: Settings
    classifier: Classifier | None = None  # None: `classifier_for(settings)`, built once
    senders: Senders | None = None
    distributed: bool = False
    digests: list[DigestOutcome] = field(default_factory=list)
    on_step: StepReport | None = None  # told after each step `flush()` runs (a progress bar)
    _queue: list[tuple[int, int, tuple[int, ...]]] = field(default_factory=list)  # stage, seq, ids
    _seq: itertools.count[int] = field(default_factory=itertools.count)
    _own_senders: bool = False  # built here from Settings, so closed here
    _warm: bool = False  # see `warm_up`

    def __post_init__(self) -> None:
        if self.senders is None:
            self.senders = senders_from_settings(self.settings)
            self._own_senders = True
        if self.classifier is None:
            self.classifier = classifier_for(self.settings)

    def poll_feeds(self, feed_ids: list[int]) -> None:
        heapq.heappush(self._queue, (_POLL, next(self._seq), tuple(feed_ids)))

    def process_article(self, article_id: int) -> None:
        heapq.heappush(self._queue, (_PROCESS, next(self._seq), (article_id,)))

    def deliver(self, notification_id: int) -> None:
        heapq.heappush(self._queue, (_DELIVER, next(self._seq), (notification_id,)))

    def sweep(self) -> None:
        heapq.heappush(self._queue, (_SWEEP, next(self._seq), ()))

    def flush(self) -> None:
        done = 0
        with fewer_collections(YOUNG_COLLECTION_EVERY):
            while self._queue:
                stage, _, ids = heapq.heappop(self._queue)
                size = _BATCH_SIZES.get(stage, 1)
                while self._queue and self._queue[0][0] == stage and len(ids) < size:
                    ids += heapq.heappop(self._queue)[2]  # queued articles go as one batch
                self._run(stage, ids)
                done += len(ids) if stage in _BATCH_SIZES else 1
                if self.on_step is not None:
                    self.on_step(_STAGE_NAMES[stage], done, done + len(self._queue))

    def _run(self, stage: int, ids: tuple[int, ...]) -> None:
        assert self.senders is not None and self.classifier is not None
        next_step: Callable[[int], None]
        with session_scope(self.settings.database_url) as session:
            if stage == _POLL:
                follow_ups = pipeline.poll_feeds(self.settings, session, list(ids))
                next_step = self.process_article
            elif stage == _PROCESS:
                self.warm_up()
                processed = pipeline.process_articles(
                    self.settings, session, self.classifier, list(ids)
                )
                follow_ups = processed.notification_ids
                next_step = self.deliver
            elif stage == _DELIVER:
                pipeline.deliver_batch(self.settings, session, self.senders, list(ids))
                return
            else:
                pipeline.sweep(self.settings, session, self.senders, self.classifier)
                return
        for follow_up in follow_ups:
            next_step(follow_up)

    def warm_up(self) -> None:
        """Compile the classifier and load the HTTP client (`load_client`), collect the
        garbage, then keep what is left out of the collector's sight (`gc.freeze`): the
        compiled rules are a few hundred thousand objects that every full collection walked
        again, a quarter of a burst's CPU time. Runs once: `alerts run` calls it at start,
        so a first cycle costs what the next ones do; otherwise it runs before the first
        batch of articles. Frozen objects are still freed when nothing refers to them; only
        a cycle among them would stay (at most the first classifier, when custom topics
        change)."""
        if self._warm or self.classifier is None:
            return
        self._warm = True
        self.classifier.classify("", "")  # the rules are compiled on first use
        load_client()
        gc.collect()
        gc.freeze()

    def send_digests(self, period: Mode, *, force: bool) -> None:
        assert self.senders is not None
        with session_scope(self.settings.database_url) as session:
            outcomes = send_digests(
                self.settings, session, self.senders, period=period, now=utcnow(), force=force
            )
        self.digests.extend(outcomes)

    def close(self) -> None:
        """Close the senders built from Settings; senders handed in belong to the caller."""
        if self._own_senders and self.senders is not None:
            self.senders.close()


def run_cycle(settings: Settings, dispatcher: Dispatcher, *, due_only: bool = False) -> int:
    """Poll feeds in batches of `ALERTS_POLL_BATCH_SIZE` (every feed, or with `due_only` the
    ones whose time has come), then sweep the outbox; return the number of feeds."""
    with session_scope(settings.database_url) as session:
        feed_ids = pipeline.pollable_feed_ids(session, due_only=due_only)
    size = settings.poll_batch_size
    for start in range(0, len(feed_ids), size):
        dispatcher.poll_feeds(feed_ids[start : start + size])
    dispatcher.sweep()
    dispatcher.flush()
    return len(feed_ids)


def wait_until_done(
    settings: Settings, dispatcher: Dispatcher, *, started: datetime, timeout_s: float
) -> dict[str, int]:
    """Block until the cycle started at `started` has no outstanding work, sweeping the
    outbox now and then so that work a dead worker left behind is picked up again; raise
    `AlertsError` naming what is left when `timeout_s` passes first."""
    deadline = time.monotonic() + timeout_s
    next_sweep = time.monotonic() + settings.sweep_interval_s
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
        if time.monotonic() >= next_sweep:
            try:
                dispatcher.sweep()
            except BrokerError as error:  # the outbox keeps the work; sweep again later
                log.warning("sweep not sent: %s", error)
            next_sweep = time.monotonic() + settings.sweep_interval_s
        time.sleep(0.25)


def log_cycle(settings: Settings, *, polled: int, since: datetime) -> None:
    """One INFO line for a watch cycle: feeds polled, articles new and notifications sent
    since `since` (the previous line, so that work finished by workers in between is
    counted once)."""
    with session_scope(settings.database_url) as session:
        counts = pipeline.cycle_counts(session, since=since)
    log.info("cycle", extra={"polled": polled, "new": counts.articles, "sent": counts.sent})


def watch(settings: Settings, dispatcher: Dispatcher, *, stop: Callable[[], bool]) -> None:
    """Every `ALERTS_SWEEP_INTERVAL_S` until `stop()`: poll the feeds that are due, sweep the
    outbox (retries, lost work) and send the digests whose hour has come. The loop touches
    its heartbeat file on every turn, so `python -m alerts.heartbeat` can tell a live loop
    from a stuck one; the file is removed when the loop stops. Each cycle logs one line
    (`log_cycle`)."""
    alive = heartbeat_file(settings.heartbeat_dir, WATCHER)
    try:
        touch(alive)
    except OSError as error:
        raise ConfigError(f"ALERTS_HEARTBEAT_DIR: cannot write {alive}: {error.strerror}") from None
    reported = utcnow()
    try:
        while not stop():
            reported = _watch_cycle(settings, dispatcher, since=reported)
            _beat(alive)
            deadline = time.monotonic() + settings.sweep_interval_s
            while time.monotonic() < deadline and not stop():
                time.sleep(min(0.5, settings.sweep_interval_s))
                _beat(alive)
    finally:
        forget(alive)


def _watch_cycle(settings: Settings, dispatcher: Dispatcher, *, since: datetime) -> datetime:
    """One cycle and its log line; returns when the line was reported (`since` unchanged
    when the cycle failed, so its work is counted by the next line)."""
    try:
        polled = run_cycle(settings, dispatcher, due_only=True)
        for period in (Mode.DAILY, Mode.WEEKLY):
            dispatcher.send_digests(period, force=False)
        dispatcher.flush()
        now = utcnow()
        log_cycle(settings, polled=polled, since=since)
    except Exception:  # an outage or a bad template must not end the watcher; say why
        log.error("cycle failed", exc_info=True)
        return since
    return now


def _beat(alive: Path) -> None:
    """A heartbeat that cannot be written is logged, not fatal: the probe reports it stale,
    which is the truth the probe is for."""
    try:
        touch(alive)
    except OSError as error:
        log.warning("heartbeat not written to %s: %s", alive, error.strerror)
