"""`alerts bench ingest`: feeds/s of the watcher against a naive sequential poller.

N feeds are served from a loopback server (`feedserver`). The watcher polls them twice, in
batches, exactly as `alerts run` does: a first pass that fetches, parses and stores every
entry, then a pass where every feed answers 304. The baseline, timed on a sample in the
same run, is what a simple script does: one GET per feed, one after the other (on one
keep-alive client, which flatters it), and a parse of every response (without validators
there is no 304 to save it).
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import insert

from alerts import pipeline
from alerts.bench.feedserver import FeedServer
from alerts.bench.report import machine_line, peak_rss_mib, write_section
from alerts.config import Settings, load_settings
from alerts.feeds.parse import parse_feed
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import FeedRow


@dataclass(frozen=True)
class IngestResult:
    """Throughputs in feeds per second, and the sizes they were measured on."""

    feeds: int
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


def _timed_pass(settings: Settings, feed_ids: list[int]) -> float:
    started = time.perf_counter()
    size = settings.poll_batch_size
    for start in range(0, len(feed_ids), size):
        with session_scope(settings.database_url) as session:
            pipeline.poll_feeds(settings, session, feed_ids[start : start + size])
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
    feeds: int, *, sample: int, database_url: str | None = None, ports: int = 50
) -> IngestResult:
    """Measure both passes and the baseline; `database_url` defaults to a fresh SQLite file."""
    with tempfile.TemporaryDirectory() as scratch, FeedServer(ports=ports) as server:
        url = database_url or f"sqlite:///{Path(scratch) / 'bench.db'}"
        settings = load_settings(
            database_url=url, poll_batch_size=500, fetch_concurrency=100, fetch_per_host=2
        )
        feed_ids = _register(settings, server, feeds)
        first = _timed_pass(settings, feed_ids)
        second = _timed_pass(settings, feed_ids)
        baseline = _baseline_fps(server, min(sample, feeds))
    first_fps, second_fps = feeds / first, feeds / second
    return IngestResult(
        feeds=feeds,
        first_pass_s=round(first, 2),
        first_pass_fps=round(first_fps, 1),
        not_modified_pass_s=round(second, 2),
        not_modified_pass_fps=round(second_fps, 1),
        baseline_sample=min(sample, feeds),
        baseline_fps=round(baseline, 1),
        first_pass_ratio=round(first_fps / baseline, 1),
        not_modified_ratio=round(second_fps / baseline, 1),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def markdown(result: IngestResult) -> str:
    """The BENCHMARKS.md section."""
    return "\n".join(
        [
            f"## Feed ingest: {result.feeds:,} feeds from a loopback server",
            "",
            machine_line(),
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


def record(result: IngestResult, path: Path) -> None:
    """Write the section to BENCHMARKS.md at `path`."""
    write_section("ingest", markdown(result), path)
