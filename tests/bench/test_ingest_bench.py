"""`alerts bench ingest` at a tiny size, so the benchmark cannot rot."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.scenario import base_env, cli


def test_ingest_bench_runs_and_records(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text("# Benchmarks\n\n<!-- bench:other -->\nkept\n<!-- /bench:other -->\n")
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "ingest",
            "--feeds",
            "40",
            "--sample",
            "10",
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["feeds"] == 40
    assert (
        result["first_pass_fps"] > 0
        and result["not_modified_pass_fps"] > 0
        and result["baseline_fps"] > 0
    )
    for name in ("first_pass", "not_modified_pass", "configured_parse"):  # beside ceilings
        ceiling = result[name]
        assert ceiling["ceiling_per_s"] > 0 and ceiling["share_of_ceiling"] > 0
        assert ceiling["cpu_s"] > 0 and ceiling["ceiling_cpu_s"] > 0
    assert result["first_pass"]["ceiling"] == "feedparser.parse alone"
    text = output.read_text()
    assert "kept" in text and "<!-- bench:ingest -->" in text and "all 304" in text
    assert "feedparser.parse alone" in text and "bare pooled conditional GET" in text
    assert result["configured_parse"]["ceiling"] == "configured feedparser.parse"
    assert "the same documents parse at" in text
    floor = result["bare_xml"]  # expat alone on 40 small documents: under a hundredth of a CPU s
    assert floor["ceiling"] == "expat alone" and "expat alone" in text
    assert floor["ceiling_per_s"] > result["first_pass"]["ceiling_per_s"]
