"""What every command shares: settings loaded once, JSON output, the rich console."""

from __future__ import annotations

import json
from functools import cache

import typer
from rich.console import Console

from alerts.config import Settings, load_settings

console = Console()
err_console = Console(stderr=True)

JsonOption = typer.Option(
    False, "--json", help="Print one JSON document on stdout and nothing else."
)


@cache
def settings() -> Settings:
    """Settings for this invocation (raises ConfigError, shown as one line by `main`)."""
    return load_settings()


def print_json(document: object) -> None:
    """Write one JSON document to stdout, bypassing rich's markup."""
    typer.echo(json.dumps(document, indent=2, ensure_ascii=False, default=str))
