"""`alerts bench apprise`: Apprise deliveries/s to a loopback `json://` target, through the
batch path (`deliver_batch`) against one at a time (`deliver_notification` per row), timed
in the same run.

A scratch PostgreSQL database gets N users, each with an Apprise channel on one loopback
receiver (`hookserver`, in its own process) and an `apprise` follow; one article is fanned
out to them. Each channel's URL sets a `webhook-id` header naming its user (Apprise's
`+header=value`), so the receiver counts distinct users reached: a lost or repeated
delivery shows. Both paths claim, build, send and record every row in the outbox; the batch
path sends `AppriseChannel`'s worker threads' worth at once and records 50 outcomes per
transaction.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from sqlalchemy import text

from alerts.config import Settings, load_settings
from alerts.notify.outbox import deliver_batch
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import get_engine, session_scope
from benchmarks.faults_env import ScratchDatabase
from benchmarks.hookserver import HookServer
from benchmarks.report import machine_line, peak_rss_mib
from benchmarks.webhooks import fan_out_article, one_at_a_time_per_s


@dataclass(frozen=True)
class AppriseResult:
    """Deliveries per second on both paths, and the sizes they were measured on."""

    n: int
    batch: int
    delivered: int
    batch_per_s: float
    baseline_sample: int
    baseline_per_s: float
    ratio: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


def _seed(settings: Settings, n: int, receiver_url: str) -> list[int]:
    """N users with one Apprise JSON channel each, following Syria on `apprise`; one
    article fanned out to them. Returns the notification ids."""
    target = receiver_url.replace("http://", "json://")
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
                "INSERT INTO apprise_channels "
                "(user_id, name, service, url, masked_url, status, created_at) "
                "SELECT id, 'box', 'JSON', :url || '/u/' || id || '?+webhook-id=u' || id, "
                ":url || '/u/' || id, 'active', now() FROM users"
            ),
            {"url": target},
        )
        conn.execute(
            text(
                "INSERT INTO follows (user_id, topic, channel, mode, created_at) "
                "SELECT id, 'Syria', 'apprise', 'instant', now() FROM users"
            )
        )
        conn.execute(text("ANALYZE"))
    return fan_out_article(settings, "apprise")


def _batch_per_s(settings: Settings, senders: Senders, ids: list[int], batch: int) -> float:
    started = time.perf_counter()
    with session_scope(settings.database_url) as session:
        for start in range(0, len(ids), batch):
            deliver_batch(settings, session, senders, ids[start : start + batch])
    return len(ids) / (time.perf_counter() - started)


def run_apprise(n: int, *, sample: int, batch: int, admin_url: str) -> AppriseResult:
    """Seed a scratch database, deliver a sample one at a time and the rest in batches."""
    with ScratchDatabase(admin_url) as db, HookServer() as hooks:
        settings = load_settings(database_url=db.url, webhook_allowed_hosts=("127.0.0.1",))
        senders = senders_from_settings(settings)
        ids = _seed(settings, n, hooks.url)
        sample = min(sample, max(len(ids) - 1, 1))
        baseline = one_at_a_time_per_s(settings, senders, ids[:sample])
        batched = _batch_per_s(settings, senders, ids[sample:], batch)
        senders.close()
        delivered = hooks.count()
        get_engine(db.url).dispose()
    return AppriseResult(
        n=n,
        batch=batch,
        delivered=delivered,
        batch_per_s=round(batched, 1),
        baseline_sample=sample,
        baseline_per_s=round(baseline, 1),
        ratio=round(batched / baseline, 1),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def markdown(result: AppriseResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## Apprise: {r.n:,} deliveries to a loopback `json://` target (PostgreSQL outbox)",
            "",
            machine_line(),
            "",
            "| path | deliveries | deliveries/s |",
            "| --- | ---: | ---: |",
            f"| `deliver_batch`: {r.batch} per batch, sent by the Apprise channel's worker "
            f"threads | {r.n - r.baseline_sample:,} | {r.batch_per_s:,} |",
            f"| one at a time (`deliver_notification`, the `alerts.deliver` task) "
            f"| {r.baseline_sample:,} | {r.baseline_per_s:,} |",
            "",
            f"Speed-up: **{r.ratio}x**. Distinct users reached: {r.delivered:,} of {r.n:,}. "
            f"Both paths claim, build, send and record each row in the outbox, in one process; "
            f"Apprise opens a connection per message (it keeps none alive), so the batch path "
            f"gains from sending several at once, not from reusing connections. "
            f"Peak RSS: {r.peak_rss_mib} MiB.",
        ]
    )
