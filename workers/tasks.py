"""Thin tasks: each takes ids, calls one pipeline step, and enqueues the follow-ups.
Names are explicit and stable, because queued messages outlive deployments."""

from __future__ import annotations

from functools import cache
from typing import Any

from celery.signals import worker_process_shutdown, worker_shutdown

from alerts import pipeline
from alerts.models import Mode
from alerts.notify.digest import send_digests
from alerts.notify.outbox import DELIVERY_BATCH
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from alerts.topics.classifier import Classifier
from alerts.topics.live import classifier_for
from workers.app import app, settings


@cache
def _senders() -> Senders:
    return senders_from_settings(settings)


@worker_process_shutdown.connect
@worker_shutdown.connect
def _close_senders(**_: Any) -> None:
    """A stopping worker ends its SMTP sessions with QUIT and closes its webhook pools, so
    the mail server logs no dropped connection and aiohttp reports no unclosed session.
    Prefork children get the first signal, a solo worker the second."""
    if _senders.cache_info().currsize:
        _senders().close()
        _senders.cache_clear()


def _classifier() -> Classifier:
    """Built on a worker's first article and kept (models load once per process); custom
    topics refresh themselves when the database says they changed."""
    return classifier_for(settings)


@app.task(name="alerts.poll_feeds")
def poll_feeds(feed_ids: list[int]) -> int:
    with session_scope(settings.database_url) as session:
        new_ids = pipeline.poll_feeds(settings, session, feed_ids)
    for article_id in new_ids:
        process_article.delay(article_id)
    return len(new_ids)


def _deliver_in_batches(notification_ids: list[int]) -> None:
    """One delivery task per batch, not per notification: a story followed by a million
    people is a few thousand tasks, each sending its batch concurrently."""
    for start in range(0, len(notification_ids), DELIVERY_BATCH):
        deliver_batch.delay(notification_ids[start : start + DELIVERY_BATCH])


@app.task(name="alerts.process_article")
def process_article(article_id: int) -> int:
    with session_scope(settings.database_url) as session:
        processed = pipeline.process_article(
            settings, session, _classifier(), article_id, split=True
        )
    for range_id in processed.range_ids:
        fan_out_range.delay(range_id)
    _deliver_in_batches(processed.notification_ids)
    return len(processed.notification_ids)


@app.task(name="alerts.fan_out_range")
def fan_out_range(range_id: int) -> int:
    with session_scope(settings.database_url) as session:
        notification_ids = pipeline.run_range(session, range_id)
    _deliver_in_batches(notification_ids)
    return len(notification_ids)


@app.task(name="alerts.deliver")
def deliver(notification_id: int) -> str:
    with session_scope(settings.database_url) as session:
        return pipeline.deliver(settings, session, _senders(), notification_id)


@app.task(name="alerts.deliver_batch")
def deliver_batch(notification_ids: list[int]) -> int:
    with session_scope(settings.database_url) as session:
        return pipeline.deliver_batch(settings, session, _senders(), notification_ids)


@app.task(name="alerts.sweep")
def sweep() -> int:
    with session_scope(settings.database_url) as session:
        return pipeline.sweep(settings, session, _senders(), _classifier())


@app.task(name="alerts.send_digests")
def digests(period: str, force: bool = False) -> int:
    with session_scope(settings.database_url) as session:
        outcomes = send_digests(
            settings, session, _senders(), period=Mode(period), now=utcnow(), force=force
        )
    return len(outcomes)
