"""Which channel kinds exist, by the name stored in follows and notification rows, and the
questions the fan-out asks of them (who can receive, in Python and in SQL; whether quiet
hours apply) without knowing any kind by name. Adding a kind: its module, a line in
`KINDS`, and (when it sends) an instance in `alerts.notify.senders`.

E-mail and webhooks still go through their own paths in `alerts.notify.outbox`; what the
fan-out needs to know of them is stated here (`channels.webhook`), beside the kinds of the
interface. E-mail needs nothing: every user has an address.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import ColumnElement, or_
from sqlalchemy.orm import Session

from alerts.notify.channels import webhook
from alerts.notify.channels.apprise import AppriseChannel
from alerts.notify.channels.base import ChannelKind, Follow, kind_name
from alerts.notify.channels.memory import MemoryChannel
from alerts.store.tables import FollowRow

KINDS: dict[str, type[ChannelKind]] = {
    AppriseChannel.name: AppriseChannel,
    MemoryChannel.name: MemoryChannel,
}
_WITHOUT_QUIET_HOURS = frozenset({webhook.NAME})  # machine-to-machine: at once


def kind_of(channel: str) -> type[ChannelKind] | None:
    """The kind of the interface a follow or notification channel belongs to, if any."""
    return KINDS.get(kind_name(channel))


def quiet_hours_apply(channel: str) -> bool:
    """Whether the user's quiet hours and hourly cap apply to messages on `channel`."""
    kind = kind_of(channel)
    return kind.quiet_hours_apply if kind else channel not in _WITHOUT_QUIET_HOURS


def uncapped_channels() -> list[str]:
    """Notification channels the hourly cap does not count."""
    return sorted(_WITHOUT_QUIET_HOURS)


def receivers(session: Session, follows: Collection[Follow]) -> dict[Follow, tuple[str, ...]]:
    """The notification channels each follow delivers to (none when the user has nowhere
    to receive it: a webhook follow without an active endpoint, say)."""
    by_kind: defaultdict[str, list[Follow]] = defaultdict(list)
    for follow in follows:
        by_kind[kind_name(follow[1])].append(follow)
    found: dict[Follow, tuple[str, ...]] = {}
    for name, group in by_kind.items():
        kind = KINDS.get(name)
        if kind is not None:
            found |= kind.receivers(session, group)
        elif name == webhook.NAME:
            found |= webhook.receivers(session, group)
        else:
            found |= {f: (f[1],) for f in group}
    return found


def receivable(bound: webhook.Bound) -> ColumnElement[bool]:
    """`receivers` in SQL for the fan-out's set-based statement, on a follow row of a
    channel that does not look its receivers up (`expanding_channels` are written one by
    one); `bound` repeats the statement's user range on another table's user id."""
    return or_(FollowRow.channel != webhook.NAME, webhook.receivable(bound))


def expanding_channels() -> list[str]:
    """Follow channels whose receivers are looked up (not one row per follow channel): the
    fan-out writes their followers one by one rather than in its set-based statement."""
    return sorted(name for name, kind in KINDS.items() if kind.looks_up_receivers)
