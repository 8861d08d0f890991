"""`fewer_collections` raises the young threshold for a block and leaves the collector's
thresholds as it found them, on success and on failure alike."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from alerts.collector import fewer_collections


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


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
