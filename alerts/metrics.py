"""Prometheus metrics, read from the database at scrape time.

Every worker and the API see the same rows, so any of them can be scraped and report the
same totals; nothing is counted in process memory that a restart or a forked worker pool
would lose. Exposed at `/metrics` by the API and, with `ALERTS_METRICS_PORT`, by each
Celery worker.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import (
    CounterMetricFamily,
    GaugeHistogramMetricFamily,
    GaugeMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from sqlalchemy import select

from alerts.config import Settings
from alerts.status import Status, broker_queue_depth, read_status
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, NotificationRow, utcnow

LATENCY_BUCKETS_S = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 30.0, 60.0, 300.0, 3600.0)
LATENCY_WINDOW = timedelta(hours=1)


def _latency(settings: Settings) -> GaugeHistogramMetricFamily:
    """First seen -> delivered, for instant notifications sent in the last hour."""
    since = utcnow() - LATENCY_WINDOW
    with session_scope(settings.database_url) as session:
        rows = session.execute(
            select(NotificationRow.sent_at, ArticleRow.first_seen_at)
            .join(ArticleRow, ArticleRow.id == NotificationRow.article_id)
            .where(NotificationRow.sent_at >= since, NotificationRow.mode == "instant")
        ).all()
    seconds = [(sent - seen).total_seconds() for sent, seen in rows if sent and seen]
    buckets = [(str(b), sum(1 for s in seconds if s <= b)) for b in LATENCY_BUCKETS_S]
    buckets.append(("+Inf", len(seconds)))
    return GaugeHistogramMetricFamily(
        "alerts_delivery_latency_seconds",
        "Seconds from an article first seen to its instant notification delivered (last hour)",
        buckets=buckets,
        gsum_value=sum(seconds),
    )


def _families(status: Status) -> Iterator[Metric]:
    feeds = GaugeMetricFamily("alerts_feeds", "Feeds by status", labels=["status"])
    for state, count in status.feeds.items():
        feeds.add_metric([state], count)
    yield feeds
    yield CounterMetricFamily("alerts_feed_polls", "Feed polls", value=status.feed_polls_total)
    yield CounterMetricFamily(
        "alerts_feed_fetch_errors", "Feed fetches that failed", value=status.feed_errors_total
    )
    yield CounterMetricFamily("alerts_articles", "Articles stored", value=status.articles_total)
    yield CounterMetricFamily("alerts_matches", "Article-topic matches", value=status.matches_total)
    notifications = GaugeMetricFamily(
        "alerts_notifications", "Notifications by channel and status", labels=["channel", "status"]
    )
    for channel, states in status.notifications.items():
        for state, count in states.items():
            notifications.add_metric([channel, state], count)
    yield notifications
    due = GaugeMetricFamily("alerts_deliveries", "Deliveries due, late or failed", labels=["state"])
    for state, count in (
        ("due", status.deliveries_due),
        ("late", status.deliveries_late),
        ("failed", status.deliveries_failed),
    ):
        due.add_metric([state], count)
    yield due
    if status.queue_depth is not None:
        yield GaugeMetricFamily(
            "alerts_queue_depth", "Tasks waiting in the broker queue", value=status.queue_depth
        )


class DatabaseCollector(Collector):
    """Collects every metric from one database read per scrape."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def collect(self) -> Iterator[Metric]:
        with session_scope(self._settings.database_url) as session:
            depth = broker_queue_depth(self._settings)
            status = read_status(session, utcnow(), queue_depth=depth)
        yield from _families(status)
        yield _latency(self._settings)


def registry_for(settings: Settings) -> CollectorRegistry:
    """A registry holding only this service's metrics."""
    registry = CollectorRegistry(auto_describe=False)
    registry.register(DatabaseCollector(settings))
    return registry


def render_metrics(registry: CollectorRegistry) -> bytes:
    """The Prometheus text exposition."""
    return generate_latest(registry)
