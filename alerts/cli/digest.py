"""`alerts digest send`: daily and weekly digests."""

from __future__ import annotations

import typer

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.models import Mode

app = typer.Typer(help="Send digests of held stories.", no_args_is_help=True)


@app.command("send")
def send(
    period: Mode = typer.Option(Mode.DAILY, "--period", help="daily or weekly."),
    now: bool = typer.Option(
        False, "--now", help="Ignore each user's scheduled hour and send now."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Send the digests that are due.

    At each user's digest hour in their time zone, once per local day (weekly: once per
    week). Users with nothing new get no e-mail.

    \b
    Example: alerts digest send --now
    """
    from alerts.notify.digest import send_digests
    from alerts.notify.senders import senders_from_settings
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow

    if period == Mode.INSTANT:
        raise typer.BadParameter("use daily or weekly", param_hint="--period")
    config = settings()
    with senders_from_settings(config) as senders, session_scope(config.database_url) as session:
        outcomes = send_digests(config, session, senders, period=period, now=utcnow(), force=now)
    if json_out:
        print_json({"digests": [o.__dict__ for o in outcomes]})
        return
    if not outcomes:
        console.print("no digests due")
    for o in outcomes:
        stories = "1 story" if o.stories == 1 else f"{o.stories} stories"
        console.print(
            f"{o.status}: {period.value} digest to {o.email} with {stories}", highlight=False
        )
