"""Which channel kinds exist, by the name stored in follows and notification rows, and the
questions the fan-out asks of them (who can receive, in Python and in SQL; whether quiet
hours apply) without knowing any kind by name. Adding a kind: its module, a line in
`KINDS`, and (when it sends) an instance in `alerts.notify.senders`.

A channel that is no kind here (one written before its kind was removed) is received by
every follower and its quiet hours apply; the outbox makes its rows dead letters.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, true
from sqlalchemy.orm import Session

from alerts.notify.channels.apprise import AppriseChannel
from alerts.notify.channels.base import Bound, ChannelKind, Follow, kind_name
from alerts.notify.channels.email import EmailChannel
from alerts.notify.channels.memory import MemoryChannel
from alerts.notify.channels.webhook import WebhookChannel
from alerts.store.tables import FollowRow

KINDS: dict[str, type[ChannelKind[Any]]] = {
    AppriseChannel.name: AppriseChannel,
    EmailChannel.name: EmailChannel,
    MemoryChannel.name: MemoryChannel,
    WebhookChannel.name: WebhookChannel,
}


def kind_of(channel: str) -> type[ChannelKind[Any]] | None:
    """The kind a follow or notification channel belongs to, if any."""
    return KINDS.get(kind_name(channel))


def quiet_hours_apply(channel: str) -> bool:
    """Whether the user's quiet hours and hourly cap apply to messages on `channel`."""
    kind = kind_of(channel)
    return kind.quiet_hours_apply if kind else True


def uncapped_channels() -> list[str]:
    """Notification channels the hourly cap does not count."""
    return sorted(name for name, kind in KINDS.items() if not kind.quiet_hours_apply)


def receivers(session: Session, follows: Collection[Follow]) -> dict[Follow, tuple[str, ...]]:
    """The notification channels each follow delivers to (none when the user has nowhere
    to receive it: a webhook follow without an active endpoint, say)."""
    by_kind: defaultdict[str, list[Follow]] = defaultdict(list)
    for follow in follows:
        by_kind[kind_name(follow[1])].append(follow)
    found: dict[Follow, tuple[str, ...]] = {}
    for name, group in by_kind.items():
        kind = KINDS.get(name)
        found |= kind.receivers(session, group) if kind else {f: (f[1],) for f in group}
    return found


def receivable(bound: Bound) -> ColumnElement[bool]:
    """`receivers` in SQL for the fan-out's set-based statement, on a follow row of a
    channel that does not look its receivers up (`expanding_channels` are written one by
    one); `bound` repeats the statement's user range on another table's user id."""
    rules = [
        or_(FollowRow.channel != name, rule)
        for name, kind in sorted(KINDS.items())
        if not kind.looks_up_receivers and (rule := kind.receivable(bound)) is not None
    ]
    return and_(true(), *rules)


def expanding_channels() -> list[str]:
    """Follow channels whose receivers are looked up (not one row per follow channel): the
    fan-out writes their followers one by one rather than in its set-based statement."""
    return sorted(name for name, kind in KINDS.items() if kind.looks_up_receivers)
