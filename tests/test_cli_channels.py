"""`alerts channels …` as users run them: add (masked), list, test, remove with the follows
that named the channel; every refusal one line, exit 2."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from alerts.demo.receiver import WebhookReceiver
from tests.e2e.scenario import ALERTS, base_env, cli

EMAIL = "ana@example.org"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'cli.db'}", webhook_allowed_hosts="127.0.0.1"
    )
    cli(env, "users", "add", EMAIL)
    return env


def _fails(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_add_test_and_remove(env: dict[str, str], receiver: WebhookReceiver) -> None:
    port = receiver.url.rsplit(":", 1)[1]
    url = f"json://bot:t0ps3cret@127.0.0.1:{port}/hook"
    added = json.loads(cli(env, "channels", "add", EMAIL, url, "--json").stdout)
    assert added["name"] == "json" and added["service"] == "JSON"
    assert "t0ps3cret" not in json.dumps(added)
    listed = cli(env, "channels", "list", EMAIL).stdout
    assert "t0ps3cret" not in listed and "json" in listed
    cli(env, "channels", "test", EMAIL, str(added["id"]))
    assert len(receiver.requests) == 1
    follow = json.loads(cli(env, "follow", EMAIL, "Syria", "--channel", "json", "--json").stdout)
    assert follow["channel"] == "json"
    cli(env, "channels", "remove", EMAIL, str(added["id"]))
    assert json.loads(cli(env, "follows", "list", EMAIL, "--json").stdout) == []
    assert "no Apprise channel" in _fails(env, "channels", "test", EMAIL, str(added["id"]))


def test_refusals_are_one_line(env: dict[str, str], receiver: WebhookReceiver) -> None:
    assert "Apprise has no service" in _fails(env, "channels", "add", EMAIL, "nope://x")
    assert "private address" in _fails(env, "channels", "add", EMAIL, "json://10.0.0.1/x")
    assert "no Apprise channel" in _fails(env, "follow", EMAIL, "Syria", "--channel", "apprise")
    assert "no channel 'box'" in _fails(env, "follow", EMAIL, "Syria", "--channel", "box")
    port = receiver.url.rsplit(":", 1)[1]
    cli(env, "channels", "add", EMAIL, f"json://127.0.0.1:{port}/a", "--name", "box")
    taken = _fails(env, "channels", "add", EMAIL, f"json://127.0.0.1:{port}/b", "--name", "box")
    assert "already have a channel named 'box'" in taken
    assert "names a kind of channel" in _fails(
        env, "channels", "add", EMAIL, f"json://127.0.0.1:{port}/c", "--name", "email"
    )
    receiver.policy = lambda request: (500, 0.0)
    assert "not delivered" in _fails(env, "channels", "test", EMAIL, "1")
