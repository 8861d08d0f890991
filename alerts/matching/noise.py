"""Noise control: which follows a story really matches, and how an instant match is sent.

Rules, in order:
1. A follow snoozed past now, or whose keyword exclusions occur in the title or summary
   ("Syria but not football"), does not match. Exclusions are whole words or phrases,
   case-insensitive, a plural `s`/`es` or possessive `'s` included.
2. A user who is paused or snoozed gets nothing for the story, on any channel.
3. Channels the quiet rules do not apply to (machine-to-machine ones, such as webhooks: see
   `alerts.notify.channels.registry.quiet_hours_apply`) go at once.
4. Inside quiet hours an instant message waits until they end, or folds into the daily digest
   (per the user's `quiet_mode`), unless a matching follow says `ignore_quiet`.
5. Past the user's hourly cap an instant message folds into the daily digest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from alerts.accounts.preferences import Preferences
from alerts.models import Mode, NotificationStatus


@cache
def _pattern(keyword: str) -> re.Pattern[str]:
    words = r"\W+".join(re.escape(w) for w in keyword.split())
    return re.compile(rf"(?<!\w){words}(?:e?s|['\u2019]s)?(?!\w)", re.IGNORECASE)


def excluded(keywords: Sequence[str], text: str) -> bool:
    """Whether any exclusion keyword occurs in `text`.

    >>> excluded(["football"], "Syria's football team wins")
    True
    >>> excluded(["art"], "An article about Syria")
    False
    """
    return any(_pattern(k).search(text) for k in keywords if k.strip())


@dataclass(frozen=True)
class Plan:
    """How one notification row is written."""

    status: NotificationStatus
    mode: Mode
    next_attempt_at: datetime | None
    held_reason: str | None = None


def _fold(reason: str) -> Plan:
    return Plan(NotificationStatus.HELD, Mode.DAILY, None, reason)


def plan_delivery(
    *,
    quiet_rules: bool,
    mode: Mode,
    preferences: Preferences,
    ignore_quiet: bool,
    sent_last_hour: int,
    now: datetime,
) -> Plan:
    """Decide status, mode and due time for a match (rules 3 to 5 above); `quiet_rules`:
    whether quiet hours and the hourly cap apply to the match's channel."""
    if mode != Mode.INSTANT:
        return Plan(NotificationStatus.HELD, mode, None)
    if not quiet_rules:
        return Plan(NotificationStatus.PENDING, mode, now)
    quiet_end = None if ignore_quiet else preferences.quiet_until(now)
    if quiet_end is not None:
        if preferences.quiet_mode == "digest":
            return _fold("quiet")
        return Plan(NotificationStatus.PENDING, mode, quiet_end, "quiet")
    cap = preferences.instant_cap_per_hour
    if cap is not None and sent_last_hour >= cap:
        return _fold("cap")
    return Plan(NotificationStatus.PENDING, mode, now)
