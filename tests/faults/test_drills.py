"""Crash and outage drills on the distributed path (PostgreSQL, a private Redis, two Celery
workers): 1,000 notifications each, none lost, none under two different ids."""

from __future__ import annotations

import pytest

from benchmarks.faults import SCENARIOS, run_scenario
from tests.conftest import PG_ADMIN_URL

N = 1000


@pytest.mark.slow
@pytest.mark.xdist_group("drills")  # one after another: each times its own retries
@pytest.mark.parametrize("name", list(SCENARIOS))
def test_drill_loses_and_duplicates_nothing(name: str) -> None:
    counts = run_scenario(name, n=N, admin_url=PG_ADMIN_URL)
    assert counts.sent >= N
    assert counts.lost == 0, counts
    assert counts.duplicated == 0, counts
    assert counts.delivered == N, counts
    assert not [n for n in counts.notes if "exited" in n or "ended failed" in n], counts.notes
    if name == "webhook-outage":
        assert counts.schedule_ok is True, "retries must follow the schedule"
    if name == "smtp-outage":
        assert counts.failed_as_expected == 1, "the 550 address fails once and is not retried"
