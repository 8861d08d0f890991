"""Digests: due at the user's local hour, once per local day, nothing new -> no e-mail."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from functools import partial
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from alerts.config import Settings, SmtpTarget
from alerts.errors import DeliveryError
from alerts.matching.fanout import fan_out
from alerts.models import Mode
from alerts.notify.digest import period_key, release_stale, send_digests
from alerts.notify.email import OutboxDirSender, SmtpSender
from alerts.notify.mime import Email
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import DigestRow, NotificationRow, utcnow
from tests.helpers import make_article, make_follow, make_user
from tests.support.mail import parsed
from tests.support.ports import free_port
from tests.support.sql import recorded_statements


def _senders(outbox: Path) -> Senders:
    return Senders(mail=OutboxDirSender(outbox), webhook=WebhookSender(allowed_hosts=()))


@pytest.mark.parametrize(
    ("tz", "utc", "expected"),
    [
        ("Asia/Baghdad", datetime(2026, 11, 27, 4, 59, tzinfo=UTC), None),  # 07:59 local
        ("Asia/Baghdad", datetime(2026, 11, 27, 5, 0, tzinfo=UTC), "2026-11-27"),
        ("America/New_York", datetime(2026, 11, 27, 15, 0, tzinfo=UTC), "2026-11-27"),  # 10:00
        ("America/New_York", datetime(2026, 11, 28, 2, 0, tzinfo=UTC), None),  # 21:00: too late
        ("UTC", datetime(2026, 11, 28, 1, 0, tzinfo=UTC), "2026-11-27"),  # 23:00 + 2 h
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
    assert period_key(Mode.DAILY, tz, 23 if tz == "UTC" else 8, utc) == expected


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
    morning = datetime(2026, 11, 27, 9, tzinfo=UTC)  # an hour after the 08:00 digest hour
    with session_scope(settings.database_url) as session:
        sent = send_digests(
            settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=morning
        )
        assert [(o.status, o.stories) for o in sent] == [("sent", 1)]
        again = send_digests(
            settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=morning
        )
        assert again == []
    _hold_story(settings, "https://news.example/2")
    with session_scope(settings.database_url) as session:
        assert (
            send_digests(
                settings, session, _senders(tmp_path / "out"), period=Mode.DAILY, now=morning
            )
            == []
        )
        next_day = datetime(2026, 11, 28, 9, tzinfo=UTC)
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


# --- Local-time schedule across DST changes, and concurrent schedulers -------------------

TRAVELLERS = (
    ("ny@example.org", "America/New_York", 2),  # 02:00 does not exist on 8 March 2026
    ("baghdad@example.org", "Asia/Baghdad", 8),  # no DST at all
    ("sydney@example.org", "Australia/Sydney", 2),  # 02:00 happens twice on 5 April 2026
)


class _Mailbox:
    """A thread-safe in-memory `MailSender`."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self._lock = threading.Lock()

    def send(self, message: Email) -> None:
        with self._lock:
            self.messages.append(parsed(message))


def _travellers(settings: Settings) -> dict[str, int]:
    with session_scope(settings.database_url) as session:
        ids = {}
        for email, tz, hour in TRAVELLERS:
            user = make_user(session, email, tz=tz)
            user.digest_hour = hour
            make_follow(session, user, "Syria", mode=Mode.DAILY)
            ids[email] = user.id
    return ids


def _new_story(settings: Settings, n: int, now: datetime) -> None:
    with session_scope(settings.database_url) as session:
        article = make_article(session, f"https://news.example/{n}", title=f"Report {n}")
        fan_out(
            session, article_id=article.id, story_id=article.story_id, topics=["Syria"], now=now
        )


@pytest.mark.parametrize(
    "start",
    [datetime(2026, 3, 6, tzinfo=UTC), datetime(2026, 4, 3, tzinfo=UTC)],
    ids=["new-york-springs-forward", "sydney-falls-back"],
)
def test_one_daily_digest_per_local_day_at_the_local_hour_across_dst(
    settings: Settings, start: datetime
) -> None:
    ids = _travellers(settings)
    senders = Senders(mail=_Mailbox(), webhook=WebhookSender(allowed_hosts=()))
    tick, now = timedelta(minutes=30), start
    while now < start + timedelta(days=4):
        if now.hour % 6 == 0 and now.minute == 0:
            _new_story(settings, int(now.timestamp()), now)
        with session_scope(settings.database_url) as session:
            send_digests(settings, session, senders, period=Mode.DAILY, now=now)
        now += tick
    with session_scope(settings.database_url) as session:
        digests = session.execute(
            select(DigestRow.user_id, DigestRow.period_key, DigestRow.sent_at).where(
                DigestRow.status == "sent"
            )
        ).all()
    for email, tz, hour in TRAVELLERS:
        mine = sorted((key, sent) for user, key, sent in digests if user == ids[email])
        keys = [key for key, _ in mine]
        first = start.astimezone(ZoneInfo(tz)).date()
        expected = [(first + timedelta(days=d)).isoformat() for d in range(5)]
        assert keys == [k for k in expected if k in keys] and len(keys) == len(set(keys)), email
        assert len(keys) >= 3, (email, keys)
        for key, sent in mine:
            local = sent.astimezone(ZoneInfo(tz))
            assert local.date().isoformat() == key
            # At the hour, or, when the hour does not exist that day, the first tick after.
            assert local.hour in (hour, hour + 1) and (local - tick).hour < hour + 1, (email, local)
    assert len(senders.mail.messages) == len(digests)  # type: ignore[attr-defined]


def _race(settings: Settings, senders: Senders, now: datetime) -> None:
    """Two schedulers, each with its own connection, send the digests due at `now` at once."""
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def scheduler() -> None:
        try:
            with session_scope(settings.database_url) as session:
                barrier.wait(timeout=10)
                send_digests(settings, session, senders, period=Mode.DAILY, now=now)
        except BaseException as error:  # surfaced below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []


def test_two_schedulers_at_once_send_each_digest_once(settings: Settings) -> None:
    _travellers(settings)
    mailbox = _Mailbox()
    senders = Senders(mail=mailbox, webhook=WebhookSender(allowed_hosts=()))
    day = datetime(2026, 11, 27, tzinfo=UTC)
    for n in range(2):
        _new_story(settings, n, day + timedelta(days=n))
        for hour in range(0, 24, 2):  # every traveller's hour falls in some 2-hour step
            _race(settings, senders, day + timedelta(days=n, hours=hour))
    recipients = sorted(str(m["To"]) for m in mailbox.messages)
    assert recipients == sorted(email for email, _, _ in TRAVELLERS for _ in range(2))


# --- Set-based runs: batches of users, a fixed number of statements, outcomes per digest ---


def _readers(settings: Settings, emails: list[str]) -> None:
    with session_scope(settings.database_url) as session:
        for email in emails:
            make_follow(session, make_user(session, email), "Syria", mode=Mode.DAILY)


def test_a_run_costs_the_same_statements_for_three_users_as_for_twelve(
    settings: Settings,
) -> None:
    senders = Senders(mail=_Mailbox(), webhook=WebhookSender(allowed_hosts=()))
    counts, stories = [], []
    for day, newcomers in enumerate((3, 9)):  # 3 readers on the first day, 12 on the second
        _readers(settings, [f"d{day}-{i}@example.org" for i in range(newcomers)])
        morning = datetime(2026, 11, 27 + day, 8, 30, tzinfo=UTC)
        for n in range(2):
            _new_story(settings, 10 * day + n, morning - timedelta(hours=3))
        with (
            recorded_statements(settings.database_url) as statements,
            session_scope(settings.database_url) as s,
        ):
            outcomes = send_digests(settings, s, senders, period=Mode.DAILY, now=morning)
        counts.append(len(statements))
        stories.append([o.stories for o in outcomes])
    assert stories == [[2] * 3, [2] * 12]
    assert counts[0] == counts[1], counts


def test_users_are_worked_through_in_batches_each_getting_one_digest(
    settings: Settings,
) -> None:
    emails = [f"r{i}@example.org" for i in range(7)]
    _readers(settings, emails)
    morning = datetime(2026, 11, 27, 8, 30, tzinfo=UTC)
    for n in range(2):
        _new_story(settings, n, morning - timedelta(hours=1))
    mailbox = _Mailbox()
    senders = Senders(mail=mailbox, webhook=WebhookSender(allowed_hosts=()))
    with session_scope(settings.database_url) as session:
        run = partial(send_digests, settings, session, senders, period=Mode.DAILY, now=morning)
        outcomes = run(batch_size=3)
        assert run(batch_size=3) == []
        held = session.scalars(select(NotificationRow.status)).all()
    assert [(o.email, o.status, o.stories) for o in outcomes] == [(e, "sent", 2) for e in emails]
    assert sorted(str(m["To"]) for m in mailbox.messages) == sorted(emails)
    assert set(held) == {"sent"}


class _Refusing(_Mailbox):
    """A mailbox that refuses one address."""

    def __init__(self, refused: str, error: type[Exception] = DeliveryError) -> None:
        super().__init__()
        self.refused = refused
        self.error = error

    def send(self, message: Email) -> None:
        if message.recipient == self.refused:
            raise self.error(f"mailbox {self.refused} unavailable")
        super().send(message)


@pytest.mark.parametrize("error", [DeliveryError, RuntimeError])  # refused, or a bug
def test_one_failed_digest_in_a_batch_gives_back_only_its_own_stories(
    settings: Settings, error: type[Exception]
) -> None:
    emails = ["a@example.org", "b@example.org", "c@example.org"]
    _readers(settings, emails)
    _new_story(settings, 1, utcnow())
    refusing = _Refusing("b@example.org", error)
    with session_scope(settings.database_url) as session:
        first = send_digests(
            settings,
            session,
            Senders(mail=refusing, webhook=WebhookSender(allowed_hosts=())),
            period=Mode.DAILY,
            now=utcnow(),
            force=True,
        )
        mailbox = _Mailbox()
        second = send_digests(
            settings,
            session,
            Senders(mail=mailbox, webhook=WebhookSender(allowed_hosts=())),
            period=Mode.DAILY,
            now=utcnow(),
            force=True,
        )
        digests = session.execute(select(DigestRow.user_id, DigestRow.status)).all()
    assert [(o.email, o.status) for o in first] == [
        ("a@example.org", "sent"),
        ("b@example.org", "failed"),
        ("c@example.org", "sent"),
    ]
    assert [(o.email, o.status, o.stories) for o in second] == [("b@example.org", "sent", 1)]
    assert [str(m["To"]) for m in refusing.messages + mailbox.messages] == [
        "a@example.org",
        "c@example.org",
        "b@example.org",
    ]
    assert sorted(status for _, status in digests) == ["sent"] * 3


class _Crashing(_Mailbox):
    """A run that dies (not an error a digest can catch) at its second message."""

    def send(self, message: Email) -> None:
        if self.messages:
            raise KeyboardInterrupt
        super().send(message)


def test_digests_of_a_run_that_died_are_given_back_and_sent_later(settings: Settings) -> None:
    _readers(settings, ["a@example.org", "b@example.org", "c@example.org"])
    _new_story(settings, 1, utcnow())
    crashing, mailbox = _Crashing(), _Mailbox()
    with session_scope(settings.database_url) as session:
        with pytest.raises(KeyboardInterrupt):
            send_digests(
                settings,
                session,
                Senders(mail=crashing, webhook=WebhookSender(allowed_hosts=())),
                period=Mode.DAILY,
                now=utcnow(),
                force=True,
            )
        session.rollback()
        assert release_stale(session, utcnow()) == 0  # too recent: the run may be alive
        assert release_stale(session, utcnow() + timedelta(hours=2)) == 3
        again = send_digests(
            settings,
            session,
            Senders(mail=mailbox, webhook=WebhookSender(allowed_hosts=())),
            period=Mode.DAILY,
            now=utcnow(),
            force=True,
        )
        held = session.scalars(select(NotificationRow.status)).all()
    assert [(o.email, o.status) for o in again] == [
        ("a@example.org", "sent"),
        ("b@example.org", "sent"),
        ("c@example.org", "sent"),
    ]
    # a's digest went out before the run died: it is sent again (at least once, never lost)
    assert [str(m["To"]) for m in crashing.messages] == ["a@example.org"]
    assert held == ["sent"] * 3
