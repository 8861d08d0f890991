"""Noise control in fan-out: keyword exclusions, snoozes, pause, quiet hours (hold or fold
into the digest) and the hourly cap with its one notice. Times are injected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

from sqlalchemy import select

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import Channel, Mode
from alerts.notify.digest import send_digests
from alerts.notify.mime import Email
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import FollowRow, NotificationRow, UserRow
from tests.helpers import make_article, make_follow, make_user
from tests.support.mail import parsed

NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)  # 15:00 in Baghdad


class _Mailbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    def send(self, message: Email) -> None:
        self.messages.append(parsed(message))


def _reader(settings: Settings, **preferences: object) -> int:
    with session_scope(settings.database_url) as session:
        user = make_user(session, "reader@example.org", tz="Asia/Baghdad")
        for name, value in preferences.items():
            setattr(user, name, value)
        make_follow(session, user, "Syria")
        return user.id


def _match(settings: Settings, n: int, now: datetime, summary: str = "Text.") -> list[int]:
    with session_scope(settings.database_url) as session:
        article = make_article(session, f"https://news.example/{n}", title=f"Report {n}")
        article.summary = summary
        return fan_out(
            session, article_id=article.id, story_id=article.story_id, topics=["Syria"], now=now
        )


def _rows(settings: Settings) -> list[tuple[str, str, str | None, datetime | None]]:
    with session_scope(settings.database_url) as session:
        return [
            (r.status, r.mode, r.held_reason, r.next_attempt_at)
            for r in session.scalars(select(NotificationRow).order_by(NotificationRow.id))
        ]


def test_keyword_exclusions_and_follow_snooze(settings: Settings) -> None:
    _reader(settings)
    with session_scope(settings.database_url) as session:
        follow = session.scalars(select(FollowRow)).one()
        follow.exclude = ["football"]
    assert _match(settings, 1, NOON, "Syria's national football team won.") == []
    assert len(_match(settings, 2, NOON, "Talks resumed in Geneva.")) == 1
    with session_scope(settings.database_url) as session:
        session.scalars(select(FollowRow)).one().snoozed_until = NOON + timedelta(hours=1)
    assert _match(settings, 3, NOON) == []
    assert len(_match(settings, 4, NOON + timedelta(hours=2))) == 1
    assert len(_rows(settings)) == 2, "excluded and snoozed matches leave no row"


def test_pause_and_snooze_everything(settings: Settings) -> None:
    user_id = _reader(settings, paused=True)
    assert _match(settings, 1, NOON) == []
    with session_scope(settings.database_url) as session:
        user = session.get_one(UserRow, user_id)
        user.paused, user.snoozed_until = False, NOON + timedelta(days=1)
    assert _match(settings, 2, NOON) == []
    assert len(_match(settings, 3, NOON + timedelta(days=2))) == 1


def test_quiet_hours_hold_until_they_end(settings: Settings) -> None:
    _reader(settings, quiet_start="14:00", quiet_end="07:30")  # Baghdad local time
    assert _match(settings, 1, NOON) == [], "not due yet"
    [(status, mode, reason, due)] = _rows(settings)
    assert (status, mode, reason) == ("pending", "instant", "quiet")
    assert due == datetime(2026, 11, 28, 4, 30, tzinfo=UTC), "07:30 in Baghdad"
    assert len(_match(settings, 2, datetime(2026, 11, 28, 5, tzinfo=UTC))) == 1, "after"


def test_quiet_hours_fold_into_the_digest_unless_the_follow_says_otherwise(
    settings: Settings,
) -> None:
    _reader(settings, quiet_start="14:00", quiet_end="07:30", quiet_mode="digest")
    assert _match(settings, 1, NOON) == []
    assert _rows(settings)[0][:3] == ("held", "daily", "quiet")
    with session_scope(settings.database_url) as session:
        session.scalars(select(FollowRow)).one().ignore_quiet = True
    assert len(_match(settings, 2, NOON)) == 1


def test_hourly_cap_folds_the_rest_and_tells_the_user_once(settings: Settings) -> None:
    _reader(settings, instant_cap_per_hour=2)
    sent = [_match(settings, n, NOON + timedelta(minutes=n)) for n in range(5)]
    assert [len(ids) for ids in sent] == [1, 1, 0, 0, 0]
    assert [r[2] for r in _rows(settings)] == [None, None, "cap", "cap", "cap"]
    mailbox = _Mailbox()
    senders = Senders(mail=mailbox, webhook=WebhookSender(allowed_hosts=()))
    morning = datetime(2026, 11, 28, 5, 30, tzinfo=UTC)  # 08:30 in Baghdad
    for _ in range(2):  # a second scheduler pass sends neither notice nor digest again
        with session_scope(settings.database_url) as session:
            send_digests(settings, session, senders, period=Mode.DAILY, now=morning)
    subjects = [str(m["Subject"]) for m in mailbox.messages]
    assert subjects == [
        "Your daily alerts digest: 3 stories",
        "You reached your limit of 2 instant alerts this hour",
    ]
    assert len(_match(settings, 9, NOON + timedelta(hours=2))) == 1, "a new hour, a new budget"


def test_webhooks_ignore_quiet_hours_and_the_cap(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        user = make_user(session, "ops@example.org", webhook="https://hooks.example.org/x")
        user.quiet_start, user.quiet_end, user.instant_cap_per_hour = "00:00", "23:59", 1
        make_follow(session, user, "Syria", channel=Channel.WEBHOOK)
    assert [len(_match(settings, n, NOON)) for n in range(3)] == [1, 1, 1]
