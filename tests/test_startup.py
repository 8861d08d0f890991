"""What a command pays before it does anything, and what the library needs to run: heavy
libraries load where they are used, and nothing below the edges imports Celery."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

HEAVY = ("numpy", "sklearn", "scipy", "aiohttp", "alembic", "celery", "kombu", "workers")


def _loaded_after(code: str, *, cwd: Path) -> list[str]:
    """Run `code` in a fresh interpreter; the HEAVY modules it left in sys.modules."""
    probe = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: print(json.dumps(sorted(m for m in {HEAVY!r} "
        "if m in sys.modules))))\n" + code
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_importing_the_cli_loads_no_heavy_library(tmp_path: Path) -> None:
    assert _loaded_after("import alerts.cli.main", cwd=tmp_path) == []


def test_alerts_help_loads_no_heavy_library(tmp_path: Path) -> None:
    code = (
        "sys.argv = ['alerts', '--help']\n"
        "from alerts.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    assert _loaded_after(code, cwd=tmp_path) == []


def test_a_command_without_broker_loads_no_celery(tmp_path: Path) -> None:
    code = (
        f"import os; os.environ['ALERTS_DATABASE_URL'] = 'sqlite:///{tmp_path}/a.db'\n"
        "sys.argv = ['alerts', 'feeds', 'list', '--json']\n"
        "from alerts.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    assert not set(_loaded_after(code, cwd=tmp_path)) & {"celery", "kombu", "workers"}


def test_alerts_run_warms_up_before_its_first_cycle(tmp_path: Path) -> None:
    """The HTTP client is loaded at start, with the classifier, even by a cycle that polls
    nothing: a first cycle's clock holds no import a later one does not."""
    code = (
        f"import os; os.environ['ALERTS_DATABASE_URL'] = 'sqlite:///{tmp_path}/a.db'\n"
        f"os.environ['ALERTS_OUTBOX_DIR'] = '{tmp_path}/outbox'\n"
        "sys.argv = ['alerts', 'run', '--once', '--json']\n"
        "from alerts.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
    )
    assert "aiohttp" in _loaded_after(code, cwd=tmp_path)


def test_the_library_runs_the_pipeline_without_celery(tmp_path: Path) -> None:
    """The demo (poll, classify, fan out, deliver, digest) with Celery made unimportable."""
    code = (
        "import sys\n"
        "for name in ('celery', 'kombu', 'workers'):\n    sys.modules[name] = None\n"
        "from pathlib import Path\n"
        "from alerts.demo.scenario import run_demo\n"
        f"report = run_demo(Path({str(tmp_path / 'demo')!r}))\n"
        "assert len(report.emails) == 2 and len(report.webhooks) == 1, report\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr


def _imports(path: Path) -> set[str]:
    """Every module a source file imports, at any level (lazy imports included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_only_the_edges_import_celery() -> None:
    """The library never reaches into `workers/`: the CLI (an edge) hands the dispatcher in."""
    library = REPO / "alerts"
    for path in library.rglob("*.py"):
        if path.is_relative_to(library / "cli"):
            continue
        roots = {name.split(".")[0] for name in _imports(path)}
        assert not roots & {"workers", "celery", "kombu"}, path


def test_dispatch_and_runner_do_not_import_each_other() -> None:
    assert "alerts.runner" not in _imports(REPO / "alerts" / "dispatch.py")
    assert "alerts.dispatch" in _imports(REPO / "alerts" / "runner.py")  # the interface only
