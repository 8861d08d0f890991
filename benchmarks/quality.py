"""The topics-eval section of BENCHMARKS.md: one row per data set, written by
`alerts topics eval --record NAME`, so the dev-split figures of every corpus sit in one table
and re-running one corpus replaces only its rows. A second table lists, per data set, the
rare topics (at most `RARE_SUPPORT` gold documents in the scored part) one by one, because
the macro average hides them."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from alerts.topics.corpus import Scores
from benchmarks.report import write_section

EVAL_SECTION = "topics-eval"
RARE_SUPPORT = 5
_EVAL_HEADER = (
    "## Learned topics: `alerts topics eval`\n\n"
    "Dev-split figures: `alerts topics train --holdout 0.2` keeps a fixed fifth of the "
    "training file out (by a hash of each document id) and `alerts topics eval --holdout 0.2` "
    "scores exactly that fifth.\n\n"
    "| data | holdout | documents | micro-F1 | macro-F1 | micro precision | micro recall "
    "| measured |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
)
_RARE_HEADER = (
    f"\n\nRare topics: every topic with 1 to {RARE_SUPPORT} gold documents in the scored part "
    "(a topic absent from it cannot be scored there).\n\n"
    "| data: topic | gold documents | precision | recall | F1 |\n"
    "| --- | ---: | ---: | ---: | ---: |\n"
)


def _rare_rows(label: str, scores: Scores) -> dict[str, str]:
    return {
        f"{label}: {topic}": (
            f"| {label}: {topic} | {s.support} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} |"
        )
        for topic, s in scores.per_topic.items()
        if 0 < s.support <= RARE_SUPPORT
    }


def _existing_rows(document: str) -> tuple[dict[str, str], dict[str, str]]:
    """(data-set rows, rare-topic rows) of the section already in `document`."""
    section = re.search(rf"<!-- bench:{EVAL_SECTION} -->\n(.*?)<!-- /bench:", document, re.S)
    rows: dict[str, str] = {}
    rare: dict[str, str] = {}
    for line in (section.group(1) if section else "").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if line.startswith("| ") and cells[0] not in ("data", "data: topic", "---"):
            (rare if ": " in cells[0] else rows)[cells[0]] = line
    return rows, rare


def record_eval(label: str, scores: Scores, *, data: Path, holdout: float, path: Path) -> None:
    """Add or replace the rows of `label` in the topics-eval tables of `path`."""
    rows, rare = _existing_rows(path.read_text(encoding="utf-8") if path.exists() else "")
    moment = datetime.now(UTC).strftime("%Y-%m-%d")
    rows[label] = (
        f"| {label} | {holdout:g} | {scores.n_docs:,} | {scores.micro_f1:.4f} "
        f"| {scores.macro_f1:.4f} | {scores.micro_precision:.4f} | {scores.micro_recall:.4f} "
        f"| {moment}, `{data.name}` |"
    )
    rare = {k: v for k, v in rare.items() if not k.startswith(f"{label}: ")}
    rare.update(_rare_rows(label, scores))
    body = _EVAL_HEADER + "\n".join(rows[k] for k in sorted(rows))
    if rare:
        body += _RARE_HEADER + "\n".join(rare[k] for k in sorted(rare))
    write_section(EVAL_SECTION, body, path)
