"""What the system is doing, read from the database (the source of truth for every worker):
feed health, the outbox by state, failing webhook endpoints. `alerts status` prints it; the
metrics collector exports the same numbers to Prometheus."""

from __future__ import annotations

import socket
from contextlib import closing
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit, urlunsplit

import redis
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.models import NotificationStatus
from alerts.notify.channels.base import kind_name
from alerts.store.tables import (
    ArticleRow,
    ArticleTopicRow,
    FeedRow,
    NotificationRow,
    WebhookEndpointRow,
)

LATE_AFTER_S = 60.0
_DEFAULT_PORTS = {"amqp": 5672, "amqps": 5671, "pyamqp": 5672}


@dataclass(frozen=True)
class BrokerState:
    """The broker as `alerts status` sees it. Without one (`configured` false) everything runs
    in-process and `reachable` is None; `queue_depth` is known for Redis brokers only; `url`
    has its password masked."""

    configured: bool = False
    url: str | None = None
    reachable: bool | None = None
    queue_depth: int | None = None
    error: str | None = None


def _masked(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _redis_depth(url: str, queue: str) -> int:
    with closing(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)) as r:
        return int(r.llen(queue))


def _tcp_reachable(url: str) -> None:
    """Other brokers (amqp://) are only checked for a listening port: no client is loaded."""
    parts = urlsplit(url)
    port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 5672)
    with socket.create_connection((parts.hostname or "localhost", port), timeout=2):
        pass


def check_broker(settings: Settings) -> BrokerState:
    """Ask the configured broker whether it answers (and, for Redis, how many tasks wait
    in the queue: one LLEN, without loading Celery)."""
    url = settings.broker_url
    if url is None:
        return BrokerState()
    shown = _masked(url)
    try:
        if settings.redis_broker_url is not None:
            depth = _redis_depth(url, settings.queue)
            return BrokerState(True, shown, reachable=True, queue_depth=depth)
        _tcp_reachable(url)
    except (redis.RedisError, OSError) as error:
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return BrokerState(True, shown, reachable=False, error=reason)
    return BrokerState(True, shown, reachable=True)


def broker_queue_depth(settings: Settings) -> int | None:
    """Tasks waiting in the broker queue; None without a broker, with a broker other than
    Redis, or when the broker cannot be reached (metrics still show what the database knows)."""
    return check_broker(settings).queue_depth


@dataclass
class Status:
    """A snapshot; `queue_depth` is None without a broker (and repeats `broker.queue_depth`)."""

    queue_depth: int | None = None
    broker: BrokerState = field(default_factory=BrokerState)
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
    for channel, state, count in rows:  # per kind: `apprise:7` counts under apprise
        states = status.notifications.setdefault(kind_name(channel), {})
        states[state] = states.get(state, 0) + count


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
    session: Session,
    now: datetime,
    *,
    queue_depth: int | None,
    broker: BrokerState | None = None,
    limit: int = 20,
) -> Status:
    """Everything `alerts status` shows, in one read."""
    status = Status(queue_depth=queue_depth, broker=broker or BrokerState())
    status.articles_total = session.scalar(select(func.count()).select_from(ArticleRow)) or 0
    status.matches_total = session.scalar(select(func.count()).select_from(ArticleTopicRow)) or 0
    _feeds(session, status, limit)
    _deliveries(session, status, now)
    _endpoints(session, status, limit)
    return status
