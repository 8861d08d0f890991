"""`alerts bench startup` at a tiny size, so the benchmark cannot rot; and the start-up it
measures stays within its goal."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.scenario import base_env, cli


def test_startup_bench_records_ratios_against_its_baseline(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    result = json.loads(
        cli(base_env(), "bench", "startup", "--runs", "3", "--output", str(output), "--json").stdout
    )
    assert result["runs"] == 3 and result["baseline_s"] > 0
    assert result["help_ratio"] == round(result["help_s"] / result["baseline_s"], 2)
    text = output.read_text()
    assert "<!-- bench:startup -->" in text and "`alerts --help`" in text
