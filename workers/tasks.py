"""Thin tasks: each takes ids, calls one pipeline step, and enqueues the follow-ups.
Names are explicit and stable, because queued messages outlive deployments."""

from __future__ import annotations

from functools import cache

from alerts import pipeline
from alerts.models import Mode
from alerts.notify.digest import send_digests
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import utcnow
from alerts.topics.classifier import default_classifier
from workers.app import app, settings


@cache
def _senders() -> Senders:
    return senders_from_settings(settings)


@app.task(name="alerts.poll_feeds")
def poll_feeds(feed_ids: list[int]) -> int:
    with session_scope(settings.database_url) as session:
        new_ids = pipeline.poll_feeds(settings, session, feed_ids)
    for article_id in new_ids:
        process_article.delay(article_id)
    return len(new_ids)


@app.task(name="alerts.process_article")
def process_article(article_id: int) -> int:
    with session_scope(settings.database_url) as session:
        notification_ids = pipeline.process_article(
            settings, session, default_classifier(), article_id
        )
    for notification_id in notification_ids:
        deliver.delay(notification_id)
    return len(notification_ids)


@app.task(name="alerts.deliver")
def deliver(notification_id: int) -> str:
    with session_scope(settings.database_url) as session:
        return pipeline.deliver(settings, session, _senders(), notification_id)


@app.task(name="alerts.sweep")
def sweep() -> int:
    with session_scope(settings.database_url) as session:
        return pipeline.sweep(settings, session, _senders(), default_classifier())


@app.task(name="alerts.send_digests")
def digests(period: str, force: bool = False) -> int:
    with session_scope(settings.database_url) as session:
        outcomes = send_digests(
            settings, session, _senders(), period=Mode(period), now=utcnow(), force=force
        )
    return len(outcomes)
