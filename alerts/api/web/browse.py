"""The topic tree as the Topics page browses it: the top-level topics by kind, or one topic
with the way up to the top and the topics right below it. Following a topic includes
everything below it, so the tree shows what a follow covers."""

from __future__ import annotations

from dataclasses import dataclass

from alerts.models import Topic
from alerts.topics.taxonomy import Taxonomy


@dataclass(frozen=True)
class TopicBranch:
    """A topic (None: the top of the tree), its first-parent path from the top, and the
    topics right below it with whether each has topics below it in turn."""

    topic: Topic | None
    path: tuple[str, ...]
    children: tuple[tuple[Topic, bool], ...]


def _children(taxonomy: Taxonomy, name: str | None) -> list[Topic]:
    if name is None:
        return [t for t in taxonomy if not t.parents]
    return [t for t in taxonomy if name in t.parents]


def _path(taxonomy: Taxonomy, topic: Topic) -> tuple[str, ...]:
    """The first-parent walk to the top, top first (a topic may have several parents)."""
    path: list[str] = []
    current = topic
    while current.parents and current.parents[0] not in path:
        path.insert(0, current.parents[0])
        current = taxonomy.get(current.parents[0])
    return tuple(path)


def branch(taxonomy: Taxonomy, name: str | None) -> TopicBranch:
    """The branch at `name` (a name or alias; `TopicError` if unknown), or the top."""
    topic = taxonomy.resolve(name) if name else None
    below = _children(taxonomy, topic.name if topic else None)
    parents = {parent for t in taxonomy for parent in t.parents}
    children = tuple(
        (child, child.name in parents)
        for child in sorted(below, key=lambda t: (t.kind, t.name.casefold()))
    )
    return TopicBranch(topic, _path(taxonomy, topic) if topic else (), children)
