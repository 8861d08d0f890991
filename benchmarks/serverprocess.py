"""A benchmark's loopback server in a process of its own, so that serving never competes
with the measured code for the GIL: what the feed server and the webhook receiver share."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def server_process(main: Callable[..., None], *args: object) -> Iterator[Any]:
    """Run `main(*args, ready)` in a spawned process and yield what it puts on `ready` once
    it listens (its ports); the process is stopped when the block ends."""
    context = multiprocessing.get_context("spawn")
    ready: multiprocessing.Queue[Any] = context.Queue()
    process = context.Process(target=main, args=(*args, ready), daemon=True)
    process.start()
    try:
        yield ready.get(timeout=60)
    finally:
        process.terminate()
        process.join(timeout=10)
