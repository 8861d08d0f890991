"""What a subscriber chooses about when and how to be told, and the rules that follow.

- `timezone` (IANA) and `digest_hour` place the daily digest at a local hour; the weekly
  digest goes on `weekly_weekday` (0 = Monday) at the same hour.
- Quiet hours are a local window (`22:00` to `07:00` wraps past midnight). An instant match
  inside it is held and delivered when the window ends (`quiet_mode="hold"`), or folded
  into the next daily digest (`"digest"`). Webhooks are for machines and ignore it.
- `paused` stops everything; `snoozed_until` stops everything until then. Matches during a
  pause or snooze are skipped, not queued, so nobody returns to a flood.
- `instant_cap_per_hour` caps instant e-mails per rolling hour; further matches fold into
  the next daily digest and the user is told once per hour that it happened.

Rows store the raw choices; `preferences_of` turns them into one validated value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo, available_timezones

from alerts.errors import InputError
from alerts.models import Channel
from alerts.store.tables import UserRow

WEEKLY_WEEKDAY = 0  # Monday, unless the user chose another day

QuietMode = Literal["hold", "digest"]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def check_timezone(name: str) -> str:
    """An IANA zone name known to this system (`Europe/Paris`); never a file path."""
    if name not in _zones():
        raise InputError(f"unknown time zone {name!r}; use an IANA name such as Europe/Paris")
    return name


def parse_clock(value: str) -> time:
    """`HH:MM` on a 24-hour clock.

    >>> parse_clock("07:30")
    datetime.time(7, 30)
    """
    hours, sep, minutes = value.partition(":")
    if not (sep and hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        raise InputError(f"{value!r} is not a time of day; use HH:MM, e.g. 22:00")
    if not (0 <= int(hours) <= 23 and 0 <= int(minutes) <= 59):
        raise InputError(f"{value!r} is not a time of day; use HH:MM, e.g. 22:00")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class QuietHours:
    """A local window in which instant e-mails wait; `start > end` wraps past midnight.

    >>> QuietHours(time(22), time(7)).contains(time(23, 30))
    True
    >>> QuietHours(time(22), time(7)).contains(time(12))
    False
    """

    start: time
    end: time

    def contains(self, moment: time) -> bool:
        """Whether a local time of day falls inside the window."""
        if self.start < self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end

    def ends_after(self, local: datetime) -> datetime:
        """The end of the window that `local` (aware, inside it) is in, as UTC."""
        day: date = local.date()
        if local.timetz().replace(tzinfo=None) >= self.end:
            day += timedelta(days=1)
        end = datetime.combine(day, self.end, tzinfo=local.tzinfo)
        # A wall time skipped by a DST change still maps to one instant; round-trip it.
        return end.astimezone(UTC).astimezone(local.tzinfo).astimezone(UTC)


@dataclass(frozen=True)
class Preferences:
    """A subscriber's validated choices, with instance defaults filled in."""

    timezone: str
    digest_hour: int
    weekly_weekday: int
    quiet_hours: QuietHours | None
    quiet_mode: QuietMode
    paused: bool
    snoozed_until: datetime | None
    default_channel: Channel
    instant_cap_per_hour: int | None

    def muted(self, now: datetime) -> bool:
        """Paused, or snoozed past `now`: nothing is sent and nothing is queued."""
        return self.paused or (self.snoozed_until is not None and self.snoozed_until > now)

    def quiet_until(self, now: datetime) -> datetime | None:
        """When `now` is inside quiet hours, the UTC moment they end; otherwise None."""
        if self.quiet_hours is None:
            return None
        local = now.astimezone(ZoneInfo(self.timezone))
        if not self.quiet_hours.contains(local.time()):
            return None
        return self.quiet_hours.ends_after(local)


def preferences_of(user: UserRow, *, default_digest_hour: int) -> Preferences:
    """The preferences stored on a user row; unset values take the instance defaults."""
    quiet = None
    if user.quiet_start and user.quiet_end:
        quiet = QuietHours(parse_clock(user.quiet_start), parse_clock(user.quiet_end))
    return Preferences(
        timezone=user.tz,
        digest_hour=default_digest_hour if user.digest_hour is None else user.digest_hour,
        weekly_weekday=WEEKLY_WEEKDAY if user.weekly_weekday is None else user.weekly_weekday,
        quiet_hours=quiet,
        quiet_mode="digest" if user.quiet_mode == "digest" else "hold",
        paused=bool(user.paused),
        snoozed_until=user.snoozed_until,
        default_channel=Channel(user.default_channel or Channel.EMAIL),
        instant_cap_per_hour=user.instant_cap_per_hour,
    )


def _int_in(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InputError(f"{name} must be a whole number from {low} to {high}")
    return value


def _set_timezone(user: UserRow, value: object) -> None:
    user.tz = check_timezone(str(value))


def _set_digest_hour(user: UserRow, value: object) -> None:
    user.digest_hour = None if value is None else _int_in("digest_hour", value, 0, 23)


def _set_weekday(user: UserRow, value: object) -> None:
    if isinstance(value, str) and value.lower() in WEEKDAYS:
        user.weekly_weekday = WEEKDAYS.index(value.lower())
    else:
        user.weekly_weekday = None if value is None else _int_in("weekly_weekday", value, 0, 6)


def _set_quiet_hours(user: UserRow, value: object) -> None:
    window = value if isinstance(value, dict) else {}
    start, end = window.get("start"), window.get("end")
    if start is None and end is None:
        user.quiet_start = user.quiet_end = None
        return
    if not isinstance(start, str) or not isinstance(end, str):
        raise InputError("quiet hours need both a start and an end, e.g. 22:00 and 07:00")
    first, last = parse_clock(start), parse_clock(end)
    if first == last:
        raise InputError("quiet hours must not start and end at the same time")
    user.quiet_start, user.quiet_end = first.strftime("%H:%M"), last.strftime("%H:%M")


def _set_quiet_mode(user: UserRow, value: object) -> None:
    if value not in ("hold", "digest"):
        raise InputError("quiet_mode must be 'hold' or 'digest'")
    user.quiet_mode = str(value)


def _set_paused(user: UserRow, value: object) -> None:
    user.paused = bool(value)


def _set_snoozed_until(user: UserRow, value: object) -> None:
    if value is not None and not (isinstance(value, datetime) and value.tzinfo is not None):
        raise InputError("snoozed_until must be a date and time with a UTC offset")
    user.snoozed_until = value


def _set_default_channel(user: UserRow, value: object) -> None:
    if value not in tuple(Channel):
        raise InputError(f"default_channel must be one of {', '.join(Channel)}")
    user.default_channel = str(value)


def _set_cap(user: UserRow, value: object) -> None:
    user.instant_cap_per_hour = (
        None if value is None else _int_in("instant_cap_per_hour", value, 1, 1000)
    )


_SETTERS: dict[str, Callable[[UserRow, object], None]] = {
    "timezone": _set_timezone,
    "digest_hour": _set_digest_hour,
    "weekly_weekday": _set_weekday,
    "quiet_hours": _set_quiet_hours,
    "quiet_mode": _set_quiet_mode,
    "paused": _set_paused,
    "snoozed_until": _set_snoozed_until,
    "default_channel": _set_default_channel,
    "instant_cap_per_hour": _set_cap,
}


def update_preferences(user: UserRow, changes: Mapping[str, object]) -> None:
    """Apply changes by preference name, validating each; names not given keep their value.
    `quiet_hours` takes `{"start": "22:00", "end": "07:00"}`, or None to clear it."""
    for name, value in changes.items():
        setter = _SETTERS.get(name)
        if setter is None:
            raise InputError(f"unknown preference {name!r}")
        setter(user, value)
