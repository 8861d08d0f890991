"""Digests: due at the user's local hour, once per local day, nothing new -> no e-mail."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts.config import Settings, SmtpTarget
from alerts.matching.fanout import fan_out
from alerts.models import Mode
from alerts.notify.digest import period_key, send_digests
from alerts.notify.email import OutboxDirSender, SmtpSender
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, utcnow
from tests.conftest import free_port
from tests.helpers import make_article, make_follow, make_user


def _senders(outbox: Path) -> Senders:
    return Senders(mail=OutboxDirSender(outbox), webhook=WebhookSender(allowed_hosts=()))


@pytest.mark.parametrize(
    ("tz", "utc", "expected"),
    [
        ("Asia/Baghdad", datetime(2026, 11, 27, 4, 59, tzinfo=UTC), None),  # 07:59 local
        ("Asia/Baghdad", datetime(2026, 11, 27, 5, 0, tzinfo=UTC), "2026-11-27"),
        ("America/New_York", datetime(2026, 11, 28, 2, 0, tzinfo=UTC), "2026-11-27"),  # 21:00 local
        (
            "Australia/Sydney",
            datetime(2026, 11, 27, 22, 0, tzinfo=UTC),
            "2026-11-28",
        ),  # 09:00 local
        (
            "America/New_York",
            datetime(2026, 3, 8, 12, 0, tzinfo=UTC),
            "2026-03-08",
        ),  # DST day, 08:00 EDT
    ],
)
def test_daily_key_is_the_local_date_after_the_hour(
    tz: str, utc: datetime, expected: str | None
) -> None:
    assert period_key(Mode.DAILY, tz, 8, utc) == expected


def test_weekly_key_only_on_monday() -> None:
    assert period_key(Mode.WEEKLY, "UTC", 8, datetime(2026, 11, 30, 9, tzinfo=UTC)) == "2026-W49"
    assert period_key(Mode.WEEKLY, "UTC", 8, datetime(2026, 12, 1, 9, tzinfo=UTC)) is None


def _hold_story(settings: Settings, key: str, email: str = "c@example.org") -> None:
    with session_scope(settings.database_url) as session:
        user = session.scalars(select(NotificationRow.user_id)).first()
        if user is None:
            c = make_user(session, email)
            make_follow(session, c, "Syria", mode=Mode.DAILY)
        article = make_article(session, key, title=f"Story {key}")
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )


def test_one_digest_per_local_day_and_nothing_when_nothing_is_new(
    settings: Settings, tmp_path: Path
) -> None:
    _hold_story(settings, "https://news.example/1")
    noon = datetime(2026, 11, 27, 12, tzinfo=UTC)
    with session_scope(settings.database_url) as session:
        sent = send_digests(
            settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=noon
        )
        assert [(o.status, o.stories) for o in sent] == [("sent", 1)]
        again = send_digests(
            settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=noon
        )
        assert again == []
    _hold_story(settings, "https://news.example/2")
    with session_scope(settings.database_url) as session:
        assert (
            send_digests(settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=noon)
            == []
        )
        next_day = datetime(2026, 11, 28, 12, tzinfo=UTC)
        later = send_digests(
            settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=next_day
        )
    assert [(o.status, o.stories) for o in later] == [("sent", 1)]
    assert len(list((tmp_path / "out").glob("*.eml"))) == 2


def test_failed_digest_gives_its_stories_back(settings: Settings, tmp_path: Path) -> None:
    _hold_story(settings, "https://news.example/1")
    dead = Senders(
        mail=SmtpSender(SmtpTarget("127.0.0.1", free_port(), "none"), timeout_s=2),
        webhook=WebhookSender(allowed_hosts=()),
    )
    with session_scope(settings.database_url) as session:
        failed = send_digests(settings, session, dead, period=Mode.DAILY, now=utcnow(), force=True)
        assert [o.status for o in failed] == ["failed"]
        retried = send_digests(
            settings,
            session,
            _senders(tmp_path / "out"),
            period=Mode.DAILY,
            now=utcnow(),
            force=True,
        )
    assert [(o.status, o.stories) for o in retried] == [("sent", 1)]
