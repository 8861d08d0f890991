"""Looking at deliveries and replaying dead letters.

A failed notification keeps its delivery id, so a replay is recognisable as the same
message by a receiver that already got it (`webhook-id`, `Message-ID`). Replaying resets
the attempt count; the sweeper then delivers it as if it were new.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from alerts.errors import InputError
from alerts.models import NotificationStatus
from alerts.store.tables import ArticleRow, NotificationRow, UserRow


@dataclass(frozen=True)
class DeliveryInfo:
    """One notification as `alerts deliveries list` shows it."""

    id: int
    delivery_id: str
    user: str
    channel: str
    mode: str
    status: str
    attempts: int
    story_id: int
    endpoint_id: int | None
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime | None
    sent_at: datetime | None
    title: str | None = None  # the story's title (None once its feed was removed)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, times in ISO 8601."""
        data = asdict(self)
        return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in data.items()}


def list_deliveries(session: Session, *, failed_only: bool, limit: int) -> list[DeliveryInfo]:
    """Newest first; with `failed_only`, the dead letters."""
    query = (
        select(NotificationRow, UserRow.email, ArticleRow.title)
        .join(UserRow, UserRow.id == NotificationRow.user_id)
        .outerjoin(ArticleRow, ArticleRow.id == NotificationRow.article_id)
    )
    if failed_only:
        query = query.where(NotificationRow.status == NotificationStatus.FAILED)
    rows = session.execute(query.order_by(NotificationRow.id.desc()).limit(limit)).all()
    return [
        DeliveryInfo(
            id=n.id,
            delivery_id=n.delivery_id,
            user=email,
            channel=n.channel,
            mode=n.mode,
            status=n.status,
            attempts=n.attempts,
            story_id=n.story_id,
            endpoint_id=n.endpoint_id,
            last_error=n.last_error,
            created_at=n.created_at,
            next_attempt_at=n.next_attempt_at,
            sent_at=n.sent_at,
            title=title,
        )
        for n, email, title in rows
    ]


def replay(
    session: Session,
    now: datetime,
    *,
    notification_id: int | None = None,
    endpoint_id: int | None = None,
    since: datetime | None = None,
) -> int:
    """Put failed notifications back in the queue; return how many. Exactly one selector."""
    if sum(x is not None for x in (notification_id, endpoint_id, since)) != 1:
        raise InputError("give exactly one of: a notification ID, --endpoint ID, --since TIME")
    query = update(NotificationRow).where(NotificationRow.status == NotificationStatus.FAILED)
    if notification_id is not None:
        query = query.where(NotificationRow.id == notification_id)
    elif endpoint_id is not None:
        query = query.where(NotificationRow.endpoint_id == endpoint_id)
    else:
        query = query.where(NotificationRow.created_at >= since)
    values = {
        "status": NotificationStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": now,
        "lease_until": None,
    }
    result = session.execute(query.values(**values))
    return int(result.rowcount)  # type: ignore[attr-defined]
