"""`alerts webhooks …`: give an existing subscriber a webhook endpoint, and list them."""

from __future__ import annotations

import typer
from rich.table import Table

from alerts.accounts.endpoints import add_endpoint, list_endpoints
from alerts.accounts.users import find_user
from alerts.cli.common import JsonOption, console, print_json, print_table, settings
from alerts.store.db import session_scope

app = typer.Typer(help="Webhook endpoints of subscribers.", no_args_is_help=True)
EmailArgument = typer.Argument(..., help="The subscriber's e-mail address.")


@app.command("add")
def add(
    email: str = EmailArgument,
    url: str = typer.Argument(..., help="The URL that receives signed webhooks."),
    rate_limit: int | None = typer.Option(
        None,
        "--rate-limit",
        min=0,
        help="At most this many deliveries a second (0: no limit; default: "
        "ALERTS_WEBHOOK_RATE_LIMIT_PER_S).",
    ),
    json_out: bool = JsonOption,
) -> None:
    """Add a webhook endpoint to a subscriber.

    Prints the Standard Webhooks signing secret (whsec_…, shown once) to verify deliveries
    with; then `alerts follow EMAIL TOPIC --channel webhook`.

    \b
    Example: alerts webhooks add ops@example.org https://hooks.example.org/alerts
    """
    config = settings()
    with session_scope(config.database_url) as session:
        user = find_user(session, email)
        row = add_endpoint(config, session, user.id, url, rate_limit_per_s=rate_limit)
        result = {"id": row.id, "email": user.email, "url": row.url, "secret": row.secret}
    if json_out:
        print_json(result)
        return
    console.print(f"webhook {result['id']} {result['url']} for {result['email']}", highlight=False)
    console.print(f"signing secret (shown once): {result['secret']}", highlight=False)


@app.command("list")
def list_(email: str = EmailArgument, json_out: bool = JsonOption) -> None:
    """List a subscriber's webhook endpoints (secrets are never shown again).

    \b
    Example: alerts webhooks list ops@example.org --json
    """
    with session_scope(settings().database_url) as session:
        user = find_user(session, email)
        rows = [
            {"id": r.id, "url": r.url, "status": r.status, "last_error": r.last_error}
            for r in list_endpoints(session, user.id)
        ]
    if json_out:
        print_json(rows)
        return
    table = Table("id", "url", "status", "last error")
    for row in rows:
        table.add_row(
            str(row["id"]), str(row["url"]), str(row["status"]), str(row["last_error"] or "")
        )
    print_table(table)
