"""A batch claimed in parts (`claim_every`, as e-mail claims its groups), each part sent
before the next is claimed: every row is delivered once, and a part claims only the rows
still claimable when its turn comes. Claims and outcomes commit without waiting for the
disk, so a lost commit is a redelivery with the same webhook-id, never a loss."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import closing
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.demo.receiver import WebhookReceiver
from alerts.matching.fanout import fan_out
from alerts.models import Channel, NotificationStatus
from alerts.notify import channel_path
from alerts.notify.channels.webhook import WebhookChannel
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import NotificationRow, utcnow
from tests.helpers import make_article, make_follow, make_user

FOLLOWERS = 11
PART = 3  # four parts


@pytest.fixture
def senders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Senders]:
    monkeypatch.setattr(WebhookChannel, "claim_every", PART)
    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",)),
    )
    with closing(senders.webhook):
        yield senders


def _fan_out(settings: Settings, receiver: WebhookReceiver) -> list[int]:
    with session_scope(settings.database_url) as session:
        for n in range(FOLLOWERS):
            user = make_user(session, f"p{n}@example.org", webhook=f"{receiver.url}/u/{n}")
            make_follow(session, user, "Syria", Channel.WEBHOOK)
        article = make_article(session, "https://news.example/parts")
        return sorted(
            fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=["Syria"],
                now=utcnow(),
            )
        )


def _statuses(session: Session) -> dict[int, str]:
    return dict(session.execute(select(NotificationRow.id, NotificationRow.status)).all())


def _delivery_ids(session: Session, ids: list[int]) -> dict[int, str]:
    rows = session.execute(
        select(NotificationRow.id, NotificationRow.delivery_id).where(NotificationRow.id.in_(ids))
    )
    return dict(rows.all())


def test_a_batch_claimed_in_parts_delivers_each_row_once(
    settings: Settings, receiver: WebhookReceiver, senders: Senders
) -> None:
    receiver.policy = lambda request: (204, 0.05)
    ids = _fan_out(settings, receiver)
    with session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == FOLLOWERS
        assert deliver_batch(settings, session, senders, ids) == 0
        assert set(_statuses(session).values()) == {NotificationStatus.SENT}
        expected = sorted(_delivery_ids(session, ids).values())
    assert sorted(r.headers["webhook-id"] for r in receiver.requests) == expected


def test_a_part_claims_only_what_is_claimable_when_its_turn_comes(
    settings: Settings,
    receiver: WebhookReceiver,
    senders: Senders,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Between the first part and the second, another worker leases a row of the second
    part (it is left to that worker), and the lease of a third row, whose worker died, runs
    out (that row is claimed again and sent once)."""
    ids = _fan_out(settings, receiver)
    held, stale = ids[PART], ids[PART + 1]
    claim = channel_path._claim
    claims: list[int] = []

    def claim_after_others(*args: Any) -> list[channel_path.Claimed]:
        claims.append(len(claims))
        if len(claims) == 2:
            with session_scope(settings.database_url) as other:
                now = utcnow()
                for row_id, lease_until in ((held, now + timedelta(minutes=5)), (stale, now)):
                    other.execute(
                        update(NotificationRow)
                        .where(NotificationRow.id == row_id)
                        .values(status=NotificationStatus.SENDING, lease_until=lease_until)
                    )
        return claim(*args)

    monkeypatch.setattr(channel_path, "_claim", claim_after_others)
    with session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == FOLLOWERS - 1
        statuses = _statuses(session)
        delivery_ids = _delivery_ids(session, ids)
    assert len(claims) == 4
    assert statuses.pop(held) == NotificationStatus.SENDING
    assert set(statuses.values()) == {NotificationStatus.SENT}
    received = [r.headers["webhook-id"] for r in receiver.requests]
    assert delivery_ids[held] not in received
    assert sorted(received) == sorted(v for k, v in delivery_ids.items() if k != held)


def test_claims_and_outcomes_commit_without_waiting_for_the_disk(
    settings: Settings, receiver: WebhookReceiver, senders: Senders
) -> None:
    """On PostgreSQL every transaction that claims or records a row says so first."""
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("synchronous_commit is PostgreSQL's")
    ids = _fan_out(settings, receiver)
    engine = get_engine(settings.database_url)
    soon: dict[int, bool] = {}
    unflagged: list[str] = []

    def executed(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if statement.startswith("SET LOCAL synchronous_commit = off"):
            soon[id(conn)] = True
        elif statement.startswith("UPDATE notifications") and not soon.get(id(conn)):
            unflagged.append(statement)

    def ended(conn: Any) -> None:
        soon.pop(id(conn), None)

    event.listen(engine, "before_cursor_execute", executed)
    event.listen(engine, "commit", ended)
    event.listen(engine, "rollback", ended)
    try:
        with session_scope(settings.database_url) as session:
            assert deliver_batch(settings, session, senders, ids) == FOLLOWERS
    finally:
        event.remove(engine, "before_cursor_execute", executed)
        event.remove(engine, "commit", ended)
        event.remove(engine, "rollback", ended)
    assert unflagged == []


def test_a_lost_sent_mark_is_a_redelivery_with_the_same_webhook_id(
    settings: Settings, receiver: WebhookReceiver, senders: Senders
) -> None:
    """What a database crash may undo of a commit that did not wait: the row is left as
    its claim wrote it, so once the lease runs out it is sent again, as the same webhook."""
    ids = _fan_out(settings, receiver)
    with session_scope(settings.database_url) as session:
        assert deliver_batch(settings, session, senders, ids) == FOLLOWERS
        session.execute(  # the `sent` mark lost; the claim's lease ran out since
            update(NotificationRow)
            .where(NotificationRow.id == ids[0])
            .values(status=NotificationStatus.SENDING, sent_at=None, lease_until=utcnow())
        )
        session.commit()
        assert deliver_batch(settings, session, senders, ids) == 1
        assert _statuses(session)[ids[0]] == NotificationStatus.SENT
        first = _delivery_ids(session, ids)[ids[0]]
    received = [r.headers["webhook-id"] for r in receiver.requests]
    assert received.count(first) == 2
    assert len(received) == FOLLOWERS + 1
