"""`alerts alerts add|list|remove`: a subscriber's personal alerts, private query topics
that only their owner sees and is told about (the CLI side of `/me/alerts`)."""

from __future__ import annotations

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, print_table, settings
from alerts.models import Channel, Mode

app = typer.Typer(help="A subscriber's personal alerts: their own queries.", no_args_is_help=True)

EmailArgument = typer.Argument(..., help="The subscriber's e-mail address.")


@app.command("add")
def add(
    email: str = EmailArgument,
    name: str = typer.Argument(..., help="The alert's name, shown only to its owner."),
    query: str = typer.Option(
        ...,
        "--query",
        "-q",
        help="A query in the topic query language, e.g. '\"Albu Kamal\" OR Hosaiba'.",
    ),
    channel: Channel | None = typer.Option(
        None, "--channel", help="How to be told. Default: the subscriber's default channel."
    ),
    mode: Mode | None = typer.Option(
        None, "--mode", help="At once, or in a daily or weekly digest. Default: instant."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Save a personal alert and follow it; past ALERTS_MAX_ALERTS_PER_USER alerts, refused.

    Example: alerts alerts add ana@example.org Border --query '"Albu Kamal" OR Hosaiba'
    """
    from alerts.accounts.alerts import add_alert
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    config = settings()
    with session_scope(config.database_url) as session:
        user = find_user(session, email)
        alert = add_alert(
            session,
            user,
            name,
            query,
            limit=config.max_alerts_per_user,
            channel=channel,
            mode=mode,
        )
    if json_out:
        print_json(alert.as_dict())
        return
    console.print(
        f"{email} has alert {alert.id} {alert.name!r} ({alert.channel}, {alert.mode})",
        highlight=False,
    )


@app.command("list")
def list_(email: str = EmailArgument, json_out: bool = JsonOption) -> None:
    """A subscriber's personal alerts: id, name, query, channel and mode.

    Example: alerts alerts list ana@example.org --json
    """
    from alerts.accounts.alerts import list_alerts
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        alerts = list_alerts(session, find_user(session, email).id)
    if json_out:
        print_json([a.as_dict() for a in alerts])
        return
    table = Table("id", "name", "query", "channel", "mode", title=f"{email}'s alerts")
    for alert in alerts:
        table.add_row(
            str(alert.id), alert.name, alert.query, alert.channel or "—", alert.mode or "—"
        )
    print_table(table)


@app.command("remove")
def remove(
    email: str = EmailArgument,
    alert_id: int = typer.Argument(..., min=1, help="The alert's id (see `alerts alerts list`)."),
) -> None:
    """Delete a personal alert and end its follow.

    Example: alerts alerts remove ana@example.org 3
    """
    from alerts.accounts.alerts import remove_alert
    from alerts.accounts.users import find_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        removed = remove_alert(session, find_user(session, email).id, alert_id)
    console.print(f"{email} no longer has alert {removed.id} {removed.name!r}", highlight=False)
