"""Runs of failures on a channel kind's targets (webhook endpoints, Apprise channels).

A target that refuses for good (410 Gone, the outbound guard) is disabled at once; one
that keeps failing is disabled once its run of failures is `disable_after` old, and a
success ends the run. Both kinds keep the run on their own table's `failing_since`,
`last_error` and `status` columns, so one mechanism serves them; what else happens when a
target is switched off (telling its owner) is the kind's `on_disable`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from datetime import datetime, timedelta
from functools import cache
from typing import Generic, TypeVar

from sqlalchemy import Update, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.notify.channels.base import Failure
from alerts.notify.email import MailSender
from alerts.notify.messages import target_disabled_email
from alerts.store.ids import id_in, ids_param
from alerts.store.tables import AppriseChannelRow, UserRow, WebhookEndpointRow, utcnow

log = logging.getLogger(__name__)

TargetT = TypeVar("TargetT", WebhookEndpointRow, AppriseChannelRow)


def tell_owner(
    settings: Settings, mail: MailSender, what: str
) -> Callable[[Session, WebhookEndpointRow | AppriseChannelRow, str], None]:
    """An `on_disable` that e-mails the target's owner what was switched off and why (a
    note that cannot be sent is logged, not raised: the target is disabled either way)."""

    def notify(session: Session, row: WebhookEndpointRow | AppriseChannelRow, why: str) -> None:
        owner = session.get_one(UserRow, row.user_id)
        shown = row.masked_url if isinstance(row, AppriseChannelRow) else row.url
        note = target_disabled_email(settings, to=owner.email, what=what, url=shown, reason=why)
        try:
            mail.send(note)
        except DeliveryError as error:
            log.warning("could not tell the owner: %s", error, extra={"user_id": owner.id})

    return notify


class FailureRuns(Generic[TargetT]):
    """The failure runs of one table of targets.

    Parameters:
      table: the kind's target table.
      noun: how its error messages name a target ("webhook endpoint").
      disable_after: how long a run of failures lasts before the target is disabled.
      on_disable: called once when a target is switched off, with the reason.
    """

    def __init__(
        self,
        table: type[TargetT],
        noun: str,
        disable_after: timedelta,
        on_disable: Callable[[Session, TargetT, str], None] | None = None,
    ) -> None:
        self._table: type[TargetT] = table
        self._noun = noun
        self._disable_after = disable_after
        self._on_disable: Callable[[Session, TargetT, str], None] | None = on_disable

    def failed(
        self, session: Session, failed: Sequence[tuple[int, DeliveryError, Failure]]
    ) -> dict[int, DeliveryError]:
        """Note each failure on its target; per target disabled (now or before), the error
        its messages are dead-lettered with."""
        if not failed:  # most groups of outcomes: nothing to look up
            return {}
        table = self._table
        rows = {
            row.id: row
            for row in session.scalars(
                select(table)
                .where(id_in(session, table.id, {target for target, _, _ in failed}))
                .execution_options(populate_existing=True)
            )
        }
        now = utcnow()
        disabled: dict[int, DeliveryError] = {}
        for target_id, error, failure in failed:
            row = rows.get(target_id)
            why = self._note(session, row, error, failure, now) if row is not None else None
            if why:
                disabled[target_id] = DeliveryError(f"{self._noun} disabled: {why}", permanent=True)
        return disabled

    def _note(
        self,
        session: Session,
        row: TargetT,
        error: DeliveryError,
        failure: Failure,
        now: datetime,
    ) -> str | None:
        """Record a failure on its target; why it is (or was just) disabled, if it is."""
        if failure == Failure.DISABLE_TARGET:
            why = str(error)
        else:
            row.last_error = str(error)
            row.failing_since = row.failing_since or now
            if now - row.failing_since < self._disable_after:
                return None
            why = f"failing since {row.failing_since:%Y-%m-%d %H:%M} UTC: {error}"
        if row.status == "active":
            row.status = "disabled"
            row.last_error = why
            if self._on_disable is not None:
                self._on_disable(session, row, why)
        return why

    def recovered(self, session: Session, target_ids: Collection[int]) -> None:
        """End the failure runs of targets that took a message."""
        if target_ids:
            connection = session.connection()
            statement = _recovered(self._table, connection.dialect.name)
            connection.execute(statement, {"ids": list(target_ids)})


@cache
def _recovered(table: type[TargetT], dialect: str) -> Update:
    """Clear the failure runs of the targets `:ids` (built once per table and dialect)."""
    return (
        update(table)
        .where(ids_param(table.id, dialect), table.failing_since.is_not(None))
        .values(failing_since=None)
    )
