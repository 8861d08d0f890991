"""`alerts follow`, `alerts unfollow` and `alerts follows list`: what a subscriber follows.

Following again changes only what is given: `--mode` or `--channel` left out keeps the
follow's own, so a daily follow stays daily."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import typer
from rich.table import Table

from alerts.accounts.channels import channel_labels, label
from alerts.accounts.follows import follow as follow_topic
from alerts.accounts.follows import list_follows, unfollow_topic
from alerts.accounts.users import find_user
from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.errors import UnknownChannelError
from alerts.models import Mode
from alerts.store.db import session_scope
from alerts.store.tables import FollowRow
from alerts.topics.catalog import topic_catalog

app = typer.Typer(help="List what a subscriber follows.", no_args_is_help=True)

EmailArgument = typer.Argument(..., help="The subscriber's e-mail address.")
TopicArgument = typer.Argument(
    ..., help="A topic (bundled, custom or learned) or alias, e.g. 'Islamic State' or ISIS."
)


def _as_dict(row: FollowRow, labels: dict[str, str]) -> dict[str, object]:
    return {
        "id": row.id,
        "topic": row.topic,
        "channel": label(row.channel, labels),
        "mode": row.mode,
        "exclude": list(row.exclude or []),
    }


@contextmanager
def _channel_option() -> Iterator[None]:
    """Name the option an unknown channel came from, as typer names a bad option value."""
    try:
        yield
    except UnknownChannelError as error:
        raise UnknownChannelError(f"invalid value for '--channel': {error}") from None


def follow(
    email: str = EmailArgument,
    topic: str = TopicArgument,
    channel: str | None = typer.Option(
        None,
        "--channel",
        help="How to be told: email, webhook, apprise (every Apprise channel) or the name of "
        "one Apprise channel. Default: the channel the topic is followed on, else e-mail.",
    ),
    mode: Mode | None = typer.Option(
        None,
        "--mode",
        help="At once, or in a daily or weekly digest. Default: kept, else instant.",
    ),
    json_out: bool = JsonOption,
) -> None:
    """Follow a topic, or change a follow. Following a topic includes its sub-topics (Iraq
    includes Mosul); an option left out keeps the follow's current value.

    Example: alerts follow ana@example.org Syria --mode daily
    """
    with session_scope(settings().database_url) as session:
        topics = topic_catalog(session, settings())
        with _channel_option():
            row = follow_topic(session, topics, email, topic, channel=channel, mode=mode)
        labels = channel_labels(session, row.user_id)
        result = _as_dict(row, labels) | {"user_id": row.user_id}
    if json_out:
        print_json(result)
        return
    console.print(
        f"{email} follows {result['topic']} ({result['channel']}, {result['mode']})",
        highlight=False,
    )


def unfollow(
    email: str = EmailArgument,
    topic: str = TopicArgument,
    channel: str | None = typer.Option(
        None, "--channel", help="Stop only this channel's follow. Default: every channel."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Stop following a topic.

    Example: alerts unfollow ana@example.org Syria
    """
    with session_scope(settings().database_url) as session:
        topics = topic_catalog(session, settings())
        labels = channel_labels(session, find_user(session, email).id)
        with _channel_option():
            ended = unfollow_topic(session, topics, email, topic, channel)
        shown = [_as_dict(row, labels) for row in ended]
    if json_out:
        print_json(shown)
        return
    for row in shown:
        console.print(
            f"{email} no longer follows {row['topic']} ({row['channel']})", highlight=False
        )


@app.command("list")
def list_(email: str = EmailArgument, json_out: bool = JsonOption) -> None:
    """Every follow of a subscriber: topic, channel, mode and keyword exclusions.

    Example: alerts follows list ana@example.org --json
    """
    table = Table("topic", "channel", "mode", "exclusions", title=f"{email} follows")
    with session_scope(settings().database_url) as session:
        user_id = find_user(session, email).id
        labels = channel_labels(session, user_id)
        rows = list_follows(session, user_id)
        listed = [_as_dict(row, labels) for row in rows]
        for row in rows:
            excluded = ", ".join(row.exclude or []) or "—"
            table.add_row(row.topic, label(row.channel, labels), row.mode, excluded)
    if json_out:
        print_json(listed)
    else:
        console.print(table)
