"""`alerts demo`: the product end to end on this machine, no servers, no network.

The plain output is lines, not tables: each story once with its outlets, every tag with its
evidence, and paths and URLs whole (soft-wrapped, never cut with "…"), so they can be
copied from any terminal width."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.markup import escape

from alerts.cli.common import JsonOption, console, print_json

if TYPE_CHECKING:
    from alerts.demo.report import DemoReport


def _say(line: str = "") -> None:
    console.print(line, highlight=False, soft_wrap=True)


def _print_stories(report: DemoReport) -> None:
    _say(f"[bold]Classified[/]: {len(report.classified)} stories")
    for story in report.classified:
        _say()
        _say(f"[bold]{escape(story.title)}[/]")
        _say(f"  carried by {escape(', '.join(story.outlets))}")
        for tag in story.tags:
            why = "; ".join(tag.evidence) or "—"
            _say(f"  {tag.score:4.2f}  {escape(tag.topic)}  [dim]{escape(why)}[/]")


def _print_deliveries(report: DemoReport) -> None:
    _say()
    _say("[bold]Delivered[/]")
    for to, subject, path in report.emails:
        _say(f"  e-mail to {escape(to)}: {escape(subject)}")
        _say(f"    {escape(path)}")
    for url, title, verified in report.webhooks:
        _say(f"  webhook to {escape(url)}: {escape(title)}")
        _say(f"    signature {'verified' if verified else 'INVALID'}")
    _say()
    _say(f"Everything is in {escape(str(report.workdir))} (database, outbox/*.eml).")


def demo(
    workdir: Path = typer.Option(
        Path("alerts-demo"), "--dir", help="Scratch folder (wiped on each run)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Run a self-contained demo, offline.

    Bundled sample feeds, three followers (instant e-mail, signed webhook to a loopback
    receiver, daily digest), one polling cycle and a digest.

    \b
    Example: alerts demo --dir /tmp/alerts-demo
    """
    from alerts.demo.scenario import run_demo

    report = run_demo(workdir)
    if json_out:
        print_json(
            {
                "workdir": str(report.workdir),
                "classified": [story.as_dict() for story in report.classified],
                "emails": [{"to": to, "subject": s, "file": f} for to, s, f in report.emails],
                "webhooks": [{"url": u, "title": t, "verified": v} for u, t, v in report.webhooks],
            }
        )
        return
    _print_stories(report)
    _print_deliveries(report)
