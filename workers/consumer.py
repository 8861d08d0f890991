"""The worker's broker consumer, hardened against crashes on reconnect.

When the Redis broker goes away, Celery collects the broken connection and then closes it.
The collect already detached the transport from the connection, and kombu then raises
`AttributeError` (not a connection error) from two places: closing the default channel,
which tries to give back unacknowledged messages, and acknowledging a task that was running
during the outage on the old channel. Celery treats both as unrecoverable and the worker
exits, so after a broker restart every worker could be gone at once. Both are connection
trouble in disguise: the messages are lost with the broker's memory anyway, and the outbox
sweeper re-enqueues whatever work they stood for.
"""

from __future__ import annotations

import logging
from typing import Any

from celery.worker.consumer import Consumer as CeleryConsumer

log = logging.getLogger("alerts.workers")


class Consumer(CeleryConsumer):  # type: ignore[misc]
    """Celery's consumer, which reconnects instead of exiting on a detached channel."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Acks (`ack_log_error`) and the consume loop treat these as connection errors: an
        # ack on the detached channel is logged and skipped, the loop reconnects.
        errors: tuple[type[BaseException], ...] = self.connection_errors  # type: ignore[has-type]
        self.connection_errors = (*errors, AttributeError)

    def on_connection_error_after_connected(self, exc: Exception) -> None:
        try:
            super().on_connection_error_after_connected(exc)
        except AttributeError as cleanup:
            log.warning(
                "broker connection lost; cleanup of the old connection failed, reconnecting",
                extra={"error": repr(exc), "cleanup_error": repr(cleanup)},
            )
