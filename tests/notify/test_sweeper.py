"""The sweeper delivers what no task will: retries, abandoned leases, rows whose task was
lost; rows fresh from a fan-out are left to their own delivery task for one lease."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import NotificationStatus
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_due, sweepable_ids
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def _fan_out(settings: Settings, n: int) -> list[int]:
    with session_scope(settings.database_url) as session:
        for i in range(n):
            make_follow(session, make_user(session, f"u{i}@example.org"), "Syria")
        article = make_article(session, "https://news.example/1")
        return fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )


def test_fresh_rows_are_left_to_their_task_then_swept(settings: Settings, tmp_path: Path) -> None:
    ids = _fan_out(settings, 4)
    retry, abandoned, fresh, lost = ids
    now = utcnow()
    with session_scope(settings.database_url) as session:
        rows = update(NotificationRow).where(NotificationRow.id == retry)
        session.execute(rows.values(attempts=1, next_attempt_at=now - timedelta(seconds=1)))
        rows = update(NotificationRow).where(NotificationRow.id == abandoned)
        session.execute(
            rows.values(status=NotificationStatus.SENDING, lease_until=now - timedelta(seconds=1))
        )
        session.commit()
        assert sweepable_ids(settings, session, now, 10) == [retry, abandoned]
        later = now + timedelta(seconds=settings.delivery_lease_s + 1)
        assert sweepable_ids(settings, session, later, 10) == [retry, abandoned, fresh, lost]

    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"), webhook=WebhookSender(allowed_hosts=())
    )
    with session_scope(settings.database_url) as session:
        assert deliver_due(settings, session, senders) == 2
        statuses = dict(session.execute(select(NotificationRow.id, NotificationRow.status)).all())
    assert statuses == {
        retry: "sent",
        abandoned: "sent",
        fresh: "pending",
        lost: "pending",
    }
