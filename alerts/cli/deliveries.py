"""`alerts deliveries …`: what was sent, what failed, and replaying dead letters."""

from __future__ import annotations

from datetime import UTC, datetime

import typer
from rich.table import Table

from alerts.cli.common import (
    JsonOption,
    console,
    dispatcher_for,
    print_json,
    print_table,
    settings,
)
from alerts.errors import InputError

app = typer.Typer(help="Inspect deliveries and replay failed ones.", no_args_is_help=True)


@app.command("list")
def list_(
    failed: bool = typer.Option(False, "--failed", help="Only dead letters (failed for good)."),
    limit: int = typer.Option(50, "--limit", min=1, help="How many, newest first."),
    json_out: bool = JsonOption,
) -> None:
    """List notifications with their story, status, attempts and last error.

    \b
    Example: alerts deliveries list --failed
    """
    from alerts.notify.deadletters import list_deliveries
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        rows = list_deliveries(session, failed_only=failed, limit=limit)
    if json_out:
        print_json([r.as_dict() for r in rows])
        return
    table = Table("id", "user", "channel", "status", "attempts", "story", "last error")
    for r in rows:
        story = r.title or f"story {r.story_id}"
        cells = (r.user, r.channel, r.status, str(r.attempts), story, r.last_error or "")
        table.add_row(str(r.id), *cells)
    print_table(table)


def _parse_since(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"--since {value!r} is not an ISO 8601 time, e.g. 2026-11-27T08:00"
        ) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@app.command("replay")
def replay(
    notification_id: int | None = typer.Argument(
        None, help="One failed notification to send again."
    ),
    endpoint: int | None = typer.Option(
        None, "--endpoint", help="Every failed delivery to this webhook endpoint."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Every failed delivery created since this time."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Send failed notifications again.

    The delivery id stays the same, so receivers can dedupe.

    \b
    Examples:
      alerts deliveries replay 42
      alerts deliveries replay --endpoint 3
      alerts deliveries replay --since 2026-11-27T00:00
    """
    from alerts.notify.deadletters import replay as replay_failed
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow

    config = settings()
    with session_scope(config.database_url) as session:
        count = replay_failed(
            session,
            utcnow(),
            notification_id=notification_id,
            endpoint_id=endpoint,
            since=_parse_since(since),
        )
    with dispatcher_for(config) as dispatcher:
        dispatcher.sweep()
        dispatcher.flush()
    if json_out:
        print_json({"replayed": count})
    else:
        console.print(f"replayed {count} deliveries", highlight=False)
