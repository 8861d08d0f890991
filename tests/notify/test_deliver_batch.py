"""`deliver_batch`: webhooks of a batch go out concurrently and are recorded like single
deliveries; e-mails in the batch still go one by one; rows not due are left alone, and the
rows a batch names are read by their ids."""

from __future__ import annotations

from contextlib import closing
from datetime import timedelta
from itertools import product
from pathlib import Path

import pytest
from sqlalchemy import event, select, update

from alerts.config import Settings
from alerts.demo.receiver import WebhookReceiver
from alerts.matching.fanout import fan_out
from alerts.models import Channel, NotificationStatus
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch
from alerts.notify.rows import claimable, still_claimable
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import NotificationRow, WebhookEndpointRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def test_batch_sends_webhooks_and_mail_and_records_outcomes(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"webhook_allowed_hosts": ("127.0.0.1",)})
    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",)),
    )
    with session_scope(settings.database_url) as session:
        for n in range(5):
            user = make_user(session, f"h{n}@example.org", webhook=f"{receiver.url}/u/{n}")
            make_follow(session, user, "Syria", Channel.WEBHOOK)
        gone = make_user(session, "gone@example.org", webhook=f"{receiver.url}/gone")
        make_follow(session, gone, "Syria", Channel.WEBHOOK)
        reader = make_user(session, "reader@example.org")
        make_follow(session, reader, "Syria")
        article = make_article(session, "https://news.example/1")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
    with session_scope(settings.database_url) as session:  # failing lately, fine now
        session.execute(update(WebhookEndpointRow).values(failing_since=utcnow()))
    receiver.policy = lambda request: (410, 0.0) if request.path.endswith("/gone") else (204, 0.0)
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == 7
        assert deliver_batch(settings, session, senders, ids) == 0
        rows = session.execute(select(NotificationRow.user_id, NotificationRow.status)).all()
        statuses = {user_id: status for user_id, status in rows}
        endpoint = session.scalars(
            select(WebhookEndpointRow).where(WebhookEndpointRow.user_id == gone.id)
        ).one()
        assert endpoint.status == "disabled"
        recovered = session.scalars(
            select(WebhookEndpointRow.failing_since).where(WebhookEndpointRow.user_id != gone.id)
        )
        assert set(recovered) == {None}
    assert statuses.pop(gone.id) == "failed"
    assert set(statuses.values()) == {"sent"}
    hook_ids = [r.headers["webhook-id"] for r in receiver.requests]
    assert len(hook_ids) == len(set(hook_ids)) == 6
    # the reader's alert, and the note telling the owner their endpoint was disabled
    assert len(list((tmp_path / "mail").glob("*.eml"))) == 2


def test_an_endpoint_failing_too_long_is_disabled_with_its_pending_rows(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    """A failure after `ALERTS_WEBHOOK_DISABLE_AFTER_S` of failures disables the endpoint:
    the row is a dead letter at once, the rows bound to the endpoint fail with it (without
    a request), and the owner is told."""
    settings = settings.model_copy(update={"webhook_allowed_hosts": ("127.0.0.1",)})
    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",)),
    )
    with session_scope(settings.database_url) as session:
        owner = make_user(session, "owner@example.org", webhook=f"{receiver.url}/down")
        make_follow(session, owner, "Syria", Channel.WEBHOOK)
        ids = []
        for n in range(2):
            article = make_article(session, f"https://news.example/down/{n}")
            ids += fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=["Syria"],
                now=utcnow(),
            )
        endpoint = session.scalars(select(WebhookEndpointRow)).one()
        endpoint.failing_since = utcnow() - timedelta(seconds=settings.webhook_disable_after_s)
        session.execute(  # a retry bound to the endpoint by an earlier attempt, due later
            update(NotificationRow)
            .where(NotificationRow.id == ids[1])
            .values(endpoint_id=endpoint.id, next_attempt_at=utcnow() + timedelta(hours=1))
        )
    receiver.policy = lambda request: (503, 0.0)
    with closing(senders.webhook), session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == 1
        rows = {r.id: r for r in session.scalars(select(NotificationRow))}
        endpoint = session.scalars(select(WebhookEndpointRow)).one()
        assert endpoint.status == "disabled" and "failing since" in (endpoint.last_error or "")
    assert [rows[i].status for i in ids] == ["failed", "failed"]
    assert "endpoint disabled" in (rows[ids[1]].last_error or "")
    assert len(receiver.requests) == 1
    assert len(list((tmp_path / "mail").glob("*.eml"))) == 1


def test_a_batch_reads_its_rows_by_id_whatever_the_statistics_say(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    """PostgreSQL's statistics, taken while no row was pending, do not know the rows a
    fan-out just wrote: the batch's statements still read the rows they name through the
    primary key, never every pending row of the due index."""
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("the plans of PostgreSQL's planner")
    engine = get_engine(settings.database_url)
    with engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE notifications")
    with session_scope(settings.database_url) as session:
        for n in range(40):
            user = make_user(session, f"s{n}@example.org", webhook=f"{receiver.url}/u/{n}")
            make_follow(session, user, "Syria", Channel.WEBHOOK)
        article = make_article(session, "https://news.example/stats")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
    named: list[tuple[str, object]] = []

    def keep(_c: object, _cu: object, statement: str, parameters: object, *_: object) -> None:
        if "notifications" in statement and "ANY" in statement:
            named.append((statement, parameters))

    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"), webhook=WebhookSender(allowed_hosts=("127.0.0.1",))
    )
    event.listen(engine, "before_cursor_execute", keep)
    try:
        with closing(senders.webhook), session_scope(settings.database_url) as session:
            assert deliver_batch(settings, session, senders, ids) == len(ids)
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    with engine.connect() as connection:  # as on a table too large to read through
        connection.exec_driver_sql("SET enable_seqscan = off")
        plans = [
            "\n".join(connection.exec_driver_sql(f"EXPLAIN {sql}", params).scalars())  # type: ignore[arg-type]
            for sql, params in named
        ]
    assert len(plans) >= 3  # which rows are claimable, the claim, the outcomes
    assert not [plan for plan in plans if "ix_notifications_due" in plan]


def test_both_forms_of_claimable_take_the_same_rows(settings: Settings) -> None:
    """The form a statement naming its rows reads them with (`still_claimable`) takes
    exactly the rows the sweeper's form (`claimable`) finds, whatever their state."""
    now = utcnow()
    times = (None, now - timedelta(minutes=1), now + timedelta(minutes=1))
    with session_scope(settings.database_url) as session:
        session.add_all(
            NotificationRow(
                user_id=1,
                story_id=n,
                article_id=n,
                channel="webhook",
                mode="instant",
                topics=["Syria"],
                delivery_id=f"d{n}",
                status=status,
                next_attempt_at=due,
                lease_until=lease,
            )
            for n, (status, due, lease) in enumerate(product(NotificationStatus, times, times))
        )
        session.flush()
        found = set(session.scalars(select(NotificationRow.id).where(claimable(now))))
        taken = set(session.scalars(select(NotificationRow.id).where(still_claimable(now))))
    assert found == taken and len(found) == 2 * len(times)
