"""`alerts bench startup`: what a command pays before it does anything. `alerts --help` and
`import alerts.cli.main` are timed in fresh interpreters against the baseline measured in
the same run, the three libraries every command needs anyway (typer, rich and
pydantic-settings) imported alone; the runs of the three alternate so that they see the
same load. Goal: `alerts --help` within 2.5x the baseline.

>>> median_s([0.3, 0.1, 0.2])
0.2
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from benchmarks.report import machine_line

GOAL = 2.5
BASELINE_CODE = "import typer, rich, pydantic_settings"


@dataclass(frozen=True)
class StartupResult:
    """Median wall-clock seconds of each start-up, and their ratios to the baseline."""

    runs: int
    baseline_s: float
    import_s: float
    help_s: float
    import_ratio: float
    help_ratio: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


def median_s(samples: list[float]) -> float:
    """The median, rounded to the millisecond."""
    return round(statistics.median(samples), 3)


def _time(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def run_startup(runs: int) -> StartupResult:
    """Time each start-up `runs` times, interleaved, after one untimed warm-up of each."""
    alerts = str(Path(sys.executable).with_name("alerts"))
    commands = {
        "baseline": [sys.executable, "-c", BASELINE_CODE],
        "import": [sys.executable, "-c", "import alerts.cli.main"],
        "help": [alerts, "--help"],
    }
    for command in commands.values():  # page the files in: every figure is a warm start
        _time(command)
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(_time(command))
    baseline, imported, help_ = (median_s(samples[n]) for n in ("baseline", "import", "help"))
    return StartupResult(
        runs=runs,
        baseline_s=baseline,
        import_s=imported,
        help_s=help_,
        import_ratio=round(imported / baseline, 2),
        help_ratio=round(help_ / baseline, 2),
    )


def markdown(result: StartupResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            "## Start-up: `alerts --help`",
            "",
            machine_line(),
            "",
            "| what | median seconds | vs baseline |",
            "| --- | ---: | ---: |",
            f"| baseline: `python -c '{BASELINE_CODE}'` | {r.baseline_s} | 1x |",
            f"| `python -c 'import alerts.cli.main'` | {r.import_s} | {r.import_ratio}x |",
            f"| `alerts --help` | {r.help_s} | {r.help_ratio}x |",
            "",
            f"Medians of {r.runs} fresh interpreters each, warm file cache; goal: "
            f"`alerts --help` within {GOAL:g}x the baseline. numpy, scikit-learn, aiohttp, "
            "Alembic, SQLAlchemy's ORM and Celery load only in the commands that use them "
            "(`tests/test_startup.py` pins that).",
        ]
    )
