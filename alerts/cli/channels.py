"""`alerts channels …`: a subscriber's Apprise channels (ntfy, Slack, Discord, Telegram,
Matrix, JSON, … : any Apprise URL). URLs are checked by Apprise and the outbound guard when
added, and shown masked from then on."""

from __future__ import annotations

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, print_table, settings

app = typer.Typer(help="Apprise channels of subscribers (chat and push).", no_args_is_help=True)
EmailArgument = typer.Argument(..., help="The subscriber's e-mail address.")
IdArgument = typer.Argument(..., help="The channel's id (see `alerts channels list`).")


@app.command("add")
def add(
    email: str = EmailArgument,
    url: str = typer.Argument(..., help="An Apprise URL, e.g. ntfy://ntfy.example.org/alerts."),
    name: str | None = typer.Option(
        None, "--name", help="What follows call it (default: the service, e.g. ntfy)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Add an Apprise channel; then `alerts follow EMAIL TOPIC --channel apprise` (every
    channel) or `--channel NAME` (this one).

    \b
    Example: alerts channels add ana@example.org ntfy://ntfy.example.org/alerts --name phone
    """
    from alerts.accounts.channels import add_channel, view
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    config = settings()
    with session_scope(config.database_url) as session:
        user = find_user(session, email)
        shown = view(add_channel(config, session, user.id, url, name))
    if json_out:
        print_json(shown.as_dict())
        return
    console.print(f"channel {shown.id} {shown.name}: {shown.service} {shown.url}", highlight=False)


@app.command("list")
def list_(email: str = EmailArgument, json_out: bool = JsonOption) -> None:
    """List a subscriber's Apprise channels, URLs masked.

    \b
    Example: alerts channels list ana@example.org --json
    """
    from alerts.accounts.channels import list_channels, view
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        user = find_user(session, email)
        shown = [view(row) for row in list_channels(session, user.id)]
    if json_out:
        print_json([channel.as_dict() for channel in shown])
        return
    table = Table("id", "name", "service", "url", "status", "last error")
    for c in shown:
        table.add_row(str(c.id), c.name, c.service, c.url, c.status, c.last_error or "")
    print_table(table)


@app.command("remove")
def remove(email: str = EmailArgument, channel_id: int = IdArgument) -> None:
    """Remove an Apprise channel and the follows that name it.

    \b
    Example: alerts channels remove ana@example.org 3
    """
    from alerts.accounts.channels import remove_channel
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        remove_channel(session, find_user(session, email).id, channel_id)
    console.print(f"removed channel {channel_id}", highlight=False)


@app.command("test")
def test(email: str = EmailArgument, channel_id: int = IdArgument) -> None:
    """Send a test message now; exits 2 with the reason when it does not arrive.

    \b
    Example: alerts channels test ana@example.org 3
    """
    from alerts.accounts.channels import send_test
    from alerts.accounts.users import find_user
    from alerts.errors import DeliveryError
    from alerts.store.db import session_scope

    config = settings()
    with session_scope(config.database_url) as session:
        error = send_test(config, session, find_user(session, email).id, channel_id)
    if error is not None:
        raise DeliveryError(f"test message to channel {channel_id} not delivered: {error}")
    console.print(f"test message delivered to channel {channel_id}", highlight=False)
