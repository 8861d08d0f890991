"""`alerts bench classify --private-alerts` at a tiny size: the alerts are stored, compiled,
one edit recompiles one shard, both sides are measured and the section is written. Speed
itself is not asserted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alerts.cli.main import app
from benchmarks.private_alerts import markdown, run_private_alerts_bench


def test_tiny_run_measures_both_sides() -> None:
    result = run_private_alerts_bench(
        alerts=200, users=20, topics=10, articles=20, texts_path=None, min_s=0.01
    )
    assert (result.alerts, result.users, result.source) == (200, 20, "generated")
    assert result.shards_recompiled == 1
    assert result.articles_per_s > 0 and result.baseline_articles_per_s > 0
    ratio = result.baseline_articles_per_s / result.articles_per_s  # of rates rounded to 0.1
    assert result.slowdown == pytest.approx(ratio, abs=0.01)
    assert result.alert_tags_per_article > 0
    assert "| none (baseline) |" in markdown(result) and "Ratio:" in markdown(result)


def test_cli_writes_its_section(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    args = ["bench", "classify", "--private-alerts", "50", "--users", "5", "--topics", "5"]
    args += ["--articles", "10", "--seconds", "0.01", "--texts", str(tmp_path / "none.jsonl")]
    answer = CliRunner().invoke(app, [*args, "--output", str(output), "--json"])
    assert answer.exit_code == 0, answer.output
    assert json.loads(answer.stdout)["alerts"] == 50
    assert "--private-alerts" in output.read_text()
