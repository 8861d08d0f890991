"""`/me` (who is calling, and how many stories they have not read) and `/me/notifications`
(what was sent, and what was read). Read state belongs to a story: see
`alerts.notify.history`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from alerts.api.deps import ClockDep, SessionDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented
from alerts.api.routers.topics import RowId
from alerts.api.schemas import MeOut, NotificationOut, NotificationPatch, Problem, ReadAllOut
from alerts.models import Mode, NotificationStatus
from alerts.notify.history import (
    HistoryEntry,
    HistoryFilter,
    list_history,
    mark_all_read,
    mark_story,
    unread_count,
)
from alerts.topics.personal import own_alert_names, shown_topics

router = APIRouter(prefix="/me", tags=["notifications"], responses={401: {"model": Problem}})


def _out(entry: HistoryEntry, alert_names: dict[str, str]) -> NotificationOut:
    """The API view of a notification; the caller's own alerts among its topics by name."""
    row = entry.notification
    return NotificationOut(
        id=row.id,
        story_id=row.story_id,
        article_id=row.article_id,
        title=entry.title,
        url=entry.url,
        channel=row.channel,
        mode=Mode(row.mode),
        topics=shown_topics(row.topics, alert_names),
        status=row.status,
        held_reason=row.held_reason,
        attempts=row.attempts,
        last_error=row.last_error,
        created_at=row.created_at,
        next_attempt_at=row.next_attempt_at,
        sent_at=row.sent_at,
        read_at=row.read_at,
    )


@router.get("", response_model=MeOut)
def get_me(user: UserDep, session: SessionDep) -> MeOut:
    """The caller, with the number of stories they were notified of and have not read."""
    return MeOut(
        id=user.id, email=user.email, timezone=user.tz, unread=unread_count(session, user.id)
    )


@router.get("/notifications", response_model=list[NotificationOut])
def get_notifications(
    user: UserDep,
    session: SessionDep,
    status: NotificationStatus | None = None,
    unread: bool | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    before_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> list[NotificationOut]:
    """The caller's notifications, newest first, with their delivery status and read state
    (`unread=true`: unread only; `false`: read only); page with `before_id` (the smallest id
    of the previous page)."""
    wanted = HistoryFilter(status=status, unread=unread, limit=limit, before_id=before_id)
    names = own_alert_names(session, user.id)
    return [_out(entry, names) for entry in list_history(session, user.id, wanted)]


@router.post("/notifications/read-all", response_model=ReadAllOut)
def read_all(user: UserDep, session: SessionDep, clock: ClockDep) -> ReadAllOut:
    """Mark every unread notification read; answers how many stories that was."""
    return ReadAllOut(marked=mark_all_read(session, user.id, now=clock()))


# `:int` keeps `read-all` out of this route, so other methods on it are a 405, not a 422.
@router.patch(
    "/notifications/{notification_id:int}",
    response_model=NotificationOut,
    responses=documented(404, *BODY_ANSWERS),
)
def patch_notification(
    notification_id: RowId,
    body: NotificationPatch,
    user: UserDep,
    session: SessionDep,
    clock: ClockDep,
) -> NotificationOut:
    """Mark the notification's story read or unread, on every channel it was sent on."""
    entry = mark_story(session, user.id, notification_id, read=body.read, now=clock())
    return _out(entry, own_alert_names(session, user.id))
