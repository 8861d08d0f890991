"""The webhook channel: the `article.matched` event, signed per Standard Webhooks, POSTed to
the follower's endpoint (the HTTP client is `alerts.notify.webhook`'s, its one home).

Who can receive: a follower with an active endpoint. Webhooks are machine-to-machine, so
quiet hours and the hourly cap do not apply. A row is bound to its endpoint when it is
first claimed (the one it names, else its user's first active one), so its retries go to
the same endpoint and carry the same `webhook-id`. Each endpoint has its own rate limit
(its `rate_limit_per_s`, else `ALERTS_WEBHOOK_RATE_LIMIT_PER_S`); a send over it is
deferred. An endpoint that answers 410 is disabled at once, one failing for
`ALERTS_WEBHOOK_DISABLE_AFTER_S` when that time has passed; its owner is told by e-mail.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.models import Channel
from alerts.notify.channels.base import (
    Bound,
    ChannelKind,
    Delivery,
    Failure,
    Follow,
    Outcome,
    OutgoingMessage,
    Recorder,
)
from alerts.notify.channels.failures import FailureRuns, tell_owner
from alerts.notify.email import MailSender
from alerts.notify.render import StoryView
from alerts.notify.views import article_topics
from alerts.notify.webhook import (
    EndpointGoneError,
    SignedRequest,
    WebhookJob,
    WebhookSender,
    serialise,
    sign_body,
)
from alerts.store.ids import id_in
from alerts.store.tables import FollowRow, NotificationRow, WebhookEndpointRow

log = logging.getLogger(__name__)
NAME = Channel.WEBHOOK.value


def webhook_payload(
    story: StoryView, *, article_topics: list[str], user_id: int
) -> dict[str, object]:
    """The `article.matched` event body (documented in the README)."""
    return {
        "type": "article.matched",
        "data": {
            "article": {
                "id": story.article_id,
                "url": story.url,
                "title": story.title,
                "summary": story.summary,
                "published": story.published.isoformat() if story.published else None,
                "topics": article_topics,
            },
            "story_id": story.story_id,
            "sources": [{"name": s.name, "url": s.url} for s in story.sources],
            "matched_topics": list(story.topics),
            "user_id": user_id,
        },
    }


class _Bodies:
    """`serialise(webhook_payload(…))` of each delivery, with what all followers of an article
    share (the article and its sources) serialised once: keys sorted, the body is that
    shared text with the follower's matched topics and user id spliced in (a test compares
    the two)."""

    def __init__(self) -> None:
        self._shared: dict[tuple[object, ...], tuple[str, str, str]] = {}
        self._matched: dict[tuple[str, ...], str] = {}  # most followers matched the same

    def body(
        self, story: StoryView, matched: Sequence[str], article_topics: list[str], user_id: int
    ) -> str:
        """The body for one follower of `story` who matched `matched` (the topic keys)."""
        key: tuple[object, ...] = (story.article_id, story.story_id, story.url, story.title)
        key += (story.summary, story.published, story.sources, tuple(article_topics))
        shared = self._shared.get(key)
        if shared is None:
            data = webhook_payload(story, article_topics=article_topics, user_id=0)["data"]
            assert isinstance(data, dict)
            shared = (serialise(data["article"]), serialise(data["sources"]), str(story.story_id))
            self._shared[key] = shared
        article, sources, story_id = shared
        topics = tuple(matched)
        if topics not in self._matched:
            self._matched[topics] = serialise(list(topics))
        return (
            f'{{"data":{{"article":{article},"matched_topics":{self._matched[topics]},'
            f'"sources":{sources},"story_id":{story_id},"user_id":{user_id}}},'
            f'"type":"article.matched"}}'
        )


@dataclass(frozen=True)
class WebhookMessage(OutgoingMessage):
    """A signed request for one endpoint, and the endpoint's limit (0: none)."""

    request: SignedRequest
    max_per_s: int


class WebhookChannel(ChannelKind[WebhookMessage]):
    """Sends over `sender`'s pooled client, all of a batch at once.

    Parameters:
      settings: the default rate limit, the disabling delay, and the owner's e-mail texts.
      sender: the HTTP sender (outbound guard, pooling, per-endpoint concurrency).
      mail: where the note to the owner of a disabled endpoint goes.
    """

    name = NAME
    quiet_hours_apply = False

    def __init__(self, *, settings: Settings, sender: WebhookSender, mail: MailSender) -> None:
        self._settings = settings
        self._sender = sender
        self._mail = mail
        self.failure_runs = FailureRuns(
            WebhookEndpointRow,
            "webhook endpoint",
            timedelta(seconds=settings.webhook_disable_after_s),
            tell_owner(settings, mail, "webhook endpoint"),
        )

    @classmethod
    def receivers(
        cls, session: Session, follows: Collection[Follow]
    ) -> dict[Follow, tuple[str, ...]]:
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

    @classmethod
    def receivable(cls, bound: Bound) -> ColumnElement[bool]:
        """The same rule in SQL, on a follow row: its user has an active endpoint."""
        return exists().where(
            WebhookEndpointRow.user_id == FollowRow.user_id,
            WebhookEndpointRow.status == "active",
            bound(WebhookEndpointRow.user_id),
        )

    def claim_values(self) -> dict[str, object]:
        """Bind each row to its endpoint: the one it names, else its user's first active one."""
        first_active = (
            select(func.min(WebhookEndpointRow.id))
            .where(
                WebhookEndpointRow.user_id == NotificationRow.user_id,
                WebhookEndpointRow.status == "active",
            )
            .scalar_subquery()
        )
        return {"endpoint_id": func.coalesce(NotificationRow.endpoint_id, first_active)}

    def target_rows(self, target_id: int) -> ColumnElement[bool]:
        """The rows bound to an endpoint."""
        return NotificationRow.endpoint_id == target_id

    def build_batch(
        self, session: Session, deliveries: Sequence[Delivery]
    ) -> list[WebhookMessage | DeliveryError]:
        """Sign every row for its endpoint (loaded in one query), each article's topics
        looked up once; a permanent error for a row without an active endpoint."""
        endpoints = {
            e.id: e
            for e in session.execute(
                select(
                    WebhookEndpointRow.id,
                    WebhookEndpointRow.url,
                    WebhookEndpointRow.secret,
                    WebhookEndpointRow.rate_limit_per_s,
                ).where(
                    id_in(session, WebhookEndpointRow.id, {d.target_id for d in deliveries}),
                    WebhookEndpointRow.status == "active",
                )
            )
        }
        tagged: dict[int, list[str]] = {}
        bodies = _Bodies()
        now = datetime.now(UTC)  # one signing time for the batch, sent within seconds
        gone = DeliveryError("no active webhook endpoint (disabled or deleted)", permanent=True)
        built: list[WebhookMessage | DeliveryError] = []
        for delivery in deliveries:
            endpoint = endpoints.get(delivery.target_id)
            if endpoint is None:
                built.append(gone)
                continue
            story = delivery.story
            if story.article_id not in tagged:
                tagged[story.article_id] = article_topics(session, story.article_id)
            # the topic keys, as webhooks always named them
            body = bodies.body(story, delivery.topics, tagged[story.article_id], delivery.user_id)
            request = sign_body(endpoint.secret, delivery.delivery_id, body, now=now)
            limit = endpoint.rate_limit_per_s
            max_per_s = self._settings.webhook_rate_limit_per_s if limit is None else limit
            built.append(
                WebhookMessage(
                    delivery.notification_id,
                    endpoint.id,
                    endpoint.url,
                    story.title,
                    request.body,
                    request=request,
                    max_per_s=max_per_s,
                )
            )
        return built

    def send_batch(
        self, messages: Sequence[WebhookMessage], record: Recorder, *, group: int
    ) -> None:
        """Send every request concurrently, outcomes recorded in groups of `group` (or a
        multiple of it, when the recorder lags) as they come."""
        by_id = {m.notification_id: m for m in messages}
        jobs = [
            WebhookJob(m.notification_id, m.target_id, m.address, m.request, m.max_per_s)
            for m in messages
        ]

        def record_jobs(outcomes: list[tuple[WebhookJob, Outcome]]) -> None:
            record([(by_id[job.notification_id], outcome) for job, outcome in outcomes])

        self._sender.send_batch(jobs, record_jobs, group=group)

    def classify(self, error: DeliveryError) -> Failure:
        """410 Gone disables the endpoint; otherwise the HTTP status decided."""
        if isinstance(error, EndpointGoneError):
            return Failure.DISABLE_TARGET
        return super().classify(error)
