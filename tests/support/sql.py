"""The SQL a block of code sends, for tests that pin how many statements a path costs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from alerts.store.db import get_engine


@contextmanager
def recorded_statements(database_url: str) -> Iterator[list[str]]:
    """Every statement the shared engine of `database_url` sends while the block runs."""
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    engine = get_engine(database_url)
    event.listen(engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", record)
