"""E-mail rows through `deliver_batch` and a real aiosmtpd server: claimed and submitted in
groups, each row recorded by its own outcome (sent, retried, dead letter and a counted hard
bounce, suppressed address), and the per-domain limit deferring rows without spending an
attempt, in a batch (counted in Redis, as every worker counts it) and in a single delivery."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from pydantic import SecretStr
from sqlalchemy import select

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.notify.email import SmtpSender
from alerts.notify.outbox import deliver_batch, deliver_notification
from alerts.notify.senders import Senders, senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, SuppressionRow, UserRow, utcnow
from tests.conftest import REDIS_URL
from tests.helpers import make_article, make_follow, make_user
from tests.support.smtp import SmtpSink


def _notify(settings: Settings, addresses: list[str]) -> list[int]:
    """One instant e-mail notification per address, for one new article."""
    with session_scope(settings.database_url) as session:
        for address in addresses:
            make_follow(session, make_user(session, address), "Syria")
        article = make_article(session, "https://news.example/1")
        return fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )


@contextmanager
def _senders(settings: Settings) -> Iterator[Senders]:
    """The senders a worker builds from these settings, closed afterwards."""
    senders = senders_from_settings(settings)
    assert isinstance(senders.mail, SmtpSender)
    try:
        yield senders
    finally:
        senders.mail.close()
        senders.webhook.close()


def _rows(settings: Settings) -> dict[str, NotificationRow]:
    with session_scope(settings.database_url) as session:
        query = select(UserRow.email, NotificationRow).join(
            UserRow, UserRow.id == NotificationRow.user_id
        )
        rows = {email: row for email, row in session.execute(query).all()}
        session.expunge_all()
    return rows


def test_each_row_is_recorded_by_its_own_smtp_outcome(
    settings: Settings, smtp_server: SmtpSink
) -> None:
    settings = settings.model_copy(
        update={"smtp_url": SecretStr(smtp_server.url), "suppress_after": 2}
    )
    smtp_server.reply_for["bounce@example.org"] = "550 5.1.1 no such user"
    smtp_server.reply_for["later@example.org"] = "451 4.3.0 try again later"
    addresses = ["a@example.org", "bounce@example.org", "b@example.org", "later@example.org"]
    ids = _notify(settings, [*addresses, "Blocked@example.org"])
    with session_scope(settings.database_url) as session:
        session.add(
            SuppressionRow(address="blocked@example.org", hard_failures=2, suppressed_at=utcnow())
        )
    with _senders(settings) as senders, session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == 5
    rows = _rows(settings)
    assert (rows["Blocked@example.org"].status, rows["Blocked@example.org"].attempts) == (
        "failed",
        1,
    )
    assert "suppressed" in (rows["Blocked@example.org"].last_error or "")
    assert {rows[a].status for a in ("a@example.org", "b@example.org")} == {"sent"}
    assert (rows["bounce@example.org"].status, rows["bounce@example.org"].attempts) == ("failed", 1)
    assert "550" in (rows["bounce@example.org"].last_error or "")
    assert (rows["later@example.org"].status, rows["later@example.org"].attempts) == ("pending", 1)
    sent_ids = {str(m["Message-ID"]) for m in smtp_server.messages}
    assert sent_ids == {
        f"<{rows[a].delivery_id}@localhost>" for a in ("a@example.org", "b@example.org")
    }
    with session_scope(settings.database_url) as session:
        bounce = session.get_one(SuppressionRow, "bounce@example.org")
        assert (bounce.hard_failures, bounce.suppressed_at) == (1, None)
        assert session.get_one(SuppressionRow, "blocked@example.org").hard_failures == 2


def test_rows_over_the_domain_limit_wait_without_spending_an_attempt(
    settings: Settings, smtp_server: SmtpSink
) -> None:
    settings = settings.model_copy(
        update={
            "smtp_url": SecretStr(smtp_server.url),
            "broker_url": REDIS_URL,
            "smtp_domain_rate_per_min": 2,
        }
    )
    domain, other = (f"{secrets.token_hex(4)}.example" for _ in range(2))  # counted by no other run
    addresses = [f"u{n}@{domain}" for n in range(3)] + [f"someone@{other}"]
    ids = _notify(settings, addresses)
    with _senders(settings) as senders, session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == 4
    rows = _rows(settings)
    statuses = sorted((row.status, row.attempts) for row in rows.values())
    assert statuses == [("pending", 0), ("sent", 1), ("sent", 1), ("sent", 1)]
    assert rows[f"someone@{other}"].status == "sent"
    (deferred,) = [row for row in rows.values() if row.status == "pending"]
    assert deferred.next_attempt_at is not None
    assert utcnow() < deferred.next_attempt_at <= utcnow() + timedelta(seconds=61)
    assert len(smtp_server.messages) == 3
    with _senders(settings) as senders, session_scope(settings.database_url) as session:
        again = deliver_batch(settings, session, senders, ids)
    assert again == 0, "the deferred row waits for the window to move on"


def test_a_single_delivery_over_the_domain_limit_is_deferred_too(
    settings: Settings, smtp_server: SmtpSink
) -> None:
    settings = settings.model_copy(
        update={"smtp_url": SecretStr(smtp_server.url), "smtp_domain_rate_per_min": 1}
    )
    first, second = _notify(settings, ["a@example.org", "b@example.org"])
    with _senders(settings) as senders, session_scope(settings.database_url) as session:
        assert deliver_notification(settings, session, senders, first) == "sent"
        assert deliver_notification(settings, session, senders, second) == "pending"
        row = session.get_one(NotificationRow, second)
        assert row.attempts == 0 and row.next_attempt_at is not None
        assert row.next_attempt_at > utcnow()
    assert len(smtp_server.messages) == 1
