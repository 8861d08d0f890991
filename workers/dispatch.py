"""The dispatcher the CLI uses when `ALERTS_BROKER_URL` is set: every step becomes a task.

A broker that cannot be reached surfaces as `BrokerError`, a one-line, typed error; nothing
is lost meanwhile, because the outbox rows, not the queued messages, are the record of
what still has to be done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kombu.exceptions import OperationalError

from alerts.config import Settings
from alerts.errors import BrokerError
from alerts.models import Mode
from workers import tasks


@contextmanager
def _broker(settings: Settings) -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        raise BrokerError(
            f"cannot reach the broker ({settings.broker_url}): {exc}".splitlines()[0]
        ) from None


class CeleryDispatcher:
    """Sends steps to Celery workers; their follow-ups are enqueued by the tasks."""

    distributed = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def poll_feeds(self, feed_ids: list[int]) -> None:
        with _broker(self.settings):
            tasks.poll_feeds.delay(feed_ids)

    def process_article(self, article_id: int) -> None:
        with _broker(self.settings):
            tasks.process_article.delay(article_id)

    def deliver(self, notification_id: int) -> None:
        with _broker(self.settings):
            tasks.deliver.delay(notification_id)

    def sweep(self) -> None:
        with _broker(self.settings):
            tasks.sweep.delay()

    def send_digests(self, period: Mode, *, force: bool) -> None:
        with _broker(self.settings):
            tasks.digests.delay(period.value, force)

    def flush(self) -> None:
        """Nothing to do: the broker already holds every task."""

    def close(self) -> None:
        """Nothing to release: Celery keeps its own broker connection pool."""
