"""`alerts bench digests` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_digests_bench_sends_every_digest_once_beside_its_ceiling(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "digests",
            "--users",
            "40",
            "--sample",
            "10",
            "--batch",
            "8",
            "--admin-database-url",
            PG_ADMIN_URL,
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["users"] == 40 and result["sent"] == 40 and result["eml_files"] == 40
    assert result["baseline_sample"] == 10
    assert 0 < result["statements_per_digest"] < result["baseline_statements_per_digest"]
    assert result["per_s"] > 0 and result["baseline_per_s"] > 0 and result["per_core_per_s"] > 0
    assert result["ceiling_per_s"] > 0 and result["ceiling_per_core_per_s"] > 0
    share = result["per_s"] / result["ceiling_per_s"]
    assert result["share_of_ceiling"] == pytest.approx(share, abs=0.01)
    assert "<!-- bench:digests -->" in output.read_text()
