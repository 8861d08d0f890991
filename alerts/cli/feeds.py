"""`alerts feeds …`: register feeds, see their health, rename, pause and remove them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from alerts.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    console,
    print_json,
    print_table,
    settings,
)
from alerts.cli.progress import progress_bar
from alerts.errors import InputError

if TYPE_CHECKING:
    from alerts.feeds.registry import FeedInfo

app = typer.Typer(
    help="Add, inspect, pause and remove the feeds that are watched.", no_args_is_help=True
)
FeedId = typer.Argument(..., help="The feed's id, as `alerts feeds list` shows it.")


@app.command("add")
def add(
    source: str = typer.Argument(
        ..., help="An http(s) URL (a feed, or a page that links one), a file:// URL or a path."
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
    """Watch a feed (RSS, Atom, RDF or JSON Feed).

    A web page's address is enough: the feed it links (<link rel="alternate">) is stored
    instead; a page that links none is refused. Adding a URL twice keeps one feed. URLs on
    loopback or private networks are refused unless their host is in
    ALERTS_FEED_ALLOWED_HOSTS.

    \b
    Example: alerts feeds add https://example.org/world.rss --name "Example World"
    """
    from alerts.feeds.discover import resolve_feed_url
    from alerts.feeds.registry import add_feed, feed_info
    from alerts.store.db import session_scope

    url = resolve_feed_url(settings(), source)
    with session_scope(settings().database_url) as session:
        feed, created = add_feed(
            session,
            url,
            name,
            interval_s=interval,
            allowed_hosts=settings().feed_allowed_hosts,
            local_files=True,  # the operator, on this machine
        )
        info = feed_info(feed)
    if json_out:
        print_json(info.as_dict() | {"created": created})
    else:
        verb = "added" if created else "already watched"
        console.print(f"{verb}: feed {info.id} {info.url}", highlight=False)


@app.command("list")
def list_(json_out: bool = JsonOption) -> None:
    """List feeds with their status, last HTTP status and last error.

    \b
    Example: alerts feeds list --json
    """
    from alerts.feeds.registry import list_feeds
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        feeds = list_feeds(session)
    if json_out:
        print_json([f.as_dict() for f in feeds])
        return
    table = Table("id", "name", "url", "status", "last poll", "http", "errors", "last error")
    for f in feeds:
        table.add_row(
            str(f.id),
            f.name or "",
            f.url,
            f.status,
            f.last_outcome or "",
            str(f.last_http_status or ""),
            str(f.error_count),
            f.last_error or "",
        )
    print_table(table)


def _show(info: FeedInfo, verb: str, json_out: bool) -> None:
    if json_out:
        print_json(info.as_dict())
    else:
        named = f"{info.name} " if info.name else ""
        console.print(f"{verb} feed {info.id} {named}{info.url}", highlight=False)


@app.command("rename")
def rename(
    feed_id: int = FeedId,
    name: str = typer.Argument(..., help="The new display name."),
    json_out: bool = JsonOption,
) -> None:
    """Give a feed the name shown in lists, e-mails and digests.

    \b
    Example: alerts feeds rename 3 "Example World"
    """
    from alerts.feeds.registry import rename_feed
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        info = rename_feed(session, feed_id, name)
    _show(info, "renamed", json_out)


@app.command("disable")
def disable(feed_id: int = FeedId, json_out: bool = JsonOption) -> None:
    """Stop polling a feed; its articles stay.

    `alerts feeds enable` resumes it.

    \b
    Example: alerts feeds disable 3
    """
    from alerts.feeds.registry import set_enabled
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        info = set_enabled(session, feed_id, enabled=False)
    _show(info, "disabled", json_out)


@app.command("enable")
def enable(feed_id: int = FeedId, json_out: bool = JsonOption) -> None:
    """Poll a disabled or failing feed again, from the next cycle on.

    \b
    Example: alerts feeds enable 3
    """
    from alerts.feeds.registry import set_enabled
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        info = set_enabled(session, feed_id, enabled=True)
    _show(info, "enabled", json_out)


@app.command("remove")
def remove(feed_id: int = FeedId, yes: bool = YesOption, json_out: bool = JsonOption) -> None:
    """Delete a feed with its articles.

    The notifications about those articles go too. To stop a feed and keep its history,
    use `alerts feeds disable`.

    \b
    Example: alerts feeds remove 3 --yes
    """
    from alerts.feeds.registry import get_feed, remove_feed
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        url = get_feed(session, feed_id).url
    confirm(f"delete feed {feed_id} {url} and its articles?", yes=yes)
    with session_scope(settings().database_url) as session:
        removed = remove_feed(session, feed_id)
    _show(removed, "removed", json_out)


@app.command("import")
def import_(
    path: Path = typer.Argument(..., help="An OPML file exported from a feed reader."),
    json_out: bool = JsonOption,
) -> None:
    """Watch every feed listed in an OPML file.

    Feeds already watched are kept as they are. Entries the outbound guard refuses, and
    file:// entries, are skipped with the reason.

    \b
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
    entries = read_opml(document)
    with (
        session_scope(settings().database_url) as session,
        progress_bar("importing feeds", len(entries), json_out=json_out) as bar,
    ):
        for entry in entries:
            bar.advance()
            try:
                # A subscription list comes from elsewhere: its entries are never local files.
                _, created = add_feed(
                    session, entry.url, entry.title, allowed_hosts=settings().feed_allowed_hosts
                )
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
    """Write every feed as OPML 2.0, for import into another reader.

    \b
    Example: alerts feeds export -o subscriptions.opml
    """
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
