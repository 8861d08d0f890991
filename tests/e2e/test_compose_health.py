"""The compose healthchecks and beat schedule, exercised on real processes started with the
services' own commands: the watcher's and workers' probes tell a live loop from a frozen or
stopped one, and periodic tasks sent while no worker runs expire instead of piling up."""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis

from tests.conftest import REDIS_URL, REPO
from tests.e2e.scenario import base_env
from tests.test_compose import resolved_config

BIN = Path(sys.executable).parent
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def services() -> dict[str, dict[str, object]]:
    return dict(resolved_config()["services"])


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = base_env(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        broker_url=REDIS_URL,
        queue="alerts-test-" + secrets.token_hex(4),
        heartbeat_dir=str(tmp_path / "run"),
        outbox_dir=str(tmp_path / "outbox"),
        sweep_interval_s="0.5",
    )
    environ["PATH"] = f"{BIN}{os.pathsep}{environ['PATH']}"  # `python`, `alerts`, `celery`
    return environ


def probe(
    services: dict[str, dict[str, object]], name: str, max_age_s: float
) -> Callable[[dict[str, str]], subprocess.CompletedProcess[str]]:
    """The service's healthcheck as compose runs it (`$$` is compose's escape for `$`), with
    a shorter maximum age so the test need not wait a minute."""
    test = services[name]["healthcheck"]["test"]  # type: ignore[index]
    assert test[0] == "CMD-SHELL" and "--max-age-s 60" in test[1]
    command = test[1].replace("$$", "$").replace("--max-age-s 60", f"--max-age-s {max_age_s:g}")
    return lambda env: subprocess.run(
        ["sh", "-c", command], env=env, capture_output=True, text=True, timeout=30
    )


def start(
    command: list[str], env: dict[str, str], log: Path, **replace: str
) -> subprocess.Popen[bytes]:
    command = [replace.get(part, part) for part in command]
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT)


def wait_for(check: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not check():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGCONT)
        proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def clean_queue(env: dict[str, str]) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(REDIS_URL)
    yield client
    client.delete(env["ALERTS_QUEUE"])
    client.close()


def test_watcher_probe_follows_the_watch_loop(
    services: dict[str, dict[str, object]], env: dict[str, str], tmp_path: Path
) -> None:
    check = probe(services, "watcher", max_age_s=2)
    alive = tmp_path / "run" / "watcher.alive"
    assert check(env).returncode == 1  # nothing running yet
    watcher = start(list(services["watcher"]["command"]), env, tmp_path / "watcher.log")  # type: ignore[call-overload]
    try:
        wait_for(alive.exists, 60, "the watcher's first heartbeat")
        healthy = check(env)
        assert healthy.returncode == 0, healthy.stderr
        watcher.send_signal(signal.SIGSTOP)  # a frozen loop: the process exists, nothing turns
        time.sleep(3)
        frozen = check(env)
        assert frozen.returncode == 1 and "stuck" in frozen.stderr, frozen.stderr
        assert frozen.stderr.count("\n") == 1
        watcher.send_signal(signal.SIGCONT)
        wait_for(lambda: check(env).returncode == 0, 10, "the thawed loop to beat again")
        watcher.terminate()
        assert watcher.wait(timeout=30) == 0
        stopped = check(env)
        assert stopped.returncode == 1 and "no heartbeat" in stopped.stderr
    finally:
        stop(watcher)


def test_worker_probe_follows_the_consumer(
    services: dict[str, dict[str, object]],
    env: dict[str, str],
    tmp_path: Path,
    clean_queue: redis.Redis,
) -> None:
    check = probe(services, "worker", max_age_s=15)  # the consumer beats every 10 s
    alive = tmp_path / "run" / "worker.alive"
    command = list(services["worker"]["command"])  # type: ignore[call-overload]
    worker = start(command, env, tmp_path / "worker.log", **{"--concurrency=4": "--concurrency=1"})
    try:
        wait_for(alive.exists, 60, "the worker's first heartbeat")
        first = alive.stat().st_mtime
        healthy = check(env)
        assert healthy.returncode == 0, healthy.stderr
        wait_for(lambda: alive.stat().st_mtime > first, 15, "a second heartbeat")
        worker.terminate()  # warm shutdown: the consumer stops and forgets its heartbeat
        assert worker.wait(timeout=30) == 0
        stopped = check(env)
        assert stopped.returncode == 1 and "no heartbeat" in stopped.stderr
    finally:
        stop(worker)


def test_periodic_tasks_expire_while_no_worker_runs(
    services: dict[str, dict[str, object]],
    env: dict[str, str],
    tmp_path: Path,
    clean_queue: redis.Redis,
) -> None:
    queue = env["ALERTS_QUEUE"]
    beat_command = list(services["beat"]["command"])  # type: ignore[call-overload]
    schedule = str(tmp_path / "celerybeat-schedule")
    beat = start(beat_command, env, tmp_path / "beat.log", **{"/tmp/celerybeat-schedule": schedule})
    try:
        wait_for(lambda: clean_queue.llen(queue) >= 4, 60, "beat to send sweeps")
    finally:
        stop(beat)
    sent = [json.loads(raw) for raw in clean_queue.lrange(queue, 0, -1)]
    assert {message["headers"]["task"] for message in sent} == {"alerts.sweep"}
    assert all(message["headers"]["expires"] for message in sent)
    time.sleep(1)  # past every sweep's 0.5 s expiry

    log = tmp_path / "worker.log"
    command = list(services["worker"]["command"])  # type: ignore[call-overload]
    worker = start(command, env, log, **{"--concurrency=4": "--concurrency=1"})
    try:
        wait_for(
            lambda: log.read_text().count("Discarding revoked task: alerts.sweep") >= len(sent),
            60,
            "the worker to discard the expired sweeps",
        )
    finally:
        stop(worker)
    ran = [
        line
        for line in log.read_text().splitlines()
        if "alerts.sweep" in line and (" succeeded in " in line or " raised " in line)
    ]
    assert not ran, f"expired sweeps ran: {ran}"
