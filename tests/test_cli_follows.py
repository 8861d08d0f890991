"""`alerts follow`, `alerts follows list` and `alerts unfollow` as users run them: following
again changes only what is given, and a bad option value is one line, exit 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.scenario import ALERTS, base_env, cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'cli.db'}", webhook_allowed_hosts="127.0.0.1"
    )
    cli(env, "users", "add", "ana@example.org")
    return env


def _follows(env: dict[str, str], email: str = "ana@example.org") -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(
        cli(env, "follows", "list", email, "--json").stdout
    )
    return listed


def _fails(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and "─" not in result.stderr
    return result.stderr


def test_following_again_keeps_what_is_not_given(env: dict[str, str]) -> None:
    cli(env, "follow", "ana@example.org", "Syria", "--mode", "daily")
    again = json.loads(cli(env, "follow", "ana@example.org", "Syria", "--json").stdout)
    assert again["mode"] == "daily"
    assert _follows(env) == [
        {"topic": "Syria", "channel": "email", "mode": "daily", "exclude": [], "id": again["id"]}
    ]
    cli(env, "follow", "ana@example.org", "Syria", "--mode", "weekly")
    assert [f["mode"] for f in _follows(env)] == ["weekly"]


def test_a_webhook_follow_is_changed_without_naming_its_channel(env: dict[str, str]) -> None:
    cli(env, "users", "add", "ops@example.org", "--webhook", "http://127.0.0.1:9/h")
    cli(env, "follow", "ops@example.org", "Iraq", "--channel", "webhook")
    cli(env, "follow", "ops@example.org", "Iraq", "--mode", "daily")
    listed = _follows(env, "ops@example.org")
    assert [(f["topic"], f["channel"], f["mode"]) for f in listed] == [("Iraq", "webhook", "daily")]
    cli(env, "follow", "ops@example.org", "Iraq", "--channel", "email")
    cli(env, "follow", "ops@example.org", "Iraq", "--mode", "weekly")  # two: the default one
    listed = _follows(env, "ops@example.org")
    assert [(f["channel"], f["mode"]) for f in listed] == [
        ("email", "weekly"),
        ("webhook", "daily"),
    ]


def test_follows_list_plain_and_unfollow(env: dict[str, str]) -> None:
    cli(env, "follow", "ana@example.org", "isis")
    cli(env, "follow", "ana@example.org", "Syria", "--mode", "daily")
    plain = cli(env, "follows", "list", "ana@example.org").stdout
    assert "Islamic State" in plain and "daily" in plain
    gone = cli(env, "unfollow", "ana@example.org", "ISIS").stdout
    assert "Islamic State" in gone
    assert [f["topic"] for f in _follows(env)] == ["Syria"]
    error = _fails(env, "unfollow", "ana@example.org", "Iraq")
    assert "does not follow Iraq" in error and "Syria" in error
    assert "no user" in _fails(env, "follows", "list", "nobody@example.org")


def test_bad_option_values_are_one_line(env: dict[str, str]) -> None:
    error = _fails(env, "follow", "ana@example.org", "Syria", "--mode", "hourly")
    assert "--mode" in error and "hourly" in error and "instant" in error
    error = _fails(env, "follow", "ana@example.org", "Syria", "--channel", "sms")
    assert "--channel" in error and "webhook" in error
    assert "No such command" in _fails(env, "folow", "ana@example.org", "Syria")
    assert "Missing argument" in _fails(env, "follow", "ana@example.org")
