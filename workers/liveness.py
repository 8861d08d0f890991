"""A worker's heartbeat: the consumer touches `worker.alive` in ALERTS_HEARTBEAT_DIR every
`BEAT_S` seconds from its own event loop, so the file stays fresh only while that loop turns
and the broker connection is up. The container healthcheck reads the file's age with
`python -m alerts.heartbeat`; no Celery process is started and nothing crosses the broker."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from celery import bootsteps

from alerts.heartbeat import WORKER, forget, heartbeat_file, touch

BEAT_S = 10.0
log = logging.getLogger(__name__)


class HeartbeatStep(bootsteps.StartStopStep):  # type: ignore[misc]
    """Consumer bootstep: a repeating entry on the consumer's timer (the one that drives
    Celery's own event heartbeats), started with the consumer and cancelled with it."""

    path: Path  # bound by `heartbeat_step`

    def __init__(self, consumer: Any, **kwargs: Any) -> None:
        super().__init__(consumer, **kwargs)
        self.tref: Any = None

    def start(self, consumer: Any) -> None:
        self._beat()
        self.tref = consumer.timer.call_repeatedly(BEAT_S, self._beat)

    def stop(self, consumer: Any) -> None:
        if self.tref is not None:
            consumer.timer.cancel(self.tref)
            self.tref = None

    def shutdown(self, consumer: Any) -> None:
        self.stop(consumer)
        forget(self.path)

    def _beat(self) -> None:
        try:
            touch(self.path)
        except OSError as error:  # the probe then reports it stale, which is the truth
            log.warning("heartbeat not written to %s: %s", self.path, error.strerror)


def heartbeat_step(directory: Path) -> type[HeartbeatStep]:
    """The step to add to `app.steps["consumer"]`, writing into `directory`."""
    return type(
        HeartbeatStep.__name__, (HeartbeatStep,), {"path": heartbeat_file(directory, WORKER)}
    )
