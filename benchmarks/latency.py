"""`alerts bench latency`: seconds from a feed changing to the webhook arriving, on the
distributed path, against the watcher's default tick measured in the same run.

The deployment is the compose one at small scale: a scratch PostgreSQL database, a private
`redis-server`, two Celery workers and one watcher process (`alerts run`). A loopback feed
server gains one entry every `every_s` seconds and notes the wall-clock moment each became
visible; each entry is tagged with one of four topics, and the followers (split evenly over
those topics) have webhook endpoints on a loopback receiver (`hookserver`) that notes when
each delivery arrived. Latency is arrival minus visibility, per delivery, so it includes
waiting for the next poll. The feed is added with a poll interval of its own
(`alerts feeds add --interval`), but the watcher only looks for due feeds once per tick
(`ALERTS_SWEEP_INTERVAL_S`): the measured run shortens the tick, the baseline keeps the
default.
"""

from __future__ import annotations

import math
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select, text

from alerts.config import Settings, load_settings
from alerts.errors import AlertsError
from alerts.feeds.registry import add_feed
from alerts.notify.webhook import new_secret
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import ArticleRow, FeedRow, FollowRow, NotificationRow
from benchmarks.faults_env import RedisServer, ScratchDatabase, Workers
from benchmarks.hookserver import HookServer
from benchmarks.livefeed import TOPICS, GrowingFeed, entry
from benchmarks.report import machine_line, peak_rss_mib

ENDPOINTS = 4
FEED_INTERVAL_S = 0.25  # at most the watcher's tick: the feed is due at every tick
WATCHER_TICK_S = 0.5
DEFAULT_TICK_S = Settings.model_fields["sweep_interval_s"].default
SETTLE_S = 60.0


@dataclass(frozen=True)
class Design:
    """One way of running the watcher, measured on a feed of its own."""

    name: str
    label: str
    tick_s: float


DESIGNS = (
    Design(
        "hot",
        f"hot feed: `--interval {FEED_INTERVAL_S:g}`, `ALERTS_SWEEP_INTERVAL_S={WATCHER_TICK_S:g}`",
        WATCHER_TICK_S,
    ),
    Design(
        "baseline",
        f"baseline: `--interval {FEED_INTERVAL_S:g}`, default "
        f"`ALERTS_SWEEP_INTERVAL_S={DEFAULT_TICK_S:g}`",
        DEFAULT_TICK_S,
    ),
)


@dataclass(frozen=True)
class LatencyFigures:
    """One design's deliveries and their latencies, in seconds."""

    design: str
    watcher_tick_s: float
    entries: int
    expected: int
    delivered: int
    lost: int
    duplicated: int
    repeats: int
    unexpected: int
    p50_s: float
    p95_s: float
    p99_s: float
    max_s: float
    poll_wait_p50_s: float  # of which: from visible to fetched by a poll (per entry)


@dataclass(frozen=True)
class LatencyResult:
    """Both designs, the sizes they ran at, and memory."""

    articles: int
    followers: int
    every_s: float
    warmup: int
    runs: list[LatencyFigures]
    peak_rss_mib: float
    bench_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


def percentile(samples: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the smallest sample with `share` of them at or below it.

    >>> percentile([0.4, 0.1, 0.3, 0.2], 0.5)
    0.2
    """
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)] if ordered else 0.0


def _seed(settings: Settings, followers: int, receiver_url: str) -> None:
    """Webhook followers, user i following topic i % 4, their endpoints spread over a few
    receiver paths."""
    with get_engine(settings.database_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, tz, api_key_hash, created_at) "
                "SELECT 'u' || g || '@example.org', 'UTC', 'h' || g, now() "
                "FROM generate_series(1, :n) AS g"
            ),
            {"n": followers},
        )
        conn.execute(
            text(
                "INSERT INTO webhook_endpoints (user_id, url, secret, status, created_at) "
                "SELECT id, :url || '/e' || (id % :endpoints), :secret, 'active', now() "
                "FROM users"
            ),
            {"url": receiver_url, "endpoints": ENDPOINTS, "secret": new_secret()},
        )
        conn.execute(
            text(
                "INSERT INTO follows (user_id, topic, channel, mode, created_at) "
                "SELECT id, (CAST(:topics AS text[]))[1 + id % 4], 'webhook', 'instant', now() "
                "FROM users"
            ),
            {"topics": list(TOPICS)},
        )
        conn.execute(text("ANALYZE"))


def _env(settings: Settings, tick_s: float) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    return env | {
        "ALERTS_DATABASE_URL": settings.database_url,
        "ALERTS_BROKER_URL": settings.broker_url or "",
        "ALERTS_QUEUE": settings.queue,
        "ALERTS_WEBHOOK_ALLOWED_HOSTS": "127.0.0.1",
        "ALERTS_FEED_ALLOWED_HOSTS": "127.0.0.1",
        "ALERTS_SWEEP_INTERVAL_S": str(tick_s),
    }


@contextmanager
def _watcher(env: dict[str, str]) -> Iterator[Callable[[], str]]:
    """`alerts run`, as the compose `watcher` service runs it; stopped with SIGTERM. Yields
    a function that returns the end of its output, for error messages."""
    alerts = str(Path(sys.executable).with_name("alerts"))
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen([alerts, "run"], env=env, stdout=log, stderr=log)

        def tail() -> str:
            log.seek(0)
            return log.read().decode(errors="replace").strip()[-300:]

        try:
            yield tail
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait(done: Callable[[], bool], timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def _polled(settings: Settings, url: str) -> bool:
    with session_scope(settings.database_url) as session:
        polled = session.scalar(select(FeedRow.last_polled_at).where(FeedRow.url == url))
    return polled is not None


@dataclass
class _Run:
    """The moving parts both designs share, and the entries published so far."""

    settings: Settings
    hooks: HookServer
    feeds: GrowingFeed
    followers: dict[int, set[int]]  # topic index -> user ids
    every_s: float
    progress: Callable[[str], None]
    expected: int = 0  # deliveries owed for every entry published so far
    next_index: int = 0

    def publish(self, name: str, count: int, label: str) -> dict[int, float]:
        """Publish `count` entries on a steady clock; return when each became visible."""
        visible: dict[int, float] = {}
        started = time.monotonic()
        for n in range(count):
            item = entry(self.next_index)
            self.next_index += 1
            visible[item.index] = self.feeds.publish(name, item)
            self.expected += len(self.followers[item.index % len(TOPICS)])
            self.progress(f"{label}: entry {n + 1}/{count}, webhooks {self.hooks.count():,}")
            time.sleep(max(0.0, started + (n + 1) * self.every_s - time.monotonic()))
        return visible

    def settle(self) -> None:
        """Wait until every delivery owed so far has arrived, or none has for `SETTLE_S`."""
        seen, deadline = -1, 0.0
        while (count := self.hooks.count()) < self.expected:
            if count != seen:
                seen, deadline = count, time.monotonic() + SETTLE_S
            elif time.monotonic() > deadline:
                return
            time.sleep(0.1)

    def drive(self, design: Design, articles: int, warmup: int) -> dict[int, float]:
        """Run the watcher as `design` says on a feed of its own; return visibility times
        of the measured entries (warm-up entries are delivered but not measured)."""
        url = self.feeds.url(design.name)
        with session_scope(self.settings.database_url) as session:
            add_feed(
                session,
                url,
                f"Latency {design.name}",
                interval_s=FEED_INTERVAL_S,
                allowed_hosts=("127.0.0.1",),
            )
        with _watcher(_env(self.settings, design.tick_s)) as watcher_output:
            if not _wait(lambda: _polled(self.settings, url), SETTLE_S):
                raise AlertsError(
                    f"the watcher did not poll {url} within {SETTLE_S:g}s: {watcher_output()}"
                )
            self.publish(design.name, warmup, f"{design.name}: warm-up")
            self.settle()
            visible = self.publish(design.name, articles, design.name)
            self.progress(f"{design.name}: waiting for the last webhooks")
            self.settle()
        return visible


def _followers(settings: Settings) -> dict[int, set[int]]:
    by_topic: dict[int, set[int]] = {k: set() for k in range(len(TOPICS))}
    with session_scope(settings.database_url) as session:
        for user_id, topic in session.execute(select(FollowRow.user_id, FollowRow.topic)):
            by_topic[TOPICS.index(topic)].add(user_id)
    return by_topic


def _index(link: str | None) -> int:
    return int((link or "/-1").rsplit("/", 1)[1])


def _sent(settings: Settings) -> list[tuple[str, int, int]]:
    """(webhook-id, user, entry index) of every notification written."""
    with session_scope(settings.database_url) as session:
        rows = session.execute(
            select(NotificationRow.delivery_id, NotificationRow.user_id, ArticleRow.url).join(
                ArticleRow, ArticleRow.id == NotificationRow.article_id
            )
        ).all()
    return [(d, u, _index(url)) for d, u, url in rows]


def _fetched(settings: Settings) -> dict[int, float]:
    """When a poll fetched each entry (epoch seconds), by entry index."""
    with session_scope(settings.database_url) as session:
        rows = session.execute(select(ArticleRow.url, ArticleRow.first_seen_at)).all()
    return {_index(url): seen.timestamp() for url, seen in rows}


def figures(
    design: Design,
    visible: dict[int, float],
    sent: list[tuple[str, int, int]],
    arrivals: list[tuple[str, float]],
    followers: dict[int, set[int]],
    fetched: dict[int, float],
) -> LatencyFigures:
    """Latency of every (entry, follower) delivery of one design, and what went amiss:
    pairs never delivered (lost), delivered under two ids (duplicated), ids received
    twice (repeats), deliveries to someone not following the entry's topic (unexpected)."""
    first: dict[str, float] = {}
    for delivery_id, at in arrivals:
        first.setdefault(delivery_id, at)
    times = Counter(delivery_id for delivery_id, _ in arrivals)
    received: dict[tuple[int, int], list[str]] = defaultdict(list)
    for delivery_id, user_id, index in sent:
        if index in visible and delivery_id in first:
            received[(index, user_id)].append(delivery_id)
    expected = {(i, u) for i in visible for u in followers[i % len(TOPICS)]}
    latencies = [min(first[d] for d in ids) - visible[i] for (i, _), ids in received.items()]
    waits = [fetched[i] - visible[i] for i in visible if i in fetched]
    return LatencyFigures(
        design=design.label,
        watcher_tick_s=design.tick_s,
        entries=len(visible),
        expected=len(expected),
        delivered=len(expected & received.keys()),
        lost=len(expected - received.keys()),
        duplicated=sum(1 for ids in received.values() if len(ids) > 1),
        repeats=sum(times[d] - 1 for ids in received.values() for d in ids),
        unexpected=len(received.keys() - expected),
        p50_s=round(percentile(latencies, 0.50), 3),
        p95_s=round(percentile(latencies, 0.95), 3),
        p99_s=round(percentile(latencies, 0.99), 3),
        max_s=round(max(latencies, default=0.0), 3),
        poll_wait_p50_s=round(percentile(waits, 0.50), 3),
    )


def run_latency(
    articles: int,
    followers: int,
    *,
    every_s: float = 0.75,
    warmup: int = 4,
    admin_url: str,
    progress: Callable[[str], None] = lambda _: None,
) -> LatencyResult:
    """Start the distributed deployment, measure both designs, tear everything down."""
    with (
        ScratchDatabase(admin_url) as db,
        RedisServer() as redis,
        HookServer() as hooks,
        GrowingFeed() as feeds,
    ):
        settings = load_settings(database_url=db.url, broker_url=redis.url, queue="latency")
        _seed(settings, followers, hooks.url)
        run = _Run(settings, hooks, feeds, _followers(settings), every_s, progress)
        progress("starting two workers")
        with Workers(_env(settings, DEFAULT_TICK_S)):
            visible = {d: run.drive(d, articles, warmup) for d in DESIGNS}
        sent, arrivals, fetched = _sent(settings), hooks.arrivals(), _fetched(settings)
    runs = [figures(d, visible[d], sent, arrivals, run.followers, fetched) for d in DESIGNS]
    return LatencyResult(
        articles=articles,
        followers=followers,
        every_s=every_s,
        warmup=warmup,
        runs=runs,
        peak_rss_mib=round(peak_rss_mib(children=True), 1),
        bench_rss_mib=round(peak_rss_mib(), 1),
    )


def _delivery_note(result: LatencyResult) -> str:
    repeats = sum(r.repeats for r in result.runs)
    strays = sum(r.unexpected for r in result.runs)
    if any(r.lost or r.duplicated for r in result.runs):
        verdict = "Some (entry, follower) pairs were lost or duplicated (see the table)"
    else:
        verdict = "Every (entry, follower) pair arrived, under one id"
    return f"{verdict}; ids received twice: {repeats}; deliveries to non-followers: {strays}."


def markdown(result: LatencyResult) -> str:
    """The `latency` section of BENCHMARKS.md."""
    per_entry = result.followers / len(TOPICS)
    lines = [
        "## Latency: feed change to webhook received (PostgreSQL, Redis, 2 workers)",
        "",
        machine_line(),
        "",
        "| watcher | entries | deliveries | p50 s | p95 s | p99 s | max s | poll wait p50 s "
        "| lost | duplicated |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in result.runs:
        lines.append(
            f"| {r.design} | {r.entries} | {r.delivered:,} | {r.p50_s} | {r.p95_s} | "
            f"{r.p99_s} | {r.max_s} | {r.poll_wait_p50_s} | {r.lost} | {r.duplicated} |"
        )
    lines += [
        "",
        f"A loopback feed gains an entry every {result.every_s:g} s; each is tagged with one of "
        f"{len(TOPICS)} topics, which {result.followers:,} webhook followers follow in equal "
        f"shares (about {per_entry:,.0f} deliveries per entry, to {ENDPOINTS} receiver paths). "
        "Latency is per delivery: the receiver's arrival time minus the moment the entry "
        "became visible on the feed server. It includes waiting for the next poll (*poll "
        "wait*: visible until fetched, per entry), then classification, fan-out and the "
        "webhook itself. One watcher (`alerts run`), two Celery workers (`--concurrency=4`); "
        f"the feed was added with `alerts feeds add URL --interval {FEED_INTERVAL_S:g}`, but "
        "the watcher looks for due feeds once per `ALERTS_SWEEP_INTERVAL_S`, so the feed is "
        "polled at every tick: the baseline leaves that tick at its default. "
        f"The first {result.warmup} entries of each run warm "
        f"the workers up and are not measured. {_delivery_note(result)}",
        "",
        "Goals: p50 ≤ 1 s, p99 ≤ 3 s. Peak RSS: "
        f"{result.peak_rss_mib} MiB for the largest process (a worker, the watcher or a "
        f"server), {result.bench_rss_mib} MiB for the benchmark process.",
    ]
    return "\n".join(lines) + "\n"
