"""The dispatcher the CLI uses when `ALERTS_BROKER_URL` is set: every step becomes a task."""

from __future__ import annotations

from alerts.config import Settings
from alerts.models import Mode
from workers import tasks


class CeleryDispatcher:
    """Sends steps to Celery workers; their follow-ups are enqueued by the tasks."""

    distributed = True

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def poll_feed(self, feed_id: int) -> None:
        tasks.poll_feed.delay(feed_id)

    def process_article(self, article_id: int) -> None:
        tasks.process_article.delay(article_id)

    def deliver(self, notification_id: int) -> None:
        tasks.deliver.delay(notification_id)

    def send_digests(self, period: Mode, *, force: bool) -> None:
        tasks.digests.delay(period.value, force)

    def flush(self) -> None:
        """Nothing to do: the broker already holds every task."""
