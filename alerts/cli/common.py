"""What every command shares: settings loaded once, the dispatcher they choose, JSON output,
the rich console, tables that keep URLs and titles whole, and the confirmation destructive
commands ask for."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from functools import cache

import typer
from rich.console import Console
from rich.measure import Measurement
from rich.table import Table

from alerts.config import Settings, load_settings
from alerts.dispatch import Dispatcher
from alerts.errors import InputError

console = Console()
err_console = Console(stderr=True)

JsonOption = typer.Option(
    False, "--json", help="Print one JSON document on stdout and nothing else."
)
_WIDEST_TABLE = 10_000  # characters: wide enough for any URL, narrow enough to measure
YesOption = typer.Option(False, "--yes", "-y", help="Do it without asking first.")


@cache
def settings() -> Settings:
    """Settings for this invocation (raises ConfigError, shown as one line by `main`)."""
    return load_settings()


@contextmanager
def dispatcher_for(config: Settings) -> Iterator[Dispatcher]:
    """Celery workers when a broker is configured, this process otherwise; closed (its
    senders' connections released) when the block ends. Imported here, at the edge, so that
    the library runs without Celery (and a command without a broker never loads it)."""
    dispatcher: Dispatcher
    if config.broker_url:
        from workers.dispatch import CeleryDispatcher

        dispatcher = CeleryDispatcher(config)
    else:
        from alerts.runner import InlineDispatcher

        dispatcher = InlineDispatcher(config)
    with closing(dispatcher):
        yield dispatcher


def print_json(document: object) -> None:
    """Write one JSON document to stdout, bypassing rich's markup."""
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))


def print_table(table: Table) -> None:
    """Print a table without cutting a cell short: on a terminal long cells fold onto more
    lines; into a pipe or file the table is as wide as its longest row, so a URL or a title
    can be read back whole (`grep`, `less -S`)."""
    for column in table.columns:
        column.overflow = "fold"
    if console.is_terminal:
        console.print(table)
        return
    unbounded = console.options.update_width(_WIDEST_TABLE)
    width = Measurement.get(console, unbounded, table).maximum
    Console(width=max(width, console.width), file=sys.stdout).print(table)


def confirm(question: str, *, yes: bool) -> None:
    """Ask before deleting; without a terminal to ask on, `--yes` is required."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise InputError(f"{question.rstrip('?')}: add --yes to confirm")
    typer.confirm(question, abort=True)
