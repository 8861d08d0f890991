"""`alerts bench webhooks`: webhook deliveries/s to a loopback receiver, against the
one-at-a-time path (`deliver_notification` per row) timed in the same run.

A scratch PostgreSQL database gets N users, each with their own endpoint on one loopback
receiver (`hookserver`, in its own process) and a webhook follow; one article is fanned out
to them. The baseline delivers a sample of the rows one by one, as the `alerts.deliver`
task does; the batch path (`deliver_batch`, the fan-out's unit of delivery) delivers the
rest in batches, in worker processes (two by default, as two Celery workers would; one per
core here), each with one pooled async client for its whole life. The clock runs from the
first batch handed out to the last one recorded. The receiver counts distinct webhook-ids,
so a lost or duplicated delivery shows. The ceiling, timed in the same run against a receiver
of its own, is a bare pooled aiohttp client POSTing as many bodies of the same size from as
many processes (`benchmarks.webhook_ceiling`), once before and once after the product: the
faster of the two counts, as the fastest this machine did.
"""

from __future__ import annotations

import json
import multiprocessing
import tempfile
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from sqlalchemy import text

from alerts.config import Settings, load_settings
from alerts.matching.fanout import fan_out
from alerts.notify.channel_path import RECORD_EVERY
from alerts.notify.channels.webhook import webhook_payload
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch, deliver_notification
from alerts.notify.senders import Senders
from alerts.notify.views import article_topics, story_view
from alerts.notify.webhook import WebhookSender, new_secret
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import ArticleRow, FeedRow, NotificationRow, StoryRow, utcnow
from benchmarks import webhook_ceiling
from benchmarks.faults_env import ScratchDatabase
from benchmarks.hookserver import HookServer
from benchmarks.report import machine_line, peak_rss_mib


@dataclass(frozen=True)
class WebhooksResult:
    """Deliveries per second, and the sizes they were measured on."""

    n: int
    batch: int
    workers: int
    delivered: int
    batch_s: float
    batch_per_s: float
    baseline_sample: int
    baseline_per_s: float
    ratio: float
    ceiling_s: float
    ceiling_per_s: float
    share_of_ceiling: float
    body_bytes: int
    peak_rss_mib: float
    worker_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


def _seed(settings: Settings, n: int, receiver_url: str) -> list[int]:
    """N webhook followers, one article fanned out to them; return the notification ids."""
    with get_engine(settings.database_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, tz, api_key_hash, created_at) "
                "SELECT 'u' || g || '@example.org', 'UTC', 'h' || g, now() "
                "FROM generate_series(1, :n) AS g"
            ),
            {"n": n},
        )
        conn.execute(
            text(
                "INSERT INTO webhook_endpoints (user_id, url, secret, status, created_at) "
                "SELECT id, :url || '/u/' || id, :secret, 'active', now() FROM users"
            ),
            {"url": receiver_url, "secret": new_secret()},
        )
        conn.execute(
            text(
                "INSERT INTO follows (user_id, topic, channel, mode, created_at) "
                "SELECT id, 'Syria', 'webhook', 'instant', now() FROM users"
            )
        )
        conn.execute(text("ANALYZE"))
    return fan_out_article(settings, "hooks")


def _body_bytes(settings: Settings, notification_id: int) -> int:
    """The size of one webhook's body, as the product sends it."""
    with session_scope(settings.database_url) as session:
        row = session.get_one(NotificationRow, notification_id)
        story = replace(story_view(session, row), topics=tuple(row.topics))
        payload = webhook_payload(
            story, article_topics=article_topics(session, row.article_id), user_id=row.user_id
        )
        return len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())


def fan_out_article(settings: Settings, key: str) -> list[int]:
    """One article on a topic every seeded user follows, fanned out: the notification ids."""
    with session_scope(settings.database_url) as session:
        feed = FeedRow(url=f"file:///bench-{key}.xml", name="Bench Wire")
        story = StoryRow(key=key, title="Breaking")
        session.add_all([feed, story])
        session.flush()
        article = ArticleRow(
            feed_id=feed.id,
            story_id=story.id,
            entry_key=key,
            url="https://x.example/1",
            title="Breaking",
            summary="Text.",
        )
        session.add(article)
        session.flush()
        return fan_out(
            session, article_id=article.id, story_id=story.id, topics=["Syria"], now=utcnow()
        )


def one_at_a_time_per_s(settings: Settings, senders: Senders, ids: list[int]) -> float:
    """Deliveries/s of `ids` one notification at a time (the baseline of the batch paths)."""
    started = time.perf_counter()
    with session_scope(settings.database_url) as session:
        for notification_id in ids:
            deliver_notification(settings, session, senders, notification_id)
    return len(ids) / (time.perf_counter() - started)


def _worker(
    database_url: str,
    mail_dir: str,
    batches: multiprocessing.Queue[list[int] | None],
    done: multiprocessing.Queue[int],
) -> None:
    """One delivery worker process, as a Celery worker runs `alerts.deliver_batch`: one
    pooled sender for its whole life, a session per batch."""
    settings = load_settings(database_url=database_url, webhook_allowed_hosts=("127.0.0.1",))
    senders = Senders(
        mail=OutboxDirSender(Path(mail_dir)),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",), timeout_s=10),
    )
    get_engine(database_url)  # connected and migrated before the clock starts
    done.put(0)
    attempted = 0
    for ids in iter(batches.get, None):
        with session_scope(database_url) as session:
            attempted += deliver_batch(settings, session, senders, ids)
    senders.webhook.close()
    done.put(attempted)


def _batch_s(database_url: str, mail_dir: str, ids: list[int], batch: int, workers: int) -> float:
    """Seconds for `workers` processes to deliver `ids`, `batch` at a time."""
    context = multiprocessing.get_context("spawn")
    batches: multiprocessing.Queue[list[int] | None] = context.Queue()
    done: multiprocessing.Queue[int] = context.Queue()
    processes = [
        context.Process(target=_worker, args=(database_url, mail_dir, batches, done))
        for _ in range(workers)
    ]
    for process in processes:
        process.start()
    for _ in processes:
        done.get(timeout=120)  # every worker is ready
    started = time.perf_counter()
    for start in range(0, len(ids), batch):
        batches.put(ids[start : start + batch])
    for _ in processes:
        batches.put(None)
    attempted = sum(done.get(timeout=600) for _ in processes)
    seconds = time.perf_counter() - started
    for process in processes:
        process.join(timeout=60)
    assert attempted == len(ids), f"{attempted} of {len(ids)} attempted"
    return seconds


def _ceiling_s(n: int, body_bytes: int, workers: int) -> float:
    """One run of the bare client against a receiver of its own."""
    with HookServer() as bare:
        seconds = webhook_ceiling.ceiling_s(bare.url, n, body_bytes=body_bytes, workers=workers)
        assert bare.count() == n, "the ceiling lost requests"
    return seconds


def run_webhooks(
    n: int, *, sample: int, batch: int, workers: int, admin_url: str
) -> WebhooksResult:
    """Seed a scratch database, deliver a sample one at a time and the rest in batches."""
    with (
        tempfile.TemporaryDirectory() as scratch,
        ScratchDatabase(admin_url) as db,
        HookServer() as hooks,
    ):
        settings = load_settings(database_url=db.url, webhook_allowed_hosts=("127.0.0.1",))
        senders = Senders(
            mail=OutboxDirSender(Path(scratch)),
            webhook=WebhookSender(allowed_hosts=("127.0.0.1",), timeout_s=10),
        )
        ids = _seed(settings, n, hooks.url)
        sample = min(sample, max(len(ids) - 1, 1))
        body_bytes = _body_bytes(settings, ids[0])
        first_ceiling = _ceiling_s(len(ids) - sample, body_bytes, workers)
        baseline = one_at_a_time_per_s(settings, senders, ids[:sample])
        senders.webhook.close()
        rest = ids[sample:]
        seconds = _batch_s(db.url, scratch, rest, batch, workers)
        worker_rss = peak_rss_mib(children=True)  # the receiver is still running
        delivered = hooks.count()
        get_engine(db.url).dispose()
    ceiling = min(first_ceiling, _ceiling_s(len(rest), body_bytes, workers))
    return WebhooksResult(
        n=n,
        batch=batch,
        workers=workers,
        delivered=delivered,
        batch_s=round(seconds, 2),
        batch_per_s=round(len(rest) / seconds, 1),
        baseline_sample=sample,
        baseline_per_s=round(baseline, 1),
        ratio=round(len(rest) / seconds / baseline, 1),
        ceiling_s=round(ceiling, 2),
        ceiling_per_s=round(len(rest) / ceiling, 1),
        share_of_ceiling=round(ceiling / seconds, 3),
        body_bytes=body_bytes,
        peak_rss_mib=round(peak_rss_mib(), 1),
        worker_rss_mib=round(worker_rss, 1),
    )


def markdown(result: WebhooksResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## Webhooks: {r.n:,} deliveries to a loopback receiver (PostgreSQL outbox)",
            "",
            machine_line(),
            "",
            "| path | deliveries | deliveries/s | share of ceiling |",
            "| --- | ---: | ---: | ---: |",
            f"| `deliver_batch` in {r.workers} worker processes: {r.batch} per batch, "
            f"one pooled keep-alive async client per process "
            f"| {r.n - r.baseline_sample:,} | {r.batch_per_s:,} | {r.share_of_ceiling:.0%} |",
            f"| ceiling: a bare pooled aiohttp client in {r.workers} processes, the same "
            f"number of {r.body_bytes:,}-byte POSTs, each to a path of its own, no database "
            f"| {r.n - r.baseline_sample:,} | {r.ceiling_per_s:,} | 100% |",
            f"| one at a time (`deliver_notification`, the `alerts.deliver` task) "
            f"| {r.baseline_sample:,} | {r.baseline_per_s:,} | — |",
            "",
            f"Share of the ceiling: **{r.share_of_ceiling:.0%}** (goal ≥ 70 %). Speed-up over "
            f"one at a time: **{r.ratio}x**; goal ≥ 2,000/s. Distinct webhook-ids received: "
            f"{r.delivered:,} of {r.n:,}. Both paths claim, sign, send and record each row "
            "in the outbox; the batch path claims its rows at once (one `UPDATE … RETURNING` of "
            f"their columns) and commits outcomes {RECORD_EVERY} "
            f"rows at a time (or every full {RECORD_EVERY} that waited) while later sends go "
            "on, each group in two statements and a commit on a connection the batch holds; "
            "claims and outcomes commit without waiting for the WAL flush (one more statement "
            "per transaction says so). What the ceiling "
            "does not do: two "
            "updates of each notification row in PostgreSQL (the claim's lease, then `sent`), "
            "on the same cores; the body is serialised once per article and each signature "
            "costs one HMAC. The worker processes stand for "
            "Celery workers (one per core of this machine), sharing it with PostgreSQL and "
            f"the receiver. Peak RSS: "
            f"{r.peak_rss_mib} MiB (benchmark process), {r.worker_rss_mib} MiB (largest "
            f"worker).",
        ]
    )
