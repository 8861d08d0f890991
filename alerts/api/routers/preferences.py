"""`/me/preferences` (when and how to be told) and `/me/notifications` (what was sent)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from alerts.api.deps import SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.schemas import NotificationOut, PreferencesIn, PreferencesOut, Problem, QuietHours
from alerts.models import Channel, Mode, NotificationStatus
from alerts.preferences import WEEKDAYS, preferences_of, update_preferences
from alerts.store.tables import ArticleRow, NotificationRow, UserRow

router = APIRouter(prefix="/me", tags=["preferences"], responses={401: {"model": Problem}})


def preferences_out(user: UserRow, default_digest_hour: int) -> PreferencesOut:
    """The API view of a user's preferences, defaults filled in."""
    chosen = preferences_of(user, default_digest_hour=default_digest_hour)
    quiet = chosen.quiet_hours
    return PreferencesOut(
        timezone=chosen.timezone,
        digest_hour=chosen.digest_hour,
        weekly_weekday=WEEKDAYS[chosen.weekly_weekday],
        quiet_hours=(
            QuietHours(start=quiet.start.strftime("%H:%M"), end=quiet.end.strftime("%H:%M"))
            if quiet
            else None
        ),
        quiet_mode=chosen.quiet_mode,
        paused=chosen.paused,
        snoozed_until=chosen.snoozed_until,
        default_channel=chosen.default_channel,
        instant_cap_per_hour=chosen.instant_cap_per_hour,
    )


@router.get("/preferences", response_model=PreferencesOut)
def get_preferences(user: UserDep, settings: SettingsDep) -> PreferencesOut:
    """The caller's preferences."""
    return preferences_out(user, settings.digest_hour)


@router.put("/preferences", response_model=PreferencesOut, responses=documented(*BODY_ANSWERS))
def put_preferences(
    body: PreferencesIn, user: UserDep, session: SessionDep, settings: SettingsDep
) -> PreferencesOut:
    """Change preferences: fields sent are changed (null clears quiet hours, the snooze, the
    cap, or the digest hour back to the default), fields left out keep their value."""
    changes = body.model_dump(include=body.model_fields_set)
    for name, value in changes.items():
        with field_errors("body", name):
            update_preferences(user, {name: value})
    session.flush()
    return preferences_out(user, settings.digest_hour)


@router.get("/notifications", response_model=list[NotificationOut])
def get_notifications(
    user: UserDep,
    session: SessionDep,
    status: NotificationStatus | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    before_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
) -> list[NotificationOut]:
    """The caller's notifications, newest first, with their delivery status; page with
    `before_id` (the smallest id of the previous page)."""
    query = (
        select(NotificationRow, ArticleRow.title, ArticleRow.url)
        .join(ArticleRow, ArticleRow.id == NotificationRow.article_id)
        .where(NotificationRow.user_id == user.id)
        .order_by(NotificationRow.id.desc())
        .limit(limit)
    )
    if status is not None:
        query = query.where(NotificationRow.status == status)
    if before_id is not None:
        query = query.where(NotificationRow.id < before_id)
    return [
        NotificationOut(
            id=row.id,
            story_id=row.story_id,
            article_id=row.article_id,
            title=title,
            url=url,
            channel=Channel(row.channel),
            mode=Mode(row.mode),
            topics=list(row.topics),
            status=row.status,
            held_reason=row.held_reason,
            attempts=row.attempts,
            last_error=row.last_error,
            created_at=row.created_at,
            next_attempt_at=row.next_attempt_at,
            sent_at=row.sent_at,
        )
        for row, title, url in session.execute(query).all()
    ]
