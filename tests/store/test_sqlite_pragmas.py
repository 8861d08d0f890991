"""Embedded SQLite: the write-ahead log, with commits that do not wait for the disk."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from alerts.store.db import get_engine


def test_sqlite_connections_use_wal_with_normal_sync(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'alerts.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
