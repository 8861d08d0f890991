"""The whole flow, one step per function: poll -> classify and match -> deliver.

Each step takes ids, does its work in one transaction, and returns the ids the next step
needs; who runs the next step (this process, or a Celery worker) is the dispatcher's
business (`alerts.dispatch`). A step that fails records why on its row and the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import cast

from sqlalchemy import Table, exists, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from alerts.config import Settings
from alerts.feeds.stories import fingerprint
from alerts.feeds.watcher import (
    PollReport,
    apply_result,
    fetch_batch,
    limits_from,
    policy_from,
    schedule,
)
from alerts.matching import split as split_fanout
from alerts.matching.batch import FollowedArticle, fan_out_batch
from alerts.matching.fanout import followed_topics
from alerts.matching.stories import join_stories
from alerts.models import NotificationStatus, TopicMatch
from alerts.notify.digest import release_stale
from alerts.notify.outbox import DELIVERY_BATCH, deliver_due, deliver_notification
from alerts.notify.outbox import deliver_batch as outbox_deliver_batch
from alerts.notify.senders import Senders
from alerts.store.articles import store_new_articles
from alerts.store.tables import (
    ArticleRow,
    ArticleTopicRow,
    FeedRow,
    NotificationRow,
    UserFeedRow,
    utcnow,
)
from alerts.topics.backfill import source_text
from alerts.topics.classifier import ArticleText, Classifier, classify_all

log = logging.getLogger(__name__)
CLASSIFY_BATCH = 500  # texts per classifier call (`_classified`)


def poll_feeds(settings: Settings, session: Session, feed_ids: list[int]) -> list[int]:
    """Fetch a batch of feeds concurrently, record each one's health and schedule, and
    store entries not seen before; return the new article ids. One bad feed never stops
    the batch: its error is recorded on its row. A feed disabled since the batch was handed
    out is left alone (a successful poll would otherwise mark it active again). The feed
    rows are written once, in the commit's flush (an executemany per set of changed
    columns), not once before the articles and again after their schedule."""
    batch = FeedRow.id.in_(feed_ids) & (FeedRow.status != "disabled")
    feeds = list(session.scalars(select(FeedRow).where(batch).order_by(FeedRow.id)))
    results = fetch_batch(limits_from(settings), feeds, allowed_hosts=settings.feed_allowed_hosts)
    now, report = utcnow(), PollReport()
    entries = [
        (f.id, a) for f in feeds for a in apply_result(session, f, results[f.id], now, report)
    ]
    with session.no_autoflush:  # the feeds' health and schedule go in one flush, at commit
        new_by_feed = store_new_articles(session, entries, now)
    policy = policy_from(settings)
    for feed in feeds:
        schedule(feed, policy, now, had_new=feed.id in new_by_feed)
        if feed.last_error:
            log.warning("feed problem: %s", feed.last_error, extra={"feed_id": feed.id})
    new_ids = sorted(i for ids in new_by_feed.values() for i in ids)
    session.commit()
    log.info(
        "polled",
        extra={"feeds": len(feeds), "new": len(new_ids)} | report.counts(),
    )
    return new_ids


@dataclass(frozen=True)
class Processed:
    """What processing an article left to do next."""

    notification_ids: list[int]  # new instant notifications, to deliver now
    range_ids: list[int]  # follower ranges of a large fan-out, one task each (`run_range`)


def _classify_and_join(
    settings: Settings, session: Session, classifier: Classifier, articles: list[ArticleRow]
) -> dict[int, list[str]]:
    """Classify, join the stories and record the topics, committed on their own: the story
    join's lock (one join at a time across workers) is not held through a long fan-out.
    Returns each article's topic names."""
    feed_ids = {a.feed_id for a in articles}
    feeds = session.scalars(select(FeedRow).where(FeedRow.id.in_(feed_ids)))
    sources = {f.id: source_text(f.name, f.url) for f in feeds}
    texts = [ArticleText(a.title, a.summary, sources.get(a.feed_id, "")) for a in articles]
    topics: dict[int, list[str]] = {}
    joins, rows = [], []
    for article, matches in zip(articles, _classified(classifier, texts), strict=True):
        direct = [m.name for m in matches if any(e.via is None for e in m.evidence)]
        joins.append((article, fingerprint(article.title, article.summary, direct)))
        topics[article.id] = [m.name for m in matches]
        rows += [
            {
                "article_id": article.id,
                "topic": m.name,
                "score": m.score,
                "evidence": [e.as_dict() for e in m.evidence],
            }
            for m in matches
        ]
    join_stories(session, joins, settings)
    if rows:
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        session.execute(dialect.insert(ArticleTopicRow.__table__).on_conflict_do_nothing(), rows)
    session.commit()
    return topics


def _classified(classifier: Classifier, texts: list[ArticleText]) -> Iterator[list[TopicMatch]]:
    """Each text's topics, `CLASSIFY_BATCH` texts per call: a model weighs a few hundred
    rows at once faster than a whole poll batch's (1,500 rows took a tenth longer)."""
    for start in range(0, len(texts), CLASSIFY_BATCH):
        yield from classify_all(classifier, texts[start : start + CLASSIFY_BATCH])


def process_articles(
    settings: Settings,
    session: Session,
    classifier: Classifier,
    article_ids: list[int],
    *,
    split: bool = False,
) -> Processed:
    """Classify stored articles, join each to its story (a near-duplicate from another
    outlet joins the existing one), record their topics and fan them out, a batch at a time:
    a few statements and two commits per batch, not per article. With `split` (workers), a
    fan-out of more than one follower range is handed out range by range instead
    (`alerts.matching.split`). Re-running it is harmless: a settled story stays, topics and
    notification rows are insert-or-ignore, and an article stays "new" until its fan-out
    (or its plan of ranges) has committed."""
    new = ArticleRow.id.in_(article_ids) & (ArticleRow.state == "new")
    articles = list(session.scalars(select(ArticleRow).where(new).order_by(ArticleRow.id)))
    if not articles:
        return Processed([], [])
    topics = _classify_and_join(settings, session, classifier, articles)
    written, planned = _fan_out(settings, session, articles, topics, split)
    notification_ids: list[int] = []
    range_ids: list[int] = []
    done: list[ArticleRow] = []
    for article in articles:
        ranges = planned.get(article.id)
        if ranges is None:
            done.append(article)
        notification_ids += written.get(article.id, [])
        range_ids += ranges or []
        log.info(
            "classified",
            extra={
                "article_id": article.id,
                "topics": len(topics[article.id]),
                "notifications": len(written.get(article.id, [])),
                "ranges": len(ranges or []),
            },
        )
    _mark_processed(session, done)
    session.commit()
    return Processed(notification_ids, range_ids)


def _fan_out(
    settings: Settings,
    session: Session,
    articles: list[ArticleRow],
    topics: dict[int, list[str]],
    split: bool,
) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Fan out the batch's followed articles: each one's notification ids written, and
    with `split` the planned range ids of those left to their ranges. The articles written
    at once go in one `fan_out_batch`, as many statements for the batch as for one."""
    followed = followed_topics(session, (t for names in topics.values() for t in names))
    now, chunk = utcnow(), settings.fanout_chunk
    planned: dict[int, list[int]] = {}
    batch: list[FollowedArticle] = []
    for article in articles:
        wanted = sorted(followed.intersection(topics[article.id]))  # the topics to read
        if not wanted:
            continue  # no one follows its topics: nothing to write
        ranges = (
            split_fanout.plan(session, article, wanted, now, chunk_size=chunk) if split else None
        )
        if ranges is not None:
            planned[article.id] = ranges
            continue
        text = f"{article.title}\n{article.summary}"
        batch.append(
            FollowedArticle(article.id, article.story_id, article.feed_id, text, tuple(wanted))
        )
    written = fan_out_batch(session, batch, now=now, chunk_size=chunk)
    return {a.article_id: ids for a, ids in zip(batch, written, strict=True)}, planned


def _mark_processed(session: Session, articles: list[ArticleRow]) -> None:
    """One statement for the batch, rather than one row update per article at each flush.
    Through Core, and the loaded rows told their new state here: the ORM's statement looked
    for every article of the session in its IN list (`synchronize_session`), which on a
    burst of 1,500 cost three times the update itself."""
    if not articles:
        return
    table = cast(Table, ArticleRow.__table__)
    ids = [article.id for article in articles]
    session.connection().execute(update(table).where(table.c.id.in_(ids)).values(state="processed"))
    for article in articles:
        set_committed_value(article, "state", "processed")  # as stored: nothing to flush


def process_article(
    settings: Settings,
    session: Session,
    classifier: Classifier,
    article_id: int,
    *,
    split: bool = False,
) -> Processed:
    """`process_articles` for one article (a worker's task)."""
    return process_articles(settings, session, classifier, [article_id], split=split)


def run_range(session: Session, range_id: int) -> list[int]:
    """Fan one follower range of a large fan-out out; return its instant notification ids."""
    notification_ids = split_fanout.run(session, range_id, utcnow())
    session.commit()
    return notification_ids


def deliver(settings: Settings, session: Session, senders: Senders, notification_id: int) -> str:
    """Deliver one notification right after it was created (see `alerts.notify.outbox`)."""
    return deliver_notification(settings, session, senders, notification_id)


def deliver_batch(
    settings: Settings, session: Session, senders: Senders, notification_ids: list[int]
) -> int:
    """Deliver a fan-out's batch of notifications at once (see `alerts.notify.outbox`)."""
    return outbox_deliver_batch(settings, session, senders, notification_ids)


def sweep(settings: Settings, session: Session, senders: Senders, classifier: Classifier) -> int:
    """Finish what was not finished on the spot: articles whose classification task was lost
    (a broker restart, a killed worker), fan-out ranges whose task was lost, articles whose
    last range finished alongside another, digests whose run died before recording them,
    then every due delivery — retries, rows whose task
    was lost, rows a dead worker abandoned. The notifications the sweep itself writes are
    delivered at once: no task was given them. Returns how many deliveries were attempted."""
    lease = timedelta(seconds=settings.delivery_lease_s)
    unclassified = (ArticleRow.state == "new") & (ArticleRow.first_seen_at < utcnow() - lease)
    orphans = session.scalars(select(ArticleRow.id).where(unclassified).limit(100)).all()
    written: list[int] = []
    for article_id in orphans:
        written += process_article(settings, session, classifier, article_id).notification_ids
    for range_id in split_fanout.stalled(session, utcnow(), lease):
        written += run_range(session, range_id)
    split_fanout.finish(session)
    release_stale(session, utcnow())
    attempted = 0
    for start in range(0, len(written), DELIVERY_BATCH):
        batch = written[start : start + DELIVERY_BATCH]
        attempted += outbox_deliver_batch(settings, session, senders, batch)
    return attempted + deliver_due(settings, session, senders)


def _pollable(now: datetime):  # type: ignore[no-untyped-def]
    """Not disabled, not held by `Retry-After`, and someone reads it: a subscriber's own
    source that nobody links any more is left alone until someone adds it again."""
    linked = exists().where(UserFeedRow.feed_id == FeedRow.id)
    return (
        (FeedRow.status != "disabled")
        & (FeedRow.hold_until.is_(None) | (FeedRow.hold_until <= now))
        & (FeedRow.shared.is_(True) | linked)
    )


def pollable_feed_ids(session: Session, *, due_only: bool) -> list[int]:
    """Feeds to poll now: never disabled ones, never one whose server asked us to wait
    (Retry-After), never a personal source nobody links; with `due_only`, only those whose
    `next_poll_at` has come."""
    now = utcnow()
    query = select(FeedRow.id).where(_pollable(now))
    if due_only:
        query = query.where(FeedRow.next_poll_at.is_(None) | (FeedRow.next_poll_at <= now))
    return list(session.scalars(query.order_by(FeedRow.id)))


def outstanding_work(session: Session, *, polled_since: datetime) -> dict[str, int]:
    """What is still to do for a cycle started at `polled_since`: feeds not yet polled,
    articles not yet classified, deliveries due or in flight. All zero means finished."""
    now = utcnow()
    unpolled = (
        select(func.count())
        .select_from(FeedRow)
        .where(
            _pollable(now),
            (FeedRow.last_polled_at.is_(None)) | (FeedRow.last_polled_at < polled_since),
        )
    )
    unclassified = (
        select(func.count())
        .select_from(ArticleRow)
        .where(ArticleRow.state.in_(("new", split_fanout.FANNING)))
    )
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
class CycleCounts:
    """What the watcher logs for each cycle."""

    articles: int  # first seen since the previous line
    sent: int  # notifications sent since the previous line


def cycle_counts(session: Session, *, since: datetime) -> CycleCounts:
    """Articles first seen and notifications sent since `since`: two index range counts
    (migration 0013), cheap enough for every cycle of the watcher."""
    articles = select(func.count()).where(ArticleRow.first_seen_at >= since)
    sent = select(func.count()).where(
        NotificationRow.sent_at.is_not(None),  # the partial index's own condition
        NotificationRow.sent_at >= since,
        NotificationRow.status == NotificationStatus.SENT,
    )
    return CycleCounts(session.scalar(articles) or 0, session.scalar(sent) or 0)


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
    """Report on the cycle started at `since` (`alerts run --once`, once per command: it
    reads every notification of the period and what is still outstanding)."""
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
