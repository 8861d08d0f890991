"""`alerts demo`: the product end to end on this machine, no servers, no network."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from alerts.cli.common import JsonOption, console, print_json


def demo(
    workdir: Path = typer.Option(
        Path("alerts-demo"), "--dir", help="Scratch folder (wiped on each run)."
    ),
    json_out: bool = JsonOption,
) -> None:
    """Run a self-contained demo: bundled sample feeds, three followers (instant e-mail,
    signed webhook to a loopback receiver, daily digest), one polling cycle and a digest.
    """
    from alerts.demo.scenario import run_demo

    report = run_demo(workdir)
    if json_out:
        print_json(
            {
                "workdir": str(report.workdir),
                "classified": [{"title": t, "topics": topics} for t, topics in report.classified],
                "emails": [{"to": to, "subject": s, "file": f} for to, s, f in report.emails],
                "webhooks": [{"url": u, "title": t, "verified": v} for u, t, v in report.webhooks],
            }
        )
        return
    table = Table("article", "topics", title="Classified")
    for title, topics in report.classified:
        table.add_row(title, ", ".join(topics[:7]) or "—")
    console.print(table)
    deliveries = Table("channel", "to", "what", title="Delivered")
    for to, subject, path in report.emails:
        deliveries.add_row("e-mail", to, f"{subject}\n[dim]{path}[/]")
    for url, title, verified in report.webhooks:
        deliveries.add_row(
            "webhook", url, f"{title}\n[dim]signature {'verified' if verified else 'INVALID'}[/]"
        )
    console.print(deliveries)
    console.print(f"Everything is in {report.workdir} (database, outbox/*.eml).", highlight=False)
