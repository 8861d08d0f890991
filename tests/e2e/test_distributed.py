"""Acceptance: the same scenario on PostgreSQL + Redis with two Celery worker processes,
started exactly as docker-compose's `worker` service starts them."""

from __future__ import annotations

import secrets
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from alerts.demo.receiver import WebhookReceiver
from tests.conftest import REDIS_URL, REPO
from tests.e2e.scenario import base_env, run_scenario
from tests.support.smtp import SmtpSink

CELERY = str(Path(sys.executable).with_name("celery"))


@pytest.fixture
def distributed_env(pg_url: str, smtp_server: SmtpSink) -> dict[str, str]:
    return base_env(
        database_url=pg_url,
        broker_url=REDIS_URL,
        queue="alerts-test-" + secrets.token_hex(4),
        smtp_url=smtp_server.url,
        webhook_allowed_hosts="127.0.0.1",
        fanout_chunk="1",  # every fan-out of two or more followers goes range by range
    )


@pytest.fixture
def workers(
    distributed_env: dict[str, str], tmp_path: Path
) -> Iterator[list[subprocess.Popen[bytes]]]:
    """Two `celery -A workers worker` processes, as the compose `worker` service runs them."""
    procs = []
    for n in (1, 2):
        command = [
            CELERY,
            "-A",
            "workers",
            "worker",
            "--loglevel=INFO",
            "--concurrency=2",
            "-n",
            f"w{n}@%h",
        ]
        with (tmp_path / f"worker{n}.log").open("wb") as log:
            procs.append(
                subprocess.Popen(
                    command, cwd=REPO, env=distributed_env, stdout=log, stderr=subprocess.STDOUT
                )
            )
    yield procs
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_distributed_scenario(
    distributed_env: dict[str, str],
    workers: list[subprocess.Popen[bytes]],
    smtp_server: SmtpSink,
    receiver: WebhookReceiver,
) -> None:
    run_scenario(distributed_env, smtp_server, receiver)
    assert all(proc.poll() is None for proc in workers), "workers must survive the scenario"

    for proc in workers:
        proc.terminate()
        proc.wait(timeout=20)
    assert smtp_server.sessions > 0
    assert smtp_server.quits == smtp_server.sessions, "a stopped worker ends its SMTP sessions"
