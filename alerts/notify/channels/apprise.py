"""The Apprise channel: chat and push services (ntfy, Slack, Discord, Telegram, Matrix,
Mattermost, JSON and form receivers, …) through the `apprise` library, its one home module.
Apprise is imported on first use, not by every `alerts` command.

A user's Apprise URLs are stored as given (they hold the services' tokens) and shown only in
Apprise's privacy form (`json://user:****@host/…`). Apprise's own log lines can carry those
tokens (a service's API URL), so its logger is silenced; our lines name a target by id.

Every URL whose service takes a host (`json://`, `form://`, `ntfy://host/…`, `mmost://…`)
passes the outbound guard (`alerts.guard`, the webhook rules and
`ALERTS_WEBHOOK_ALLOWED_HOSTS`) when it is added and again before every send; services with
a fixed public API host (`tgram://`, `slack://`) have no host of the user's to check.
Apprise resolves the name again when it connects, so a DNS answer that changes between the
check and the send is not caught for host names (addresses written in the URL are).

Messages are written for chat: the title as the title, then a Markdown body with the
matched topics, the outlets and the link (Apprise converts it for services that do not take
Markdown), cut at a word boundary to what the service accepts. Apprise does not say why a
send failed, so every failure is temporary: retried on the outbox's schedule, a dead letter
when retries run out, and the target disabled once failing for
`ALERTS_WEBHOOK_DISABLE_AFTER_S`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.errors import DeferredError, DeliveryError, InputError, UnsafeTargetError
from alerts.guard import check_url
from alerts.notify.channels.base import (
    ChannelKind,
    Delivery,
    Failure,
    Follow,
    Outcome,
    OutgoingMessage,
    Recorder,
    target_of,
)
from alerts.notify.channels.failures import FailureRuns
from alerts.notify.ratelimit import LocalRateLimiter, RateLimiter
from alerts.store.tables import AppriseChannelRow

if TYPE_CHECKING:
    from alerts.notify.render import StoryView

NAME = "apprise"
SUMMARY_CHARS = 280  # a chat message names the story; the summary is a teaser at most
ELLIPSIS = "…"


@dataclass(frozen=True)
class ParsedTarget:
    """What Apprise made of a URL: the service's name and the URL with its secrets masked."""

    service: str
    masked_url: str


def _plugin(url: str) -> Any:
    """Apprise's plugin object for `url`, or None when it cannot read it."""
    import apprise  # a send or an add loads it, not every command

    logging.getLogger(apprise.LOGGER_NAME).setLevel(logging.CRITICAL + 1)
    return apprise.Apprise.instantiate(url, suppress_exceptions=True)


def _why_unreadable(url: str) -> str:
    """Name what is wrong with a URL Apprise could not read: no scheme, an unknown one, or
    a known service whose URL lacks something it needs."""
    scheme, sep, _ = url.partition("://")
    if not sep or not scheme:
        return f"{url[:40]!r} is not an Apprise URL (service://…, e.g. ntfy://host/topic)"
    import apprise

    known: set[str] = set()
    for service in apprise.Apprise().details()["schemas"]:
        for key in ("protocols", "secure_protocols"):
            given = service.get(key) or []
            known.update([given] if isinstance(given, str) else given)
    if scheme.lower() not in known:
        return f"Apprise has no service {scheme + '://'!r}"
    return f"Apprise cannot read this {scheme}:// URL: a part the service needs is missing"


def _host_url(plugin: Any) -> str | None:
    """An http(s) URL of the host the plugin will connect to, when the user chose it."""
    host = getattr(plugin, "host", None)
    if not host or "host" not in getattr(plugin, "template_tokens", {}):
        return None
    literal = f"[{host}]" if ":" in host else host
    port = f":{plugin.port}" if isinstance(plugin.port, int) else ""
    return f"{'https' if plugin.secure else 'http'}://{literal}{port}/"


def check_target(plugin: Any, allowed_hosts: Collection[str]) -> None:
    """The outbound guard, on the host the plugin connects to (if the user chose it)."""
    host_url = _host_url(plugin)
    if host_url is not None:
        check_url(host_url, allowed_hosts=allowed_hosts, purpose="webhook")


def parse_target(url: str, *, allowed_hosts: Collection[str]) -> ParsedTarget:
    """Validate an Apprise URL for storing: `InputError` naming what is wrong when Apprise
    cannot read it, `UnsafeTargetError` when its host is refused by the guard."""
    plugin = _plugin(url.strip())
    if plugin is None:
        raise InputError(_why_unreadable(url.strip()))
    check_target(plugin, allowed_hosts)
    return ParsedTarget(service=str(plugin.service_name), masked_url=plugin.url(privacy=True))


def cut(text: str, limit: int) -> str:
    """`text` in at most `limit` characters, cut at a word boundary with an ellipsis.

    >>> cut("Iraqi airstrikes target militants", 20)
    'Iraqi airstrikes…'
    >>> cut("short", 20)
    'short'
    """
    if limit <= 0 or len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS)]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip(" ,;:.-") + ELLIPSIS


def chat_body(story: StoryView) -> str:
    """The Markdown body: topics, outlets, a teaser of the summary and the link."""
    lines = [f"**Topics:** {', '.join(story.topics)}"]
    if story.sources:
        lines.append(f"**Outlets:** {', '.join(s.name for s in story.sources)}")
    teaser = cut(" ".join(story.summary.split()), SUMMARY_CHARS)
    if teaser:
        lines += ["", teaser]
    lines += ["", f"[Read the story]({story.url})"]
    return "\n".join(lines)


def send_one(url: str, title: str, body: str, *, allowed_hosts: Collection[str]) -> Outcome:
    """Check and send one message to one Apprise URL; None when delivered."""
    import apprise

    plugin = _plugin(url)
    if plugin is None:
        return DeliveryError("the Apprise URL can no longer be read", permanent=True)
    try:
        check_target(plugin, allowed_hosts)
    except UnsafeTargetError as refused:
        return refused
    title = cut(title, int(plugin.title_maxlen or 0))
    body = cut(body, int(plugin.body_maxlen or 0))
    sender = apprise.Apprise()
    sender.add(plugin)
    if sender.notify(body=body, title=title, body_format=apprise.NotifyFormat.MARKDOWN):
        return None
    return DeliveryError(f"{plugin.service_name} did not accept the message")


class AppriseChannel(ChannelKind[OutgoingMessage]):
    """Sends through Apprise, `max_workers` messages at once.

    Parameters:
      allowed_hosts: hosts exempt from the private-address block (the webhook list).
      max_per_s: deliveries per second at most to one target (0: no limit).
      limiter: counts sends against `max_per_s` (default: this process's own).
      disable_after_s: how long a target may fail before it is disabled.
      on_disable: what else to do when a target is disabled (tell its owner).
      max_workers: messages of a batch in flight at once.
    """

    name = NAME
    looks_up_receivers = True

    def __init__(
        self,
        *,
        allowed_hosts: Collection[str],
        max_per_s: int = 0,
        limiter: RateLimiter | None = None,
        disable_after_s: float = 5 * 24 * 3600.0,
        on_disable: Callable[[Session, AppriseChannelRow, str], None] | None = None,
        max_workers: int = 8,
    ) -> None:
        self._allowed_hosts = allowed_hosts
        self._max_per_s = max_per_s
        self._limiter = limiter or LocalRateLimiter()
        self.failure_runs = FailureRuns(
            AppriseChannelRow,
            "Apprise channel",
            timedelta(seconds=disable_after_s),
            on_disable,
        )
        self._max_workers = max_workers

    @classmethod
    def receivers(
        cls, session: Session, follows: Collection[Follow]
    ) -> dict[Follow, tuple[str, ...]]:
        """`apprise` delivers to each of the user's active Apprise channels, `apprise:<id>`
        to that one while it is active."""
        active: dict[int, list[int]] = {}
        for user_id, target_id in session.execute(
            select(AppriseChannelRow.user_id, AppriseChannelRow.id)
            .where(
                AppriseChannelRow.user_id.in_({user_id for user_id, _ in follows}),
                AppriseChannelRow.status == "active",
            )
            .order_by(AppriseChannelRow.id)
        ):
            active.setdefault(user_id, []).append(target_id)
        found: dict[Follow, tuple[str, ...]] = {}
        for user_id, channel in follows:
            ids = active.get(user_id, [])
            named = target_of(channel)
            chosen = [named] if named else ids
            found[(user_id, channel)] = tuple(f"{NAME}:{i}" for i in chosen if i in ids)
        return found

    def build(self, delivery: Delivery, address: str) -> OutgoingMessage:
        """The chat message for one notification, to the Apprise URL `address`."""
        story = delivery.story
        return OutgoingMessage(
            delivery.notification_id,
            target_of(delivery.channel),
            address,
            story.title,
            chat_body(story),
        )

    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[OutgoingMessage | DeliveryError]:
        """Each delivery's message to its target, loaded for the lot in one query."""
        chosen = select(AppriseChannelRow.id, AppriseChannelRow.url).where(
            AppriseChannelRow.id.in_({target_of(d.channel) for d in deliveries}),
            AppriseChannelRow.status == "active",
        )
        urls = {target_id: url for target_id, url in session.execute(chosen)}
        gone = DeliveryError("no active Apprise channel (disabled or removed)", permanent=True)
        return [
            self.build(d, urls[target_of(d.channel)]) if target_of(d.channel) in urls else gone
            for d in deliveries
        ]

    def send_batch(
        self, messages: Sequence[OutgoingMessage], record: Recorder, *, group: int
    ) -> None:
        """Send `max_workers` at a time, recording `group` outcomes at a time as they come."""
        pending: list[tuple[OutgoingMessage, Outcome]] = []
        with ThreadPoolExecutor(self._max_workers) as pool:
            for message, outcome in zip(messages, pool.map(self._send, messages), strict=True):
                pending.append((message, outcome))
                if len(pending) >= group:
                    record(pending)
                    pending = []
        if pending:
            record(pending)

    def _send(self, message: OutgoingMessage) -> Outcome:
        if self._max_per_s:
            key = f"{NAME}:{message.target_id}"
            wait_s = self._limiter.acquire(key, self._max_per_s)
            if wait_s:
                return DeferredError(
                    f"Apprise channel {message.target_id} is at its limit of "
                    f"{self._max_per_s} deliveries/s",
                    wait_s=wait_s,
                )
        return send_one(
            message.address, message.title, message.body, allowed_hosts=self._allowed_hosts
        )

    def classify(self, error: DeliveryError) -> Failure:
        """A refused target is disabled; otherwise Apprise does not say, so retry."""
        if isinstance(error, UnsafeTargetError):
            return Failure.DISABLE_TARGET
        return super().classify(error)
