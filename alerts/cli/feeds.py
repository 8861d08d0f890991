"""`alerts feeds …`: register feeds and see their health."""

from __future__ import annotations

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.feeds.registry import add_feed, feed_info, list_feeds
from alerts.store.db import session_scope

app = typer.Typer(help="Add and inspect the feeds that are watched.", no_args_is_help=True)


@app.command("add")
def add(
    source: str = typer.Argument(
        ..., help="An http(s) URL, a file:// URL or a path to a feed file."
    ),
    name: str | None = typer.Option(
        None, "--name", help="Display name (default: the feed's title)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Watch a feed (RSS, Atom or RDF). Adding a URL twice keeps one feed.

    Example: alerts feeds add https://example.org/world.rss --name "Example World"
    """
    with session_scope(settings().database_url) as session:
        feed, created = add_feed(session, source, name)
        info = feed_info(feed)
    if json_out:
        print_json(info.as_dict() | {"created": created})
    else:
        verb = "added" if created else "already watched"
        console.print(f"{verb}: feed {info.id} {info.url}", highlight=False)


@app.command("list")
def list_(json_out: bool = JsonOption) -> None:
    """List feeds with their status, last HTTP status and last error."""
    with session_scope(settings().database_url) as session:
        feeds = list_feeds(session)
    if json_out:
        print_json([f.as_dict() for f in feeds])
        return
    table = Table("id", "name", "url", "status", "http", "errors", "last error")
    for f in feeds:
        table.add_row(
            str(f.id),
            f.name or "",
            f.url,
            f.status,
            str(f.last_http_status or ""),
            str(f.error_count),
            f.last_error or "",
        )
    console.print(table)
