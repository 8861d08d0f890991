"""docker-compose.yml is valid, and each service's command is one this repo can run; images
are pinned, ports stay on loopback, and a build sends only what the Dockerfile copies."""

from __future__ import annotations

import re
import secrets
import shlex
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from docker.utils.build import exclude_paths
from sqlalchemy.engine import make_url

from alerts.config import load_settings
from tests.conftest import REPO
from tests.e2e.scenario import ALERTS, base_env
from tests.test_readme import STAND_IN


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


def resolved_config(env: dict[str, str] | None = None, cwd: Path = REPO) -> dict[str, Any]:
    """`docker-compose config`: the file as compose reads it, variables substituted."""
    result = subprocess.run(
        [shutil.which("docker-compose") or "docker-compose", "config"],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**base_env(), **(env or {})},
    )
    assert result.returncode == 0, result.stderr
    return dict(yaml.safe_load(result.stdout))


def test_published_ports_are_loopback_only() -> None:
    published = {
        name: service.get("ports", []) for name, service in resolved_config()["services"].items()
    }
    for name, ports in published.items():
        for port in ports:
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} beyond loopback"
    assert "127.0.0.1:5432:5432/tcp" in published["postgres"]
    assert "127.0.0.1:6379:6379/tcp" in published["redis"]


def test_host_ports_can_move_off_busy_ones() -> None:
    services = resolved_config({"POSTGRES_PORT": "15432", "REDIS_PORT": "16379"})["services"]
    assert services["postgres"]["ports"] == ["127.0.0.1:15432:5432/tcp"]
    assert services["redis"]["ports"] == ["127.0.0.1:16379:6379/tcp"]


def test_admin_key_comes_from_dotenv(tmp_path: Path) -> None:
    (tmp_path / "docker-compose.yml").write_text((REPO / "docker-compose.yml").read_text())
    key = secrets.token_urlsafe(32)
    (tmp_path / ".env").write_text(f"ALERTS_ADMIN_API_KEY={key}\n")
    services = resolved_config(cwd=tmp_path)["services"]
    for name in ("api", "watcher", "worker", "beat", "migrate"):
        assert services[name]["environment"]["ALERTS_ADMIN_API_KEY"] == key, name
    (tmp_path / ".env").unlink()  # no key: empty, which Settings reads as "admin API off"
    assert resolved_config(cwd=tmp_path)["services"]["api"]["environment"][
        "ALERTS_ADMIN_API_KEY"
    ] in ("", None)


def _version() -> str:
    return str(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"])


def test_every_image_is_pinned_to_a_version(services: dict[str, dict[str, object]]) -> None:
    for name, service in services.items():
        image = str(service["image"])
        repository, _, tag = image.rpartition(":")
        assert repository and "/" not in tag, f"{name}: {image} has no tag"
        assert tag != "latest" and re.search(r"\d+\.\d+", tag), f"{name}: {image} is not pinned"
    assert services["api"]["image"] == f"alerts:{_version()}"
    base = re.search(r"^FROM (\S+)", (REPO / "Dockerfile").read_text(), re.MULTILINE)
    assert base and re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base.group(1)), base


def _copy_sources() -> list[str]:
    sources = []
    for line in (REPO / "Dockerfile").read_text().splitlines():
        if line.startswith("COPY "):
            sources.extend(line.split()[1:-1])
    return sources


def test_build_context_is_what_the_dockerfile_copies(tmp_path: Path) -> None:
    """Docker's own `.dockerignore` matching, on a tree with the usual clutter."""
    for name in [".dockerignore", "Dockerfile"]:
        shutil.copy(REPO / name, tmp_path / name)
    wanted = {
        "pyproject.toml",
        "README.md",
        "alerts/__init__.py",
        "alerts/feeds/parse.py",
        "workers/app.py",
        "templates/email/x.html",
    }
    clutter = {
        ".venv/bin/python",
        ".git/HEAD",
        ".env",
        "alerts.db",
        "outbox/1.eml",
        "alerts-demo/outbox/1.eml",
        "models/reuters/model.joblib",
        "tests/test_x.py",
        "alerts/__pycache__/config.cpython-311.pyc",
        ".mypy_cache/x.json",
    }
    for path in wanted | clutter:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x")
    patterns = (tmp_path / ".dockerignore").read_text().splitlines()
    patterns = [p for p in patterns if p.strip() and not p.startswith("#")]
    sent = {p for p in exclude_paths(str(tmp_path), patterns) if (tmp_path / p).is_file()}
    assert sent == wanted | {".dockerignore", "Dockerfile"}
    for source in _copy_sources():
        assert any(path == source or path.startswith(source + "/") for path in sent), source


def test_real_build_context_holds_no_virtualenv_or_git() -> None:
    patterns = (REPO / ".dockerignore").read_text().splitlines()
    patterns = [p for p in patterns if p.strip() and not p.startswith("#")]
    sent = exclude_paths(str(REPO), patterns)
    tops = {path.split("/")[0] for path in sent}
    assert tops == {"alerts", "workers", "templates", "pyproject.toml", "README.md"} | {
        "Dockerfile",
        ".dockerignore",
    }


@pytest.mark.parametrize("name", ["watcher", "worker"])
def test_liveness_probes_start_no_celery_and_touch_no_database(
    services: dict[str, dict[str, object]], name: str
) -> None:
    test = services[name]["healthcheck"]["test"]  # type: ignore[index]
    assert test[0] == "CMD-SHELL"
    assert test[1].startswith("python -m alerts.heartbeat ")
    assert "celery" not in test[1] and "alerts feeds" not in test[1]


def test_every_periodic_task_expires_within_its_period() -> None:
    """A beat send nobody takes is dropped after one period, not queued for later."""
    from workers.app import app

    for name, entry in app.conf.beat_schedule.items():
        expires = entry.get("options", {}).get("expires")
        assert expires is not None and 0 < expires <= entry["schedule"], name


def _readme_compose_section() -> str:
    readme = (REPO / "README.md").read_text()
    start = readme.index("## Running the compose stack")
    return readme[start : readme.index("\n## ", start + 1)]


def test_readme_admin_key_recipe_makes_a_key_compose_passes_on(tmp_path: Path) -> None:
    recipe = next(
        line.strip()
        for line in _readme_compose_section().splitlines()
        if "ALERTS_ADMIN_API_KEY=" in line and ">> .env" in line
    )
    (tmp_path / "docker-compose.yml").write_text((REPO / "docker-compose.yml").read_text())
    subprocess.run(["sh", "-c", recipe], cwd=tmp_path, check=True, env=base_env())
    key = resolved_config(cwd=tmp_path)["services"]["api"]["environment"]["ALERTS_ADMIN_API_KEY"]
    assert load_settings(admin_api_key=key).admin_api_key is not None  # long enough


def test_readme_first_user_commands_run_as_in_the_api_container(
    services: dict[str, dict[str, object]], pg_url: str
) -> None:
    prefix = "docker-compose exec api "
    # example.org stands for a feed host; a loopback literal needs no lookup, and nothing
    # fetches it here.
    commands = [
        shlex.split(line.strip().removeprefix(prefix).replace(STAND_IN, "http://127.0.0.1:9/"))
        for line in _readme_compose_section().splitlines()
        if line.strip().startswith(prefix)
    ]
    assert any(command[:3] == ["alerts", "users", "add"] for command in commands)
    environment = dict(services["api"]["environment"])  # type: ignore[call-overload]
    env = base_env(**{k.removeprefix("ALERTS_").lower(): str(v) for k, v in environment.items()})
    env.update(
        ALERTS_DATABASE_URL=pg_url, ALERTS_ADMIN_API_KEY="", ALERTS_FEED_ALLOWED_HOSTS="127.0.0.1"
    )
    outputs = [
        subprocess.run([ALERTS, *command[1:]], capture_output=True, text=True, env=env)
        for command in commands
    ]
    for command, result in zip(commands, outputs, strict=True):
        assert result.returncode == 0, f"{command}: {result.stderr}"
    assert "api key (shown once)" in outputs[0].stdout


def test_readme_host_urls_match_the_published_ports() -> None:
    section = _readme_compose_section()
    urls = dict(re.findall(r"export (ALERTS_\w+)=(\S+)", section))
    services = resolved_config()["services"]
    database = make_url(urls["ALERTS_DATABASE_URL"])
    postgres = services["postgres"]
    assert f"127.0.0.1:{database.port}:5432/tcp" in postgres["ports"]
    assert database.host == "127.0.0.1"
    assert (database.username, database.password, database.database) == (
        postgres["environment"]["POSTGRES_USER"],
        postgres["environment"]["POSTGRES_PASSWORD"],
        postgres["environment"]["POSTGRES_DB"],
    )
    broker = urlsplit(urls["ALERTS_BROKER_URL"])
    assert broker.hostname == "127.0.0.1"
    assert f"127.0.0.1:{broker.port}:6379/tcp" in services["redis"]["ports"]
