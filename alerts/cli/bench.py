"""`alerts bench …`: benchmarks with a baseline measured in the same run; results go to
BENCHMARKS.md (one section per benchmark) and, with --json, to stdout."""

from __future__ import annotations

from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path

import typer

from alerts.bench.faults import SCENARIOS, as_json, run_scenario, write_report
from alerts.bench.ingest import markdown, record, run_ingest
from alerts.cli.common import JsonOption, console, print_json
from alerts.errors import InputError

app = typer.Typer(
    help="Measure throughput against a baseline in the same run; writes BENCHMARKS.md.",
    no_args_is_help=True,
)

OutputOption = typer.Option(Path("BENCHMARKS.md"), "--output", help="Markdown file to update.")


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
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Feeds/s for a first pass and an all-304 pass, against naive sequential fetch-and-parse.

    Example: alerts bench ingest --feeds 10000
    """
    with console.status(f"polling {feeds:,} feeds twice…") if not json_out else nullcontext():
        result = run_ingest(feeds, sample=sample, database_url=database_url)
    record(result, output)
    if json_out:
        print_json(asdict(result))
    else:
        console.print(markdown(result), highlight=False, markup=False)


@app.command("faults")
def faults(
    scenario: list[str] = typer.Option(
        [], "--scenario", help=f"Run only these (repeatable): {', '.join(SCENARIOS)}."
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
    names = scenario or list(SCENARIOS)
    unknown = sorted(set(names) - set(SCENARIOS))
    if unknown:
        raise InputError(
            f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}"
        )
    results = {}
    for name in names:
        with console.status(f"{name}: {SCENARIOS[name][1]}…") if not json_out else nullcontext():
            results[name] = run_scenario(name, n=n, admin_url=admin_url)
    write_report(results, n, output)
    if json_out:
        typer.echo(as_json(results))
    else:
        console.print(output.read_text(), highlight=False, markup=False)
