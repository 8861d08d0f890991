"""`alerts bench apprise` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_apprise_bench_reaches_every_user_once(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    args = ["--n", "40", "--sample", "10", "--batch", "20", "--admin-database-url", PG_ADMIN_URL]
    result = json.loads(
        cli(base_env(), "bench", "apprise", *args, "--output", str(output), "--json").stdout
    )
    assert result["n"] == 40 and result["delivered"] == 40
    assert result["batch_per_s"] > 0 and result["baseline_per_s"] > 0
    assert "<!-- bench:apprise -->" in output.read_text()
