"""The heartbeat probe: fresh, stale and missing files, its one-line reasons and exit codes,
that it stays cheap, and that the watch loop keeps its file fresh and removes it on stop."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from alerts.config import load_settings
from alerts.errors import ConfigError
from alerts.heartbeat import WATCHER, heartbeat_file, main, stale_reason, touch
from alerts.runner import InlineDispatcher, watch


def test_fresh_file_is_alive(tmp_path: Path) -> None:
    alive = tmp_path / "run" / "watcher.alive"
    touch(alive)
    assert stale_reason(alive, max_age_s=5) is None
    assert main([str(alive), "--max-age-s", "5"]) == 0


def test_old_file_is_stuck(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    alive = tmp_path / "watcher.alive"
    touch(alive)
    os.utime(alive, (time.time() - 125, time.time() - 125))
    assert main([str(alive), "--max-age-s", "60"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "125s old (max 60s)" in err and "stuck" in err


def test_missing_file_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "watcher.alive")]) == 1
    assert "no heartbeat at" in capsys.readouterr().err


def test_probe_loads_only_the_standard_library(tmp_path: Path) -> None:
    """A healthcheck runs every 30 s in every container: it must not pay for the
    classifier, NumPy, the database layer or Celery."""
    code = (
        "import sys, alerts.heartbeat; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'numpy', 'sklearn', 'scipy', 'celery', 'kombu', 'sqlalchemy', 'pydantic', 'redis'}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "[]", result.stdout


def _watch_in_thread(tmp_path: Path) -> tuple[threading.Thread, threading.Event, Path]:
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        heartbeat_dir=tmp_path / "run",
        sweep_interval_s=0.2,
        outbox_dir=tmp_path / "outbox",
    )
    stop = threading.Event()
    thread = threading.Thread(
        target=watch, args=(settings, InlineDispatcher(settings)), kwargs={"stop": stop.is_set}
    )
    thread.start()
    return thread, stop, heartbeat_file(settings.heartbeat_dir, WATCHER)


def test_watch_loop_keeps_its_heartbeat_fresh_and_removes_it(tmp_path: Path) -> None:
    thread, stop, alive = _watch_in_thread(tmp_path)
    try:
        deadline = time.monotonic() + 30
        while not alive.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        first = alive.stat().st_mtime
        deadline = time.monotonic() + 30  # a loaded machine may stretch the 0.2 s idle ticks
        while alive.stat().st_mtime <= first and time.monotonic() < deadline:
            time.sleep(0.05)
        assert alive.stat().st_mtime > first, "the idle loop must keep touching its file"
        assert stale_reason(alive, max_age_s=1) is None
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not thread.is_alive()
    assert not alive.exists(), "a clean stop removes the heartbeat"


def test_unwritable_heartbeat_dir_is_one_config_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}", heartbeat_dir=blocker / "run"
    )
    with pytest.raises(ConfigError, match=r"^ALERTS_HEARTBEAT_DIR: cannot write"):
        watch(settings, InlineDispatcher(settings), stop=lambda: False)
