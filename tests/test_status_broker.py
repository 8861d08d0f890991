"""`alerts status` tells a broker that cannot be reached apart from running in-process:
it says so, `--json` gives `broker.reachable == false`, and the exit code is 1."""

from __future__ import annotations

import json
import socket
import subprocess
from pathlib import Path

from tests.conftest import REDIS_URL
from tests.e2e.scenario import ALERTS, base_env, cli
from tests.support.ports import free_port


def _closed_port() -> int:
    """A loopback port nobody listens on (checked, not assumed)."""
    port = free_port()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
    return port


def _status(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([ALERTS, "status", *args], env=env, capture_output=True, text=True)


def test_unreachable_redis_broker(tmp_path: Path) -> None:
    port = _closed_port()
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'a.db'}",
        broker_url=f"redis://:hunter2@127.0.0.1:{port}/0",
    )
    result = _status(env, "--json")
    assert result.returncode == 1, result.stderr
    broker = json.loads(result.stdout)["broker"]
    assert broker["configured"] is True and broker["reachable"] is False
    assert broker["queue_depth"] is None and broker["error"]
    assert "hunter2" not in result.stdout and f":{port}" in broker["url"]
    plain = _status(env)
    assert plain.returncode == 1
    assert "unreachable" in plain.stdout and "in-process" not in plain.stdout


def test_unreachable_amqp_broker(tmp_path: Path) -> None:
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'a.db'}",
        broker_url=f"amqp://guest:guest@127.0.0.1:{_closed_port()}//",
    )
    result = _status(env, "--json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["broker"]["reachable"] is False


def test_reachable_broker_and_in_process(tmp_path: Path) -> None:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'a.db'}", broker_url=REDIS_URL)
    broker = json.loads(cli(env, "status", "--json").stdout)["broker"]
    assert broker["reachable"] is True and isinstance(broker["queue_depth"], int)
    env.pop("ALERTS_BROKER_URL")
    alone = json.loads(cli(env, "status", "--json").stdout)["broker"]
    assert alone == {
        "configured": False,
        "url": None,
        "reachable": None,
        "queue_depth": None,
        "error": None,
    }
    assert "in-process" in cli(env, "status").stdout
