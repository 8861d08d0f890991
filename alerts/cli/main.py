"""The `alerts` command: typer app assembled from one module per command group.

`main()` is the console-script entry point: it turns every `AlertsError` into one line on
stderr and exit code 2, so users never see a traceback for a problem they can fix.

Every call builds the whole command tree, so the command modules import the library inside
the commands: start-up costs little more than typer itself (`alerts bench startup`).
"""

from __future__ import annotations

import sys

import typer
from rich.markup import escape

from alerts.cli import (
    api,
    bench,
    db,
    deliveries,
    demo,
    digest,
    feeds,
    preview,
    run,
    status,
    topics,
    users,
)
from alerts.cli.common import err_console, settings
from alerts.errors import AlertsError
from alerts.logs import configure_logging

app = typer.Typer(
    name="alerts",
    help="Topic alerts for news: watch feeds, tag articles with topics, and tell followers "
    "by e-mail, webhook or digest.\n\nQuick start: `alerts demo`. Settings come from ALERTS_* "
    "environment variables (or .env); see the README.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(feeds.app, name="feeds")
app.add_typer(users.app, name="users")
app.add_typer(topics.app, name="topics")
app.add_typer(digest.app, name="digest")
app.add_typer(db.app, name="db")
app.add_typer(bench.app, name="bench")
app.add_typer(deliveries.app, name="deliveries")
app.command("follow")(users.follow)
app.command("classify")(topics.classify)
app.command("run")(run.run)
app.command("status")(status.status)
app.command("demo")(demo.demo)
app.command("api")(api.api)
app.command("preview")(preview.preview)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr."),
) -> None:
    configure_logging(settings(), level=None if verbose else "WARNING")


def main() -> None:
    """Run the CLI; expected failures print one line and exit 2."""
    try:
        app()
    except AlertsError as error:
        err_console.print(
            f"[bold red]error:[/] {escape(str(error))}",
            highlight=False,
            markup=True,
            soft_wrap=True,
        )
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
