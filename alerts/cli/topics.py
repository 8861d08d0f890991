"""`alerts topics …` and `alerts classify`: the taxonomy, and tagging a text with it."""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json
from alerts.errors import InputError
from alerts.topics.classifier import default_classifier
from alerts.topics.taxonomy import bundled_taxonomy

app = typer.Typer(help="Browse the topic taxonomy.", no_args_is_help=True)


@app.command("list")
def list_(json_out: bool = JsonOption) -> None:
    """List every topic with its parents and aliases."""
    topics = sorted(bundled_taxonomy(), key=lambda t: t.name.casefold())
    if json_out:
        print_json(
            [
                {
                    "name": t.name,
                    "kind": t.kind,
                    "parents": list(t.parents),
                    "aliases": list(t.aliases),
                }
                for t in topics
            ]
        )
        return
    table = Table("topic", "kind", "parents", "aliases")
    for t in topics:
        table.add_row(t.name, t.kind, ", ".join(t.parents), ", ".join(t.aliases[:6]))
    console.print(table)


def _read_text(path: str) -> str:
    if path == "-":
        if sys.stdin.isatty():
            raise InputError(
                "give a file with the article text, or pipe it in: alerts classify - < story.txt"
            )
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def classify(
    path: str = typer.Argument(
        "-", help="File with the article text (first line: title); - for stdin."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Tag an article's text with topics and show the evidence for each.

    Example: alerts classify story.txt --json
    """
    title, _, body = _read_text(path).strip().partition("\n")
    matches = default_classifier().classify(title.strip(), body.strip())
    if json_out:
        print_json({"topics": [m.as_dict() for m in matches]})
        return
    if not matches:
        console.print("no topics found")
    for m in matches:
        why = "; ".join(f"via {e.via}" if e.via else f"{e.text!r} in {e.field}" for e in m.evidence)
        console.print(f"{m.score:5.2f}  [bold]{m.name}[/]  {why}", highlight=False)
