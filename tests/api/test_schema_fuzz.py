"""Schemathesis over `/openapi.json` with every check (`--checks all`): valid and invalid
requests to every operation, as an authenticated user (and as the admin for `/admin/*`).
Beyond "no 5xx", every answer's status, content type, headers and body must be the ones the
schema documents, schema-valid requests must be accepted (except where `schemathesis.toml`
names a fact the schema cannot state), schema-violating ones refused, and an unsupported
method must be a 405 whose `Allow` lists the path's methods. Bounded: a few examples per
operation, fixed seed.

It runs the `schemathesis` command itself with the repository's `schemathesis.toml`, the
file anyone running it by hand reads. The server runs in this process, where a
stub resolver refuses every name that is not an IP literal, and webhooks are recorded, not
sent, so nothing leaves the machine.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import ADMIN_KEY, Caller
from tests.api.server import ApiServer
from tests.conftest import REPO

EXAMPLES_PER_OPERATION = 12
SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


@pytest.fixture(autouse=True)
def _no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    real = socket.getaddrinfo

    def literal_only(host: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            socket.inet_pton(socket.AF_INET6 if ":" in str(host) else socket.AF_INET, str(host))
        except (OSError, ValueError):
            raise socket.gaierror(socket.EAI_NONAME, "not resolved in tests") from None
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", literal_only)


def _schemathesis(server: ApiServer, key: str, only: str, tmp_path: Path) -> tuple[int, str]:
    """Run `schemathesis run --checks all` on the operations whose path matches `only`
    (or all others, for `!regex`) and return its exit code and output."""
    include = "--exclude-path-regex" if only.startswith("!") else "--include-path-regex"
    command = [
        str(SCHEMATHESIS),
        "--no-color",
        "--config-file",
        str(REPO / "schemathesis.toml"),
        "run",
        f"{server.url}/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {key}",
        include,
        only.removeprefix("!"),
        "--max-examples",
        str(EXAMPLES_PER_OPERATION),
        "--seed",
        "1",
        "--report-dir",
        str(tmp_path),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    return done.returncode, done.stdout + done.stderr


def _tested(output: str) -> int:
    found = re.search(r"Tested:\s+(\d+)", output)
    assert found, output[-3000:]
    return int(found.group(1))


def test_every_check_passes(
    server: ApiServer, alice: Caller, article_id: int, tmp_path: Path
) -> None:
    paths = httpx.get(f"{server.url}/openapi.json").json()["paths"]
    operations = sum(len(methods) for methods in paths.values())
    admin = sum(len(methods) for path, methods in paths.items() if path.startswith("/admin"))
    assert operations >= 20
    code, output = _schemathesis(server, alice.key, "!^/admin/", tmp_path)
    assert code == 0, output[-6000:]
    assert _tested(output) == operations - admin
    code, output = _schemathesis(server, ADMIN_KEY, "^/admin/", tmp_path)
    assert code == 0, output[-6000:]
    assert _tested(output) == admin
