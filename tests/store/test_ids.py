"""Both forms of a condition on many row ids pick exactly those rows, on each database."""

from __future__ import annotations

from sqlalchemy import select

from alerts.store.db import session_scope
from alerts.store.ids import id_in, ids_param
from alerts.store.tables import UserRow
from tests.helpers import make_user


def _users(database_url: str) -> list[int]:
    with session_scope(database_url) as session:
        ids = [make_user(session, f"u{n}@example.org").id for n in range(5)]
        session.commit()
    return ids


def test_id_in_picks_the_named_rows(database_url: str) -> None:
    ids = _users(database_url)
    with session_scope(database_url) as session:
        found = session.scalars(select(UserRow.id).where(id_in(session, UserRow.id, ids[1:4])))
        assert sorted(found) == ids[1:4]
        assert list(session.scalars(select(UserRow.id).where(id_in(session, UserRow.id, [])))) == []


def test_ids_param_binds_the_ids_at_execution(database_url: str) -> None:
    ids = _users(database_url)
    with session_scope(database_url) as session:
        dialect = session.get_bind().dialect.name
        statement = select(UserRow.id).where(ids_param(UserRow.id, dialect))
        assert sorted(session.scalars(statement, {"ids": ids[:2]})) == ids[:2]
        assert sorted(session.scalars(statement, {"ids": [ids[4]]})) == [ids[4]]
