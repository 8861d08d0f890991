"""The schema. Uniqueness that the product promises lives here, not in memory:
one article per (feed, entry key), one story per key, one notification per
(user, channel, story), one digest per (user, period, period key)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from alerts.topics.prefilter import index_text


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite drops the zone otherwise)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base for every table."""


class Meta(Base):
    """Instance-wide values, such as the generated signing secret."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FeedRow(Base):
    __tablename__ = "feeds"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    name: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="active")
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_http_status: Mapped[int | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(default=0)
    last_polled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_poll_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    interval_s: Mapped[float | None]  # per-feed override of ALERTS_POLL_INTERVAL_S
    update_interval_s: Mapped[float | None]  # observed mean time between new entries
    last_new_entry_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    hold_until: Mapped[datetime | None] = mapped_column(UtcDateTime)  # Retry-After from the server
    polls_total: Mapped[int] = mapped_column(default=0)
    fetch_errors_total: Mapped[int] = mapped_column(default=0)
    # Migration 0013: false for a feed only subscribers added, whose articles reach only the
    # users linking it (`UserFeedRow`, `alerts.store.visibility`); an operator's feed is shared.
    shared: Mapped[bool] = mapped_column(default=True, server_default=true())
    # Migration 0014: SHA-256 of the last body read in full (an unchanged 200 is not parsed
    # again), and how the last poll went: parsed, unchanged, not_modified or failed.
    content_hash: Mapped[str | None] = mapped_column(String(64))
    last_outcome: Mapped[str | None] = mapped_column(String(16))


class UserFeedRow(Base):
    """A subscriber's own source (migration 0013): the user added the feed. A URL added by
    several users is one feed, polled once, with one row per user."""

    __tablename__ = "user_feeds"
    __table_args__ = (UniqueConstraint("user_id", "feed_id", name="uq_user_feeds"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StoryRow(Base):
    __tablename__ = "stories"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(2048), unique=True)
    title: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)
    fingerprint: Mapped[dict[str, list[str]] | None] = mapped_column(JSON)


def _search_text(context: DefaultExecutionContext) -> str:
    """Computed on every insert, however the row is written, so no article escapes the
    index."""
    given = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return index_text(given.get("title") or "", given.get("summary") or "")


class ArticleRow(Base):
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("feed_id", "entry_key", name="uq_articles_feed_entry"),
        Index("ix_articles_state", "state"),
        Index("ix_articles_first_seen", "first_seen_at"),  # 0013: the cycle's log line
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"))
    story_id: Mapped[int] = mapped_column(ForeignKey("stories.id"), index=True)
    entry_key: Mapped[str] = mapped_column(String(2048))
    url: Mapped[str] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    published_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(16), default="new")
    # Migration 0011: the folded words that the full-text index covers (`alerts.topics.search`).
    search_text: Mapped[str] = mapped_column(Text, default=_search_text, server_default="")


class ArticleTopicRow(Base):
    __tablename__ = "article_topics"
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    topic: Mapped[str] = mapped_column(String(200), primary_key=True, index=True)
    score: Mapped[float]
    evidence: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    digest_hour: Mapped[int | None]
    api_key_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Preferences (migration 0004): see alerts/accounts/preferences.py for their meaning.
    weekly_weekday: Mapped[int | None]
    quiet_start: Mapped[str | None] = mapped_column(String(5))
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    quiet_mode: Mapped[str] = mapped_column(String(8), default="hold", server_default="hold")
    paused: Mapped[bool] = mapped_column(default=False, server_default=false())
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    default_channel: Mapped[str] = mapped_column(
        String(16), default="email", server_default="email"
    )
    instant_cap_per_hour: Mapped[int | None]
    cap_notice_due: Mapped[bool] = mapped_column(default=False, server_default=false())
    cap_noticed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # The capability in the personal feed URLs (migration 0011): see alerts/inbox/tokens.py.
    inbox_token: Mapped[str | None] = mapped_column(String(64), unique=True, index=True)


class WebhookEndpointRow(Base):
    __tablename__ = "webhook_endpoints"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2048))
    secret: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    failing_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # Deliveries/s at most; NULL: ALERTS_WEBHOOK_RATE_LIMIT_PER_S, 0: no limit (0008).
    rate_limit_per_s: Mapped[int | None] = mapped_column()


class AppriseChannelRow(Base):
    """One of a user's Apprise targets (migration 0013). `url` holds the secrets and is read
    only to send; `masked_url` (Apprise's privacy form, computed once) is what is shown."""

    __tablename__ = "apprise_channels"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_apprise_channels_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(64))
    service: Mapped[str] = mapped_column(String(64))
    url: Mapped[str] = mapped_column(Text)
    masked_url: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="active")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    failing_since: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class FollowRow(Base):
    __tablename__ = "follows"
    __table_args__ = (
        UniqueConstraint("user_id", "topic", "channel", name="uq_follows"),
        # A topic's followers in user-id order: fan-out ranges and their bounds (0007).
        Index("ix_follows_topic_user", "topic", "user_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    topic: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # Per-follow overrides (migration 0004).
    exclude: Mapped[list[str]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    snoozed_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    ignore_quiet: Mapped[bool] = mapped_column(default=False, server_default=false())


class DigestRow(Base):
    __tablename__ = "digests"
    __table_args__ = (UniqueConstraint("user_id", "period", "period_key", name="uq_digests"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    period: Mapped[str] = mapped_column(String(16))
    period_key: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="pending")
    message_id: Mapped[str] = mapped_column(String(200))
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class NotificationRow(Base):
    __tablename__ = "notifications"
    __table_args__ = (
        UniqueConstraint("user_id", "channel", "story_id", name="uq_notifications"),
        Index("ix_notifications_due", "status", "next_attempt_at"),
        Index(
            "ix_notifications_digest_id",
            "digest_id",
            postgresql_where=text("digest_id IS NOT NULL"),
            sqlite_where=text("digest_id IS NOT NULL"),
        ),
        Index(  # 0013: the cycle's log line; sent rows only, so a fan-out adds no entries
            "ix_notifications_sent_at",
            "sent_at",
            postgresql_where=text("sent_at IS NOT NULL"),
            sqlite_where=text("sent_at IS NOT NULL"),
        ),
    )
    # No foreign keys on user, story and article, and no unique delivery id: every row is
    # written by a fan-out from rows of the same transaction, and these checks were most of
    # a large fan-out's cost (migration 0007). The unique key above stays: it is the dedupe.
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int]
    story_id: Mapped[int]
    article_id: Mapped[int]
    channel: Mapped[str] = mapped_column(String(16))
    mode: Mapped[str] = mapped_column(String(16))
    topics: Mapped[list[str]] = mapped_column(JSON)
    delivery_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("digests.id"))
    endpoint_id: Mapped[int | None] = mapped_column(
        ForeignKey("webhook_endpoints.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Why an instant match was held or deferred: "quiet" hours or the hourly "cap" (0004).
    held_reason: Mapped[str | None] = mapped_column(String(16))
    # When the user marked the story read; null: unread (0011, `alerts.notify.history`).
    read_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class FanoutRangeRow(Base):
    """One follower range of a large fan-out, handed to its own task (migration 0009). The
    range's notification rows and `done_at` commit together, so an unfinished range is
    exactly one whose task was lost or is still running; the sweeper re-runs stale ones."""

    __tablename__ = "fanout_ranges"
    __table_args__ = (
        Index("ix_fanout_ranges_open", "done_at", "dispatched_at"),
        UniqueConstraint("article_id", "low", name="uq_fanout_ranges"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    low: Mapped[int]
    high: Mapped[int | None]
    dispatched_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class SuppressionRow(Base):
    """Addresses that bounced hard: counted, and refused once past the limit."""

    __tablename__ = "suppressions"
    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    hard_failures: Mapped[int] = mapped_column(default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    suppressed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CustomTopicRow(Base):
    """A user-defined topic (migration 0003): a query in the topic query language and an
    optional parent. Classifiers recompile when the table's (count, latest update) changes."""

    __tablename__ = "custom_topics"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    parent: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, index=True)


class SigninLinkRow(Base):
    """An e-mailed sign-in link (migration 0013): only the token's SHA-256 is kept; the link
    works until `expires_at`, once (`used_at`)."""

    __tablename__ = "signin_links"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class WebSessionRow(Base):
    """A signed-in browser (migration 0013): the cookie's SHA-256, until `expires_at` or
    until the user signs it (or every session) out, which deletes the row."""

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class PersonalAlertRow(Base):
    """A subscriber's own alert (migration 0013): a private topic written in the query
    language, matched and seen only for its owner. Its topic key is `alert:<id>`
    (`alerts.topics.personal`), so its name never reaches another user's rows."""

    __tablename__ = "personal_alerts"
    __table_args__ = (UniqueConstraint("user_id", "name", name="uq_personal_alerts_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    query: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
