"""Custom topics: named queries kept in the database (table `custom_topics`), so that every
worker sees the same ones. A custom topic sits in the taxonomy like any other: it may have
a parent (following the parent includes it; a match also tags the parent), and its name
must not collide with a taxonomy name or alias. The query is checked when it is saved.
Removing one ends its follows; bundled topics cannot be removed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from alerts.errors import NotFoundError, TopicError
from alerts.models import Topic
from alerts.store.tables import CustomTopicRow, FollowRow, utcnow
from alerts.topics.personal import PRIVATE_PREFIX, is_private
from alerts.topics.query import Node, parse
from alerts.topics.taxonomy import Taxonomy

CUSTOM_KIND = "custom"
MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class CustomTopic:
    """A stored custom topic."""

    name: str
    query: str
    parent: str | None
    updated_at: datetime

    def as_dict(self) -> dict[str, object]:
        """As `alerts topics show --json` prints it."""
        return {
            "name": self.name,
            "kind": CUSTOM_KIND,
            "query": self.query,
            "parent": self.parent,
            "updated_at": self.updated_at.isoformat(),
        }


def _from_row(row: CustomTopicRow) -> CustomTopic:
    return CustomTopic(row.name, row.query, row.parent, row.updated_at)


def _row(session: Session, name: str) -> CustomTopicRow | None:
    wanted = name.strip().casefold()
    for row in session.scalars(select(CustomTopicRow)):
        if row.name.casefold() == wanted:
            return row
    return None


def custom_topics(session: Session) -> list[CustomTopic]:
    """Every custom topic, by name."""
    rows = session.scalars(select(CustomTopicRow).order_by(CustomTopicRow.name))
    return [_from_row(r) for r in rows]


def find_custom_topic(session: Session, name: str) -> CustomTopic | None:
    """The custom topic with this name (ignoring case), if there is one."""
    row = _row(session, name)
    return None if row is None else _from_row(row)


def get_custom_topic(session: Session, name: str) -> CustomTopic:
    """The custom topic with this name, or `NotFoundError`."""
    found = find_custom_topic(session, name)
    if found is None:
        raise NotFoundError(f"no custom topic {name!r}; add one with `alerts topics add`")
    return found


def custom_version(session: Session) -> tuple[int, datetime | None]:
    """Changes whenever a custom topic is added or edited: classifiers recompile on it."""
    count, latest = session.execute(
        select(func.count(CustomTopicRow.id), func.max(CustomTopicRow.updated_at))
    ).one()
    return int(count), latest


def with_custom(taxonomy: Taxonomy, topics: list[CustomTopic]) -> tuple[Taxonomy, dict[str, Node]]:
    """The taxonomy extended with custom topics, and the parsed query of each."""
    nodes = [Topic(t.name, CUSTOM_KIND, parents=(t.parent,) if t.parent else ()) for t in topics]
    return Taxonomy([*taxonomy, *nodes]), {t.name: parse(t.query) for t in topics}


def check_name(taxonomy: Taxonomy, name: str) -> str:
    """A new custom topic's name, tidied; `TopicError` if taxonomy already uses it."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise TopicError(f"a topic name needs 1 to {MAX_NAME_LENGTH} characters")
    if is_private(name):
        raise TopicError(f"a topic name may not start with {PRIVATE_PREFIX!r}: it marks alerts")
    try:
        taken = taxonomy.resolve(name)
    except TopicError:
        return name
    raise TopicError(f"{name!r} already names the taxonomy topic {taken.name!r}; pick another")


def _check_parent(session: Session, taxonomy: Taxonomy, name: str, parent: str) -> str:
    full, _ = with_custom(taxonomy, custom_topics(session))
    found = find_custom_topic(session, parent)
    resolved = found.name if found is not None else taxonomy.resolve(parent).name
    if resolved.casefold() == name.casefold() or (
        name in full and resolved in full.descendants(name)
    ):
        raise TopicError(f"{resolved!r} cannot be the parent of {name!r}: that makes a cycle")
    return resolved


def save_custom_topic(
    session: Session,
    taxonomy: Taxonomy,
    name: str,
    query: str,
    *,
    parent: str | None = None,
    replace: bool = False,
) -> CustomTopic:
    """Add a custom topic, or change one with `replace`; the query must parse and the
    parent must exist (taxonomy or custom) without making a cycle."""
    parse(query)
    row = _row(session, name)
    if row is not None and not replace:
        raise TopicError(f"custom topic {row.name!r} exists; use --replace to change it")
    name = row.name if row is not None else check_name(taxonomy, name)
    parent_name = _check_parent(session, taxonomy, name, parent) if parent else None
    if row is None:
        row = CustomTopicRow(name=name, query=query, parent=parent_name)
        session.add(row)
    else:
        row.query, row.parent, row.updated_at = query, parent_name, utcnow()
    session.flush()
    return _from_row(row)


def _refuse_bundled(taxonomy: Taxonomy, name: str) -> None:
    try:
        bundled = taxonomy.resolve(name)
    except TopicError:
        return
    raise TopicError(f"{bundled.name!r} is a bundled topic; only custom topics can be removed")


def removable_custom_topic(session: Session, taxonomy: Taxonomy, name: str) -> CustomTopic:
    """The custom topic `remove_custom_topic` would delete; `TopicError` for a bundled topic
    or one that is another custom topic's parent (it stays until that one is removed or
    re-parented, so no topic is left pointing at a missing parent)."""
    row = _row(session, name)
    if row is None:
        _refuse_bundled(taxonomy, name)
        raise NotFoundError(f"no custom topic {name!r}; see `alerts topics list --kind custom`")
    children = [t.name for t in custom_topics(session) if t.parent == row.name]
    if children:
        raise TopicError(
            f"{row.name!r} is the parent of {', '.join(children)}; remove or re-parent those first"
        )
    return _from_row(row)


def remove_custom_topic(session: Session, taxonomy: Taxonomy, name: str) -> tuple[CustomTopic, int]:
    """Delete a custom topic and the follows of it; return it and how many follows ended.
    Tags already recorded on articles stay: they are history."""
    removed = removable_custom_topic(session, taxonomy, name)
    ended = session.execute(delete(FollowRow).where(FollowRow.topic == removed.name))
    session.execute(delete(CustomTopicRow).where(CustomTopicRow.name == removed.name))
    session.flush()
    return removed, int(ended.rowcount)  # type: ignore[attr-defined]
