"""`alerts users …`: subscribers."""

from __future__ import annotations

import typer

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.store.db import session_scope
from alerts.subscribers import add_user

app = typer.Typer(help="Create subscribers.", no_args_is_help=True)


@app.command("add")
def add(
    email: str = typer.Argument(..., help="The subscriber's e-mail address."),
    tz: str = typer.Option("UTC", "--tz", help="IANA time zone for digests, e.g. Europe/Paris."),
    webhook: str | None = typer.Option(
        None, "--webhook", help="URL that receives signed webhooks."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Create a subscriber. Prints the API key (shown once) and, with --webhook, the
    Standard Webhooks signing secret (whsec_…) to verify deliveries with.
    """
    with session_scope(settings().database_url) as session:
        user = add_user(settings(), session, email, tz=tz, webhook_url=webhook)
    if json_out:
        print_json(user.as_dict())
        return
    console.print(f"user {user.id} {user.email} (time zone {user.tz})", highlight=False)
    console.print(f"api key (shown once): {user.api_key}", highlight=False)
    if user.webhook_secret:
        console.print(f"webhook {user.webhook_url} secret: {user.webhook_secret}", highlight=False)
