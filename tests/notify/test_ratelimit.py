"""Per-endpoint rate limits: the limiters (in-process and Redis, shared between workers), and
deliveries over the limit deferred (not failed, not counted as attempts) until a loopback
receiver has seen at most the limit in every one-second window."""

from __future__ import annotations

import secrets
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts.config import Settings, load_settings
from alerts.demo.receiver import WebhookReceiver
from alerts.matching.fanout import fan_out
from alerts.models import Channel
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch, deliver_notification
from alerts.notify.ratelimit import LocalRateLimiter, RateLimiter, RedisRateLimiter
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, WebhookEndpointRow, utcnow
from tests.conftest import REDIS_URL
from tests.helpers import make_article, make_follow, make_user


@pytest.fixture
def redis_limiters() -> Iterator[tuple[RedisRateLimiter, RedisRateLimiter]]:
    """Two limiters, as two workers would hold, sharing a key prefix no other test uses."""
    prefix = f"test:ratelimit:{secrets.token_hex(6)}:"
    first, second = (
        RedisRateLimiter(REDIS_URL, prefix=prefix),
        RedisRateLimiter(REDIS_URL, prefix=prefix),
    )
    yield first, second
    first.close()
    second.close()


def test_local_limiter_allows_the_limit_then_says_how_long_to_wait() -> None:
    limiter = LocalRateLimiter()
    assert [limiter.acquire(1, 3) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert 0.0 < limiter.acquire(1, 3) <= 1.0
    assert limiter.acquire(2, 3) == 0.0  # endpoints are counted apart


def test_redis_limiter_is_shared_between_workers(
    redis_limiters: tuple[RedisRateLimiter, RedisRateLimiter],
) -> None:
    first, second = redis_limiters
    assert [first.acquire(1, 4), second.acquire(1, 4), first.acquire(1, 4)] == [0.0] * 3
    assert second.acquire(1, 4) == 0.0
    assert 0.0 < first.acquire(1, 4) <= 1.0
    assert 0.0 < second.acquire(1, 4) <= 1.0
    assert second.acquire(2, 4) == 0.0


def _one_endpoint_many_stories(settings: Settings, url: str, stories: int) -> list[int]:
    """One user with one endpoint, following a topic that `stories` articles match."""
    with session_scope(settings.database_url) as session:
        user = make_user(session, "limited@example.org", webhook=url)
        make_follow(session, user, "Syria", Channel.WEBHOOK)
        ids: list[int] = []
        for n in range(stories):
            article = make_article(session, f"https://news.example/{n}", f"Story {n}")
            ids += fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=["Syria"],
                now=utcnow(),
            )
        return ids


def _deliver_until_sent(settings: Settings, senders: Senders, ids: list[int]) -> None:
    """Offer the batch again and again, as new fan-outs and the sweeper would."""
    for _ in range(400):
        with session_scope(settings.database_url) as session:
            deliver_batch(settings, session, senders, ids)
            statuses = set(session.scalars(select(NotificationRow.status)))
        if statuses == {"sent"}:
            return
        time.sleep(0.05)
    raise AssertionError(f"not all sent: {statuses}")


def _per_window(receiver: WebhookReceiver) -> Counter[int]:
    return Counter(int(request.received_at) for request in receiver.requests)


def _senders(tmp_path: Path, limiter: RateLimiter) -> Senders:
    return Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",), limiter=limiter),
    )


def test_batches_keep_to_the_default_limit_and_defer_the_rest(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"webhook_rate_limit_per_s": 4})
    ids = _one_endpoint_many_stories(settings, receiver.url + "/hook", 10)
    senders = _senders(tmp_path, LocalRateLimiter())
    with closing(senders.webhook):
        _deliver_until_sent(settings, senders, ids)
    assert max(_per_window(receiver).values()) <= 4
    hook_ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert len(hook_ids) == len(set(hook_ids)) == 10
    with session_scope(settings.database_url) as session:
        assert set(session.scalars(select(NotificationRow.attempts))) == {1}


def test_workers_sharing_redis_keep_to_an_endpoints_own_limit(
    pg_url: str,
    receiver: WebhookReceiver,
    tmp_path: Path,
    redis_limiters: tuple[RedisRateLimiter, RedisRateLimiter],
) -> None:
    settings = load_settings(database_url=pg_url, webhook_allowed_hosts=("127.0.0.1",))
    ids = _one_endpoint_many_stories(settings, receiver.url + "/hook", 12)
    with session_scope(settings.database_url) as session:
        session.execute(WebhookEndpointRow.__table__.update().values(rate_limit_per_s=3))
    workers = [_senders(tmp_path, limiter) for limiter in redis_limiters]
    threads = [
        threading.Thread(target=_deliver_until_sent, args=(settings, senders, ids[n::2]))
        for n, senders in enumerate(workers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for senders in workers:
        senders.webhook.close()
    assert max(_per_window(receiver).values()) <= 3
    assert len({r.headers["webhook-id"] for r in receiver.requests}) == 12
    assert len(receiver.requests) == 12


def test_a_single_delivery_over_the_limit_is_deferred_not_failed(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"webhook_rate_limit_per_s": 1})
    ids = _one_endpoint_many_stories(settings, receiver.url + "/hook", 2)
    senders = _senders(tmp_path, LocalRateLimiter())
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        assert deliver_notification(settings, session, senders, ids[0]) == "sent"
        assert deliver_notification(settings, session, senders, ids[1]) == "pending"
        row = session.get_one(NotificationRow, ids[1])
        assert row.attempts == 0 and row.last_error is None
        assert row.next_attempt_at is not None and row.next_attempt_at > utcnow()
    assert len(receiver.requests) == 1
