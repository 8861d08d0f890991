"""Who runs the next step. The pipeline hands ids to a `Dispatcher`: the in-process one
(`alerts.runner.InlineDispatcher`) runs the step at once, the Celery one
(`workers.dispatch.CeleryDispatcher`) sends it to a worker. The library only names the
interface: the edge that knows whether `ALERTS_BROKER_URL` is set (the CLI's
`dispatcher_for`, or `workers/` itself) builds one and hands it in, so the library never
imports Celery."""

from __future__ import annotations

from typing import Protocol

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

    def close(self) -> None:
        """Release what the dispatcher holds open (the senders' pooled connections)."""
        ...
