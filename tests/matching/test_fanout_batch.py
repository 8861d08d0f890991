"""A batch's fan-out writes what `fan_out` writes article after article: the same rows (user,
channel, story, article, mode, status, held reason, due time, topics), the same ids to
deliver per article, the same cap notices, through every noise rule, a copy of a story
notified earlier in the batch or in an earlier cycle, a private feed and the hourly cap
carried from one article to the next. SQLite and PostgreSQL (which fans out per article)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.matching.batch import FollowedArticle, fan_out_batch
from alerts.matching.fanout import fan_out
from alerts.models import Channel, Mode
from alerts.store.db import session_scope
from alerts.store.tables import (
    ArticleRow,
    FeedRow,
    FollowRow,
    NotificationRow,
    StoryRow,
    UserFeedRow,
    UserRow,
)
from tests.helpers import make_article, make_follow, make_user

NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)
Rows = list[list[tuple[object, ...]]]  # per article
Outcome = tuple[Rows, Rows, list[tuple[object, ...]]]


def _followers(session: Session) -> None:
    """Followers of Syria and Iraq with every rule the row-by-row path applies."""
    plain = make_user(session, "plain@example.org")
    make_follow(session, plain, "Syria")
    make_follow(session, plain, "Iraq", mode=Mode.DAILY)
    capped = make_user(session, "capped@example.org", webhook="https://hooks.example.org/c")
    capped.instant_cap_per_hour = 3  # the earlier story, the first, and one more
    make_follow(session, capped, "Syria")
    make_follow(session, capped, "Syria", channel=Channel.WEBHOOK)  # the cap does not count it
    quiet = make_user(session, "quiet@example.org")
    quiet.quiet_start, quiet.quiet_end = "00:00", "23:59"
    make_follow(session, quiet, "Syria")
    folded = make_user(session, "folded@example.org")
    folded.quiet_start, folded.quiet_end, folded.quiet_mode = "00:00", "23:59", "digest"
    make_follow(session, folded, "Iraq")
    paused = make_user(session, "paused@example.org")
    paused.paused = True
    make_follow(session, paused, "Syria")
    picky = make_user(session, "picky@example.org")
    make_follow(session, picky, "Syria")
    make_follow(session, make_user(session, "snoozed@example.org"), "Iraq")
    reader = make_user(session, "reader@example.org")
    make_follow(session, reader, "Iraq")
    session.flush()
    for follow in session.scalars(select(FollowRow)):
        if follow.user_id == picky.id:
            follow.exclude = ["football"]
        elif follow.topic == "Iraq" and follow.user_id not in (plain.id, folded.id, reader.id):
            follow.snoozed_until = NOON + timedelta(hours=1)
    session.flush()


def _articles(session: Session) -> list[FollowedArticle]:
    """Eight followed articles: a second copy of the first story, three more stories, a
    football one, a private one only `reader` links, and a story notified before."""
    made = [
        make_article(session, "https://a.example/1", "Talks in Syria"),
        make_article(session, "https://a.example/1", "Talks in Syria", feed_url="file:///b.xml"),
        *(make_article(session, f"https://a.example/{n}", f"Syria {n}") for n in (2, 3, 4)),
        make_article(session, "https://a.example/5", "Syria football"),
        make_article(session, "https://desk.example/6", "Iraq", feed_url="https://desk.example/f"),
        make_article(session, "https://a.example/7", "Iraq and Syria"),
    ]
    session.get_one(FeedRow, made[6].feed_id).shared = False
    reader = session.scalars(select(UserRow).where(UserRow.email == "reader@example.org")).one()
    session.add(UserFeedRow(user_id=reader.id, feed_id=made[6].feed_id))
    session.flush()
    topics = [("Syria",)] * 6 + [("Iraq",), ("Iraq", "Syria")]
    return [
        FollowedArticle(a.id, a.story_id, a.feed_id, f"{a.title}\n{a.summary}", t)
        for a, t in zip(made, topics, strict=True)
    ]


def _outcome(session: Session, ids: list[list[int]]) -> Outcome:
    """The rows written, each article's ids to deliver, and the users' cap notices, by
    value: users by e-mail, stories by key, articles by feed and link (ids differ from run
    to run on PostgreSQL, whose sequences a rollback does not rewind)."""
    email = dict(session.execute(select(UserRow.id, UserRow.email)).all())
    story = dict(session.execute(select(StoryRow.id, StoryRow.key)).all())
    article = {
        a.id: (session.get_one(FeedRow, a.feed_id).url, a.url)
        for a in session.scalars(select(ArticleRow))
    }
    key = {
        r.id: (
            *(email[r.user_id], r.channel, story[r.story_id], article[r.article_id]),
            *(r.mode, r.status, r.held_reason, r.next_attempt_at, tuple(r.topics)),
        )
        for r in session.scalars(select(NotificationRow).order_by(NotificationRow.id))
    }
    users = session.execute(
        select(UserRow.email, UserRow.cap_notice_due, UserRow.cap_noticed_at).order_by(UserRow.id)
    ).all()
    by_article: dict[object, list[tuple[object, ...]]] = {}  # in the order they were written
    for row in key.values():
        by_article.setdefault(row[3], []).append(row)
    written = [sorted(rows, key=repr) for rows in by_article.values()]  # PostgreSQL: any order
    return written, [sorted((key[i] for i in due), key=repr) for due in ids], [*map(tuple, users)]


def _run(
    settings: Settings, write: Callable[[Session, list[FollowedArticle]], list[list[int]]]
) -> Outcome:
    """The scenario, with one story notified in an earlier cycle, rolled back after."""
    with session_scope(settings.database_url) as session:
        _followers(session)
        articles = _articles(session)
        earlier = articles[-1]
        fan_out(
            session,
            article_id=earlier.article_id,
            story_id=earlier.story_id,
            topics=["Syria"],
            now=NOON - timedelta(minutes=5),
        )
        outcome = _outcome(session, write(session, articles))
        session.rollback()
    return outcome


def _one_by_one(session: Session, articles: list[FollowedArticle]) -> list[list[int]]:
    return [
        fan_out(session, article_id=a.article_id, story_id=a.story_id, topics=a.topics, now=NOON)
        for a in articles
    ]


def _batch(
    session: Session, articles: list[FollowedArticle], *, chunk_size: int
) -> list[list[int]]:
    return fan_out_batch(session, articles, now=NOON, chunk_size=chunk_size)


def _batch(
    session: Session, articles: list[FollowedArticle], *, chunk_size: int
) -> list[list[int]]:
    return fan_out_batch(session, articles, now=NOON, chunk_size=chunk_size)


def test_a_batch_writes_what_fanning_out_each_article_in_turn_writes(settings: Settings) -> None:
    expected = _run(settings, _one_by_one)
    assert len(expected[0]) == 7 and any(expected[1])  # the scenario writes and delivers
    assert {r[6] for rows in expected[0] for r in rows} >= {None, "cap", "quiet"}
    for chunk_size in (10_000, 1):  # one statement for the batch; per article past a range
        found = _run(settings, partial(_batch, chunk_size=chunk_size))
        assert found == expected


def test_an_empty_batch_writes_nothing(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        assert fan_out_batch(session, [], now=NOON) == []
