"""Who can receive on the webhook channel: a follower with an active endpoint. Webhooks are
machine-to-machine, so quiet hours and the hourly cap do not apply. (Signing and sending
are `alerts.notify.webhook`'s; the outbox sends webhooks on their own pooled path.)"""

from __future__ import annotations

from collections.abc import Callable, Collection

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from alerts.models import Channel
from alerts.notify.channels.base import Follow
from alerts.store.tables import FollowRow, WebhookEndpointRow

NAME = Channel.WEBHOOK.value
Bound = Callable[[InstrumentedAttribute[int]], ColumnElement[bool]]


def receivers(session: Session, follows: Collection[Follow]) -> dict[Follow, tuple[str, ...]]:
    """A webhook follow delivers to `webhook` when its user has an active endpoint."""
    with_endpoint = set(
        session.scalars(
            select(WebhookEndpointRow.user_id).where(
                WebhookEndpointRow.status == "active",
                WebhookEndpointRow.user_id.in_({user_id for user_id, _ in follows}),
            )
        )
    )
    return {f: (f[1],) if f[0] in with_endpoint else () for f in follows}


def receivable(bound: Bound) -> ColumnElement[bool]:
    """The same rule in SQL, on a follow row: its user has an active endpoint (`bound`
    repeats the fan-out's user range on the endpoints' user id)."""
    return exists().where(
        WebhookEndpointRow.user_id == FollowRow.user_id,
        WebhookEndpointRow.status == "active",
        bound(WebhookEndpointRow.user_id),
    )
