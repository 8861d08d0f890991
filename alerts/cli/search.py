"""`alerts search QUERY`: stored articles in the query language of custom topics, newest
first (the same search as `GET /articles?q=`)."""

from __future__ import annotations

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json, print_table, settings


def search(
    query: str = typer.Argument(..., help="A query, e.g. '\"climate change\" NOT football'."),
    since: str | None = typer.Option(None, "--since", help="Only articles seen since: 12h, 7d."),
    limit: int = typer.Option(20, "--limit", min=1, max=100, help="Articles to show."),
    before_id: int | None = typer.Option(
        None, "--before-id", min=1, help="Continue below this id (the last page's next_before_id)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Search stored articles, newest first.

    The query is written as for custom topics (`alerts topics add`): phrases, OR, NOT,
    NEAR/n, wildcards, title:/body:/source: scopes.

    \b
    Example: alerts search 'Assad NEAR/5 Putin' --since 7d --json
    """
    from alerts.store.db import session_scope
    from alerts.store.tables import utcnow
    from alerts.topics.search import search_articles, window_start

    start = window_start(since, utcnow()) if since is not None else None
    with session_scope(settings().database_url) as session:
        page = search_articles(session, query, since=start, limit=limit, before_id=before_id)
    if json_out:
        print_json(page.as_dict())
        return
    if not page.items:
        console.print("no article matches")
        return
    table = Table("id", "published", "title", "topics")
    for found in page.items:
        published = found.published.strftime("%Y-%m-%d %H:%M") if found.published else ""
        table.add_row(str(found.id), published, found.title, ", ".join(found.topics[:3]))
    print_table(table)
    if page.next_before_id is not None:
        console.print(f"more: --before-id {page.next_before_id}")
