"""`alerts status`: queue depth, deliveries due, late and failed, failing feeds and endpoints."""

from __future__ import annotations

from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, settings


def status(json_out: bool = JsonOption) -> None:
    """What the system is doing right now, read from the database and the broker.

    Example: alerts status --json | jq .deliveries_late
    """
    from alerts.status import broker_queue_depth, read_status
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow

    config = settings()
    depth = broker_queue_depth(config)
    with session_scope(config.database_url) as session:
        snapshot = read_status(session, utcnow(), queue_depth=depth)
    if json_out:
        print_json(snapshot.as_dict())
        return
    summary = Table("what", "count", title="alerts status")
    summary.add_row("queue depth", "n/a (in-process)" if depth is None else str(depth))
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
