"""Previews: the e-mail a user would get next, built from their own notifications, for
`alerts preview` and for template authors (`ALERTS_TEMPLATES_DIR`)."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.accounts.users import find_user
from alerts.config import Settings
from alerts.errors import InputError
from alerts.models import NotificationStatus
from alerts.notify.messages import digest_email, instant_email
from alerts.notify.mime import Email
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_view
from alerts.store.secrets import instance_secret
from alerts.store.tables import NotificationRow

PreviewKind = Literal["instant", "digest"]
DIGEST_SAMPLE = 20


def _rows(session: Session, user_id: int, kind: PreviewKind) -> list[NotificationRow]:
    """Instant: the newest notification. Digest: what waits for the next digest, or else
    the newest notifications, so there is always something to look at."""
    newest = (
        select(NotificationRow)
        .where(NotificationRow.user_id == user_id)
        .order_by(NotificationRow.id.desc())
    )
    if kind == "instant":
        return list(session.scalars(newest.limit(1)))
    held = session.scalars(
        newest.where(
            NotificationRow.status == NotificationStatus.HELD, NotificationRow.digest_id.is_(None)
        ).limit(DIGEST_SAMPLE)
    ).all()
    return list(held) or list(session.scalars(newest.limit(DIGEST_SAMPLE)))


def preview_message(settings: Settings, session: Session, email: str, kind: PreviewKind) -> Email:
    """The rendered message (nothing is sent, nothing is marked)."""
    user = find_user(session, email)
    rows = _rows(session, user.id, kind)
    if not rows:
        raise InputError(
            f"{user.email} has no notifications yet; follow a topic and run `alerts run --once`"
        )
    topics = tuple(rows[0].topics) if kind == "instant" and rows[0].topics else None
    link = unsubscribe_url(
        settings.base_url, instance_secret(settings, session), UnsubscribeRequest(user.id, topics)
    )
    if kind == "instant":
        return instant_email(
            settings,
            to=user.email,
            story=story_view(session, rows[0]),
            message_id="preview-" + rows[0].delivery_id,
            unsubscribe_url=link,
            tz=user.tz,
        )
    return digest_email(
        settings,
        to=user.email,
        period="daily",
        stories=[story_view(session, row) for row in rows],
        message_id=f"preview-digest-{user.id}",
        unsubscribe_url=link,
        tz=user.tz,
    )
