"""The Celery app, configured from Settings. Tasks acknowledge late and are rejected when a
worker dies, so a killed worker's task runs again elsewhere; every task is idempotent.

A bad setting stops `celery -A workers …` before Celery starts: one line naming the
variable on stderr and exit code 2, as the `alerts` command does."""

from __future__ import annotations

import sys
from typing import Any

from celery import Celery
from celery.signals import worker_init
from prometheus_client import start_http_server

from alerts.config import Settings, load_settings
from alerts.errors import ConfigError
from alerts.logs import configure_logging
from alerts.metrics import registry_for
from workers.liveness import heartbeat_step

DIGEST_CHECK_S = 300.0


def _settings_or_exit() -> Settings:
    """The settings, or exit 2 with one line: Celery would print a traceback of the import
    that an operator cannot act on."""
    try:
        return load_settings()
    except ConfigError as error:
        sys.stderr.write(f"error: {error}\n")
        raise SystemExit(2) from None


settings = _settings_or_exit()
configure_logging(settings)

app = Celery("alerts", broker=settings.broker_url or "memory://", include=["workers.tasks"])
if settings.redis_broker_url:
    app.conf.broker_transport = "workers.transport:Transport"
app.conf.update(
    task_default_queue=settings.queue,
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    task_ignore_result=True,
    worker_prefetch_multiplier=4,
    worker_hijack_root_logger=False,
    broker_connection_retry_on_startup=True,
    broker_connection_max_retries=None,  # keep reconnecting however long the broker is away
    # A task running when the broker goes away finishes; its row is claimed in the outbox,
    # so cancelling it could only cause a second send after the lease expires.
    worker_cancel_long_running_tasks_on_connection_loss=False,
    broker_transport_options={"visibility_timeout": 3600},
    task_serializer="json",
    accept_content=["json"],
    # `celery -A workers beat`: check for due digests often; each user's digest is sent at
    # their local hour, once per period, however many beats or watchers ask (a unique key).
    # The outbox sweeper runs on the same beat: retries and work lost with a broker or a
    # worker are delivered within ALERTS_SWEEP_INTERVAL_S.
    # Each entry expires after its own period: while no worker is there to take them, beat's
    # sends are discarded instead of piling up as a backlog of identical runs; the next one
    # after the outage does the work, since every task catches up on everything due.
    beat_schedule={
        **{
            f"{period}-digests": {
                "task": "alerts.send_digests",
                "schedule": DIGEST_CHECK_S,
                "args": (period, False),
                "options": {"expires": DIGEST_CHECK_S},
            }
            for period in ("daily", "weekly")
        },
        "outbox-sweep": {
            "task": "alerts.sweep",
            "schedule": settings.sweep_interval_s,
            "options": {"expires": settings.sweep_interval_s},
        },
    },
)
app.steps["consumer"].add(heartbeat_step(settings.heartbeat_dir))


@worker_init.connect
def _serve_metrics(**_: Any) -> None:
    """With ALERTS_METRICS_PORT, the worker's main process serves /metrics (read from the
    database, so every worker reports the same totals)."""
    if settings.metrics_port:
        start_http_server(
            settings.metrics_port, addr=settings.metrics_host, registry=registry_for(settings)
        )
