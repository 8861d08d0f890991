"""A large fan-out split into one task per follower range.

A story followed by a million people is a hundred ranges of ten thousand followers; each
range is written by its own task, so workers share the work and every transaction stays
small. A range's notification rows and its `done_at` commit together: a range still open
long after it was handed out lost its task (a killed worker, a broker restart), and the
sweeper runs it again, which writes nothing twice (`fan_out_range` is idempotent). The
article counts as processed once its last range is done.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import Session

from alerts.matching.fanout import FANOUT_CHUNK, fan_out_range, follower_ranges
from alerts.store.tables import ArticleRow, ArticleTopicRow, FanoutRangeRow, FollowRow
from alerts.store.visibility import audience

FANNING = "fanning"
"""Article state between handing out its ranges and finishing the last one."""


def plan(
    session: Session,
    article: ArticleRow,
    topics: list[str],
    now: datetime,
    *,
    chunk_size: int = FANOUT_CHUNK,
) -> list[int] | None:
    """Record the ranges of a fan-out too large for one task and mark the article as
    fanning out; return the range ids to hand out, none when another worker planned this
    article already, or None when one task should do the whole fan-out. The article is
    taken by a conditional update first, so a second planner (a redelivered task, the
    sweeper) waits for the first, then finds it taken."""
    allowed = audience(session, article.id, FollowRow.user_id)
    ranges = follower_ranges(session, topics, chunk_size=chunk_size, where=allowed)
    if len(ranges) <= 1:
        return None
    taken = session.execute(
        update(ArticleRow)
        .where(ArticleRow.id == article.id, ArticleRow.state == "new")
        .values(state=FANNING)
        .execution_options(synchronize_session=False)
    )
    if not taken.rowcount:  # type: ignore[attr-defined]
        return []
    session.add_all(
        FanoutRangeRow(article_id=article.id, low=low, high=high, dispatched_at=now)
        for low, high in ranges
    )
    session.flush()
    return list(
        session.scalars(
            select(FanoutRangeRow.id)
            .where(FanoutRangeRow.article_id == article.id)
            .order_by(FanoutRangeRow.low)
        )
    )


def run(session: Session, range_id: int, now: datetime) -> list[int]:
    """Write one range's notifications and mark it done (the caller commits both);
    return the ids of the new instant ones. A range done already writes nothing; the
    row lock makes a second runner of the same range wait, then find it done."""
    part = session.scalars(
        select(FanoutRangeRow).where(FanoutRangeRow.id == range_id).with_for_update()
    ).one_or_none()
    if part is None or part.done_at is not None:
        return []
    article = session.get_one(ArticleRow, part.article_id)
    topics = session.scalars(
        select(ArticleTopicRow.topic).where(ArticleTopicRow.article_id == article.id)
    )
    ids = fan_out_range(
        session,
        article_id=article.id,
        story_id=article.story_id,
        topics=list(topics),
        now=now,
        user_range=(part.low, part.high),
    )
    part.done_at = now
    session.flush()
    finish(session, article.id)
    return ids


def finish(session: Session, article_id: int | None = None) -> None:
    """Mark fanning articles with no open range as processed (one, or all of them). Two
    last ranges finishing at once may each still see the other open; the sweeper's call
    settles those."""
    open_range = exists().where(
        FanoutRangeRow.article_id == ArticleRow.id, FanoutRangeRow.done_at.is_(None)
    )
    where = and_(ArticleRow.state == FANNING, ~open_range)
    if article_id is not None:
        where = and_(where, ArticleRow.id == article_id)
    session.execute(
        update(ArticleRow)
        .where(where)
        .values(state="processed")
        .execution_options(synchronize_session=False)
    )


def stalled(
    session: Session, now: datetime, stale_after: timedelta, *, limit: int = 10
) -> list[int]:
    """Open ranges handed out more than `stale_after` ago: their task was lost, or is very
    late. They count as handed out again from `now`, so the next sweep leaves them be;
    ranges another sweeper or task holds are skipped, not waited for."""
    query = (
        select(FanoutRangeRow.id)
        .where(
            FanoutRangeRow.done_at.is_(None),
            FanoutRangeRow.dispatched_at < now - stale_after,
        )
        .order_by(FanoutRangeRow.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list(session.scalars(query))
    if ids:
        session.execute(
            update(FanoutRangeRow)
            .where(FanoutRangeRow.id.in_(ids))
            .values(dispatched_at=now)
            .execution_options(synchronize_session=False)
        )
    return ids
