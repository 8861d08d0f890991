"""`alerts users …` and `alerts follow`: subscribers and what they follow."""

from __future__ import annotations

import typer

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.models import Channel, Mode

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
    from alerts.store.db import session_scope
    from alerts.subscribers import add_user

    with session_scope(settings().database_url) as session:
        user = add_user(settings(), session, email, tz=tz, webhook_url=webhook)
    if json_out:
        print_json(user.as_dict())
        return
    console.print(f"user {user.id} {user.email} (time zone {user.tz})", highlight=False)
    console.print(f"api key (shown once): {user.api_key}", highlight=False)
    if user.webhook_secret:
        console.print(f"webhook {user.webhook_url} secret: {user.webhook_secret}", highlight=False)


def follow(
    email: str = typer.Argument(..., help="The subscriber's e-mail address."),
    topic: str = typer.Argument(
        ..., help="A topic (bundled, custom or learned) or alias, e.g. 'Islamic State' or ISIS."
    ),
    channel: Channel = typer.Option(Channel.EMAIL, "--channel", help="How to be told."),
    mode: Mode = typer.Option(
        Mode.INSTANT, "--mode", help="At once, or in a daily or weekly digest."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Follow a topic. Following a topic includes its sub-topics (Iraq includes Mosul).

    Example: alerts follow ana@example.org Syria --mode daily
    """
    from alerts.store.db import session_scope
    from alerts.subscribers import follow as follow_topic
    from alerts.topics.catalog import topic_catalog

    with session_scope(settings().database_url) as session:
        topics = topic_catalog(session, settings())
        row = follow_topic(session, topics, email, topic, channel=channel, mode=mode)
        result = {
            "id": row.id,
            "user_id": row.user_id,
            "topic": row.topic,
            "channel": row.channel,
            "mode": row.mode,
        }
    if json_out:
        print_json(result)
    else:
        console.print(
            f"{email} follows {result['topic']} ({result['channel']}, {result['mode']})",
            highlight=False,
        )
