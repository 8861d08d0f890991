"""Fan-out writes one notification per (user, channel, story), on SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from alerts.config import Settings
from alerts.matching.fanout import fan_out, follower_ranges
from alerts.models import Channel, Mode
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def _rows(settings: Settings) -> list[tuple[str, str, str, list[str], str]]:
    with session_scope(settings.database_url) as session:
        rows = session.execute(
            select(
                NotificationRow.user_id,
                NotificationRow.channel,
                NotificationRow.mode,
                NotificationRow.topics,
                NotificationRow.status,
            )
        ).all()
    return sorted(tuple(r) for r in rows)  # type: ignore[misc]


def test_one_row_per_user_channel_story_listing_every_topic(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        a = make_user(session, "a@example.org")
        make_follow(session, a, "Syria")
        make_follow(session, a, "Islamic State")
        article = make_article(session, "https://news.example/1")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria", "Islamic State", "Iraq"],
            now=utcnow(),
        )
    assert len(ids) == 1
    assert _rows(settings) == [(a.id, "email", "instant", ["Islamic State", "Syria"], "pending")]


def test_repeat_and_second_copy_of_the_story_add_nothing(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        a = make_user(session, "a@example.org")
        make_follow(session, a, "Syria")
        first = make_article(session, "https://news.example/1", feed_url="file:///a.xml")
        second = make_article(session, "https://news.example/1", feed_url="file:///b.xml")
        assert first.story_id == second.story_id
        assert fan_out(
            session, article_id=first.id, story_id=first.story_id, topics=["Syria"], now=utcnow()
        )
        assert (
            fan_out(
                session,
                article_id=first.id,
                story_id=first.story_id,
                topics=["Syria"],
                now=utcnow(),
            )
            == []
        )
        assert (
            fan_out(
                session,
                article_id=second.id,
                story_id=second.story_id,
                topics=["Syria"],
                now=utcnow(),
            )
            == []
        )
    assert len(_rows(settings)) == 1


def test_modes_and_channels(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        a = make_user(session, "a@example.org")
        make_follow(session, a, "Syria", mode=Mode.DAILY)
        make_follow(session, a, "Iraq", mode=Mode.INSTANT)
        b = make_user(session, "b@example.org", webhook="http://127.0.0.1:9/hook")
        make_follow(session, b, "Iraq", channel=Channel.WEBHOOK)
        c = make_user(session, "c@example.org")  # webhook follow but no endpoint: nowhere to go
        make_follow(session, c, "Iraq", channel=Channel.WEBHOOK)
        d = make_user(session, "d@example.org")
        make_follow(session, d, "Syria", mode=Mode.WEEKLY)
        article = make_article(session, "https://news.example/2")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria", "Iraq"],
            now=utcnow(),
        )
    assert len(ids) == 2
    assert _rows(settings) == [
        (a.id, "email", "instant", ["Iraq", "Syria"], "pending"),
        (b.id, "webhook", "instant", ["Iraq"], "pending"),
        (d.id, "email", "weekly", ["Syria"], "held"),
    ]


def test_no_followers_no_rows(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        article = make_article(session, "https://news.example/3")
        assert (
            fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=["Sport"],
                now=utcnow(),
            )
            == []
        )
        assert (
            fan_out(
                session, article_id=article.id, story_id=article.story_id, topics=[], now=utcnow()
            )
            == []
        )


def test_ranges_cover_every_follower_once_and_chunks_write_the_same_rows(
    settings: Settings,
) -> None:
    with session_scope(settings.database_url) as session:
        users = [make_user(session, f"u{i}@example.org") for i in range(23)]
        for user in users[::2]:
            make_follow(session, user, "Syria")
        for user in users[::3]:
            make_follow(session, user, "Iraq", mode=Mode.DAILY)
        followers = {u.id for u in users[::2]} | {u.id for u in users[::3]}
        ranges = follower_ranges(session, ["Syria", "Iraq"], chunk_size=4)
        covered = [
            u for u in followers for low, high in ranges if low <= u and (high is None or u < high)
        ]
        assert sorted(covered) == sorted(followers)  # each follower in exactly one range
        assert len(ranges) == 5  # 20 follows, about 4 per range
        assert follower_ranges(session, ["Nobody follows this"]) == []
        article = make_article(session, "https://news.example/4")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria", "Iraq"],
            now=utcnow(),
            chunk_size=4,
        )
    rows = _rows(settings)
    assert len(rows) == len(followers)
    assert len(ids) == len({u.id for u in users[::2]})  # instant ones only
    both = users[0].id  # follows Syria (instant) and Iraq (daily): one instant row, both topics
    assert [r for r in rows if r[0] == both] == [
        (both, "email", "instant", ["Iraq", "Syria"], "pending")
    ]
