"""`alerts run`: poll, classify, match and deliver, once or continuously."""

from __future__ import annotations

import signal
from types import FrameType

import typer
from rich.progress import Progress

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.dispatch import make_dispatcher
from alerts.pipeline import outstanding_work
from alerts.runner import run_cycle, wait_until_done, watch
from alerts.store.db import session_scope
from alerts.store.tables import utcnow


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

    Without a broker everything runs in this process; with ALERTS_BROKER_URL the work goes to
    Celery workers (`celery -A workers worker`) and --once waits for them to finish.
    """
    config = settings()
    dispatcher = make_dispatcher(config)
    if not once:
        stopping: list[bool] = []

        def _stop(_sig: int, _frame: FrameType | None) -> None:
            stopping.append(True)

        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
        console.print(
            f"watching feeds every {config.poll_interval_s:g}s; Ctrl-C to stop", highlight=False
        )
        watch(config, dispatcher, stop=lambda: bool(stopping))
        return
    started = utcnow()
    with Progress(console=console, transient=True, disable=json_out) as progress:
        task = progress.add_task("polling feeds", total=None)
        feeds = run_cycle(
            config,
            dispatcher,
            progress=lambda done, total: progress.update(task, completed=done, total=total),
        )
    if dispatcher.distributed:
        wait_until_done(config, started=started, timeout_s=timeout)
    with session_scope(config.database_url) as session:
        left = outstanding_work(session, polled_since=started)
    summary = {"feeds": feeds, "outstanding": left}
    if json_out:
        print_json(summary)
    else:
        console.print(f"polled {feeds} feeds; all work finished", highlight=False)
