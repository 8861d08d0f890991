"""Who runs the next step. The pipeline hands ids to a `Dispatcher`: the in-process one
(`alerts.runner.InlineDispatcher`) runs the step at once, the Celery one
(`workers.dispatch.CeleryDispatcher`) sends it to a worker. `ALERTS_BROKER_URL` decides."""

from __future__ import annotations

from typing import Protocol

from alerts.config import Settings
from alerts.models import Mode


class Dispatcher(Protocol):
    """Starts pipeline steps; each step started this way chains its own follow-ups."""

    distributed: bool

    def poll_feeds(self, feed_ids: list[int]) -> None:
        """Poll a batch of feeds, then process each new article."""
        ...

    def process_article(self, article_id: int) -> None:
        """Classify and fan out an article, then deliver its instant notifications."""
        ...

    def deliver(self, notification_id: int) -> None:
        """Deliver one notification."""
        ...

    def sweep(self) -> None:
        """Deliver every due notification (retries and anything left behind)."""
        ...

    def send_digests(self, period: Mode, *, force: bool) -> None:
        """Send the digests of a period that are due."""
        ...

    def flush(self) -> None:
        """Run what was handed over and not yet started (a no-op when a broker runs it)."""
        ...


def make_dispatcher(settings: Settings) -> Dispatcher:
    """Celery when a broker is configured, in-process otherwise."""
    if settings.broker_url:
        from workers.dispatch import CeleryDispatcher  # an edge, imported only when configured

        return CeleryDispatcher(settings)
    from alerts.runner import InlineDispatcher

    return InlineDispatcher(settings)
