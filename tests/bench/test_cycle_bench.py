"""`alerts bench cycle` at a tiny size: the burst is stored, classified and notified, the
ceiling is measured in the same run, the section is recorded. Speed is not asserted."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from typer.testing import CliRunner

from alerts.cli.main import app
from alerts.topics.corpus import Document
from alerts.topics.learned import train_model
from alerts.topics.trained import save_model
from benchmarks.classify import generated_texts
from benchmarks.cycle import feed_documents


def test_documents_share_out_the_texts() -> None:
    texts = [(f"Title {i} & co", f"Body <{i}>") for i in range(7)]
    documents = feed_documents(texts, 3)
    parsed = [feedparser.parse(d) for d in documents]
    assert [len(p.entries) for p in parsed] == [3, 2, 2]
    assert parsed[0].entries[1].title == "Title 3 & co"
    assert parsed[0].entries[1].summary == "Body <3>"
    assert len({e.link for p in parsed for e in p.entries}) == 7


def test_cli_runs_the_cycle_with_and_without_a_model(tmp_path: Path) -> None:
    texts = [
        (f"{t} in Japan" if i % 3 == 0 else t, b) for i, (t, b) in enumerate(generated_texts(40))
    ]
    lines = [json.dumps({"title": t, "body": b}) for t, b in texts]
    (tmp_path / "texts.jsonl").write_text("\n".join(lines) + "\n")
    docs = [Document(str(i), t, b, ("a" if i % 2 else "b",)) for i, (t, b) in enumerate(texts)]
    save_model(train_model(docs, folds=2, jobs=1), tmp_path / "model")
    output = tmp_path / "BENCHMARKS.md"
    args = ["bench", "cycle", "--articles", "30", "--texts", str(tmp_path / "texts.jsonl")]
    result = CliRunner().invoke(
        app, [*args, "--model", str(tmp_path / "model"), "--output", str(output), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 30 and report["ceiling_per_s"] > 0 < report["parse_cpu_s"]
    assert report["share_of_ceiling"] == round(report["parse_s"] / report["rules"]["seconds"], 3)
    assert 0 <= report["expat_s"] <= report["parse_s"]  # the floor of any parse: below feedparser
    for run in (report["rules"], report["with_model"]):
        assert run["notifications"] > 0, "one text in three is about the followed topic"
        assert run["cpu_s"] > 0 < run["classifier_build_s"]
        assert {"polling feeds", "classifying articles", "delivering"} <= set(run["stages_s"])
    assert report["with_model"]["models_dir"] == str(tmp_path / "model")
    processes = report["processes"]
    assert len(processes["rounds_rules_s"]) == len(processes["rounds_with_model_s"]) >= 1
    assert processes["with_model_s"] == min(processes["rounds_with_model_s"]) > 0
    # the ratios are of the unrounded seconds; the report rounds the seconds to a millisecond
    ratio = processes["with_model_s"] / processes["rules_s"]
    assert report["model_vs_rules"] == pytest.approx(ratio, abs=0.01)
    cpu = processes["with_model_cpu_s"] / processes["rules_cpu_s"]
    assert processes["model_vs_rules_cpu"] == pytest.approx(cpu, abs=0.01)
    assert processes["rules_cpu_s"] > 0
    assert "Whole `alerts run --once` processes" in output.read_text()
    assert "<!-- bench:cycle -->" in output.read_text()
