"""The distributed setup a fault-injection run needs, started for the run and torn down
after: a scratch PostgreSQL database, a private `redis-server` on a free port (so it can be
killed and restarted) and Celery worker processes exactly as docker-compose starts them.
The loopback SMTP server and webhook receiver come from `tests.support` and `alerts.demo`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

from sqlalchemy import create_engine, text

from alerts.errors import AlertsError
from tests.support.ports import free_port

REPO = Path(__file__).resolve().parents[1]


class ScratchDatabase:
    """A fresh PostgreSQL database created from an admin URL, dropped on exit."""

    def __init__(self, admin_url: str) -> None:
        self._admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        self.name = "alerts_faults_" + secrets.token_hex(5)
        self.url = admin_url.rsplit("/", 1)[0] + f"/{self.name}"

    def __enter__(self) -> ScratchDatabase:
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


class RedisServer:
    """A private, non-persistent redis-server that can be stopped and started again."""

    def __init__(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            raise AlertsError(
                "redis-server is not installed (./scripts/setup --system installs it)"
            )
        self._binary = binary
        self.port = free_port()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        command = [
            self._binary,
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
        ]
        self._process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise AlertsError(f"redis-server did not start on port {self.port}")

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            self._process = None

    def __enter__(self) -> RedisServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@dataclass
class Workers:
    """`celery -A workers worker` processes with the run's environment."""

    env: dict[str, str]
    count: int = 2
    concurrency: int = 4
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)
    killed: set[int] = field(default_factory=set)
    _logs: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="alerts-workers-")))

    def __enter__(self) -> Workers:
        celery = str(Path(sys.executable).with_name("celery"))
        for n in range(self.count):
            command = [
                celery,
                "-A",
                "workers",
                "worker",
                f"--concurrency={self.concurrency}",
                "-n",
                f"w{n}@%h",
            ]
            with (self._logs / f"worker{n}.log").open("wb") as log:
                proc = subprocess.Popen(
                    command,
                    cwd=REPO,
                    env=self.env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            self.processes.append(proc)
        return self

    def kill(self, index: int) -> None:
        """SIGKILL a worker and its pool children: no chance to finish or acknowledge."""
        os.killpg(self.processes[index].pid, signal.SIGKILL)
        self.processes[index].wait(timeout=10)
        self.killed.add(index)

    def died(self) -> list[int]:
        """Workers that exited on their own (not killed by `kill`): a crash to report."""
        return [
            i
            for i, proc in enumerate(self.processes)
            if i not in self.killed and proc.poll() is not None
        ]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for proc in self.processes:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.processes:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        shutil.rmtree(self._logs, ignore_errors=True)
