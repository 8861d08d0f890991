"""`alerts bench fanout` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_fanout_bench_runs_and_records(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text("# Benchmarks\n\n<!-- bench:other -->\nkept\n<!-- /bench:other -->\n")
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "fanout",
            "--followers",
            "300",
            "--sample",
            "20",
            "--chunk",
            "100",
            "--parallel",
            "3",
            "--admin-database-url",
            PG_ADMIN_URL,
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["followers"] == 300 and result["notifications"] == 299, "one paused"
    assert result["ceiling_per_s"] > 0 and result["share_of_ceiling"] > 0
    assert result["chunks"] == 3 and result["parallel"] == 3
    assert result["fanout_per_s"] > 0 and result["baseline_per_s"] > 0
    text = output.read_text()
    assert "kept" in text and "<!-- bench:fanout -->" in text and "naive" in text and "COPY" in text
