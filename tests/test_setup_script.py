"""scripts/setup, which `make demo` and `make test` run: it waits for another install's apt
lock instead of failing, and refuses options it does not know in one line."""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import threading
import time

import pytest

from tests.conftest import REPO

SETUP = REPO / "scripts" / "setup"
DPKG_LOCK = "/var/lib/dpkg/lock-frontend"


def _installed(package: str) -> bool:
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True
    )
    return result.stdout.endswith("installed")


@pytest.mark.skipif(
    os.geteuid() != 0 or not shutil.which("dpkg-query") or not _installed("redis-server"),
    reason="needs root and a Debian machine with redis-server installed",
)
def test_apt_waits_for_a_dpkg_lock_held_elsewhere() -> None:
    """Another install holds the dpkg lock for 2 s: the script's apt-get waits, then runs
    (an install of a package already there: no download, no change)."""
    held_s = 2.0
    fd = os.open(DPKG_LOCK, os.O_RDWR | os.O_CREAT, 0o640)
    fcntl.lockf(fd, fcntl.LOCK_EX)  # the lock apt takes (fcntl, per process)

    def release() -> None:
        time.sleep(held_s)
        fcntl.lockf(fd, fcntl.LOCK_UN)
        os.close(fd)

    releaser = threading.Thread(target=release)
    started = time.monotonic()
    releaser.start()
    result = subprocess.run(
        ["bash", "-c", f"source {SETUP} && apt_get install -y -qq --no-download redis-server"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    releaser.join()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= held_s


def test_unknown_option_is_one_line_and_exit_2() -> None:
    result = subprocess.run([SETUP, "--demo"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "setup: unknown option --demo (use --system and/or --dev)"
    ]
