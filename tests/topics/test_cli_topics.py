"""`alerts topics …` as users run it: custom topics, trying them, reapplying them, and
training and evaluating learned topics; JSON contracts and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from alerts.cli.common import settings
from alerts.cli.main import app
from tests.conftest import FIXTURES
from tests.e2e.scenario import ALERTS, base_env
from tests.topics.test_learned import corpus


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Settings for both ways of running the CLI: in this process (fast) and as a command."""
    variables = {
        "ALERTS_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
        "ALERTS_OUTBOX_DIR": str(tmp_path / "out"),
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    settings.cache_clear()
    yield base_env(database_url=variables["ALERTS_DATABASE_URL"], outbox_dir=str(tmp_path / "out"))
    settings.cache_clear()


def as_json(env: dict[str, str], *args: str, stdin: str | None = None) -> Any:
    """Run a command in this process and parse its one JSON document."""
    for name, value in env.items():
        if name.startswith("ALERTS_"):
            os.environ[name] = value
    settings.cache_clear()
    result = CliRunner().invoke(app, [*args, "--json"], input=stdin)
    assert result.exit_code == 0, (result.output, result.exception)
    return json.loads(result.stdout)


def fails(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    return result.stderr


def test_add_show_list_and_errors(env: dict[str, str]) -> None:
    added = as_json(
        env,
        "topics",
        "add",
        "Albu Kamal push",
        "--query",
        '"Albu Kamal" NEAR/5 strike*',
        "--parent",
        "syria",
    )
    assert added == {**added, "name": "Albu Kamal push", "parent": "Syria", "kind": "custom"}
    shown = as_json(env, "topics", "show", "albu kamal push")
    assert shown["understood_as"] == '"albu kamal" NEAR/5 strike*'
    assert as_json(env, "topics", "show", "isis")["ambiguous"] == ["ISIS"]
    listed = as_json(env, "topics", "list")
    assert {
        "name": "Albu Kamal push",
        "kind": "custom",
        "parents": ["Syria"],
        "aliases": [],
    } in listed
    assert "query error at column 15: expected ')'" in fails(
        env, "topics", "add", "X", "--query", "(syria OR iraq"
    )
    assert "use --replace" in fails(env, "topics", "add", "Albu Kamal push", "--query", "x")
    assert "unknown topic 'Atlantis'" in fails(env, "topics", "show", "Atlantis")


def test_try_a_topic_on_a_text(env: dict[str, str]) -> None:
    story = "Iraqi jets hit Albu Kamal\nThe strikes on Albu Kamal went on all night."
    tried = as_json(
        env,
        "topics",
        "test",
        "Albu Kamal push",
        "-",
        "--query",
        '"Albu Kamal" NEAR/5 strike*',
        stdin=story,
    )
    assert tried["matched"] is True
    (topic,) = tried["topics"]
    assert [e["text"] for e in topic["evidence"]] == ["Albu Kamal", "strikes", "Albu Kamal"]
    assert (
        as_json(env, "topics", "test", "Islamic State", "-", stdin="Band ISIS tours\nNew album.")[
            "matched"
        ]
        is False
    )
    assert "--since 7d" in fails(env, "topics", "test", "Islamic State")


def test_stored_articles_test_reapply_and_follow(env: dict[str, str], tmp_path: Path) -> None:
    as_json(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"), "--name", "Outlet A")
    as_json(env, "users", "add", "ana@example.org")
    as_json(env, "run", "--once")
    as_json(
        env,
        "topics",
        "add",
        "Albu Kamal push",
        "--query",
        '"Albu Kamal" AND source:outlet',
        "--parent",
        "Syria",
    )
    assert (
        as_json(env, "follow", "ana@example.org", "albu kamal push")["topic"] == "Albu Kamal push"
    )
    tried = as_json(env, "topics", "test", "Albu Kamal push", "--since", "7d")
    assert [m["title"] for m in tried["matches"]] == [
        "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
    ]
    quiet = as_json(env, "topics", "reapply", "Albu Kamal push", "--since", "7d")
    assert quiet == {"topic": "Albu Kamal push", "matched": 1, "tags_added": 1, "notifications": 0}
    told = as_json(env, "topics", "reapply", "Albu Kamal push", "--since", "7d", "--notify")
    assert told == {"topic": "Albu Kamal push", "matched": 1, "tags_added": 0, "notifications": 1}
    assert len(list((tmp_path / "out").glob("*.eml"))) == 1


def test_train_eval_record_and_classify(env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "docs.jsonl"
    data.write_text(
        "".join(
            json.dumps({"id": d.id, "title": d.title, "body": d.body, "topics": list(d.topics)})
            + "\n"
            for d in corpus(120, multi=True)
        )
    )
    model = tmp_path / "model"
    trained = as_json(
        env,
        "topics",
        "train",
        "--data",
        str(data),
        "--out",
        str(model),
        "--holdout",
        "0.25",
        "--folds",
        "3",
    )
    assert trained["topics"] == 3 and trained["holdout"]["micro_f1"] >= 0.9
    report = as_json(
        env,
        "topics",
        "eval",
        "--data",
        str(data),
        "--model",
        str(model),
        "--holdout",
        "0.25",
        "--record",
        "toy",
        "--output",
        str(tmp_path / "B.md"),
    )
    assert {"micro_f1", "macro_f1", "n_docs", "per_topic"} <= set(report)
    assert set(report["per_topic"]["oil"]) == {"precision", "recall", "f1", "support"}
    assert "| toy | 0.25 |" in (tmp_path / "B.md").read_text()
    learned_env = {**env, "ALERTS_MODELS_DIR": str(model)}
    learned_env["ALERTS_MODELS_DIR"] = str(model)
    tags = as_json(learned_env, "classify", "-", stdin="Opec crude\nBrent crude barrels rose.")
    assert "oil" in {t["name"] for t in tags["topics"]}
    assert as_json(learned_env, "topics", "show", "money")["kind"] == "learned"
    assert "give --model DIR" in fails(env, "topics", "eval", "--data", str(data))
