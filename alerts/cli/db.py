"""`alerts db upgrade`: bring the schema to the newest revision."""

from __future__ import annotations

import typer

from alerts.cli.common import console, settings

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command("upgrade")
def upgrade() -> None:
    """Create or upgrade the schema (also done automatically on first use)."""
    from alerts.store.db import get_engine

    engine = get_engine(settings().database_url)
    console.print(
        f"schema is up to date on {engine.url.render_as_string(hide_password=True)}",
        highlight=False,
    )
