"""`--help` of every command, rendered as users see it: no `<bool>` after a flag (it
invites `--json true`, which fails), prose paragraphs wrapped by the terminal's width and
not by the docstring's line breaks, and an example on every command."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

import pytest
import typer.main
from typer.testing import CliRunner

from alerts.cli.main import app

COLUMNS = 80
WIDTH = COLUMNS - 2  # click's help width on an 80-column terminal
SECTIONS = ("Arguments:", "Options:", "Commands:")


def _commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in sorted(getattr(command, "commands", {}).items()):
        yield from _commands(sub, (*path, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


def _help(path: tuple[str, ...], columns: int) -> str:
    result = CliRunner().invoke(app, [*path, "--help"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, (path, result.output)
    return result.output


def _description(text: str) -> list[list[str]]:
    """The paragraphs between the usage line and the first section, as lists of lines."""
    body = text.split("\n", 1)[1]
    for section in SECTIONS:
        body = body.split(f"\n{section}", 1)[0]
    paragraphs = [p for p in body.strip("\n").split("\n\n") if p.strip()]
    return [p.splitlines() for p in paragraphs]


def test_every_command_is_walked() -> None:
    names = {" ".join(p) for p in COMMANDS}
    for expected in ("users rotate-key", "feeds disable", "topics remove", "webhooks add"):
        assert expected in names


def _odd_breaks(paragraph: list[str]) -> list[str]:
    """Lines broken where the next word would still have fitted: a docstring's own line
    break showing through, not wrapping by the terminal's width."""
    return [
        line
        for line, after in itertools.pairwise(paragraph)
        if len(line) + 1 + len(after.split()[0]) <= WIDTH
    ]


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "alerts")
def test_help_reads_well(path: tuple[str, ...]) -> None:
    text = _help(path, COLUMNS)
    assert "<bool>" not in text, text
    assert "Traceback" not in text
    for paragraph in _description(text):
        if paragraph[0].strip().startswith("Example"):
            continue  # examples are kept verbatim, one command per line
        assert not _odd_breaks(paragraph), f"docstring line breaks leak into help:\n{paragraph}"


def test_odd_breaks_are_seen() -> None:
    wrapped = ["  Without a broker everything runs in this process; with ALERTS_BROKER_URL the"]
    assert not _odd_breaks([*wrapped, "  work goes to Celery workers"])
    assert _odd_breaks(["  Without a broker everything runs in this process; with", "  the work"])


NEW_COMMANDS = [
    ("users", "list"),
    ("users", "remove"),
    ("users", "rotate-key"),
    ("webhooks", "add"),
    ("webhooks", "list"),
    ("channels", "add"),
    ("channels", "list"),
    ("channels", "remove"),
    ("channels", "test"),
    ("feeds", "rename"),
    ("feeds", "disable"),
    ("feeds", "enable"),
    ("feeds", "remove"),
    ("topics", "remove"),
    ("topics", "list"),
]


@pytest.mark.parametrize("path", NEW_COMMANDS, ids=" ".join)
def test_new_commands_teach_by_example(path: tuple[str, ...]) -> None:
    text = _help(path, 80)
    example = re.search(r"Examples?:\s*\n?\s*(alerts .+)", text)
    assert example and example.group(1).startswith(f"alerts {' '.join(path)}"), text


def test_flags_take_no_value() -> None:
    result = CliRunner().invoke(app, ["feeds", "list", "--json", "true"])
    assert result.exit_code == 2  # a flag: `--json true` is refused, so help must not invite it
