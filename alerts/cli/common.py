"""What every command shares: settings loaded once, the dispatcher they choose, JSON output,
the rich console."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import closing, contextmanager
from functools import cache

import typer
from rich.console import Console

from alerts.config import Settings, load_settings
from alerts.dispatch import Dispatcher

console = Console()
err_console = Console(stderr=True)

JsonOption = typer.Option(
    False, "--json", help="Print one JSON document on stdout and nothing else."
)


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
