"""`alerts bench fanout`: seconds to write every notification of one article followed by N
users, against a naive one-Celery-task-per-notification design timed in the same run.

A scratch PostgreSQL database gets N users following one topic, 3.1 % of them with a noise
rule (1 % an hourly cap, 1 % quiet hours in Tokyo, 1 % a keyword exclusion, 0.1 % paused),
so the rules run too. The fan-out is timed as workers run it:
`follower_ranges`, then one transaction per range (`fan_out_range`, what one
`alerts.fan_out_range` task runs), two ranges at a time (two threads, as two workers
would). The baseline enqueues one task per notification on a private Redis broker for a
sample of users and times until two Celery worker processes (`benchmarks/naive.py`) have
written them all; its rate is extrapolated to N. The ceilings, timed in the same run, write
the same rows without the product (`benchmarks.fanout_ceiling`): one plain `INSERT … SELECT`
(the ceiling of `share_of_ceiling`) and `COPY`.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import func, select, text

from alerts.config import Settings, load_settings
from alerts.matching.fanout import FANOUT_CHUNK, UserRange, fan_out_range, follower_ranges
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import ArticleRow, FeedRow, NotificationRow, StoryRow, utcnow
from benchmarks import fanout_ceiling
from benchmarks.faults_env import REPO, RedisServer, ScratchDatabase
from benchmarks.report import machine_line, peak_rss_mib

TOPIC = "Syria"


@dataclass(frozen=True)
class FanoutResult:
    """Seconds and rates, with the sizes they were measured on."""

    followers: int
    notifications: int
    chunks: int
    parallel: int
    fanout_s: float
    fanout_per_s: float
    baseline_sample: int
    baseline_per_s: float
    baseline_extrapolated_s: float
    ratio: float
    ceiling_insert_s: float
    ceiling_copy_s: float
    ceiling_copy_per_s: float
    ceiling_per_s: float
    share_of_ceiling: float
    times_ceiling: float
    times_copy: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


_USERS = (
    "INSERT INTO users (email, tz, api_key_hash, created_at, instant_cap_per_hour, "
    "quiet_start, quiet_end, paused) "
    "SELECT 'u' || g || '@example.org', CASE WHEN g % 100 = 50 THEN 'Asia/Tokyo' ELSE 'UTC' END, "
    "'h' || g, now(), CASE WHEN g % 100 = 0 THEN 10 END, "
    "CASE WHEN g % 100 = 50 THEN '22:00' END, CASE WHEN g % 100 = 50 THEN '07:00' END, "
    "g % 1000 = 150 FROM generate_series(1, :n) AS g"
)
_FOLLOWS = (
    "INSERT INTO follows (user_id, topic, channel, mode, created_at, exclude) "
    "SELECT id, :topic, 'email', 'instant', now(), "
    "CASE WHEN id % 100 = 25 THEN '[\"football\"]' ELSE '[]' END::json FROM users"
)


def _seed(settings: Settings, followers: int) -> None:
    """N users following TOPIC by instant e-mail, some with noise rules (see the module
    docstring), written by the database itself."""
    with get_engine(settings.database_url).begin() as conn:
        conn.execute(text(_USERS), {"n": followers})
        conn.execute(text(_FOLLOWS), {"topic": TOPIC})
        conn.execute(text("ANALYZE"))


def _article(settings: Settings, key: str) -> tuple[int, int]:
    with session_scope(settings.database_url) as session:
        feed = FeedRow(url=f"file:///bench-{key}.xml", name="Bench Wire")
        story = StoryRow(key=key, title="Breaking")
        session.add_all([feed, story])
        session.flush()
        article = ArticleRow(
            feed_id=feed.id, story_id=story.id, entry_key=key, url=key, title="Breaking"
        )
        session.add(article)
        session.flush()
        return story.id, article.id


def _count(settings: Settings, story_id: int) -> int:
    with session_scope(settings.database_url) as session:
        query = select(func.count()).where(NotificationRow.story_id == story_id)
        return session.scalar(query) or 0


def _write_range(settings: Settings, ids: tuple[int, int], user_range: UserRange) -> int:
    """One range in its own transaction, as one fan-out task would write it."""
    story_id, article_id = ids
    with session_scope(settings.database_url) as session:
        due = fan_out_range(
            session,
            article_id=article_id,
            story_id=story_id,
            topics=[TOPIC],
            now=utcnow(),
            user_range=user_range,
        )
    return len(due)


def _time_fanout(
    settings: Settings, ids: tuple[int, int], chunk: int, parallel: int
) -> tuple[float, int]:
    """Seconds for the whole fan-out, with `parallel` ranges written at once (as that many
    workers would), and how many ranges it took."""
    started = time.perf_counter()
    with session_scope(settings.database_url) as session:
        ranges = follower_ranges(session, [TOPIC], chunk_size=chunk)
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        list(pool.map(lambda r: _write_range(settings, ids, r), ranges))
    return time.perf_counter() - started, len(ranges)


def _naive_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    env["ALERTS_DATABASE_URL"] = settings.database_url
    env["ALERTS_BROKER_URL"] = settings.broker_url or ""
    return env


def _wait_for(settings: Settings, story_id: int, n: int, timeout_s: float) -> float:
    """Epoch time at which `n` rows of the story were seen."""
    deadline = time.monotonic() + timeout_s
    while _count(settings, story_id) < n:
        if time.monotonic() > deadline:
            raise TimeoutError(f"naive baseline: {n} rows not written in {timeout_s:.0f} s")
        time.sleep(0.2)
    return time.time()


def _enqueue(env: dict[str, str], story_id: int, article_id: int, users: list[int]) -> float:
    """Enqueue one naive task per user in a subprocess; return when enqueuing started."""
    command = [sys.executable, "-m", "benchmarks.naive", str(story_id), str(article_id)]
    done = subprocess.run(
        command + [str(u) for u in users], cwd=REPO, env=env, capture_output=True, check=True
    )
    return float(done.stdout.split()[0])


def _stop(worker: subprocess.Popen[bytes]) -> None:
    """Stop the worker and its pool children, forcibly if a warm shutdown hangs."""
    os.killpg(worker.pid, signal.SIGTERM)
    try:
        worker.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(worker.pid, signal.SIGKILL)
        worker.wait()


def _time_naive(settings: Settings, sample: int) -> float:
    """Notifications/s of one Celery task per notification (2 worker processes)."""
    env = _naive_env(settings)
    celery = str(Path(sys.executable).with_name("celery"))
    worker = subprocess.Popen(
        [celery, "-A", "benchmarks.naive", "worker", "--concurrency=2", "-Q", "naive-fanout"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        warm_story, warm_article = _article(settings, "naive-warm-up")
        _enqueue(env, warm_story, warm_article, [1, 2])
        _wait_for(settings, warm_story, 2, timeout_s=120)
        story_id, article_id = _article(settings, "naive")
        started = _enqueue(env, story_id, article_id, list(range(1, sample + 1)))
        finished = _wait_for(settings, story_id, sample, timeout_s=600)
    finally:
        _stop(worker)
    return sample / (finished - started)


def run_fanout(
    followers: int, *, sample: int, admin_url: str, chunk: int = FANOUT_CHUNK, parallel: int = 2
) -> FanoutResult:
    """Seed a scratch database, time the chunked fan-out and the naive baseline."""
    with ScratchDatabase(admin_url) as db, RedisServer() as redis:
        settings = load_settings(database_url=db.url, broker_url=redis.url)
        _seed(settings, followers)
        # The baseline runs first, on a near-empty notifications table, which flatters it.
        baseline = _time_naive(settings, min(sample, followers))
        story_id, article_id = _article(settings, "breaking")
        seconds, chunks = _time_fanout(settings, (story_id, article_id), chunk, parallel)
        written = _count(settings, story_id)
        rss = peak_rss_mib()  # before the ceilings: COPY holds its rows in memory
        engine = get_engine(db.url)
        insert_s = fanout_ceiling.plain_insert_s(engine, TOPIC, (story_id, article_id))
        copy_s = fanout_ceiling.copy_s(engine, TOPIC, (story_id, article_id))
        engine.dispose()
    return FanoutResult(
        followers=followers,
        notifications=written,
        chunks=chunks,
        parallel=parallel,
        fanout_s=round(seconds, 2),
        fanout_per_s=round(written / seconds),
        baseline_sample=min(sample, followers),
        baseline_per_s=round(baseline, 1),
        baseline_extrapolated_s=round(followers / baseline, 1),
        ratio=round(followers / baseline / seconds, 1),
        ceiling_insert_s=round(insert_s, 2),
        ceiling_copy_s=round(copy_s, 2),
        ceiling_copy_per_s=round(followers / copy_s),
        ceiling_per_s=round(followers / insert_s),
        share_of_ceiling=round(insert_s / seconds, 3),
        times_ceiling=round(seconds / insert_s, 2),
        times_copy=round(seconds / copy_s, 2),
        peak_rss_mib=round(rss, 1),
    )


def markdown(result: FanoutResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## Fan-out: one article to {r.followers:,} followers (PostgreSQL)",
            "",
            machine_line(),
            "",
            "| design | notifications | seconds | notifications/s | share of ceiling | peak RSS |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
            f"| chunked bulk fan-out ({r.chunks} ranges, {r.parallel} at a time) "
            f"| {r.notifications:,} | {r.fanout_s} "
            f"| {r.fanout_per_s:,} | {r.share_of_ceiling:.0%} | {r.peak_rss_mib} MiB |",
            f"| ceiling: one plain `INSERT … SELECT` into a twin table with the same indexes "
            f"| {r.followers:,} | {r.ceiling_insert_s} | {r.ceiling_per_s:,} | 100% | — |",
            f"| ceiling: `COPY` of the same rows into the twin | {r.followers:,} "
            f"| {r.ceiling_copy_s} | {r.ceiling_copy_per_s:,} "
            f"| {r.ceiling_copy_per_s / r.ceiling_per_s:.0%} of the above | — |",
            f"| naive: one Celery task per notification (sample of {r.baseline_sample:,}, "
            f"extrapolated) | {r.followers:,} | {r.baseline_extrapolated_s} "
            f"| {r.baseline_per_s:,} | — | — |",
            "",
            f"The fan-out takes **{r.times_ceiling}x** the plain `INSERT … SELECT` "
            f"({r.times_copy}x `COPY`); goal ≤ 1.2x. Speed-up over the naive design: "
            f"**{r.ratio}x** (goals: ≤ 10 s and ≥ 50x for 1,000,000 followers, peak RSS ≤ "
            "500 MB). 3.1 % of the followers have a noise rule (1 % an hourly cap, 1 % quiet "
            "hours in Tokyo, 1 % a keyword exclusion, 0.1 % paused), applied by two "
            "`INSERT … SELECT` per range (`alerts.matching.bulk`): a plain one for the users "
            "without quiet hours or a cap, one with the rules for the 2 % with them. The "
            "fan-out reads back one array of the ids of the rows due now (to hand them to "
            "delivery); the ceilings read nothing back and apply no rule. Peak RSS is the "
            "benchmark process (which also seeds the database); ranges are written two at a "
            "time, as two workers take two `alerts.fan_out_range` tasks.",
        ]
    )
