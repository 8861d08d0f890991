"""`alerts bench cycle`: one watch cycle over a burst of new articles, beside its ceiling.

A burst of N new Reuters-length articles (whole Reuters-21578 bodies as the feed summary)
is served as three loopback RSS feeds; one user follows one topic by e-mail (written to an
outbox folder). The cycle is what embedded `alerts run --once` runs (`run_cycle` with the
in-process dispatcher and its `cycle_report`), on a fresh SQLite database, timed per stage:
polling (fetch, parse, store), classifying articles (classify, story join, fan-out),
delivering, sweeping. The ceiling, measured in the same run, is `feedparser.parse` alone on
the same three documents. The rule classifier is compiled before the clock starts (the
runner's warm-up, once per process whatever the burst, its time reported apart). With
`--model`, the same cycle runs again with `ALERTS_MODELS_DIR` set, the model loaded before
the clock starts (its load time is reported apart); then, as the outside check does it,
whole `alerts run --once` processes are timed from start to exit without and with the
model, alternately, `PROCESS_ROUNDS` times each (the fastest of each counts): imports, the
model's load and the cycle. Their ratio is `model_vs_rules`.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from sqlalchemy import insert

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings, load_settings
from alerts.pipeline import cycle_report
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import get_engine, session_scope, upgrade
from alerts.store.tables import FeedRow, utcnow
from alerts.topics.taxonomy import bundled_taxonomy
from benchmarks.classify import SHARED_TEXTS, load_texts
from benchmarks.report import machine_line, peak_rss_mib

FEEDS = 3
FOLLOWED_TOPIC = "Japan"
PROCESS_ROUNDS = 2  # whole processes without and with the model, alternately


@dataclass(frozen=True)
class CycleRun:
    """One cycle: its wall time, articles/s and seconds by stage."""

    models_dir: str | None
    seconds: float
    cpu_s: float  # this process's CPU seconds: what other work on the machine does not inflate
    articles_per_s: float
    notifications: int
    stages_s: dict[str, float]
    classifier_build_s: float  # rules compiled, heap settled: once per process, before the clock


@dataclass(frozen=True)
class ProcessRuns:
    """Whole `alerts run --once` processes, start to exit, as the outside check times them:
    the fastest of `PROCESS_ROUNDS` each, and every round's seconds."""

    rules_s: float
    with_model_s: float
    rounds_rules_s: list[float]
    rounds_with_model_s: list[float]
    rules_cpu_s: float  # the processes' own CPU seconds: what other work does not inflate
    with_model_cpu_s: float
    model_vs_rules_cpu: float


@dataclass(frozen=True)
class CycleBench:
    """The rules-only cycle, the ceiling, and optionally the cycle with a model."""

    articles: int
    feeds: int
    source: str
    parse_s: float  # feedparser.parse alone on the same documents: the ceiling
    parse_cpu_s: float
    expat_s: float  # expat alone on the same documents, no handler: the floor of any parse
    ceiling_per_s: float
    share_of_ceiling: float
    times_ceiling: float
    times_ceiling_cpu: float
    rules: CycleRun
    model_load_s: float | None
    with_model: CycleRun | None
    cycle_model_vs_rules: float | None  # the cycles alone, the model loaded before the clock
    processes: ProcessRuns | None
    model_vs_rules: float | None  # whole processes, the model's load included: the acceptance
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `alerts bench cycle --json` prints it."""
        return asdict(self)


def feed_documents(texts: list[tuple[str, str]], feeds: int) -> list[bytes]:
    """RSS 2.0 documents sharing out the texts, each one an item with a unique link."""
    published = datetime(2026, 11, 2, tzinfo=UTC)
    documents = []
    for f in range(feeds):
        items = "".join(
            f"<item><title>{escape(title)}</title>"
            f"<link>https://wire{f}.example/story/{i}</link>"
            f"<description>{escape(body)}</description>"
            f"<pubDate>{format_datetime(published - timedelta(minutes=i))}</pubDate></item>"
            for i, (title, body) in enumerate(texts)
            if i % feeds == f
        )
        documents.append(
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>Wire {f}</title><link>https://wire{f}.example/</link>{items}"
            "</channel></rss>".encode()
        )
    return documents


@contextmanager
def serving(documents: list[bytes]) -> Iterator[list[str]]:
    """A loopback HTTP server for the documents, in a thread; yields their URLs."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            index = int(self.path.rsplit("/", 1)[-1].split(".")[0])
            body = documents[index]
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the benchmark prints its own report."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        yield [f"http://127.0.0.1:{port}/feed/{i}.xml" for i in range(len(documents))]
    finally:
        server.shutdown()
        server.server_close()


def _parse_seconds(documents: list[bytes]) -> tuple[float, float]:
    """Wall and CPU seconds of `feedparser.parse` alone (the ceiling) on the documents."""
    import feedparser  # the ceiling: the parser alone, nothing of the product around it

    started, cpu = time.perf_counter(), time.process_time()
    for document in documents:
        feedparser.parse(document)
    return time.perf_counter() - started, time.process_time() - cpu


def _expat_seconds(documents: list[bytes]) -> float:
    """Seconds of expat alone, with no handler, on the documents: plain RSS such as these
    the watcher reads with expat itself (`alerts.feeds.plainrss`), not with feedparser."""
    from xml.parsers import expat  # the XML tokenizer alone, nothing built from it

    started = time.perf_counter()
    for document in documents:
        expat.ParserCreate().Parse(document, True)
    return time.perf_counter() - started


def _prepare(settings: Settings, urls: list[str]) -> None:
    engine = get_engine(settings.database_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(insert(FeedRow), [{"url": u, "name": f"Wire {i}"} for i, u in enumerate(urls)])
    with session_scope(settings.database_url) as session:
        add_user(settings, session, "reader@example.org")
        follow(session, bundled_taxonomy(), "reader@example.org", FOLLOWED_TOPIC)
        session.commit()


def _timed_cycle(settings: Settings, urls: list[str], articles: int) -> CycleRun:
    """One embedded `alerts run --once` on a fresh database, seconds by stage."""
    _prepare(settings, urls)
    stages: dict[str, float] = defaultdict(float)
    last = [time.perf_counter()]

    def on_step(stage: str, _done: int, _known: int) -> None:
        now = time.perf_counter()
        stages[stage] += now - last[0]
        last[0] = now

    dispatcher = InlineDispatcher(settings, on_step=on_step)
    try:
        started = time.perf_counter()
        dispatcher.warm_up()  # once per process, whatever the burst: timed apart
        build_s = time.perf_counter() - started
        since, cpu = utcnow(), time.process_time()
        started = last[0] = time.perf_counter()
        run_cycle(settings, dispatcher)
        last[0] = time.perf_counter()
        with session_scope(settings.database_url) as session:
            report = cycle_report(session, since=since)
        stages["reporting"] = time.perf_counter() - last[0]
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    finally:
        dispatcher.close()
    return CycleRun(
        models_dir=str(settings.models_dir) if settings.models_dir else None,
        seconds=round(seconds, 3),
        cpu_s=round(cpu, 3),
        articles_per_s=round(articles / seconds, 1),
        notifications=sum(report.notifications.values()),
        stages_s={name: round(s, 3) for name, s in stages.items()},
        classifier_build_s=round(build_s, 3),
    )


def _process_seconds(settings: Settings, urls: list[str], articles: int) -> tuple[float, float]:
    """Wall and CPU seconds of one `alerts run --once` process on a fresh database (which
    must have stored every article: a cycle that fetched nothing would be quick)."""
    _prepare(settings, urls)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_")}
    env |= {
        "ALERTS_DATABASE_URL": settings.database_url,
        "ALERTS_FEED_ALLOWED_HOSTS": ",".join(settings.feed_allowed_hosts),
        "ALERTS_OUTBOX_DIR": str(settings.outbox_dir),
    }
    if settings.models_dir is not None:
        env["ALERTS_MODELS_DIR"] = str(settings.models_dir)
    alerts = str(Path(sys.executable).with_name("alerts"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [alerts, "run", "--once", "--json"],
        env=env,
        cwd=settings.outbox_dir.parent,
        check=True,
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    stored = json.loads(done.stdout)["articles"]
    if stored != articles:
        raise RuntimeError(f"`alerts run --once` stored {stored} of {articles} articles")
    return seconds, cpu


def _processes(
    settings_for: Callable[[str, Path | None], Settings],
    urls: list[str],
    articles: int,
    model: Path,
) -> ProcessRuns:
    """Whole processes without and with the model, alternately, on fresh databases."""
    rules: list[tuple[float, float]] = []
    learned: list[tuple[float, float]] = []
    for round_ in range(PROCESS_ROUNDS):
        without = settings_for(f"rules-process-{round_}", None)
        rules.append(_process_seconds(without, urls, articles))
        learned.append(
            _process_seconds(settings_for(f"model-process-{round_}", model), urls, articles)
        )
    rules_cpu, learned_cpu = min(c for _, c in rules), min(c for _, c in learned)
    return ProcessRuns(
        rules_s=round(min(s for s, _ in rules), 3),
        with_model_s=round(min(s for s, _ in learned), 3),
        rounds_rules_s=[round(s, 3) for s, _ in rules],
        rounds_with_model_s=[round(s, 3) for s, _ in learned],
        rules_cpu_s=round(rules_cpu, 3),
        with_model_cpu_s=round(learned_cpu, 3),
        model_vs_rules_cpu=round(learned_cpu / rules_cpu, 2),
    )


def run_cycle_bench(
    articles: int = 1500, *, texts_path: Path | None = SHARED_TEXTS, model: Path | None = None
) -> CycleBench:
    """Measure the ceiling, the rules-only cycle and (with `model`) the cycle with it."""
    corpus, label = load_texts(texts_path, articles)
    texts = corpus[:articles]
    documents = feed_documents(texts, FEEDS)
    parse_s, parse_cpu_s = _parse_seconds(documents)
    shown_parse_s = round(parse_s, 3)
    with tempfile.TemporaryDirectory() as scratch, serving(documents) as urls:

        def settings_for(name: str, models_dir: Path | None) -> Settings:
            return load_settings(
                database_url=f"sqlite:///{Path(scratch) / name}.db",
                feed_allowed_hosts=("127.0.0.1",),
                outbox_dir=Path(scratch) / f"{name}-outbox",
                models_dir=models_dir,
            )

        rules = _timed_cycle(settings_for("rules", None), urls, len(texts))
        load_s, learned, processes = None, None, None
        if model is not None:
            from alerts.topics.live import learned_classifier

            started = time.perf_counter()
            learned_classifier(model)  # loaded once per process, before the clock
            load_s = round(time.perf_counter() - started, 3)
            learned = _timed_cycle(settings_for("model", model), urls, len(texts))
            processes = _processes(settings_for, urls, len(texts), model)
    return CycleBench(
        articles=len(texts),
        feeds=FEEDS,
        source=label,
        parse_s=shown_parse_s,
        parse_cpu_s=round(parse_cpu_s, 3),
        expat_s=round(_expat_seconds(documents), 3),
        ceiling_per_s=round(len(texts) / parse_s, 1),
        share_of_ceiling=round(shown_parse_s / rules.seconds, 3),  # from the figures shown
        times_ceiling=round(rules.seconds / parse_s, 1),
        times_ceiling_cpu=round(rules.cpu_s / parse_cpu_s, 1),
        rules=rules,
        model_load_s=load_s,
        with_model=learned,
        cycle_model_vs_rules=round(learned.seconds / rules.seconds, 2) if learned else None,
        processes=processes,
        model_vs_rules=(
            round(processes.with_model_s / processes.rules_s, 2) if processes else None
        ),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def markdown(result: CycleBench) -> str:
    """The BENCHMARKS.md section."""
    runs = [("rules only", result.rules)]
    if result.with_model is not None:
        runs.append(
            (f"with `ALERTS_MODELS_DIR` ({result.with_model.models_dir})", result.with_model)
        )
    names = sorted({s for _, run in runs for s in run.stages_s})
    rows = "".join(
        f"| {label} | {run.seconds:.2f} | {run.cpu_s:.2f} | {run.articles_per_s:,.0f} "
        f"| {result.parse_s / run.seconds:.0%} | {run.notifications} | "
        + " | ".join(f"{run.stages_s.get(n, 0.0):.2f}" for n in names)
        + " |\n"
        for label, run in runs
    )
    model_line = (
        f" The model took {result.model_load_s:.2f} s to load (before the clock); the cycle "
        f"with it took {result.cycle_model_vs_rules:.2f}x the rules-only one."
        if result.with_model is not None
        else ""
    )
    processes = result.processes
    process_line = (
        "\n\nWhole `alerts run --once` processes, start to exit (imports, the model's load "
        f"and the cycle; fastest of {len(processes.rounds_rules_s)} alternate rounds): "
        f"{processes.rules_s:.2f} s without the model, {processes.with_model_s:.2f} s with "
        f"`ALERTS_MODELS_DIR` set: **{result.model_vs_rules:.2f}x**. In the processes' own "
        f"CPU seconds: {processes.rules_cpu_s:.2f} and {processes.with_model_cpu_s:.2f}, "
        f"{processes.model_vs_rules_cpu:.2f}x."
        if processes is not None
        else ""
    )
    return (
        f"## A watch cycle: `alerts bench cycle --articles {result.articles}`\n\n"
        f"{machine_line()}\n\n"
        f"{result.articles:,} new articles from {result.source} over {result.feeds} loopback "
        "feeds, one follower (e-mail to an outbox folder), embedded `alerts run --once` on "
        "SQLite. Ceiling: `feedparser.parse` alone on the same documents, "
        f"{result.parse_s:.2f} s, {result.parse_cpu_s:.2f} CPU s "
        f"({result.ceiling_per_s:,.0f} articles/s). The watcher reads such plain RSS with "
        "expat itself, into the entries feedparser would give; expat alone, with no "
        f"handler, takes {result.expat_s:.3f} s on them.\n\n"
        "| cycle | seconds | CPU seconds | articles/s | share of ceiling | notifications | "
        + " | ".join(f"{n} (s)" for n in names)
        + " |\n"
        + "| --- " * 6
        + "| ---: " * len(names)
        + "|\n"
        + rows
        + f"\nThe rules-only cycle takes {result.times_ceiling:.1f}x the bare parse "
        f"({result.times_ceiling_cpu:.1f}x in CPU seconds). The runner's warm-up, once per "
        "process whatever the burst (rule classifier compiled, heap settled), was done before "
        f"the clock: {result.rules.classifier_build_s:.2f} s."
        f"{model_line} "
        f"Peak RSS {result.peak_rss_mib:.0f} MiB.{process_line}"
    )
