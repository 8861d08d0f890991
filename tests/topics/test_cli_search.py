"""`alerts search` as users run it: the JSON page, pages by --before-id, a table, and
one-line errors for a bad query or look-back."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alerts.cli.common import settings
from alerts.cli.main import app
from alerts.store.db import session_scope
from tests.e2e.scenario import ALERTS, base_env
from tests.topics.test_search import brute_force, store_corpus


@pytest.fixture
def stored(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    monkeypatch.setenv("ALERTS_DATABASE_URL", database_url)
    settings.cache_clear()
    with session_scope(database_url) as session:
        ids = store_corpus(session)
    yield ids
    settings.cache_clear()


def test_json_pages_and_table(stored: list[int]) -> None:
    query = "climat* OR title:Syria"
    runner = CliRunner()
    first = runner.invoke(app, ["search", query, "--limit", "2", "--since", "1d", "--json"])
    assert first.exit_code == 0, first.output
    page = json.loads(first.stdout)
    expected = brute_force(query, stored)
    assert [i["id"] for i in page["items"]] == expected[:2]
    assert set(page["items"][0]) == {"id", "title", "url", "published", "topics"}
    rest = runner.invoke(
        app, ["search", query, "--before-id", str(page["next_before_id"]), "--json"]
    )
    assert [i["id"] for i in json.loads(rest.stdout)["items"]] == expected[2:]
    table = runner.invoke(app, ["search", query, "--limit", "1"])
    assert table.exit_code == 0 and "Climate of fear in Syria" in table.stdout
    assert f"--before-id {expected[0]}" in table.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["NOT Syria"], "query error at column 1"),
        (['Syria "car'], "query error at column 7"),
        (["Syria", "--since", "soon"], "--since 'soon'"),
        (["Syria", "--since", "99999999999w"], "reaches back too far"),
    ],
)
def test_errors_are_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    env = base_env(database_url=f"sqlite:///{tmp_path}/cli.db")
    done = subprocess.run([ALERTS, "search", *args], env=env, capture_output=True, text=True)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert len(done.stderr.strip().splitlines()) == 1 and message in done.stderr
