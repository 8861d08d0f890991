"""The topics-eval section of BENCHMARKS.md: one row per data set, written by
`alerts topics eval --record NAME`, so the dev-split figures of every corpus sit in one table
and re-running one corpus replaces only its row."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from alerts.topics.corpus import Scores
from benchmarks.report import write_section

EVAL_SECTION = "topics-eval"
_EVAL_HEADER = (
    "## Learned topics: `alerts topics eval`\n\n"
    "Dev-split figures: `alerts topics train --holdout 0.2` keeps a fixed fifth of the "
    "training file out (by a hash of each document id) and `alerts topics eval --holdout 0.2` "
    "scores exactly that fifth.\n\n"
    "| data | holdout | documents | micro-F1 | macro-F1 | micro precision | micro recall "
    "| measured |\n"
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n"
)


def record_eval(label: str, scores: Scores, *, data: Path, holdout: float, path: Path) -> None:
    """Add or replace the row `label` of the topics-eval table in `path`."""
    document = path.read_text(encoding="utf-8") if path.exists() else ""
    section = re.search(rf"<!-- bench:{EVAL_SECTION} -->\n(.*?)<!-- /bench:", document, re.S)
    rows = {}
    for line in (section.group(1) if section else "").splitlines():
        cells = [c.strip() for c in line.strip("|").split("|")]
        if line.startswith("| ") and cells[0] not in ("data", "---"):
            rows[cells[0]] = line
    moment = datetime.now(UTC).strftime("%Y-%m-%d")
    rows[label] = (
        f"| {label} | {holdout:g} | {scores.n_docs:,} | {scores.micro_f1:.4f} "
        f"| {scores.macro_f1:.4f} | {scores.micro_precision:.4f} | {scores.micro_recall:.4f} "
        f"| {moment}, `{data.name}` |"
    )
    write_section(EVAL_SECTION, _EVAL_HEADER + "\n".join(rows[k] for k in sorted(rows)), path)
