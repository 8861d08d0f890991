"""The whole flow, one step per function: poll -> classify and match -> deliver.

Each step takes ids, does its work in one transaction, and returns the ids the next step
needs; who runs the next step (this process, or a Celery worker) is the dispatcher's
business (`alerts.dispatch`). A step that fails records why on its row and the batch goes on.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import FeedError
from alerts.feeds.fetch import fetch_feed
from alerts.feeds.parse import parse_feed
from alerts.feeds.stories import story_key
from alerts.matching.fanout import fan_out
from alerts.models import Article, NotificationStatus
from alerts.notify.outbox import deliver_notification, due_ids
from alerts.notify.senders import Senders
from alerts.store.tables import (
    ArticleRow,
    ArticleTopicRow,
    FeedRow,
    NotificationRow,
    StoryRow,
    utcnow,
)
from alerts.topics.classifier import Classifier

log = logging.getLogger(__name__)


def _insert_ignore(session: Session, table: type, **values: object) -> None:
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    session.execute(dialect.insert(table).values(**values).on_conflict_do_nothing())


def _story_id(session: Session, article: Article) -> int:
    key = story_key(article)
    _insert_ignore(session, StoryRow, key=key, title=article.title, created_at=utcnow())
    return session.scalars(select(StoryRow.id).where(StoryRow.key == key)).one()


def _store_articles(session: Session, feed: FeedRow, articles: tuple[Article, ...]) -> list[int]:
    known = set(session.scalars(select(ArticleRow.entry_key).where(ArticleRow.feed_id == feed.id)))
    new_ids = []
    for article in articles:
        if article.key in known:
            continue
        known.add(article.key)
        row = ArticleRow(
            feed_id=feed.id,
            story_id=_story_id(session, article),
            entry_key=article.key,
            url=article.url,
            title=article.title,
            summary=article.summary,
            published_at=article.published_at,
        )
        session.add(row)
        session.flush()
        new_ids.append(row.id)
    return new_ids


def _record_poll_error(feed: FeedRow, error: FeedError) -> None:
    feed.last_error = str(error)
    feed.error_count += 1
    feed.last_http_status = error.http_status
    feed.status = "failing"


def poll_feed(settings: Settings, session: Session, feed_id: int) -> list[int]:
    """Fetch and parse one feed, store entries not seen before; return the new article ids."""
    feed = session.get_one(FeedRow, feed_id)
    now = utcnow()
    feed.last_polled_at = now
    feed.next_poll_at = now + timedelta(seconds=settings.poll_interval_s)
    try:
        result = fetch_feed(
            feed.url,
            etag=feed.etag,
            last_modified=feed.last_modified,
            timeout_s=settings.http_timeout_s,
        )
    except FeedError as error:
        _record_poll_error(feed, error)
        session.commit()
        log.warning("poll failed: %s", error, extra={"feed_id": feed_id})
        return []
    feed.last_http_status, feed.etag, feed.last_modified = (
        result.status,
        result.etag,
        result.last_modified,
    )
    if result.not_modified:
        session.commit()
        return []
    parsed = parse_feed(result.body, base_url=result.url, content_type=result.content_type)
    feed.last_error = parsed.problem
    feed.status, feed.error_count = (
        ("failing", feed.error_count + 1)
        if parsed.problem and not parsed.articles
        else ("active", 0)
    )
    if feed.name is None and parsed.title:
        feed.name = parsed.title
    new_ids = _store_articles(session, feed, parsed.articles)
    session.commit()
    log.info(
        "polled", extra={"feed_id": feed_id, "articles": len(parsed.articles), "new": len(new_ids)}
    )
    return new_ids


def process_article(session: Session, classifier: Classifier, article_id: int) -> list[int]:
    """Classify a stored article, record its topics and fan it out in one transaction;
    return the ids of instant notifications to deliver. Re-running it is harmless."""
    article = session.get_one(ArticleRow, article_id)
    if article.state != "new":
        return []
    matches = classifier.classify(article.title, article.summary)
    for match in matches:
        _insert_ignore(
            session,
            ArticleTopicRow,
            article_id=article.id,
            topic=match.name,
            score=match.score,
            evidence=[e.as_dict() for e in match.evidence],
        )
    notification_ids = fan_out(
        session,
        article_id=article.id,
        story_id=article.story_id,
        topics=[m.name for m in matches],
        now=utcnow(),
    )
    article.state = "processed"
    session.commit()
    log.info(
        "classified",
        extra={
            "article_id": article_id,
            "topics": len(matches),
            "notifications": len(notification_ids),
        },
    )
    return notification_ids


def deliver(settings: Settings, session: Session, senders: Senders, notification_id: int) -> str:
    """Deliver one notification (see `alerts.notify.outbox`)."""
    return deliver_notification(settings, session, senders, notification_id)


def due_notifications(session: Session) -> list[int]:
    """Notifications whose delivery (or retry) is due now."""
    return due_ids(session, utcnow())


def active_feed_ids(session: Session) -> list[int]:
    """Every feed that is not disabled."""
    return list(
        session.scalars(select(FeedRow.id).where(FeedRow.status != "disabled").order_by(FeedRow.id))
    )


def outstanding_work(session: Session, *, polled_since: datetime) -> dict[str, int]:
    """What is still to do for a cycle started at `polled_since`: feeds not yet polled,
    articles not yet classified, deliveries due or in flight. All zero means finished."""
    now = utcnow()
    unpolled = (
        select(func.count())
        .select_from(FeedRow)
        .where(
            FeedRow.status != "disabled",
            (FeedRow.last_polled_at.is_(None)) | (FeedRow.last_polled_at < polled_since),
        )
    )
    unclassified = select(func.count()).select_from(ArticleRow).where(ArticleRow.state == "new")
    undelivered = (
        select(func.count())
        .select_from(NotificationRow)
        .where(
            (
                (NotificationRow.status == NotificationStatus.PENDING)
                & (NotificationRow.next_attempt_at <= now)
            )
            | (NotificationRow.status == NotificationStatus.SENDING)
        )
    )
    return {
        "feeds": session.scalar(unpolled) or 0,
        "articles": session.scalar(unclassified) or 0,
        "deliveries": session.scalar(undelivered) or 0,
    }


@dataclass(frozen=True)
class CycleReport:
    """What a cycle did: new articles, notifications by status, work still outstanding."""

    articles: int
    notifications: dict[str, int]
    outstanding: dict[str, int]

    def as_dict(self) -> dict[str, object]:
        """As `alerts run --once --json` prints it."""
        return asdict(self)


def cycle_report(session: Session, *, since: datetime) -> CycleReport:
    """Report on the cycle started at `since`."""
    articles = session.scalar(
        select(func.count()).select_from(ArticleRow).where(ArticleRow.first_seen_at >= since)
    )
    by_status = session.execute(
        select(NotificationRow.status, func.count())
        .where((NotificationRow.created_at >= since) | (NotificationRow.sent_at >= since))
        .group_by(NotificationRow.status)
    ).all()
    return CycleReport(
        articles=articles or 0,
        notifications={status: count for status, count in by_status},
        outstanding=outstanding_work(session, polled_since=since),
    )
