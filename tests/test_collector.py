"""`fewer_collections` raises the young threshold for a block and leaves the collector's
thresholds as it found them, on success and on failure alike."""

from __future__ import annotations

import gc

import pytest

from alerts.collector import fewer_collections

pytestmark = pytest.mark.usefixtures("default_gc_thresholds")


def test_thresholds_are_raised_inside_and_restored_after() -> None:
    with fewer_collections(10_000):
        assert gc.get_threshold() == (10_000, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_thresholds_are_restored_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError), fewer_collections(10_000):
        raise RuntimeError("boom")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_set_by_the_caller_is_kept() -> None:
    gc.set_threshold(50_000, 10, 10)
    with fewer_collections(10_000):
        assert gc.get_threshold()[0] == 50_000
    assert gc.get_threshold() == (50_000, 10, 10)
