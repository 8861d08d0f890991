"""BENCHMARKS.md sections: each benchmark owns the text between its two markers, so running
one benchmark updates its table and leaves the others as they were.

>>> update_section("# B\\n", "demo", "| a |")
'# B\\n\\n<!-- bench:demo -->\\n| a |\\n<!-- /bench:demo -->\\n'
"""

from __future__ import annotations

import os
import platform
import re
import resource
from datetime import UTC, datetime
from pathlib import Path

DEFAULT_PATH = Path("BENCHMARKS.md")
_HEADER = (
    "# Benchmarks\n\nProduced by `alerts bench …`; "
    "every figure sits beside a baseline measured in the same run.\n"
)


def update_section(document: str, name: str, body: str) -> str:
    """Replace (or append) the section `name` of a BENCHMARKS.md text."""
    block = f"<!-- bench:{name} -->\n{body.strip()}\n<!-- /bench:{name} -->\n"
    pattern = re.compile(
        rf"<!-- bench:{re.escape(name)} -->\n.*?<!-- /bench:{re.escape(name)} -->\n", re.S
    )
    if pattern.search(document):
        return pattern.sub(lambda _: block, document)
    return document.rstrip("\n") + "\n\n" + block


def machine_line() -> str:
    """Where and when a figure was measured."""
    cores = os.cpu_count()
    memory_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    moment = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    python = f"{platform.python_implementation()} {platform.python_version()}"
    # The load when the section is written: a figure taken beside other work says so.
    load = os.getloadavg()[0]
    return f"_{moment}; {python}; {cores} cores, {memory_gib:.0f} GiB; load average {load:.1f}_"


def write_section(name: str, body: str, path: Path = DEFAULT_PATH) -> None:
    """Record a benchmark's markdown in `path`."""
    document = path.read_text(encoding="utf-8") if path.exists() else _HEADER
    path.write_text(update_section(document, name, body), encoding="utf-8")


def current_rss_mib() -> float:
    """Resident memory of this process now, in MiB (Linux `/proc/self/statm`)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mib(*, children: bool = False) -> float:
    """Peak resident memory of this process (or of its largest finished child), in MiB
    (Linux reports KiB)."""
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024
