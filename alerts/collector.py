"""Fewer young garbage collections while a burst of short-lived objects is made.

CPython collects its youngest generation every 700 allocations. A poll batch or a watch
cycle allocates objects by the thousand that live a moment (requests and futures waiting for
a slot, parsed elements and entries, fingerprints, rows); at 700 they survive into the older
generations and set off collections that walk every object of the process (its modules, its
database mappers). Raising the young threshold for the length of the burst lets them die
young; what waits meanwhile for a collection is only garbage in reference cycles, at most
the threshold's number of objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def fewer_collections(every: int) -> Iterator[None]:
    """Young collections every `every` allocations (never fewer than already set) while the
    block runs, the previous thresholds back afterwards, whatever the block raises."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], every), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
