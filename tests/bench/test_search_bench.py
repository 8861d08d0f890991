"""`alerts bench search` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_search_bench_runs_and_records(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text("# Benchmarks\n\n<!-- bench:other -->\nkept\n<!-- /bench:other -->\n")
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "search",
            "--articles",
            "300",
            "--runs",
            "1",
            "--admin-database-url",
            PG_ADMIN_URL,
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["articles"] == 300 and result["queries"] == 9
    assert result["indexed_p50_ms"] > 0 and result["baseline_p50_ms"] > 0
    assert result["subscriber_p50_ms"] > 0
    text = output.read_text()
    assert "kept" in text and "<!-- bench:search -->" in text and "baseline" in text
