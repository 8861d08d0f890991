"""When to poll a feed next: politely, and as often as the feed is worth.

- Base interval: the feed's own `interval_s`, else `ALERTS_POLL_INTERVAL_S` (15 min).
- Adaptive: once the feed's update rate is known (a moving average of the time between
  new entries), poll at half that period, kept within [min_interval_s, max_interval_s] —
  unless the feed has an explicit interval.
- Errors back off exponentially: base * 2^(errors-1), at most `max_backoff_s` (a day).
- A server's `Retry-After` (429/503) is a floor no schedule goes below: `hold_until`.
- ±10 % jitter spreads feeds added together, so they don't all poll in one burst.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

EWMA_WEIGHT = 0.3


@dataclass(frozen=True)
class SchedulePolicy:
    """Bounds of the adaptive schedule, in seconds."""

    default_interval_s: float = 900.0
    min_interval_s: float = 300.0
    max_interval_s: float = 6 * 3600.0
    max_backoff_s: float = 24 * 3600.0
    jitter: float = 0.1


def observed_interval(
    previous_s: float | None, last_new: datetime | None, now: datetime
) -> float | None:
    """Fold the gap since the last new entry into the moving average of update periods."""
    if last_new is None:
        return previous_s
    gap = max(1.0, (now - last_new).total_seconds())
    return gap if previous_s is None else (1 - EWMA_WEIGHT) * previous_s + EWMA_WEIGHT * gap


def next_interval(
    policy: SchedulePolicy,
    *,
    interval_s: float | None,
    update_interval_s: float | None,
    errors: int,
) -> float:
    """Seconds until the next poll, before jitter and server holds."""
    if interval_s is not None:
        base = interval_s
    elif update_interval_s is not None:
        base = min(max(update_interval_s / 2, policy.min_interval_s), policy.max_interval_s)
    else:
        base = policy.default_interval_s
    if errors > 0:
        base = min(base * 2 ** min(errors - 1, 16), policy.max_backoff_s)
    return base


def next_poll_at(
    policy: SchedulePolicy,
    now: datetime,
    *,
    interval_s: float | None,
    update_interval_s: float | None,
    errors: int,
    hold_until: datetime | None,
) -> datetime:
    """The moment of the next poll, jittered, never before a server-requested hold."""
    seconds = next_interval(
        policy, interval_s=interval_s, update_interval_s=update_interval_s, errors=errors
    )
    seconds *= random.uniform(1 - policy.jitter, 1 + policy.jitter)
    moment = now + timedelta(seconds=seconds)
    return max(moment, hold_until) if hold_until else moment
