"""The polling schedule: defaults, adaptation, backoff, server holds, jitter bounds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from alerts.feeds.schedule import SchedulePolicy, next_interval, next_poll_at, observed_interval
from alerts.retry_after import retry_after_seconds

POLICY = SchedulePolicy(
    default_interval_s=900, min_interval_s=300, max_interval_s=21600, max_backoff_s=86400
)
NOW = datetime(2026, 11, 27, 12, tzinfo=UTC)


def test_default_and_explicit_intervals() -> None:
    assert next_interval(POLICY, interval_s=None, update_interval_s=None, errors=0) == 900
    assert next_interval(POLICY, interval_s=60, update_interval_s=10, errors=0) == 60


@pytest.mark.parametrize(("observed", "expected"), [(100, 300), (3600, 1800), (10**6, 21600)])
def test_adapts_to_the_feed_within_bounds(observed: float, expected: float) -> None:
    assert next_interval(POLICY, interval_s=None, update_interval_s=observed, errors=0) == expected


def test_errors_back_off_exponentially_up_to_a_day() -> None:
    intervals = [
        next_interval(POLICY, interval_s=None, update_interval_s=None, errors=n)
        for n in range(1, 12)
    ]
    assert intervals[:4] == [900, 1800, 3600, 7200]
    assert intervals[-1] == 86400


def test_hold_is_a_floor_and_jitter_stays_within_ten_percent() -> None:
    hold = NOW + timedelta(hours=3)
    kwargs = {"interval_s": None, "update_interval_s": None, "errors": 0}
    assert next_poll_at(POLICY, NOW, hold_until=hold, **kwargs) == hold  # type: ignore[arg-type]
    for _ in range(200):
        moment = next_poll_at(POLICY, NOW, hold_until=None, **kwargs)  # type: ignore[arg-type]
        assert timedelta(seconds=810) <= moment - NOW <= timedelta(seconds=990)


def test_observed_interval_is_a_moving_average() -> None:
    assert observed_interval(None, None, NOW) is None
    assert observed_interval(None, NOW - timedelta(hours=1), NOW) == 3600
    assert observed_interval(3600, NOW - timedelta(hours=2), NOW) == pytest.approx(
        0.7 * 3600 + 0.3 * 7200
    )


def test_retry_after_forms() -> None:
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(None) is None and retry_after_seconds("soon") is None
    in_a_minute = (datetime.now(UTC) + timedelta(seconds=60)).strftime("%a, %d %b %Y %H:%M:%S GMT")
    assert 50 <= (retry_after_seconds(in_a_minute) or 0) <= 61
