"""`alerts bench …`: benchmarks with a baseline measured in the same run; results go to
BENCHMARKS.md (one section per benchmark) and, with --json, to stdout."""

from __future__ import annotations

import typer

app = typer.Typer(
    help="Measure throughput against a baseline in the same run; writes BENCHMARKS.md.",
    no_args_is_help=True,
)
