"""Fan-out of a batch of followed articles at once, on the row-by-row path (SQLite).

`fan_out` reads, per article, who may see it, its follower ranges, the follows of its
topics, their receivers, their users and what those users were sent in the past hour, then
inserts its rows: a handful of statements per followed article. `fan_out_batch` reads each
of those once for the batch and inserts every row in one statement, and writes what
`fan_out` writes called article after article: the articles are planned in order, and what
one article's rows change for the next is carried in Python instead of read back. A (user,
channel, story) notified already, in an earlier cycle or by an earlier copy in the batch,
gets no second row, and an instant message an article adds counts towards the hourly cap
of the articles after it, as `bulk.sent_last_hour` counts it once inserted.

PostgreSQL keeps `fan_out` per article (its set-based statements, `alerts.matching.bulk`),
and so does a batch whose follows are more than one follower range (`chunk_size`), so
memory stays bounded however many people follow.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.matching.fanout import (
    FANOUT_CHUNK,
    Recipient,
    due_ids,
    fan_out,
    flag_cap_notices,
    group_follows,
    insert_notifications,
    instant_last_hour,
    planned_rows,
    user_preferences,
)
from alerts.models import Mode
from alerts.notify.channels import registry
from alerts.store.tables import FollowRow, NotificationRow
from alerts.store.visibility import feed_audiences

_Key = tuple[int, str, int]  # user id, channel, story id: one notification each


@dataclass(frozen=True)
class FollowedArticle:
    """An article to fan out, with the topics of it that someone follows."""

    article_id: int
    story_id: int
    feed_id: int
    text: str  # title and summary: keyword exclusions are looked for in it
    topics: tuple[str, ...]


def fan_out_batch(
    session: Session,
    articles: Sequence[FollowedArticle],
    *,
    now: datetime,
    chunk_size: int = FANOUT_CHUNK,
) -> list[list[int]]:
    """`fan_out` for each article, in order; returns each one's new instant notification
    ids due now."""
    follows = None
    if articles and session.get_bind().dialect.name != "postgresql":
        follows = _follows(session, articles, chunk_size)
    if follows is None:
        return [
            fan_out(
                session,
                article_id=a.article_id,
                story_id=a.story_id,
                topics=a.topics,
                now=now,
                chunk_size=chunk_size,
            )
            for a in articles
        ]
    values = _planned(session, articles, _recipients(session, articles, follows, now), now)
    inserted = insert_notifications(session, values) if values else []
    flag_cap_notices(session, {r.user_id for r in inserted if r.held_reason == "cap"}, now)
    by_article: dict[int, list[tuple[int, str, datetime | None]]] = defaultdict(list)
    for r in inserted:
        by_article[r.article_id].append((r.id, r.status, r.next_attempt_at))
    return [due_ids(by_article[a.article_id], now) for a in articles]


def _follows(
    session: Session, articles: Sequence[FollowedArticle], chunk_size: int
) -> list[FollowRow] | None:
    """The follows of every topic of the batch, or None when they are more than one
    follower range (`fan_out` splits those)."""
    names = sorted({t for a in articles for t in a.topics})
    query = select(FollowRow).where(FollowRow.topic.in_(names)).limit(chunk_size + 1)
    follows = list(session.scalars(query))
    return None if len(follows) > chunk_size else follows


def _recipients(
    session: Session,
    articles: Sequence[FollowedArticle],
    follows: list[FollowRow],
    now: datetime,
) -> list[list[Recipient]]:
    """Each article's recipients, as `fan_out` groups them: the follows of its topics by
    the users who may see it, their receivers looked up once for the batch."""
    audiences = feed_audiences(session, {a.feed_id for a in articles})
    receivers = registry.receivers(session, {(f.user_id, f.channel) for f in follows})
    by_topic: dict[str, list[FollowRow]] = defaultdict(list)  # each article reads its own
    for f in follows:
        by_topic[f.topic].append(f)
    found = []
    for a in articles:
        readers = audiences.get(a.feed_id, frozenset())  # a feed that is gone: nobody
        mine = [
            f
            for topic in a.topics
            for f in by_topic[topic]
            if readers is None or f.user_id in readers
        ]
        found.append(group_follows(mine, receivers, a.text, now))
    return found


def _planned(
    session: Session,
    articles: Sequence[FollowedArticle],
    found: list[list[Recipient]],
    now: datetime,
) -> list[dict[str, object]]:
    """The rows to insert, article after article, as each article's own insert would
    leave them: a row whose (user, channel, story) has one already is left out, and a row
    the hourly cap counts adds to its user's count for the articles after it."""
    user_ids = {r.user_id for recipients in found for r in recipients}
    if not user_ids:
        return []
    preferences = user_preferences(session, user_ids)
    sent = instant_last_hour(session, set(preferences), now)
    capped = {u for u, p in preferences.items() if p.instant_cap_per_hour is not None}
    uncapped = set(registry.uncapped_channels())
    written = _notified(session, {a.story_id for a in articles}, user_ids)
    values: list[dict[str, object]] = []
    for a, recipients in zip(articles, found, strict=True):
        planned = planned_rows(
            recipients,
            preferences,
            dict(sent),
            story_id=a.story_id,
            article_id=a.article_id,
            now=now,
        )
        for row in planned:
            user_id, channel = cast(int, row["user_id"]), cast(str, row["channel"])
            if (user_id, channel, a.story_id) in written:
                continue  # `ON CONFLICT DO NOTHING` would leave it out
            written.add((user_id, channel, a.story_id))
            values.append(row)
            counted = row["mode"] == Mode.INSTANT and row["held_reason"] is None
            if counted and user_id in capped and channel not in uncapped:
                sent[user_id] = sent.get(user_id, 0) + 1
    return values


def _notified(session: Session, story_ids: set[int], user_ids: set[int]) -> set[_Key]:
    """The (user, channel, story) of the batch's stories notified already."""
    rows = session.execute(
        select(NotificationRow.user_id, NotificationRow.channel, NotificationRow.story_id).where(
            NotificationRow.story_id.in_(story_ids), NotificationRow.user_id.in_(user_ids)
        )
    ).all()
    return {(user_id, channel, story_id) for user_id, channel, story_id in rows}
