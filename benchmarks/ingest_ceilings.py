"""The ceilings of `alerts bench ingest`: each pass's work without the product around it.

- First pass: `feedparser.parse` alone over the same documents, in as many processes as the
  watcher polls with, handed out in batches of the same size. No fetch, no checks, no
  conversion to articles, no database: the parser is the floor of the first pass's cost.
  The watcher sets feedparser up once (`alerts.feeds.parse`) to skip work whose answer it
  knows; the same parse with that set-up is timed too (`configured_parse_batch`), so the
  report shows how much of the gap that closes. The watcher reads plain RSS such as these
  documents with expat itself (`alerts.feeds.plainrss`), so the floor of any parse of them
  is timed as well: expat alone, with no handler (`expat_batch`).
- All-304 pass: a bare pooled conditional GET client against the same loopback server, in as
  many processes, the same batches, one aiohttp session per batch with the watcher's
  connection limits, each request carrying the feed's `If-None-Match`. No outbound guard, no
  database.

Both are timed from the moment the batches are handed out to the last one finishing, as the
watcher's passes are, in worker processes started (and their imports done) beforehand. The
CPU seconds the workers spent are kept too: on a shared machine they move far less with the
load than the wall-clock time does.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import TypeVar

Batch = TypeVar("Batch")


def _warm(_: int) -> None:
    """Nothing: unpickling it makes a pool process import this module and its dependencies."""
    import aiohttp  # noqa: F401
    import feedparser  # noqa: F401


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of a pass, and the CPU seconds its worker processes spent."""

    wall_s: float
    cpu_s: float


def _cpu_seconds(work: Callable[[Batch], int], batch: Batch) -> float:
    started = time.process_time()
    work(batch)
    return time.process_time() - started


def timed_batches(
    work: Callable[[Batch], int],
    batches: Sequence[Batch],
    processes: int,
    warm: Callable[[int], None] = _warm,
) -> Timing:
    """Time `processes` fresh worker processes running `work` on every batch; each process
    runs `warm` first, before the clock starts (imports, an open database engine: what a
    long-running worker already has)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        list(pool.map(warm, range(processes)))  # start and import before the clock runs
        started = time.perf_counter()
        cpu = sum(pool.map(partial(_cpu_seconds, work), batches))
        return Timing(time.perf_counter() - started, cpu)


def parse_batch(documents: list[bytes]) -> int:
    """The first pass's ceiling for one batch: `feedparser.parse` on each document."""
    import feedparser  # the ceiling: the parser alone, nothing of the product around it

    return sum(len(feedparser.parse(document).entries) for document in documents)


def configured_parse_batch(documents: list[bytes]) -> int:
    """`parse_batch` with feedparser set up as the watcher sets it up, nothing else."""
    import alerts.feeds.parse  # noqa: F401  (its import configures feedparser)

    return parse_batch(documents)


def expat_batch(documents: list[bytes]) -> int:
    """The floor of any parse of one batch: expat over each document, with no handler."""
    from xml.parsers import expat  # the XML tokenizer alone, nothing built from it

    for document in documents:
        expat.ParserCreate().Parse(document, True)
    return len(documents)


async def _get_all(requests: list[tuple[str, str]], concurrency: int, per_host: int) -> int:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=per_host)
    async with aiohttp.ClientSession(connector=connector) as session:

        async def get(url: str, etag: str) -> int:
            async with session.get(url, headers={"If-None-Match": etag}) as response:
                await response.read()
                return int(response.status == 304)

        return sum(await asyncio.gather(*(get(url, etag) for url, etag in requests)))


def conditional_get_batch(batch: tuple[list[tuple[str, str]], int, int]) -> int:
    """The all-304 pass's ceiling for one batch of (url, etag): how many answered 304."""
    requests, concurrency, per_host = batch
    return asyncio.run(_get_all(requests, concurrency, per_host))
