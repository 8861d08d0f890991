"""`alerts bench …`: benchmarks with a baseline measured in the same run; results go to
BENCHMARKS.md (one section per benchmark) and, with --json, to stdout.

The benchmarks live in the top-level `benchmarks` package of a source checkout, not in the
installed package: each command imports its benchmark when it runs (they pull in servers,
Celery and scikit-learn), and without a checkout every command says so in one line.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

import typer
from rich.status import Status

from alerts.cli.common import JsonOption, console, print_json, settings
from alerts.errors import InputError

app = typer.Typer(
    help="Measure throughput against a baseline in the same run; writes BENCHMARKS.md "
    "(from a source checkout).",
)

OutputOption = typer.Option(Path("BENCHMARKS.md"), "--output", help="Markdown file to update.")
AdminUrlOption = typer.Option(
    "postgresql+psycopg://postgres@127.0.0.1:5432/test",
    "--admin-database-url",
    help="PostgreSQL URL allowed to create a scratch database.",
)


_NOT_SHIPPED = "benchmarks run from a source checkout (git clone, then `make setup`)"


@contextmanager
def from_checkout() -> Iterator[None]:
    """Around an import of `benchmarks`: an `InputError` when the benchmarks (or the test
    servers they share) are not importable, as in an installed wheel."""
    try:
        yield
    except ModuleNotFoundError as error:
        if (error.name or "").partition(".")[0] in ("benchmarks", "tests"):
            raise InputError(_NOT_SHIPPED) from None
        raise


@app.callback(invoke_without_command=True)
def _require_checkout(ctx: typer.Context) -> None:
    """Fail in one line before any option is read when there is nothing to run."""
    if importlib.util.find_spec("benchmarks") is None:
        raise InputError(_NOT_SHIPPED)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


@contextmanager
def _working(message: str, json_out: bool) -> Iterator[Status | None]:
    """A spinner while a benchmark runs, unless stdout is kept for --json."""
    if json_out:
        yield None
        return
    with console.status(message) as status:
        yield status


def _report(section: str, numbers: dict[str, object], text: str, output: Path, json: bool) -> None:
    """Record the benchmark's section in `output`, then print its numbers (--json) or it."""
    with from_checkout():
        from benchmarks.report import write_section

    write_section(section, text, output)
    if json:
        print_json(numbers)
    else:
        console.print(text, highlight=False, markup=False)


@app.command("ingest")
def ingest(
    feeds: int = typer.Option(
        10_000, "--feeds", min=1, help="How many feeds the loopback server serves."
    ),
    sample: int = typer.Option(
        300, "--sample", min=1, help="Feeds the naive baseline is timed on."
    ),
    database_url: str | None = typer.Option(
        None, "--database-url", help="Default: a scratch SQLite file."
    ),
    processes: int = typer.Option(2, "--processes", min=1, help="Polling worker processes."),
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Feeds/s for a first pass and an all-304 pass, against naive sequential fetch-and-parse.

    Example: alerts bench ingest --feeds 10000
    """
    with from_checkout():
        from benchmarks import ingest as ingest_bench

    with _working(f"polling {feeds:,} feeds twice…", json_out):
        result = ingest_bench.run_ingest(
            feeds, sample=sample, database_url=database_url, processes=processes
        )
    _report("ingest", asdict(result), ingest_bench.markdown(result), output, json_out)


@app.command("faults")
def faults(
    scenario: list[str] = typer.Option(
        [],
        "--scenario",
        help="Only these (repeatable): worker-kill, broker-restart, webhook-outage, smtp-outage.",
    ),
    n: int = typer.Option(1000, "--n", min=10, help="Notifications per scenario."),
    admin_url: str = typer.Option(
        "postgresql+psycopg://postgres@127.0.0.1:5432/test",
        "--admin-database-url",
        help="PostgreSQL URL allowed to create a scratch database.",
    ),
    output: Path = typer.Option(Path("RELIABILITY.md"), "--output", help="Report to write."),
    json_out: bool = JsonOption,
) -> None:
    """Crash and outage drills on the distributed path: counts lost and duplicated
    notifications at the receivers and writes RELIABILITY.md.
    """
    with from_checkout():
        from benchmarks import faults as drills

    names = scenario or list(drills.SCENARIOS)
    unknown = sorted(set(names) - set(drills.SCENARIOS))
    if unknown:
        raise InputError(
            f"unknown scenario {', '.join(unknown)}; choose from {', '.join(drills.SCENARIOS)}"
        )
    results = {}
    for name in names:
        with _working(f"{name}: {drills.SCENARIOS[name][1]}…", json_out):
            results[name] = drills.run_scenario(name, n=n, admin_url=admin_url)
    drills.write_report(results, n, output)
    if json_out:
        typer.echo(drills.as_json(results))
    else:
        console.print(output.read_text(), highlight=False, markup=False)


@app.command("classify")
def classify(
    topics: int = typer.Option(10_000, "--topics", min=0, help="Synthetic rule topics to add."),
    articles: int = typer.Option(2000, "--articles", min=1, help="Texts to cycle through."),
    seconds: float = typer.Option(3.0, "--seconds", min=0.01, help="CPU seconds to time."),
    texts: Path | None = typer.Option(
        None, "--texts", help="JSONL of articles (default: ../shared/data Reuters if present)."
    ),
    private_alerts: int = typer.Option(
        0,
        "--private-alerts",
        min=0,
        help="Personal alerts to add; then the baseline is the same run without them.",
    ),
    users: int = typer.Option(10_000, "--users", min=1, help="Owners of the personal alerts."),
    model: Path | None = typer.Option(
        None, "--model", help="A trained model folder: measure the learned path too."
    ),
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Articles/s on one core with N rule topics, against one regex per topic in a loop and
    beside the bare automaton; with --model, the learned path beside the dense product; with
    --private-alerts, against the same run without personal alerts.

    Example: alerts bench classify --topics 10000
    Example: alerts bench classify --private-alerts 100000
    """
    if private_alerts:
        _private_alerts(private_alerts, users, topics, articles, seconds, texts, output, json_out)
        return
    with from_checkout():
        from benchmarks import classify as classify_bench

    with _working(f"classifying with {topics:,} topics…", json_out):
        result = classify_bench.run_classify_bench(
            topics=topics,
            articles=articles,
            texts_path=texts or classify_bench.SHARED_TEXTS,
            min_s=seconds,
            model=model,
        )
    _report("classify", result.as_dict(), classify_bench.markdown(result), output, json_out)


def _private_alerts(
    alerts: int,
    users: int,
    topics: int,
    articles: int,
    seconds: float,
    texts: Path | None,
    output: Path,
    json_out: bool,
) -> None:
    with from_checkout():
        from benchmarks import classify as classify_bench
        from benchmarks import private_alerts

    with _working(f"classifying with {alerts:,} personal alerts…", json_out):
        result = private_alerts.run_private_alerts_bench(
            alerts=alerts,
            users=users,
            topics=topics,
            articles=articles,
            texts_path=texts or classify_bench.SHARED_TEXTS,
            min_s=seconds,
        )
    markdown = private_alerts.markdown(result)
    _report("classify-private", result.as_dict(), markdown, output, json_out)


@app.command("cycle")
def cycle(
    articles: int = typer.Option(1500, "--articles", min=3, help="New articles in the burst."),
    texts: Path | None = typer.Option(
        None, "--texts", help="JSONL of articles (default: ../shared/data Reuters if present)."
    ),
    model: Path | None = typer.Option(
        None, "--model", help="A trained model folder: run the cycle again with it."
    ),
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """One embedded `alerts run --once` over a burst of new articles from three loopback
    feeds, seconds by stage, beside `feedparser.parse` alone on the same documents. With
    --model, the cycle again with the model, then whole `alerts run --once` processes
    without and with it (the model's load included): their ratio is `model_vs_rules`.

    Example: alerts bench cycle --articles 1500
    """
    with from_checkout():
        from benchmarks import classify as classify_bench
        from benchmarks import cycle as cycle_bench

    with _working(f"a cycle over {articles:,} new articles…", json_out):
        result = cycle_bench.run_cycle_bench(
            articles, texts_path=texts or classify_bench.SHARED_TEXTS, model=model
        )
    _report("cycle", result.as_dict(), cycle_bench.markdown(result), output, json_out)


@app.command("fanout")
def fanout(
    followers: int = typer.Option(
        1_000_000, "--followers", min=1, help="Users following the article's topic."
    ),
    sample: int = typer.Option(
        3000, "--sample", min=1, help="Notifications the naive baseline is timed on."
    ),
    chunk: int = typer.Option(10_000, "--chunk", min=1, help="Followers per range."),
    parallel: int = typer.Option(2, "--parallel", min=1, help="Ranges written at once."),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Seconds to write every notification of one article, against one Celery task per
    notification (timed on a sample, extrapolated).

    Example: alerts bench fanout --followers 1000000
    """
    with from_checkout():
        from benchmarks import fanout as fanout_bench

    with _working(f"fanning out to {followers:,} followers…", json_out):
        result = fanout_bench.run_fanout(
            followers, sample=sample, admin_url=admin_url, chunk=chunk, parallel=parallel
        )
    _report("fanout", result.as_dict(), fanout_bench.markdown(result), output, json_out)


@app.command("latency")
def latency(
    articles: int = typer.Option(
        50, "--articles", min=1, help="Feed entries measured per watcher setting."
    ),
    followers: int = typer.Option(
        1000, "--followers", min=1, help="Webhook followers, split evenly over 4 topics."
    ),
    every: float = typer.Option(
        0.75, "--every", min=0.05, help="Seconds between two new entries on the feed."
    ),
    warmup: int = typer.Option(
        4, "--warmup", min=0, help="Entries delivered before measuring (workers warm up)."
    ),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Seconds from a feed changing to the webhook arriving (p50/p95/p99), on PostgreSQL,
    Redis, two workers and a watcher, against the watcher's default tick.

    Example: alerts bench latency --articles 50 --followers 1000
    """
    with from_checkout():
        from benchmarks import latency as latency_bench

    starting = "seeding a scratch database, starting Redis and the receivers…"
    with _working(starting, json_out) as status:
        result = latency_bench.run_latency(
            articles,
            followers,
            every_s=every,
            warmup=warmup,
            admin_url=admin_url,
            progress=status.update if status else lambda _: None,
        )
    _report("latency", result.as_dict(), latency_bench.markdown(result), output, json_out)


@app.command("webhooks")
def webhooks(
    n: int = typer.Option(20_000, "--n", min=2, help="Webhooks to deliver."),
    sample: int = typer.Option(
        1000, "--sample", min=1, help="Deliveries the one-at-a-time baseline is timed on."
    ),
    batch: int = typer.Option(1000, "--batch", min=1, help="Notifications per batch."),
    workers: int = typer.Option(
        2, "--workers", min=1, help="Delivery worker processes (as Celery workers)."
    ),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Webhook deliveries/s to a loopback receiver, against one delivery at a time.

    Example: alerts bench webhooks --n 20000
    """
    with from_checkout():
        from benchmarks import webhooks as webhooks_bench

    with _working(f"delivering {n:,} webhooks…", json_out):
        result = webhooks_bench.run_webhooks(
            n, sample=sample, batch=batch, workers=workers, admin_url=admin_url
        )
    _report("webhooks", result.as_dict(), webhooks_bench.markdown(result), output, json_out)


@app.command("apprise")
def apprise(
    n: int = typer.Option(3000, "--n", min=2, help="Apprise messages to deliver."),
    sample: int = typer.Option(
        500, "--sample", min=1, help="Deliveries the one-at-a-time baseline is timed on."
    ),
    batch: int = typer.Option(200, "--batch", min=1, help="Notifications per batch."),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Apprise deliveries/s to a loopback json:// target, against one delivery at a time.

    Example: alerts bench apprise --n 3000
    """
    with from_checkout():
        from benchmarks import apprise as apprise_bench

    with _working(f"delivering {n:,} Apprise messages…", json_out):
        result = apprise_bench.run_apprise(n, sample=sample, batch=batch, admin_url=admin_url)
    _report("apprise", result.as_dict(), apprise_bench.markdown(result), output, json_out)


@app.command("digests")
def digests(
    users: int = typer.Option(
        10_000, "--users", min=2, help="Users with stories held for the daily digest."
    ),
    sample: int = typer.Option(
        500, "--sample", min=1, help="Users the per-user baseline is timed on."
    ),
    batch: int = typer.Option(500, "--batch", min=1, help="Users per batch."),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Digests/s and SQL statements per digest of a daily digest run, against building
    each user's digest on its own.

    Example: alerts bench digests --users 10000
    """
    with from_checkout():
        from benchmarks import digests as digests_bench

    with _working(f"sending {users:,} digests…", json_out):
        result = digests_bench.run_digests(users, sample=sample, batch=batch, admin_url=admin_url)
    _report("digests", result.as_dict(), digests_bench.markdown(result), output, json_out)


@app.command("smtp")
def smtp(
    n: int = typer.Option(5000, "--n", min=1, help="Messages to submit."),
    sample: int = typer.Option(
        500, "--sample", min=1, help="Messages the one-at-a-time paths are timed on."
    ),
    connections: int | None = typer.Option(
        None, "--connections", min=1, help="Default: ALERTS_SMTP_CONNECTIONS."
    ),
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Messages/s to a loopback SMTP server in pipelined groups over a few reused
    connections, against one at a time and against a new connection per message.

    Example: alerts bench smtp --n 5000
    """
    with from_checkout():
        from benchmarks import smtp as smtp_bench

    connections = connections or settings().smtp_connections
    with _working(f"sending {n:,} messages…", json_out):
        result = smtp_bench.run_smtp(n, sample=sample, connections=connections)
    _report("smtp", result.as_dict(), smtp_bench.markdown(result), output, json_out)


@app.command("startup")
def startup(
    runs: int = typer.Option(15, "--runs", min=1, help="Fresh interpreters timed per command."),
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Seconds before a command starts (`alerts --help`, `import alerts.cli.main`), against
    importing typer, rich and pydantic-settings alone.

    Example: alerts bench startup --runs 15
    """
    with from_checkout():
        from benchmarks import startup as startup_bench

    with _working(f"starting {3 * runs} interpreters…", json_out):
        result = startup_bench.run_startup(runs)
    _report("startup", result.as_dict(), startup_bench.markdown(result), output, json_out)


@app.command("search")
def search(
    articles: int = typer.Option(100_000, "--articles", min=1, help="Articles to store."),
    runs: int = typer.Option(5, "--runs", min=1, help="Times each query is timed (indexed)."),
    admin_url: str = AdminUrlOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Search latency (p50/p95) over N stored articles on PostgreSQL, the full-text index
    narrowing, against the query engine reading every article.

    Example: alerts bench search --articles 100000
    """
    with from_checkout():
        from benchmarks import search as search_bench

    with _working(f"storing {articles:,} articles and searching them…", json_out):
        result = search_bench.run_search(articles, admin_url=admin_url, runs=runs)
    _report("search", result.as_dict(), search_bench.markdown(result), output, json_out)
