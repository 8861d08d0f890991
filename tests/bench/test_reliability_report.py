"""RELIABILITY.md: a drill run rewrites its table and keeps the hand-kept hostile-input part."""

from __future__ import annotations

from pathlib import Path

from benchmarks.faults import Counts, write_report


def test_drill_report_keeps_the_hostile_input_section(tmp_path: Path) -> None:
    path = tmp_path / "RELIABILITY.md"
    path.write_text("# Reliability\n\nold table\n\n## Hostile input\n\n| case | how |\n")
    counts = Counts(sent=10, delivered=10)
    write_report({"worker-kill": counts}, 10, path)
    text = path.read_text()
    assert "old table" not in text
    assert "| worker-kill |" in text
    assert text.endswith("## Hostile input\n\n| case | how |\n")


def test_drill_report_without_a_kept_section(tmp_path: Path) -> None:
    path = tmp_path / "RELIABILITY.md"
    write_report({"worker-kill": Counts(sent=1, delivered=1)}, 1, path)
    assert "## Hostile input" not in path.read_text()
