"""The channel interface: what the outbox and the fan-out ask of a way of telling a follower.

A channel kind has a `name`, the value stored in follows and notification rows; a row may
name one target of the kind after a colon (`apprise:7`: the user's Apprise channel 7), so
the one-row-per-(user, channel, story) key gives one message per story per target. A kind
says:

- who can receive (`receivers`): the notification channels a follow delivers to, none when
  the user has nowhere to receive it;
- whether the user's quiet hours and hourly cap apply (`quiet_hours_apply`): they do for
  messages people read, not for machine-to-machine ones;
- how the message for one notification (`build`) and for a batch (`build_batch`) reads;
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
from typing import ClassVar

from sqlalchemy.orm import Session

from alerts.errors import DeliveryError
from alerts.notify.render import StoryView

Follow = tuple[int, str]
"""(user id, the channel a follow names)."""


class Failure(StrEnum):
    """What a failed send means."""

    TEMPORARY = "temporary"  # retry on the outbox's schedule
    PERMANENT = "permanent"  # a dead letter now
    DISABLE_TARGET = "disable-target"  # a dead letter, and stop using the target


@dataclass(frozen=True)
class Delivery:
    """One claimed notification on its way out: `story` lists the topics it matched."""

    notification_id: int
    user_id: int
    channel: str
    delivery_id: str
    story: StoryView


@dataclass(frozen=True)
class OutgoingMessage:
    """A message built for one target. `target_id` is the target's row in the kind's own
    table (0 for a kind without targets); `address` is where it goes and may hold secrets:
    it is never shown or logged."""

    notification_id: int
    target_id: int
    address: str
    title: str
    body: str


Outcome = DeliveryError | None
Recorder = Callable[[list[tuple[OutgoingMessage, Outcome]]], None]


def target_of(channel: str) -> int:
    """The target a notification channel names (`apprise:7` -> 7), 0 when it names none."""
    _, _, target = channel.partition(":")
    return int(target) if target.isdigit() else 0


def kind_name(channel: str) -> str:
    """The kind a follow or notification channel belongs to (`apprise:7` -> `apprise`)."""
    return channel.partition(":")[0]


class ChannelKind(ABC):
    """One way of telling a follower; see the module docstring for the contract."""

    name: ClassVar[str]
    quiet_hours_apply: ClassVar[bool] = True
    looks_up_receivers: ClassVar[bool] = False  # True when `receivers` is overridden

    @classmethod
    def receivers(
        cls, session: Session, follows: Collection[Follow]
    ) -> dict[Follow, tuple[str, ...]]:
        """The notification channels each follow delivers to (default: its own channel)."""
        return {follow: (follow[1],) for follow in follows}

    @abstractmethod
    def build(self, delivery: Delivery, address: str) -> OutgoingMessage:
        """The message for one notification, to `address`."""

    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[OutgoingMessage | DeliveryError]:
        """The message of each delivery, in order, or why there is none (a permanent
        `DeliveryError`: its target is gone or disabled). By default every delivery goes to
        the channel's name, with no target to look up."""
        return [self.build(delivery, delivery.channel) for delivery in deliveries]

    @abstractmethod
    def send_batch(
        self, messages: Sequence[OutgoingMessage], record: Recorder, *, group: int
    ) -> None:
        """Send every message, handing outcomes to `record` `group` at a time."""

    def classify(self, error: DeliveryError) -> Failure:
        """What `error` means for the message and its target."""
        return Failure.PERMANENT if error.permanent else Failure.TEMPORARY

    def targets_failed(
        self, session: Session, failed: Sequence[tuple[int, DeliveryError, Failure]]
    ) -> dict[int, DeliveryError]:
        """Note failures on their targets; return, per target, the error that disabled it
        (its messages become dead letters). By default a kind has no targets to note."""
        return {}

    def targets_recovered(self, session: Session, target_ids: Collection[int]) -> None:
        """A send to these targets succeeded: clear their run of failures (by default a
        kind has no targets)."""
        return None

    def close(self) -> None:
        """Release what the kind holds open (by default nothing: sends hold nothing)."""
        return None
