"""docker-compose.yml is valid, and each service's command is one this repo can run."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from tests.conftest import REPO
from tests.e2e.scenario import ALERTS, base_env


def test_compose_config_is_valid() -> None:
    binary = shutil.which("docker-compose")
    assert binary, "docker-compose is missing: run ./scripts/setup --system"
    result = subprocess.run([binary, "config", "-q"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def services() -> dict[str, dict[str, object]]:
    return dict(yaml.safe_load((REPO / "docker-compose.yml").read_text())["services"])


def test_worker_scales(services: dict[str, dict[str, object]]) -> None:
    worker = services["worker"]
    assert "container_name" not in worker and "ports" not in worker
    assert worker["command"][:3] == ["celery", "-A", "workers"]  # type: ignore[index]


def test_every_service_has_a_healthcheck_or_finishes(
    services: dict[str, dict[str, object]],
) -> None:
    for name, service in services.items():
        assert "healthcheck" in service or service.get("restart") == "no", name


def test_migrate_command_runs_on_postgresql(
    services: dict[str, dict[str, object]], pg_url: str
) -> None:
    command = list(services["migrate"]["command"])  # type: ignore[call-overload]
    assert command[0] == "alerts"
    env = base_env(database_url=pg_url)
    for _ in range(2):  # a second run finds the schema current
        result = subprocess.run([ALERTS, *command[1:]], capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stderr
        assert "schema is up to date" in result.stdout


def test_watcher_command_is_the_watch_loop(services: dict[str, dict[str, object]]) -> None:
    command = list(services["watcher"]["command"])  # type: ignore[call-overload]
    result = subprocess.run(
        [ALERTS, *command[1:], "--help"], capture_output=True, text=True, env=base_env()
    )
    assert result.returncode == 0 and "--once" in result.stdout
