"""A condition on many row ids, in the form each database reads fastest.

A batch of a thousand deliveries names a thousand rows. Written as `IN (…)`, that is a
thousand bound parameters, and psycopg parses each placeholder of the statement in Python
before sending it (milliseconds per statement, per batch, several times a batch); as
`= ANY(…)` it is one array parameter. SQLite has no arrays and keeps `IN`.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, Integer, any_, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session


def id_in(
    session: Session, column: InstrumentedAttribute[int], ids: Collection[int]
) -> ColumnElement[bool]:
    """`column IN ids`, as one array parameter on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Integer)))
    return column.in_(ids)


def ids_param(column: InstrumentedAttribute[int], dialect: str) -> ColumnElement[bool]:
    """`column IN :ids`, the ids bound at execution: one array on PostgreSQL (as `id_in`
    writes it), an expanding list elsewhere. A statement built on it once and executed on
    a held connection skips SQLAlchemy's construction, cache key and ORM steps, which cost
    a group of outcomes more than the database's work."""
    if dialect == "postgresql":
        return column == any_(bindparam("ids", type_=ARRAY(Integer)))
    return column.in_(bindparam("ids", expanding=True))
