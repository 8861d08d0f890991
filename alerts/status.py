"""What the system is doing, read from the database (the source of truth for every worker):
feed health, the outbox by state, failing webhook endpoints. `alerts status` prints it; the
metrics collector exports the same numbers to Prometheus."""

from __future__ import annotations

from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta

import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.models import NotificationStatus
from alerts.store.tables import (
    ArticleRow,
    ArticleTopicRow,
    FeedRow,
    NotificationRow,
    WebhookEndpointRow,
)

LATE_AFTER_S = 60.0


def broker_queue_depth(settings: Settings) -> int | None:
    """Tasks waiting in the broker queue. Redis brokers keep a queue as a list, so this is
    one LLEN, asked without loading Celery; None without a broker, with another broker, or
    when the broker cannot be reached (a status must still show what the database knows)."""
    url = settings.redis_broker_url
    if url is None:
        return None
    try:
        with closing(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)) as r:
            return int(r.llen(settings.queue))
    except redis.RedisError:
        return None


@dataclass
class Status:
    """A snapshot; `queue_depth` is None without a broker."""

    queue_depth: int | None = None
    feeds: dict[str, int] = field(default_factory=dict)
    feed_polls_total: int = 0
    feed_errors_total: int = 0
    articles_total: int = 0
    matches_total: int = 0
    notifications: dict[str, dict[str, int]] = field(default_factory=dict)  # channel -> status -> n
    deliveries_due: int = 0
    deliveries_late: int = 0
    deliveries_failed: int = 0
    failing_feeds: list[dict[str, object]] = field(default_factory=list)
    failing_endpoints: list[dict[str, object]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready."""
        return asdict(self)


def _count(session: Session, *where: object) -> int:
    return session.scalar(select(func.count()).select_from(NotificationRow).where(*where)) or 0  # type: ignore[arg-type]


def _deliveries(session: Session, status: Status, now: datetime) -> None:
    pending = NotificationRow.status == NotificationStatus.PENDING
    late = now - timedelta(seconds=LATE_AFTER_S)
    status.deliveries_due = _count(session, pending, NotificationRow.next_attempt_at <= now)
    stale_lease = (NotificationRow.status == NotificationStatus.SENDING) & (
        NotificationRow.lease_until < now
    )
    status.deliveries_late = _count(
        session, pending, NotificationRow.next_attempt_at <= late
    ) + _count(session, stale_lease)
    status.deliveries_failed = _count(session, NotificationRow.status == NotificationStatus.FAILED)
    rows = session.execute(
        select(NotificationRow.channel, NotificationRow.status, func.count()).group_by(
            NotificationRow.channel, NotificationRow.status
        )
    ).all()
    for channel, state, count in rows:
        status.notifications.setdefault(channel, {})[state] = count


def _feeds(session: Session, status: Status, limit: int) -> None:
    by_status = session.execute(select(FeedRow.status, func.count()).group_by(FeedRow.status))
    status.feeds = {state: count for state, count in by_status}
    totals = session.execute(
        select(func.sum(FeedRow.polls_total), func.sum(FeedRow.fetch_errors_total))
    ).one()
    status.feed_polls_total, status.feed_errors_total = int(totals[0] or 0), int(totals[1] or 0)
    failing = session.scalars(
        select(FeedRow)
        .where(FeedRow.status != "active")
        .order_by(FeedRow.error_count.desc())
        .limit(limit)
    )
    status.failing_feeds = [
        {
            "id": f.id,
            "url": f.url,
            "status": f.status,
            "error_count": f.error_count,
            "last_error": f.last_error,
        }
        for f in failing
    ]


def _endpoints(session: Session, status: Status, limit: int) -> None:
    troubled = (WebhookEndpointRow.status != "active") | WebhookEndpointRow.failing_since.is_not(
        None
    )
    rows = session.scalars(select(WebhookEndpointRow).where(troubled).limit(limit))
    status.failing_endpoints = [
        {
            "id": e.id,
            "user_id": e.user_id,
            "status": e.status,
            "failing_since": e.failing_since.isoformat() if e.failing_since else None,
            "last_error": e.last_error,
        }
        for e in rows
    ]


def read_status(
    session: Session, now: datetime, *, queue_depth: int | None, limit: int = 20
) -> Status:
    """Everything `alerts status` shows, in one read."""
    status = Status(queue_depth=queue_depth)
    status.articles_total = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
    status.matches_total = session.scalar(select(func.count()).select_from(ArticleTopicRow)) or 0
    _feeds(session, status, limit)
    _deliveries(session, status, now)
    _endpoints(session, status, limit)
    return status
