"""`alerts bench ingest`: feeds/s of the watcher against a naive sequential poller, and each
pass beside its ceiling.

N feeds are served from a loopback server (`feedserver`). The watcher polls them twice, in
batches, exactly as `alerts run` does: a first pass that fetches, parses and stores every
entry, then a pass where every feed answers 304. The baseline, timed on a sample in the
same run, is what a simple script does: one GET per feed, one after the other (on one
keep-alive client, which flatters it), and a parse of every response by feedparser
(without validators there is no 304 to save it). The ceilings, measured in the same run on
as many processes (`ingest_ceilings`): `feedparser.parse` alone over the same documents for
the first pass, a bare pooled conditional-GET client against the same server for the
all-304 pass.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

import httpx
from sqlalchemy import insert

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.feeds import parse as feeds_parse
from alerts.feeds.parse import parse_feed
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import FeedRow
from benchmarks.feedserver import FeedServer, etag, feed_document
from benchmarks.ingest_ceilings import (
    Timing,
    conditional_get_batch,
    configured_parse_batch,
    expat_batch,
    parse_batch,
    timed_batches,
)
from benchmarks.report import machine_line, peak_rss_mib


@dataclass(frozen=True)
class PassCeiling:
    """One pass beside its ceiling: the same work without the product, same run, same cores."""

    ceiling: str
    ceiling_s: float
    ceiling_per_s: float
    share_of_ceiling: float  # the pass's feeds/s over the ceiling's
    cpu_s: float  # CPU seconds of the pass's worker processes
    ceiling_cpu_s: float
    share_of_ceiling_cpu: float  # the ceiling's CPU seconds over the pass's


@dataclass(frozen=True)
class IngestResult:
    """Throughputs in feeds per second, and the sizes they were measured on."""

    feeds: int
    processes: int
    first_pass_s: float
    first_pass_fps: float
    not_modified_pass_s: float
    not_modified_pass_fps: float
    baseline_sample: int
    baseline_fps: float
    first_pass_ratio: float
    not_modified_ratio: float
    first_pass: PassCeiling
    not_modified_pass: PassCeiling
    # feedparser as the watcher sets it up, alone over the same documents
    configured_parse: PassCeiling
    # expat alone, with no handler: the floor of any parse of the same documents
    bare_xml: PassCeiling
    peak_rss_mib: float
    load_before: float  # 1-minute load average: the machine may be shared
    load_after: float


def _baseline_fps(server: FeedServer, sample: int) -> float:
    """Feeds/s of a naive loop: one GET at a time, each body parsed by feedparser (the
    plain-RSS reader is the product's, not the naive loop's: it is switched off here)."""
    started = time.perf_counter()
    with httpx.Client(timeout=30) as client, _feedparser_only():
        for index in range(sample):
            parse_feed(client.get(server.url(index)).content)
    return sample / (time.perf_counter() - started)


@contextmanager
def _feedparser_only() -> Iterator[None]:
    """`parse_feed` through feedparser for every document, for the while."""
    kept = feeds_parse.PLAIN_RSS_SHORTCUT
    feeds_parse.PLAIN_RSS_SHORTCUT = False
    try:
        yield
    finally:
        feeds_parse.PLAIN_RSS_SHORTCUT = kept


_POLL_SETTINGS = {"poll_batch_size": 500, "fetch_concurrency": 100, "fetch_per_host": 2}
_FEED_SERVER = ("127.0.0.1",)  # ALERTS_FEED_ALLOWED_HOSTS: the loopback feed server
T = TypeVar("T")


_BATCH = int(_POLL_SETTINGS["poll_batch_size"])


def _batches(items: list[T]) -> list[list[T]]:
    return [items[i : i + _BATCH] for i in range(0, len(items), _BATCH)]


def _poll_batch(task: tuple[str, list[int]]) -> int:
    """One polling task, as a Celery worker process runs it (top level: runs in a pool)."""
    database_url, feed_ids = task
    settings = load_settings(
        database_url=database_url, feed_allowed_hosts=_FEED_SERVER, **_POLL_SETTINGS
    )
    with session_scope(database_url) as session:
        return len(pipeline.poll_feeds(settings, session, feed_ids))


def _steady_worker(database_url: str, _: int) -> None:
    """A worker process as it is after its first task: the HTTP client and the guard's
    resolver imported, the engine open (its schema checked), the mappers configured (a
    poll of no feed)."""
    import aiohttp  # noqa: F401

    import alerts.feeds.resolver  # noqa: F401

    _poll_batch((database_url, []))


def _timed_pass(database_url: str, feed_ids: list[int], processes: int) -> Timing:
    """Poll every feed once in batches, `processes` worker processes at a time."""
    tasks = [(database_url, batch) for batch in _batches(feed_ids)]
    return timed_batches(_poll_batch, tasks, processes, partial(_steady_worker, database_url))


def _ceilings(
    server: FeedServer, feeds: int, processes: int
) -> tuple[Timing, Timing, Timing, Timing]:
    """Timings of the parse ceiling, of the conditional-GET ceiling, of the parse with
    feedparser set up as the watcher does and of expat alone, over every feed."""
    documents = _batches([feed_document(i) for i in range(feeds)])
    parse_s = timed_batches(parse_batch, documents, processes)
    configured_s = timed_batches(configured_parse_batch, documents, processes)
    expat_s = timed_batches(expat_batch, documents, processes)
    limits = (int(_POLL_SETTINGS["fetch_concurrency"]), int(_POLL_SETTINGS["fetch_per_host"]))
    requests = _batches([(server.url(i), etag(i)) for i in range(feeds)])
    get_s = timed_batches(conditional_get_batch, [(b, *limits) for b in requests], processes)
    return parse_s, get_s, configured_s, expat_s


def _pass_ceiling(name: str, ceiling: Timing, feeds: int, product: Timing) -> PassCeiling:
    per_s = feeds / ceiling.wall_s
    return PassCeiling(
        ceiling=name,
        ceiling_s=round(ceiling.wall_s, 2),
        ceiling_per_s=round(per_s, 1),
        share_of_ceiling=round(ceiling.wall_s / product.wall_s, 3),
        cpu_s=round(product.cpu_s, 2),
        ceiling_cpu_s=round(ceiling.cpu_s, 2),
        share_of_ceiling_cpu=round(ceiling.cpu_s / product.cpu_s, 3),
    )


def _register(settings: Settings, server: FeedServer, count: int) -> list[int]:
    engine = get_engine(settings.database_url)
    with engine.begin() as conn:
        conn.execute(
            insert(FeedRow), [{"url": server.url(i), "name": f"Town {i}"} for i in range(count)]
        )
    with session_scope(settings.database_url) as session:
        return pipeline.pollable_feed_ids(session, due_only=False)


def run_ingest(
    feeds: int, *, sample: int, database_url: str | None = None, ports: int = 50, processes: int = 2
) -> IngestResult:
    """Measure both passes and the baseline; `database_url` defaults to a fresh SQLite file.
    The watcher polls with `processes` worker processes, as `celery worker --concurrency`
    would on this machine; the baseline is a single sequential loop."""
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch, FeedServer(ports=ports) as server:
        url = database_url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        settings = load_settings(database_url=url, **_POLL_SETTINGS)
        feed_ids = _register(settings, server, feeds)
        first = _timed_pass(url, feed_ids, processes)
        second = _timed_pass(url, feed_ids, processes)
        parse_s, get_s, configured_s, expat_s = _ceilings(server, feeds, processes)
        baseline = _baseline_fps(server, min(sample, feeds))
    first_fps, second_fps = feeds / first.wall_s, feeds / second.wall_s
    return IngestResult(
        feeds=feeds,
        processes=processes,
        first_pass_s=round(first.wall_s, 2),
        first_pass_fps=round(first_fps, 1),
        not_modified_pass_s=round(second.wall_s, 2),
        not_modified_pass_fps=round(second_fps, 1),
        baseline_sample=min(sample, feeds),
        baseline_fps=round(baseline, 1),
        first_pass_ratio=round(first_fps / baseline, 1),
        not_modified_ratio=round(second_fps / baseline, 1),
        first_pass=_pass_ceiling("feedparser.parse alone", parse_s, feeds, first),
        not_modified_pass=_pass_ceiling("bare pooled conditional GET", get_s, feeds, second),
        configured_parse=_pass_ceiling("configured feedparser.parse", configured_s, feeds, first),
        bare_xml=_pass_ceiling("expat alone", expat_s, feeds, first),
        peak_rss_mib=round(max(peak_rss_mib(), peak_rss_mib(children=True)), 1),
        load_before=round(load_before, 2),
        load_after=round(os.getloadavg()[0], 2),
    )


def markdown(result: IngestResult) -> str:
    """The BENCHMARKS.md section."""
    return "\n".join(
        [
            f"## Feed ingest: {result.feeds:,} feeds from a loopback server",
            "",
            machine_line(),
            "",
            f"Watcher: {result.processes} polling processes (as `celery worker --concurrency`); "
            "baseline: one sequential loop.",
            "",
            "| pass | seconds | feeds/s | vs naive baseline | ceiling (same run) | "
            "ceiling feeds/s | share of ceiling | CPU s: pass / ceiling | share, CPU |",
            "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |",
            _row(
                "first (fetch, parse, store)",
                result.first_pass_s,
                result.first_pass_fps,
                result.first_pass_ratio,
                result.first_pass,
            ),
            _row(
                "all 304",
                result.not_modified_pass_s,
                result.not_modified_pass_fps,
                result.not_modified_ratio,
                result.not_modified_pass,
            ),
            f"| naive sequential GET + parse ({result.baseline_sample} feeds) | | "
            f"{result.baseline_fps} | 1x | | | | | |",
            "",
            f"Ceilings, on the same {result.processes} processes and batches of "
            f"{_BATCH}: `feedparser.parse` alone over the same documents (no fetch, checks, "
            "articles or database); a bare aiohttp client sending each feed's "
            "`If-None-Match` to the same server with the watcher's connection limits (no "
            "outbound guard, no database). The CPU columns add up the worker processes' CPU "
            "seconds, which a loaded machine disturbs less than the wall clock. "
            "The watcher sets feedparser up once (`alerts.feeds.parse`: expat taken at once "
            "instead of a search for a libxml2 driver at every parse, the base-URL check "
            "remembered, plain absolute links not re-joined, flat content parameters "
            "copied without a deep copy, text without markup not sanitised, keys without "
            "an alias looked up as in a plain dict; identical results), so its parse costs "
            "less than the stock one: "
            "with that set-up alone, the same documents parse at "
            f"{result.configured_parse.ceiling_per_s} feeds/s "
            f"({result.configured_parse.ceiling_cpu_s} CPU s), and the first pass is "
            f"{result.configured_parse.share_of_ceiling:.0%} of that "
            f"({result.configured_parse.share_of_ceiling_cpu:.0%} by CPU). "
            "Plain RSS such as these documents the watcher reads with expat itself, into the "
            "very entries feedparser would give (`alerts.feeds.plainrss`), so the first pass "
            "may outrun feedparser's ceiling; the floor of any parse, expat alone with no "
            f"handler, reads them at {result.bare_xml.ceiling_per_s} feeds/s "
            f"({result.bare_xml.ceiling_cpu_s} CPU s): the first pass is "
            f"{result.bare_xml.share_of_ceiling:.0%} of that "
            f"({result.bare_xml.share_of_ceiling_cpu:.0%} by CPU). "
            "While a batch is fetched and each document parsed, the watcher runs young "
            "garbage collections every 10,000 allocations instead of 700, so a batch's "
            "short-lived objects do not set off full collections of the whole worker "
            "(`alerts.feeds.watcher`). "
            "Load average (1 min) "
            f"{result.load_before} before the run, {result.load_after} after.",
            "",
            f"Peak RSS {result.peak_rss_mib} MiB. "
            "Goals: all-304 pass <= 30 s for 10,000 feeds and >= 10x the baseline; first pass "
            ">= 60 % of its ceiling, all-304 pass >= 70 % of its.",
        ]
    )


def _row(name: str, seconds: float, fps: float, ratio: float, ceiling: PassCeiling) -> str:
    return (
        f"| {name} | {seconds} | {fps} | {ratio}x | {ceiling.ceiling} | "
        f"{ceiling.ceiling_per_s} | {ceiling.share_of_ceiling:.0%} | "
        f"{ceiling.cpu_s} / {ceiling.ceiling_cpu_s} | {ceiling.share_of_ceiling_cpu:.0%} |"
    )
