"""`/me/preferences`: when and how to be told."""

from __future__ import annotations

from fastapi import APIRouter

from alerts.accounts.preferences import WEEKDAYS, preferences_of, update_preferences
from alerts.api.deps import SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.schemas import PreferencesIn, PreferencesOut, Problem, QuietHours
from alerts.store.tables import UserRow

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
