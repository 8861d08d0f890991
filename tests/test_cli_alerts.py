"""`alerts alerts add|list|remove` as operators run them: a saved alert is listed with its
follow, another subscriber's alert id is missing, and every mistake is one line, exit 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.scenario import ALERTS, base_env, cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'cli.db'}", max_alerts_per_user="2")
    cli(env, "users", "add", "ana@example.org")
    cli(env, "users", "add", "bo@example.org")
    return env


def _fails(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def _listed(env: dict[str, str], email: str) -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(cli(env, "alerts", "list", email, "--json").stdout)
    return listed


def test_add_list_and_remove(env: dict[str, str]) -> None:
    query = '"Albu Kamal" OR Hosaiba'
    added = json.loads(
        cli(
            env,
            "alerts",
            "add",
            "ana@example.org",
            "Border",
            "--query",
            query,
            "--mode",
            "daily",
            "--json",
        ).stdout
    )
    assert (added["name"], added["query"], added["channel"], added["mode"]) == (
        "Border",
        query,
        "email",
        "daily",
    )
    assert _listed(env, "ana@example.org") == [added]
    assert _listed(env, "bo@example.org") == []
    table = cli(env, "alerts", "list", "ana@example.org").stdout
    assert "Border" in table and "Albu Kamal" in table
    follows = json.loads(cli(env, "follows", "list", "ana@example.org", "--json").stdout)
    assert [f["topic"] for f in follows] == [f"alert:{added['id']}"]
    assert "no alert" in _fails(env, "alerts", "remove", "bo@example.org", str(added["id"]))
    removed = cli(env, "alerts", "remove", "ana@example.org", str(added["id"])).stdout
    assert "no longer has alert" in removed
    assert _listed(env, "ana@example.org") == []


def test_mistakes_are_one_line(env: dict[str, str]) -> None:
    bad = _fails(env, "alerts", "add", "ana@example.org", "Bad", "--query", 'Syria AND "car')
    assert "query error at column 11" in bad
    assert "no user" in _fails(env, "alerts", "list", "nobody@example.org").lower()
    for i in range(2):
        cli(env, "alerts", "add", "ana@example.org", f"A{i}", "--query", f"word{i}")
    quota = _fails(env, "alerts", "add", "ana@example.org", "A2", "--query", "word")
    assert "the limit is 2" in quota
