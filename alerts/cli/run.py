"""`alerts run`: poll, classify, match and deliver, once or continuously."""

from __future__ import annotations

import logging
import signal
from types import FrameType

import typer

from alerts.cli.common import JsonOption, console, dispatcher_for, print_json, settings
from alerts.cli.progress import progress_bar
from alerts.config import Settings
from alerts.dispatch import Dispatcher


def _watch_forever(config: Settings, dispatcher: Dispatcher) -> None:
    from alerts.runner import watch

    stopping: list[bool] = []

    def _stop(_sig: int, _frame: FrameType | None) -> None:
        stopping.append(True)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    # The one line per cycle shows even without --verbose: the watcher is seen to be alive.
    logging.getLogger("alerts.runner").setLevel(logging.INFO)
    console.print(
        f"watching feeds every {config.poll_interval_s:g}s; Ctrl-C to stop", highlight=False
    )
    watch(config, dispatcher, stop=lambda: bool(stopping))


def run(
    once: bool = typer.Option(
        False, "--once", help="One cycle, then exit when all of its work is finished."
    ),
    timeout: float = typer.Option(
        300.0, "--timeout", help="With --once and a broker: seconds to wait for workers."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Watch every feed: poll, tag topics, notify followers.

    Without a broker everything runs in this process; with ALERTS_BROKER_URL the work goes
    to Celery workers (`celery -A workers worker`) and --once waits until they have
    finished it.

    \b
    Example: alerts run --once --json
    """
    from alerts.pipeline import cycle_report
    from alerts.runner import InlineDispatcher, run_cycle, wait_until_done
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow

    config = settings()
    with dispatcher_for(config) as dispatcher:
        if isinstance(dispatcher, InlineDispatcher):
            dispatcher.warm_up()  # once per process, before the first cycle's clock
        if not once:
            _watch_forever(config, dispatcher)
            return
        started = utcnow()
        with progress_bar("polling feeds", None, json_out=json_out) as bar:
            if isinstance(dispatcher, InlineDispatcher):
                dispatcher.on_step = lambda stage, done, known: bar.update(
                    description=stage, completed=done, total=known
                )
            else:
                bar.step("waiting for workers")
            feeds = run_cycle(config, dispatcher)
            if dispatcher.distributed:
                wait_until_done(config, dispatcher, started=started, timeout_s=timeout)
    with session_scope(config.database_url) as session:
        report = cycle_report(session, since=started)
    if json_out:
        print_json({"feeds": feeds, **report.as_dict()})
        return
    counts = ", ".join(f"{n} {status}" for status, n in report.notifications.items()) or "none"
    console.print(
        f"polled {feeds} feeds: {report.articles} new articles; notifications: {counts}",
        highlight=False,
    )
