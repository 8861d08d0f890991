"""`alerts bench smtp` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.scenario import base_env, cli


def test_smtp_bench_sends_every_message_beside_its_ceiling(tmp_path: Path) -> None:
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
    # built and sent, and the ceiling's prebuilt copies: 30 each; 5 one at a time, 5 fresh
    assert result["n"] == 30 and result["received"] == 70
    assert result["pooled_per_s"] > 0 and result["per_core_per_s"] > 0
    assert result["ceiling_per_s"] > 0
    share = result["pooled_per_s"] / result["ceiling_per_s"]
    assert result["share_of_ceiling"] == pytest.approx(share, abs=0.01)
    assert result["built_per_s"] > 0 and result["generic_built_per_s"] > 0
    assert result["one_at_a_time_per_s"] > 0 and result["baseline_per_s"] > 0
    assert "<!-- bench:smtp -->" in output.read_text()
