"""What `pip install` gives an operator: a wheel with the templates inside, without the
benchmarks, the tests or their dependencies, that runs `alerts demo` in a fresh virtualenv."""

from __future__ import annotations

import email
import email.policy
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

PIP = [sys.executable, "-m", "pip", "-q", "--disable-pip-version-check"]
TEST_ONLY = {
    "aiosmtpd",
    "axe-playwright-python",
    "pytest",
    "playwright",
    "schemathesis",
    "hypothesis",
    "mypy",
    "ruff",
}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [*PIP, "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return next(out.glob("alerts-*.whl"))


def _names(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        return archive.namelist()


def test_wheel_carries_every_template_inside_the_package(wheel: Path) -> None:
    names = set(_names(wheel))
    templates = REPO / "templates"
    expected = {
        f"alerts/templates/{p.relative_to(templates).as_posix()}"
        for p in templates.rglob("*")
        if p.is_file()
    }
    assert "alerts/templates/email/instant.txt" in expected
    assert expected <= names, sorted(expected - names)


def test_wheel_carries_no_benchmark_or_test_code(wheel: Path) -> None:
    for name in _names(wheel):
        top = name.split("/")[0]
        assert top in ("alerts", "workers") or top.endswith(".dist-info"), name
        assert not re.search(r"(^|/)(bench|benchmarks|tests|support)(/|$)", name), name
        assert "naive" not in name and "faults" not in name, name


def test_wheel_requires_no_test_tool(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        metadata_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode()
    runtime = [
        line.removeprefix("Requires-Dist:").strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    names = {re.split(r"[\s<>=!~\[;]", requirement)[0].lower() for requirement in runtime}
    assert "typer" in names and "sqlalchemy" in names
    assert not names & TEST_ONLY, sorted(names & TEST_ONLY)


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh virtualenv (no system site-packages) with the wheel and its runtime
    dependencies from the package index (pip's cache makes repeats quick)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    subprocess.run(
        [*PIP, "--python", str(venv / "bin" / "python"), "install", "--no-compile", str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    yield venv


def _clean_env() -> dict[str, str]:
    """No ALERTS_* settings and nothing that would put this checkout on the path."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    return {k: v for k, v in os.environ.items() if not k.startswith("ALERTS_") and k not in drop}


@pytest.mark.slow
def test_plain_install_runs_the_demo(installed: Path, tmp_path: Path) -> None:
    python = installed / "bin" / "python"
    where = subprocess.run(
        [
            python,
            "-c",
            "import alerts, importlib.util as u; "
            "print(alerts.__file__, u.find_spec('benchmarks'), u.find_spec('aiosmtpd'))",
        ],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert where[0].startswith(str(installed)) and where[1:] == ["None", "None"], where
    demo = subprocess.run(
        [installed / "bin" / "alerts", "demo", "--dir", "demo"],
        cwd=tmp_path,
        env=_clean_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert demo.returncode == 0, demo.stderr
    for failure in ("Traceback", "Unclosed", "Error", "error", "Warning"):
        assert failure not in demo.stderr, demo.stderr
    mails = sorted((tmp_path / "demo" / "outbox").glob("*.eml"))
    assert len(mails) == 2
    for path in mails:  # rendered from the templates the wheel carries
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        body = message.get_body(("plain",))
        assert body is not None and "Unsubscribe: http" in body.get_content()


@pytest.mark.slow
def test_plain_install_says_benchmarks_need_a_checkout(installed: Path, tmp_path: Path) -> None:
    for args in (["bench"], ["bench", "smtp", "--n", "10"]):
        result = subprocess.run(
            [installed / "bin" / "alerts", *args],
            cwd=tmp_path,
            env=_clean_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 2, (result.stdout, result.stderr)
        assert result.stderr.strip().splitlines() == [
            "error: benchmarks run from a source checkout (git clone, then `make setup`)"
        ]
