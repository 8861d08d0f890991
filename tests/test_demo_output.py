"""What `alerts demo` shows a newcomer: each story once, with every outlet that carried it,
every tag with its evidence, and whole paths and URLs even on an 80-column terminal."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.scenario import base_env, cli

IRAQ = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"


def test_demo_shows_one_story_with_its_outlets_and_evidence(tmp_path: Path) -> None:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'cli.db'}") | {"COLUMNS": "80"}
    report = json.loads(cli(env, "demo", "--dir", str(tmp_path / "d"), "--json").stdout)
    iraq = [s for s in report["classified"] if s["title"] == IRAQ]
    assert len(iraq) == 1, "one story, however many outlets carry it"
    (story,) = iraq
    assert sorted(story["outlets"]) == ["Daily Courier", "World Wire"]
    tags = {t["topic"]: t for t in story["tags"]}
    assert {"Iraq", "Syria", "Islamic State", "Middle East", "Terrorism"} <= set(tags)
    assert story["topics"] == [t["topic"] for t in story["tags"]]
    assert all(t["evidence"] for t in story["tags"])
    assert any("in title" in e for e in tags["Islamic State"]["evidence"])

    plain = cli(env, "demo", "--dir", str(tmp_path / "d")).stdout
    assert "carried by Daily Courier, World Wire" in plain
    assert "Terrorism" in plain and "via Islamic State" in plain
    assert "…" not in plain, "nothing is cut short"
    paths = re.findall(r"/\S+@localhost\.eml", plain)
    assert len(paths) == 2
    for path in paths:
        assert Path(path).is_file(), path
    assert re.search(r"http://127\.0\.0\.1:\d+/hooks/alerts", plain)
