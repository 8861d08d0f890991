"""`alerts bench classify --private-alerts N`: rule classification with N personal alerts
(spread over `users` subscribers, ten each by default) beside the same run with none.

Both sides use one classifier: the bundled taxonomy plus `topics` synthetic custom topics
(as `alerts bench classify`). The alerts are stored in a scratch SQLite database and
compiled the way a worker compiles them (`ShardedAlerts.refresh`); the run also times the
refresh after one alert is edited (one shard recompiled) against that first full compile.
Alert queries are made like the synthetic custom topics (five query shapes over the texts'
own words of frequency rank 2,000-40,000), so every alert can match the texts. Both sides
run pinned to one core and are timed in CPU seconds.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import insert, update

from alerts.store.db import session_scope
from alerts.store.tables import PersonalAlertRow, UserRow, utcnow
from alerts.topics.classifier import RuleClassifier
from alerts.topics.custom import with_custom
from alerts.topics.personal import ShardedAlerts
from alerts.topics.rules import folded_fields
from alerts.topics.taxonomy import bundled_taxonomy
from benchmarks.classify import _rate, feed_entry, load_texts, one_core, synthetic_topics
from benchmarks.report import machine_line, peak_rss_mib

INSERT_BATCH = 10_000


@dataclass(frozen=True)
class PrivateAlertsBench:
    """What one run measured (feed entries: a headline and the feed's summary)."""

    alerts: int
    users: int
    topics: int
    articles: int
    source: str
    compile_s: float
    edit_refresh_s: float
    shards_recompiled: int
    articles_per_s: float
    baseline_articles_per_s: float
    slowdown: float
    alert_tags_per_article: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `alerts bench classify --private-alerts N --json` prints it."""
        return asdict(self)


def _store(database_url: str, queries: list[str], users: int) -> None:
    """`users` subscribers and the alerts, dealt out to them in turn."""
    now = utcnow()
    with session_scope(database_url) as session:
        session.execute(
            insert(UserRow),
            [
                {"email": f"u{i}@example.org", "api_key_hash": f"h{i}", "created_at": now}
                for i in range(1, users + 1)
            ],
        )
        for start in range(0, len(queries), INSERT_BATCH):
            rows = [
                {
                    "user_id": i % users + 1,
                    "name": f"Alert {i}",
                    "query": query,
                    "created_at": now,
                    "updated_at": now,
                }
                for i, query in enumerate(queries[start : start + INSERT_BATCH], start)
            ]
            session.execute(insert(PersonalAlertRow), rows)


def _compiled(database_url: str) -> tuple[ShardedAlerts, float, float, int]:
    """Alerts compiled from the table, the compile's seconds, and the seconds and shards of
    the refresh after one alert is edited."""
    alerts = ShardedAlerts()
    with session_scope(database_url) as session:
        started = time.perf_counter()
        alerts.refresh(session)
        compile_s = time.perf_counter() - started
    with session_scope(database_url) as session:
        session.execute(
            update(PersonalAlertRow)
            .where(PersonalAlertRow.id == 1)
            .values(query='"Albu Kamal" OR Hosaiba', updated_at=utcnow())
        )
    with session_scope(database_url) as session:
        started = time.perf_counter()
        dirty = alerts.refresh(session)
        edit_s = time.perf_counter() - started
    return alerts, compile_s, edit_s, len(dirty)


def run_private_alerts_bench(
    *,
    alerts: int,
    users: int = 10_000,
    topics: int = 10_000,
    articles: int = 2000,
    texts_path: Path | None = None,
    min_s: float = 3.0,
) -> PrivateAlertsBench:
    """Store and compile `alerts` personal alerts, then measure classification with and
    without them on one core."""
    corpus, label = load_texts(texts_path, articles)
    classifier = RuleClassifier(*with_custom(bundled_taxonomy(), synthetic_topics(topics, corpus)))
    queries = [t.query for t in synthetic_topics(alerts, corpus)]
    entries = [feed_entry(*t) for t in corpus[:articles]]
    with tempfile.TemporaryDirectory() as scratch:
        url = f"sqlite:///{Path(scratch) / 'alerts.db'}"
        _store(url, queries, users)
        private, compile_s, edit_s, recompiled = _compiled(url)

    def without(title: str, body: str) -> object:
        return classifier.classify(title, body)

    def with_alerts(title: str, body: str) -> object:
        return classifier.classify(title, body, private=(private,))

    with one_core():
        baseline = _rate(without, entries, min_s)
        rate = _rate(with_alerts, entries, min_s)
    tagged = sum(len(private.match_folded(folded_fields(*e))) for e in entries) / len(entries)
    return PrivateAlertsBench(
        alerts=alerts,
        users=users,
        topics=topics,
        articles=len(entries),
        source=label,
        compile_s=round(compile_s, 2),
        edit_refresh_s=round(edit_s, 3),
        shards_recompiled=recompiled,
        articles_per_s=round(rate, 1),
        baseline_articles_per_s=round(baseline, 1),
        slowdown=round(baseline / rate, 2),
        alert_tags_per_article=round(tagged, 2),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def markdown(result: PrivateAlertsBench) -> str:
    """The BENCHMARKS.md section for a run."""
    return (
        "## Personal alerts: `alerts bench classify --private-alerts`\n\n"
        f"{machine_line()}\n\n"
        f"{result.alerts:,} personal alerts across {result.users:,} users, on top of "
        f"{result.topics:,} synthetic custom topics + {len(bundled_taxonomy())} bundled ones. "
        f"Compiled from the table in {result.compile_s:.1f} s; after one alert is edited, "
        f"the refresh recompiles {result.shards_recompiled} shard in "
        f"{result.edit_refresh_s:.2f} s. Peak RSS {result.peak_rss_mib:.0f} MiB.\n\n"
        "| personal alerts | articles/s | alert tags per article |\n"
        "| ---: | ---: | ---: |\n"
        f"| none (baseline) | {result.baseline_articles_per_s:,.0f} | 0 |\n"
        f"| {result.alerts:,} | {result.articles_per_s:,.0f} "
        f"| {result.alert_tags_per_article:.1f} |\n\n"
        f"**Ratio: {result.slowdown:.2f}x** the time per article of the run without alerts "
        "(the target is at most 2x).\n\n"
        f"One core, articles per CPU second, {result.articles:,} feed entries (headline and "
        f"lead paragraph) from {result.source}. Alert queries are built like the synthetic "
        "custom topics: phrase OR word, AND NOT, NEAR/5, field scopes and prefix wildcards "
        "over the texts' own words of frequency rank 2,000-40,000."
    )
