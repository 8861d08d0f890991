"""Progress bars for long commands (training, looking back over stored articles, importing
feeds, a cycle over many feeds), drawn on stderr with rich.

A bar is drawn only when stderr is a terminal and the command is not asked for JSON:
stdout stays exactly what scripts read, and logs and pipes get no control characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)

from alerts.cli.common import err_console


@dataclass
class Bar:
    """One task on a bar, or nothing at all when the bar is not drawn."""

    _progress: Progress | None = None
    _task: TaskID | None = None

    def advance(self, steps: int = 1) -> None:
        """Count `steps` more units of work done."""
        if self._progress is not None and self._task is not None:
            self._progress.advance(self._task, steps)

    def update(
        self, *, description: str | None = None, completed: int | None = None, total: int | None
    ) -> None:
        """Name the step under way and where it stands; `total` None keeps the total."""
        if self._progress is None or self._task is None:
            return
        self._progress.update(self._task, description=description, completed=completed, total=total)

    def step(self, description: str) -> None:
        """Name the step under way, for work that only knows its stages (model training)."""
        self.update(description=description, total=None)


@contextmanager
def progress_bar(description: str, total: int | None, *, json_out: bool) -> Iterator[Bar]:
    """A bar for `total` units of work (None: a spinner with the elapsed time), removed when
    the work is done."""
    if json_out or not err_console.is_terminal:
        yield Bar()
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        yield Bar(progress, progress.add_task(description, total=total))
