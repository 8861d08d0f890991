"""`alerts users …`: subscribers and their API keys."""

from __future__ import annotations

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

app = typer.Typer(
    help="Create, list and remove subscribers; issue new API keys.", no_args_is_help=True
)
EmailArgument = typer.Argument(..., help="The subscriber's e-mail address.")


@app.command("add")
def add(
    email: str = typer.Argument(..., help="The subscriber's e-mail address."),
    tz: str = typer.Option("UTC", "--tz", help="IANA time zone for digests, e.g. Europe/Paris."),
    webhook: str | None = typer.Option(
        None, "--webhook", help="URL that receives signed webhooks."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Create a subscriber.

    Prints the API key (shown once) and, with --webhook, the Standard Webhooks signing
    secret (whsec_…) to verify deliveries with.

    \b
    Example: alerts users add ana@example.org --tz Europe/Lisbon
    """
    from alerts.accounts.users import add_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        user = add_user(settings(), session, email, tz=tz, webhook_url=webhook)
    if json_out:
        print_json(user.as_dict())
        return
    console.print(f"user {user.id} {user.email} (time zone {user.tz})", highlight=False)
    console.print(f"api key (shown once): {user.api_key}", highlight=False)
    if user.webhook_secret:
        console.print(f"webhook {user.webhook_url} secret: {user.webhook_secret}", highlight=False)


@app.command("list")
def list_(json_out: bool = JsonOption) -> None:
    """List subscribers.

    With their time zone and how many follows and webhook endpoints each has.

    \b
    Example: alerts users list --json
    """
    from alerts.accounts.users import list_users
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        users = list_users(session)
    if json_out:
        print_json([u.as_dict() for u in users])
        return
    table = Table("id", "e-mail", "time zone", "follows", "webhooks", "created")
    for u in users:
        created = f"{u.created_at:%Y-%m-%d}"
        table.add_row(str(u.id), u.email, u.tz, str(u.follows), str(u.endpoints), created)
    print_table(table)


@app.command("remove")
def remove(email: str = EmailArgument, yes: bool = YesOption, json_out: bool = JsonOption) -> None:
    """Delete a subscriber and everything that is theirs.

    Their follows, webhook endpoints, digests and notifications go too.

    \b
    Example: alerts users remove ana@example.org --yes
    """
    from alerts.accounts.users import find_user, remove_user
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        found = find_user(session, email).email
    confirm(f"delete {found} with their follows and webhooks?", yes=yes)
    with session_scope(settings().database_url) as session:
        removed = remove_user(session, email)
    if json_out:
        print_json(removed.as_dict())
    else:
        summary = f"{removed.follows} follows, {removed.endpoints} webhook endpoints"
        console.print(f"removed {removed.email} ({summary})", highlight=False)


@app.command("rotate-key")
def rotate_key(email: str = EmailArgument, json_out: bool = JsonOption) -> None:
    """Issue a new API key for a lost or leaked one.

    The new key is shown once; the old key stops working at once.

    \b
    Example: alerts users rotate-key ana@example.org
    """
    from alerts.accounts.users import find_user, rotate_api_key
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        api_key = rotate_api_key(session, email)
        user = find_user(session, email)
        result = {"id": user.id, "email": user.email, "api_key": api_key}
    if json_out:
        print_json(result)
    else:
        console.print(f"new api key for {result['email']} (shown once): {api_key}", highlight=False)


@app.command("inbox-feed")
def inbox_feed(
    email: str = EmailArgument,
    rotate: bool = typer.Option(
        False, "--rotate", help="Issue new URLs; the old ones stop working at once."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Show a subscriber's personal feed URLs (Atom and JSON Feed).

    Every story that matched their follows, on any channel, newest first. The token in
    the URLs is the only credential, so any feed reader can subscribe; --rotate revokes it.

    \b
    Example: alerts users inbox-feed ana@example.org --json
    """
    from alerts.accounts.users import find_user
    from alerts.inbox.tokens import feed_token, feed_urls, rotate_feed_token
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        user = find_user(session, email)
        token = rotate_feed_token(session, user) if rotate else feed_token(session, user)
    urls = feed_urls(settings(), token)
    if json_out:
        print_json(urls.as_dict())
        return
    console.print(f"atom: {urls.atom_url}", highlight=False)
    console.print(f"json: {urls.json_url}", highlight=False)
