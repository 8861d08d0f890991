"""The `alerts` command: typer app assembled from one module per command group.

`main()` is the console-script entry point: it turns every `AlertsError` into one line on
stderr and exit code 2, so users never see a traceback for a problem they can fix.

Every call builds the whole command tree, so the command modules import the library inside
the commands: start-up costs little more than typer itself (`alerts bench startup`).
"""

from __future__ import annotations

import sys
from typing import NoReturn

import typer
from rich.markup import escape
from typer.exceptions import TyperException

from alerts.cli import (
    alerts as alert_commands,
)
from alerts.cli import (
    api,
    bench,
    channels,
    db,
    deliveries,
    demo,
    digest,
    feeds,
    follows,
    preview,
    run,
    search,
    status,
    topics,
    users,
    webhooks,
)
from alerts.cli.common import err_console, settings
from alerts.errors import AlertsError
from alerts.logs import configure_logging

app = typer.Typer(
    name="alerts",
    help="Topic alerts for news: watch feeds, tag articles with topics, and tell followers "
    "by e-mail, webhook, chat (Apprise) or digest.\n\nQuick start: `alerts demo`. Settings "
    "come from ALERTS_* environment variables (or .env); see the README.",
    no_args_is_help=True,
    # Plain help, as click lays it out: paragraphs re-wrapped to the terminal, flags shown
    # without a type (rich mode keeps a docstring's line breaks and labels flags <bool>).
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(feeds.app, name="feeds")
app.add_typer(users.app, name="users")
app.add_typer(webhooks.app, name="webhooks")
app.add_typer(channels.app, name="channels")
app.add_typer(follows.app, name="follows")
app.add_typer(alert_commands.app, name="alerts")
app.add_typer(topics.app, name="topics")
app.add_typer(digest.app, name="digest")
app.add_typer(db.app, name="db")
app.add_typer(bench.app, name="bench")
app.add_typer(deliveries.app, name="deliveries")
app.command("follow")(follows.follow)
app.command("unfollow")(follows.unfollow)
app.command("classify")(topics.classify)
app.command("run")(run.run)
app.command("status")(status.status)
app.command("demo")(demo.demo)
app.command("api")(api.api)
app.command("preview")(preview.preview)
app.command("search")(search.search)


@app.callback()
def _root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress to stderr."),
) -> None:
    configure_logging(settings(), level=None if verbose else "WARNING")


def _fail(message: str) -> NoReturn:
    err_console.print(
        f"[bold red]error:[/] {escape(message)}", highlight=False, markup=True, soft_wrap=True
    )
    sys.exit(2)


def _usage_error(error: TyperException) -> NoReturn:
    """A mistyped command, option or value as one line naming where help is; a group run
    without a command has printed its help already."""
    if type(error).__name__ == "NoArgsIsHelpError":
        sys.exit(2)
    context = getattr(error, "ctx", None)
    hint = f" (see `{context.command_path} --help`)" if context else ""
    message = error.format_message().replace("Value error, ", "")  # pydantic's prefix
    _fail(message.rstrip(".") + hint)


def main() -> None:
    """Run the CLI; expected failures, usage mistakes included, print one line and exit 2
    (click's own usage box would take six)."""
    try:
        code = app(standalone_mode=False)
    except AlertsError as error:
        _fail(str(error))
    except TyperException as error:
        _usage_error(error)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
