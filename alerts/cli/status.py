"""`alerts status`: the broker (reachable, queue depth), deliveries due, late and failed,
failing feeds and endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, settings

if TYPE_CHECKING:
    from alerts.status import BrokerState, Status


def _broker_line(broker: BrokerState) -> str:
    if not broker.configured:
        return "none (in-process)"
    if not broker.reachable:
        return f"unreachable at {broker.url}: {broker.error}"
    depth = "queue depth unknown" if broker.queue_depth is None else f"{broker.queue_depth} queued"
    return f"reachable, {depth}"


def status(json_out: bool = JsonOption) -> None:
    """Show what the system is doing right now.

    Read from the database and the broker: queue depth, deliveries due, late and failed,
    failing feeds and endpoints. Exits 1 when a broker is configured but does not answer.

    \b
    Example: alerts status --json | jq .deliveries_late
    """
    from alerts.status import check_broker, read_status
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow

    config = settings()
    broker = check_broker(config)
    with session_scope(config.database_url) as session:
        snapshot = read_status(session, utcnow(), queue_depth=broker.queue_depth, broker=broker)
    if json_out:
        print_json(snapshot.as_dict())
    else:
        _print(snapshot)
    if broker.configured and not broker.reachable:
        raise typer.Exit(1)


def _print(snapshot: Status) -> None:
    summary = Table("what", "count", title="alerts status")
    summary.add_row("broker", _broker_line(snapshot.broker))
    summary.add_row(
        "deliveries due / late / failed",
        f"{snapshot.deliveries_due} / {snapshot.deliveries_late} / {snapshot.deliveries_failed}",
    )
    summary.add_row("feeds", ", ".join(f"{n} {s}" for s, n in snapshot.feeds.items()) or "none")
    summary.add_row("articles / matches", f"{snapshot.articles_total} / {snapshot.matches_total}")
    console.print(summary)
    for feed in snapshot.failing_feeds:
        console.print(f"feed {feed['id']} {feed['status']}: {feed['last_error']}", highlight=False)
    for endpoint in snapshot.failing_endpoints:
        console.print(
            f"endpoint {endpoint['id']} {endpoint['status']}: {endpoint['last_error']}",
            highlight=False,
        )
