"""`alerts feeds …`: register feeds and see their health."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.errors import InputError

app = typer.Typer(help="Add and inspect the feeds that are watched.", no_args_is_help=True)


@app.command("add")
def add(
    source: str = typer.Argument(
        ..., help="An http(s) URL, a file:// URL or a path to a feed file."
    ),
    name: str | None = typer.Option(
        None, "--name", help="Display name (default: the feed's title)."
    ),
    interval: float | None = typer.Option(
        None,
        "--interval",
        min=0.1,
        help="Poll every SECONDS instead of the adaptive schedule (hot feeds).",
    ),
    json_out: bool = JsonOption,
) -> None:
    """Watch a feed (RSS, Atom or RDF). Adding a URL twice keeps one feed.

    Example: alerts feeds add https://example.org/world.rss --name "Example World"
    """
    from alerts.feeds.registry import add_feed, feed_info
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        feed, created = add_feed(session, source, name, interval_s=interval)
        info = feed_info(feed)
    if json_out:
        print_json(info.as_dict() | {"created": created})
    else:
        verb = "added" if created else "already watched"
        console.print(f"{verb}: feed {info.id} {info.url}", highlight=False)


@app.command("list")
def list_(json_out: bool = JsonOption) -> None:
    """List feeds with their status, last HTTP status and last error."""
    from alerts.feeds.registry import list_feeds
    from alerts.store.db import session_scope

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


@app.command("import")
def import_(
    path: Path = typer.Argument(..., help="An OPML file exported from a feed reader."),
    json_out: bool = JsonOption,
) -> None:
    """Watch every feed listed in an OPML file (feeds already watched are kept as they are).

    Example: alerts feeds import subscriptions.opml
    """
    from alerts.feeds.opml import read_opml
    from alerts.feeds.registry import add_feed
    from alerts.store.db import session_scope

    try:
        document = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    added = skipped = 0
    errors: list[str] = []
    with session_scope(settings().database_url) as session:
        for entry in read_opml(document):
            try:
                _, created = add_feed(session, entry.url, entry.title)
            except InputError as error:
                errors.append(f"{entry.url}: {error}")
                continue
            added, skipped = added + created, skipped + (not created)
    if json_out:
        print_json({"added": added, "already_watched": skipped, "errors": errors})
        return
    console.print(f"added {added} feeds, {skipped} already watched", highlight=False)
    for line in errors:
        console.print(f"skipped {line}", highlight=False)


@app.command("export")
def export(
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to a file instead of stdout."
    ),
) -> None:
    """Write every feed as OPML 2.0, for import into another reader."""
    from alerts.feeds.opml import OpmlFeed, write_opml
    from alerts.feeds.registry import list_feeds
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        feeds = [OpmlFeed(f.url, f.name) for f in list_feeds(session)]
    document = write_opml(feeds)
    if output is None:
        typer.echo(document.decode(), nl=False)
    else:
        output.write_bytes(document)
