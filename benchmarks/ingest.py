"""`alerts bench ingest`: feeds/s of the watcher against a naive sequential poller.

N feeds are served from a loopback server (`feedserver`). The watcher polls them twice, in
batches, exactly as `alerts run` does: a first pass that fetches, parses and stores every
entry, then a pass where every feed answers 304. The baseline, timed on a sample in the
same run, is what a simple script does: one GET per feed, one after the other (on one
keep-alive client, which flatters it), and a parse of every response (without validators
there is no 304 to save it).
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import insert

from alerts import pipeline
from alerts.config import Settings, load_settings
from alerts.feeds.parse import parse_feed
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import FeedRow
from benchmarks.feedserver import FeedServer
from benchmarks.report import machine_line, peak_rss_mib


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
    peak_rss_mib: float


def _baseline_fps(server: FeedServer, sample: int) -> float:
    started = time.perf_counter()
    with httpx.Client(timeout=30) as client:
        for index in range(sample):
            parse_feed(client.get(server.url(index)).content)
    return sample / (time.perf_counter() - started)


_POLL_SETTINGS = {"poll_batch_size": 500, "fetch_concurrency": 100, "fetch_per_host": 2}
_FEED_SERVER = ("127.0.0.1",)  # ALERTS_FEED_ALLOWED_HOSTS: the loopback feed server


def _poll_batch(database_url: str, feed_ids: list[int]) -> None:
    """One polling task, as a Celery worker process runs it (top level: runs in a pool)."""
    settings = load_settings(
        database_url=database_url, feed_allowed_hosts=_FEED_SERVER, **_POLL_SETTINGS
    )
    with session_scope(database_url) as session:
        pipeline.poll_feeds(settings, session, feed_ids)


def _warm(_: int) -> None:
    """Nothing: unpickling it makes a pool process import this module and its dependencies."""


def _timed_pass(database_url: str, feed_ids: list[int], processes: int) -> float:
    """Poll every feed once in batches, `processes` worker processes at a time."""
    size = int(_POLL_SETTINGS["poll_batch_size"])
    batches = [feed_ids[i : i + size] for i in range(0, len(feed_ids), size)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, mp_context=context) as pool:
        list(pool.map(_warm, range(processes)))  # start and import before the clock runs
        started = time.perf_counter()
        list(pool.map(_poll_batch, [database_url] * len(batches), batches))
        return time.perf_counter() - started


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
    with tempfile.TemporaryDirectory() as scratch, FeedServer(ports=ports) as server:
        url = database_url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        settings = load_settings(database_url=url, **_POLL_SETTINGS)
        feed_ids = _register(settings, server, feeds)
        first = _timed_pass(url, feed_ids, processes)
        second = _timed_pass(url, feed_ids, processes)
        baseline = _baseline_fps(server, min(sample, feeds))
    first_fps, second_fps = feeds / first, feeds / second
    return IngestResult(
        feeds=feeds,
        processes=processes,
        first_pass_s=round(first, 2),
        first_pass_fps=round(first_fps, 1),
        not_modified_pass_s=round(second, 2),
        not_modified_pass_fps=round(second_fps, 1),
        baseline_sample=min(sample, feeds),
        baseline_fps=round(baseline, 1),
        first_pass_ratio=round(first_fps / baseline, 1),
        not_modified_ratio=round(second_fps / baseline, 1),
        peak_rss_mib=round(max(peak_rss_mib(), peak_rss_mib(children=True)), 1),
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
            "| pass | seconds | feeds/s | vs naive baseline |",
            "| --- | ---: | ---: | ---: |",
            f"| first (fetch, parse, store) | {result.first_pass_s} | {result.first_pass_fps} | "
            f"{result.first_pass_ratio}x |",
            f"| all 304 | {result.not_modified_pass_s} | {result.not_modified_pass_fps} | "
            f"{result.not_modified_ratio}x |",
            f"| naive sequential GET + parse ({result.baseline_sample} feeds) | | "
            f"{result.baseline_fps} | 1x |",
            "",
            f"Peak RSS {result.peak_rss_mib} MiB. "
            "Goal: 10,000 feeds, all-304 pass <= 30 s and >= 10x.",
        ]
    )
