"""`alerts bench webhooks` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_webhooks_bench_delivers_every_webhook_once(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "webhooks",
            "--n",
            "60",
            "--sample",
            "10",
            "--batch",
            "20",
            "--admin-database-url",
            PG_ADMIN_URL,
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["n"] == 60 and result["delivered"] == 60 and result["workers"] == 2
    assert result["batch_per_s"] > 0 and result["baseline_per_s"] > 0
    assert result["ceiling_per_s"] > 0 and result["share_of_ceiling"] > 0
    assert "<!-- bench:webhooks -->" in output.read_text() and "ceiling" in output.read_text()
