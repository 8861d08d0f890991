"""The fan-out and the shared outbox path with the in-memory channel: a real channel kind,
so these tests exercise what any new channel gets (one message per user per story, quiet
hours, retries and dead letters) without a network."""

from __future__ import annotations

from contextlib import closing
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from alerts.config import Settings
from alerts.errors import DeliveryError
from alerts.matching.fanout import fan_out
from alerts.notify.channels.memory import MemoryChannel
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, UserRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def _senders(tmp_path: Path, channel: MemoryChannel) -> Senders:
    return Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=()),
        channels={channel.name: channel},
    )


def _story(settings: Settings, topics: list[str], feed_url: str = "file:///a.xml") -> list[int]:
    with session_scope(settings.database_url) as session:
        article = make_article(
            session, "https://news.example/1", "Strikes near the border", feed_url=feed_url
        )
        return fan_out(
            session, article_id=article.id, story_id=article.story_id, topics=topics, now=utcnow()
        )


def test_one_message_per_user_and_story_when_several_topics_match(
    settings: Settings, tmp_path: Path
) -> None:
    with session_scope(settings.database_url) as session:
        for email in ("a@example.org", "b@example.org"):
            user = make_user(session, email)
            for topic in ("Syria", "Iraq", "Islamic State"):
                make_follow(session, user, topic, "memory")
    ids = _story(settings, ["Syria", "Iraq", "Islamic State"])
    assert _story(settings, ["Syria", "Iraq"], feed_url="file:///b.xml") == []  # same story
    channel = MemoryChannel()
    senders = _senders(tmp_path, channel)
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == 2
        assert deliver_batch(settings, session, senders, ids) == 0
    assert sorted(m.body for m in channel.sent) == ["Iraq, Islamic State, Syria"] * 2
    assert not list((tmp_path / "mail").glob("*.eml")), "no e-mail for a memory follow"


def test_quiet_hours_hold_the_message(settings: Settings, tmp_path: Path) -> None:
    now = utcnow()
    with session_scope(settings.database_url) as session:
        user = make_user(session, "night@example.org")
        user.quiet_start = (now - timedelta(hours=1)).strftime("%H:%M")
        user.quiet_end = (now + timedelta(hours=2)).strftime("%H:%M")
        make_follow(session, user, "Syria", "memory")
    assert _story(settings, ["Syria"]) == []
    with session_scope(settings.database_url) as session:
        row = session.scalars(select(NotificationRow)).one()
        assert row.held_reason == "quiet" and row.channel == "memory"
        assert session.get_one(UserRow, row.user_id).email == "night@example.org"


def test_failures_are_retried_then_a_dead_letter(settings: Settings, tmp_path: Path) -> None:
    with session_scope(settings.database_url) as session:
        make_follow(session, make_user(session, "a@example.org"), "Syria", "memory")
    ids = _story(settings, ["Syria"])
    channel = MemoryChannel()
    channel.failures = [DeliveryError("receiver down")] * 3
    senders = _senders(tmp_path, channel)
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        for _ in range(3):  # the first attempt and two retries (ALERTS_RETRY_DELAYS_S: 0, 0)
            assert deliver_batch(settings, session, senders, ids) == 1
        assert deliver_batch(settings, session, senders, ids) == 0
        row = session.scalars(select(NotificationRow)).one()
    assert (row.status, row.attempts, row.last_error) == ("failed", 3, "receiver down")
    assert channel.sent == []


def test_a_row_without_a_sender_is_a_dead_letter(settings: Settings, tmp_path: Path) -> None:
    with session_scope(settings.database_url) as session:
        make_follow(session, make_user(session, "a@example.org"), "Syria", "memory")
    ids = _story(settings, ["Syria"])
    senders = Senders(mail=OutboxDirSender(tmp_path), webhook=WebhookSender(allowed_hosts=()))
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        deliver_batch(settings, session, senders, ids)
        row = session.scalars(select(NotificationRow)).one()
    assert row.status == "failed" and row.last_error == "no sender for channel memory"
