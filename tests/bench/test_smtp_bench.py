"""`alerts bench smtp` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.scenario import base_env, cli


def test_smtp_bench_sends_every_message(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "smtp",
            "--n",
            "30",
            "--sample",
            "5",
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["n"] == 30 and result["received"] == 40
    assert result["pooled_per_s"] > 0 and result["one_at_a_time_per_s"] > 0
    assert result["baseline_per_s"] > 0
    assert "<!-- bench:smtp -->" in output.read_text()
