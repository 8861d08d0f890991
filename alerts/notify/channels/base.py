"""The channel interface: what the outbox and the fan-out ask of a way of telling a follower.

A channel kind has a `name`, the value stored in follows and notification rows; a row may
name one target of the kind after a colon (`apprise:7`: the user's Apprise channel 7), so
the one-row-per-(user, channel, story) key gives one message per story per target. A kind
says:

- who can receive (`receivers`): the notification channels a follow delivers to, none when
  the user has nowhere to receive it;
- whether the user's quiet hours and hourly cap apply (`quiet_hours_apply`): they do for
  messages people read, not for machine-to-machine ones;
- which values a claim writes besides the lease (`claim_values`: a webhook row is bound to
  its endpoint then), and how many rows are claimed at a time (`claim_every`, 0 for all of
  a batch: e-mail claims each group just before submitting it, so no lease runs out);
- how the messages of a batch read (`build_batch`), each built for its target;
- how a batch is sent (`send_batch`), its outcomes handed back in groups while the rest are
  still in flight, so a crash mid-batch re-sends only what was not yet recorded;
- what a failure means (`classify`): retry later, give up on this message, or disable the
  target (`Failure`). A target failing for `ALERTS_WEBHOOK_DISABLE_AFTER_S` is disabled too.

Claims, leases, retries, dead letters and replay are the outbox's (`alerts.notify.rows`,
`alerts.notify.channel_path`), the same for every kind.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import ClassVar, Generic, Protocol, TypeVar

from sqlalchemy import ColumnElement
from sqlalchemy.orm import InstrumentedAttribute, Session

from alerts.errors import DeliveryError
from alerts.notify.render import StoryView
from alerts.store.tables import NotificationRow

Follow = tuple[int, str]
"""(user id, the channel a follow names)."""


class Failure(StrEnum):
    """What a failed send means."""

    TEMPORARY = "temporary"  # retry on the outbox's schedule
    PERMANENT = "permanent"  # a dead letter now
    DISABLE_TARGET = "disable-target"  # a dead letter, and stop using the target


@dataclass(frozen=True)
class Delivery:
    """One claimed notification on its way out: `story` lists the topics it matched as the
    reader names them, `topics` their keys as stored on the row; `target_id` is the target
    the row is bound to (0 for none)."""

    notification_id: int
    user_id: int
    channel: str
    delivery_id: str
    story: StoryView
    target_id: int = 0
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutgoingMessage:
    """A message built for one target. `target_id` is the target's row in the kind's own
    table (0 for a kind without targets); `address` is where it goes and may hold secrets:
    it is never shown or logged. A kind whose messages need more (signed headers, a MIME
    message) subclasses it."""

    notification_id: int
    target_id: int
    address: str
    title: str
    body: str


Outcome = DeliveryError | None
Recorder = Callable[[Sequence[tuple[OutgoingMessage, Outcome]]], None]
Bound = Callable[[InstrumentedAttribute[int]], ColumnElement[bool]]
"""Repeats the fan-out's user range on another table's user id column."""
MessageT = TypeVar("MessageT", bound=OutgoingMessage)


def target_of(channel: str) -> int:
    """The target a notification channel names (`apprise:7` -> 7), 0 when it names none."""
    _, _, target = channel.partition(":")
    return int(target) if target.isdigit() else 0


def kind_name(channel: str) -> str:
    """The kind a follow or notification channel belongs to (`apprise:7` -> `apprise`)."""
    return channel.partition(":")[0]


class TargetRuns(Protocol):
    """Failure runs kept on a kind's targets (`alerts.notify.channels.failures.FailureRuns`)."""

    def failed(
        self, session: Session, failed: Sequence[tuple[int, DeliveryError, Failure]]
    ) -> dict[int, DeliveryError]: ...

    def recovered(self, session: Session, target_ids: Collection[int]) -> None: ...


class ChannelKind(ABC, Generic[MessageT]):
    """One way of telling a follower, sending messages of type `MessageT`; see the module
    docstring for the contract."""

    name: ClassVar[str]
    quiet_hours_apply: ClassVar[bool] = True
    # True when the fan-out's set-based statement cannot express `receivers` (one row per
    # target): it then writes the kind's followers one by one
    looks_up_receivers: ClassVar[bool] = False
    claim_every: ClassVar[int] = 0
    failure_runs: TargetRuns | None = None  # set by a kind with targets to disable

    @classmethod
    def receivers(
        cls, session: Session, follows: Collection[Follow]
    ) -> dict[Follow, tuple[str, ...]]:
        """The notification channels each follow delivers to (default: its own channel)."""
        return {follow: (follow[1],) for follow in follows}

    @classmethod
    def receivable(cls, bound: Bound) -> ColumnElement[bool] | None:
        """`receivers` in SQL on a follow row of the kind, for the fan-out's set-based
        statement (None: every follow of the kind receives; unused when the kind
        `looks_up_receivers`)."""
        return None

    def claim_values(self) -> dict[str, object]:
        """Values a claim writes on the rows besides the lease (by default none)."""
        return {}

    @abstractmethod
    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[MessageT | DeliveryError]:
        """The message of each delivery, in order, or why there is none (a permanent
        `DeliveryError`: its target is gone or disabled, its address suppressed)."""

    @abstractmethod
    def send_batch(self, messages: Sequence[MessageT], record: Recorder, *, group: int) -> None:
        """Send every message, handing outcomes to `record` `group` (or a multiple of it)
        at a time."""

    def classify(self, error: DeliveryError) -> Failure:
        """What `error` means for the message and its target."""
        return Failure.PERMANENT if error.permanent else Failure.TEMPORARY

    def targets_failed(
        self, session: Session, failed: Sequence[tuple[int, DeliveryError, Failure]]
    ) -> dict[int, DeliveryError]:
        """Note failures on their targets; return, per target, the error that disabled it
        (its messages become dead letters). A kind without `failure_runs` has none."""
        return self.failure_runs.failed(session, failed) if self.failure_runs else {}

    def target_rows(self, target_id: int) -> ColumnElement[bool]:
        """The notification rows bound for a target (failed when it is disabled): by
        default those naming it in their channel (`apprise:7`)."""
        return NotificationRow.channel == f"{self.name}:{target_id}"

    def targets_recovered(self, session: Session, target_ids: Collection[int]) -> None:
        """A send to these targets succeeded: clear their run of failures."""
        if self.failure_runs:
            self.failure_runs.recovered(session, target_ids)

    def close(self) -> None:
        """Release what the kind holds open (by default nothing: sends hold nothing)."""
        return None
