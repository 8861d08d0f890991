"""`alerts bench faults`: lost and duplicated notifications under crashes and outages.

Each scenario pushes `n` notifications (n followers of one story) through the distributed
path — PostgreSQL, a Redis broker, two Celery workers, `alerts run --once` — while a fault
is injected, then counts at the receiving end: distinct (user, story) pairs delivered, and
users who got the story under two different ids (`webhook-id` / `Message-ID`). Lost and
duplicated must both be zero. Retry delays are the production schedule divided by
`SPEEDUP`, so "two minutes of outage" passes in two seconds.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import func, insert, select

from alerts.config import Settings, load_settings
from alerts.demo.receiver import ReceivedRequest, WebhookReceiver
from alerts.feeds.registry import add_feed
from alerts.notify.webhook import new_secret
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import FollowRow, NotificationRow, UserRow, WebhookEndpointRow
from benchmarks.faults_env import RedisServer, ScratchDatabase, Workers
from benchmarks.report import machine_line
from tests.support.smtp import SmtpSink

SPEEDUP = 60.0
PRODUCTION_DELAYS_S = (5, 300, 1800, 7200, 18000, 36000, 36000)
BOUNCE = "bounce@example.org"
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Drill Wire</title>
<item><title>Drill: aid convoy reaches northern Syria</title><link>https://drill.example/1</link>
<description>A test convoy crossed into Syria on Tuesday, organisers said.</description></item>
</channel></rss>"""


@dataclass
class Counts:
    """What the receivers saw."""

    sent: int = 0
    delivered: int = 0
    lost: int = 0
    duplicated: int = 0
    repeats: int = 0
    failed_as_expected: int = 0
    schedule_ok: bool | None = None
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)


@dataclass
class Run:
    """One scenario's moving parts, handed to its fault injector."""

    settings: Settings
    redis: RedisServer
    workers: Workers
    smtp: SmtpSink
    hooks: WebhookReceiver
    delivered: Callable[[], int]


def _env(settings: Settings) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    values = {
        "DATABASE_URL": settings.database_url,
        "BROKER_URL": settings.broker_url or "",
        "QUEUE": settings.queue,
        "SMTP_URL": settings.smtp_url.get_secret_value() if settings.smtp_url else "",
        "WEBHOOK_ALLOWED_HOSTS": ",".join(settings.webhook_allowed_hosts),
        "WEBHOOK_TIMEOUT_S": str(settings.webhook_timeout_s),
        "RETRY_DELAYS_S": ",".join(str(d) for d in settings.retry_delays_s),
        "DELIVERY_LEASE_S": str(settings.delivery_lease_s),
        "SWEEP_INTERVAL_S": str(settings.sweep_interval_s),
        "SECRET_KEY": "faults-run-secret",
    }
    env.update({f"ALERTS_{k}": v for k, v in values.items()})
    return env


def _seed(settings: Settings, n: int, channel: str, hook_url: str, workdir: Path) -> None:
    engine = get_engine(settings.database_url)
    emails = [f"u{i}@example.org" for i in range(n)] + ([BOUNCE] if channel == "email" else [])
    with engine.begin() as conn:
        conn.execute(
            insert(UserRow),
            [{"email": e, "tz": "UTC", "api_key_hash": f"h{i}"} for i, e in enumerate(emails)],
        )
    with session_scope(settings.database_url) as session:
        ids = list(session.scalars(select(UserRow.id).order_by(UserRow.id)))
        session.execute(
            insert(FollowRow),
            [{"user_id": i, "topic": "Syria", "channel": channel, "mode": "instant"} for i in ids],
        )
        if channel == "webhook":
            rows = [{"user_id": i, "url": f"{hook_url}/u/{i}", "secret": new_secret()} for i in ids]
            session.execute(insert(WebhookEndpointRow), rows)
        (workdir / "drill.xml").write_text(FEED)
        add_feed(session, str(workdir / "drill.xml"), "Drill Wire", local_files=True)


def _webhook_counts(hooks: WebhookReceiver) -> tuple[dict[int, set[str]], dict[str, list[float]]]:
    ids_by_user: dict[int, set[str]] = defaultdict(set)
    times: dict[str, list[float]] = defaultdict(list)
    for request in hooks.requests:
        times[request.headers["webhook-id"]].append(request.received_at)
        ids_by_user[int(request.path.rsplit("/", 1)[1])].add(request.headers["webhook-id"])
    return ids_by_user, times


def _email_counts(smtp: SmtpSink) -> dict[str, set[str]]:
    ids_by_user: dict[str, set[str]] = defaultdict(set)
    for message in smtp.messages:
        ids_by_user[str(message["To"])].add(str(message["Message-ID"]))
    return ids_by_user


def _schedule_followed(
    times: dict[str, list[float]], delays: tuple[float, ...], accepted: int
) -> bool:
    """Every retry came no sooner than 80 % of its scheduled delay."""
    for arrivals in times.values():
        for k, (a, b) in enumerate(itertools.pairwise(arrivals)):
            if b - a < 0.8 * delays[min(k, len(delays) - 1)] - 0.05:
                return False
    return accepted > 0


def _count(run: Run, channel: str, n: int) -> Counts:
    counts = Counts()
    with session_scope(run.settings.database_url) as session:
        counts.sent = session.scalar(select(func.count()).select_from(NotificationRow)) or 0
        failed = session.execute(
            select(UserRow.email, NotificationRow.attempts)
            .join(UserRow, UserRow.id == NotificationRow.user_id)
            .where(NotificationRow.status == "failed")
        ).all()
    if channel == "webhook":
        by_user, times = _webhook_counts(run.hooks)
        counts.repeats = sum(len(t) for t in times.values()) - len(times)
        if run.hooks.policy is not None:  # only the outage drill has a schedule to check
            counts.schedule_ok = _schedule_followed(
                times, run.settings.retry_delays_s, len(by_user)
            )
        got = {str(k): v for k, v in by_user.items()}
    else:
        got = _email_counts(run.smtp)
        counts.repeats = len(run.smtp.messages) - sum(len(v) for v in got.values())
        counts.failed_as_expected = sum(
            1 for email, attempts in failed if email == BOUNCE and attempts == 1
        )
        failed = [f for f in failed if f[0] != BOUNCE]
    counts.delivered = sum(1 for ids in got.values() if ids)
    counts.lost = n - counts.delivered
    counts.duplicated = sum(1 for ids in got.values() if len(ids) > 1)
    if failed:
        counts.notes.append(f"{len(failed)} notifications ended failed")
    return counts


def _unsettled(settings: Settings) -> int:
    """Notifications neither sent nor failed for good (retries may be scheduled ahead)."""
    with session_scope(settings.database_url) as session:
        open_states = NotificationRow.status.in_(("pending", "sending"))
        return (
            session.scalar(select(func.count()).select_from(NotificationRow).where(open_states))
            or 0
        )


def _cycle(
    env: dict[str, str], settings: Settings, timeout_s: float
) -> subprocess.CompletedProcess[str]:
    """`alerts run --once`, repeated (as the watcher would keep sweeping) until every
    notification is sent or failed: `--once` does not wait for retries scheduled later."""
    alerts = str(Path(sys.executable).with_name("alerts"))
    command = [alerts, "run", "--once", "--json", "--timeout", str(timeout_s)]
    deadline = time.monotonic() + timeout_s
    while True:
        result = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout_s + 60
        )
        if result.returncode != 0 or not _unsettled(settings) or time.monotonic() > deadline:
            return result
        time.sleep(0.5)


def _when_delivered(run: Run, share: float, n: int, action: Callable[[], None]) -> threading.Thread:
    def watch() -> None:
        deadline = time.monotonic() + 120
        while run.delivered() < share * n and time.monotonic() < deadline:
            time.sleep(0.02)
        action()

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    return thread


def _kill_worker(run: Run, n: int) -> threading.Thread:
    return _when_delivered(run, 0.3, n, lambda: run.workers.kill(0))


def _restart_broker(run: Run, n: int) -> threading.Thread:
    def bounce() -> None:
        run.redis.stop()
        time.sleep(2.0)
        run.redis.start()

    return _when_delivered(run, 0.3, n, bounce)


def _webhook_outage(run: Run, n: int) -> threading.Thread:
    outage_s = 120 / SPEEDUP
    start = time.monotonic()

    def policy(_request: ReceivedRequest) -> tuple[int, float]:
        elapsed = time.monotonic() - start
        if elapsed < outage_s / 2:
            return 500, 0.0
        if elapsed < outage_s:
            return 200, run.settings.webhook_timeout_s * 2  # answers too late: a timeout
        return 200, 0.0

    run.hooks.policy = policy
    return threading.Thread()


def _smtp_outage(run: Run, n: int) -> threading.Thread:
    run.smtp.outage_until = time.monotonic() + 120 / SPEEDUP
    run.smtp.reply_for[BOUNCE] = "550 5.1.1 no such user"
    return threading.Thread()


SCENARIOS: dict[str, tuple[str, str, Callable[[Run, int], threading.Thread]]] = {
    "worker-kill": ("webhook", "SIGKILL one of two workers after 30 % of deliveries", _kill_worker),
    "broker-restart": (
        "webhook",
        "restart the Redis broker (queue lost) after 30 %",
        _restart_broker,
    ),
    "webhook-outage": (
        "webhook",
        "receiver answers 500, then times out, for 2 sped-up minutes",
        _webhook_outage,
    ),
    "smtp-outage": (
        "email",
        "SMTP answers 451 for 2 sped-up minutes; one address gets 550",
        _smtp_outage,
    ),
}


def run_scenario(name: str, *, n: int = 1000, admin_url: str, timeout_s: float = 240) -> Counts:
    """Run one scenario end to end and count what arrived."""
    channel, _, inject = SCENARIOS[name]
    delays = tuple(round(d / SPEEDUP, 3) for d in PRODUCTION_DELAYS_S)
    with (
        tempfile.TemporaryDirectory() as scratch,
        ScratchDatabase(admin_url) as db,
        RedisServer() as redis,
        SmtpSink() as smtp,
        WebhookReceiver() as hooks,
    ):
        settings = load_settings(
            database_url=db.url,
            broker_url=redis.url,
            queue="faults",
            smtp_url=smtp.url,
            webhook_allowed_hosts=("127.0.0.1",),
            webhook_timeout_s=0.5,
            retry_delays_s=delays,
            delivery_lease_s=5,
            sweep_interval_s=1,
        )
        _seed(settings, n, channel, hooks.url, Path(scratch))
        env = _env(settings)
        with Workers(env) as workers:
            delivered = (
                (lambda: len(hooks.requests))
                if channel == "webhook"
                else (lambda: len(smtp.messages))
            )
            run = Run(settings, redis, workers, smtp, hooks, delivered)
            started = time.monotonic()
            injector = inject(run, n)
            result = _cycle(env, settings, timeout_s)
            if injector.is_alive():
                injector.join(timeout=10)
            counts = _count(run, channel, n)
            if died := workers.died():
                counts.notes.append(f"worker(s) {died} exited during the run")
            counts.seconds = round(time.monotonic() - started, 1)
    if result.returncode != 0:
        counts.notes.append(
            f"alerts run --once exited {result.returncode}: {result.stderr.strip()[-300:]}"
        )
    return counts


def markdown(results: dict[str, Counts], n: int) -> str:
    """The RELIABILITY.md text."""
    lines = [
        "# Reliability",
        "",
        "Produced by `alerts bench faults` (also run by `tests/faults/`). Each scenario pushes "
        f"{n:,} notifications through PostgreSQL, Redis and two Celery workers while a fault is "
        "injected, then counts at the receiving SMTP server / HTTP receiver. *Duplicated* means "
        "one user got the story under two different ids; *repeats* are re-deliveries under the "
        "same id (after a crash between sending and recording), which receivers drop by id.",
        "",
        machine_line(),
        "",
        "| scenario | fault | sent | delivered | lost | duplicated | repeats | retries | s |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    for name, c in results.items():
        schedule = {None: "n/a", True: "followed", False: "VIOLATED"}[c.schedule_ok]
        lines.append(
            f"| {name} | {SCENARIOS[name][1]} | {c.sent} | {c.delivered} | {c.lost} | "
            f"{c.duplicated} | {c.repeats} | {schedule} | {c.seconds} |"
        )
    notes = [f"- {name}: {note}" for name, c in results.items() for note in c.notes]
    bounce = [c.failed_as_expected for c in results.values() if c.failed_as_expected]
    if bounce:
        notes.append(
            "- smtp-outage: the 550 address was recorded as failed after exactly 1 attempt."
        )
    return "\n".join([*lines, *([""] if notes else []), *notes]) + "\n"


KEPT_SECTION = "\n## Hostile input"  # written by hand from the hostile-input tests


def write_report(results: dict[str, Counts], n: int, path: Path) -> None:
    """Write RELIABILITY.md: the drills' table replaces the old one, and the hostile-input
    section after it, which no drill measures, is kept as it was."""
    kept = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        at = old.find(KEPT_SECTION)
        kept = old[at:] if at >= 0 else ""
    path.write_text(markdown(results, n) + kept, encoding="utf-8")


def as_json(results: dict[str, Counts]) -> str:
    """The results for `--json`."""
    return json.dumps({name: asdict(c) for name, c in results.items()}, indent=2)
