"""The topic taxonomy: named topics with aliases and parents forming a DAG.

Bundled as `data/taxonomy.toml` (data, not code). Names are looked up case-insensitively by
name or alias, so `alerts follow a@b.c isis` finds Islamic State; an unknown name raises a
`TopicError` that lists the closest names.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from alerts.errors import TopicError, UnknownTopicError
from alerts.models import Topic

BUNDLED = Path(__file__).with_name("data") / "taxonomy.toml"


class Taxonomy:
    """Topics by name, with ancestor and descendant walks over the parent DAG."""

    def __init__(self, topics: Iterable[Topic]) -> None:
        self._topics = {t.name: t for t in topics}
        self._children: dict[str, set[str]] = {name: set() for name in self._topics}
        for topic in self._topics.values():
            for parent in topic.parents:
                if parent not in self._topics:
                    raise TopicError(f"topic {topic.name!r} names unknown parent {parent!r}")
                self._children[parent].add(topic.name)
        self._ancestors: dict[str, tuple[str, ...]] = {}
        self._lookup = {n.casefold(): n for n in self._topics}
        for topic in self._topics.values():
            for alias in topic.aliases:
                if alias not in topic.ambiguous:
                    self._lookup.setdefault(alias.casefold(), topic.name)
        self._add_ambiguous_names()

    def _add_ambiguous_names(self) -> None:
        """An ambiguous alias ("ISIS") still names its topic when no other topic claims it."""
        claims: dict[str, set[str]] = {}
        for topic in self._topics.values():
            for alias in topic.ambiguous:
                claims.setdefault(alias.casefold(), set()).add(topic.name)
        for alias, names in claims.items():
            if len(names) == 1:
                self._lookup.setdefault(alias, names.pop())

    def __iter__(self) -> Iterator[Topic]:
        return iter(self._topics.values())

    def __len__(self) -> int:
        return len(self._topics)

    def __contains__(self, name: object) -> bool:
        return name in self._topics

    def get(self, name: str) -> Topic:
        """The topic with this exact name."""
        return self._topics[name]

    def resolve(self, name: str) -> Topic:
        """Find a topic by name or alias, ignoring case; suggest close names when unknown."""
        found = self._lookup.get(name.strip().casefold())
        if found is not None:
            return self._topics[found]
        close = difflib.get_close_matches(name.casefold(), list(self._lookup), n=5, cutoff=0.6)
        names = sorted({self._lookup[c] for c in close})
        raise UnknownTopicError(name, names)

    def ancestors(self, name: str) -> list[str]:
        """Every topic above `name`, nearest first, each once."""
        return list(self.lineage(name))

    def lineage(self, name: str) -> tuple[str, ...]:
        """`ancestors` as a tuple computed once per topic (the classifier's hot path)."""
        known = self._ancestors.get(name)
        if known is None:
            known = self._ancestors[name] = self._walk_up(name)
        return known

    def _walk_up(self, name: str) -> tuple[str, ...]:
        seen: list[str] = []
        frontier = list(self._topics[name].parents)
        while frontier:
            current = frontier.pop(0)
            if current not in seen:
                seen.append(current)
                frontier.extend(self._topics[current].parents)
        return tuple(seen)

    def children(self, name: str) -> set[str]:
        """The topics directly below `name`."""
        return self._children[name]

    def descendants(self, name: str) -> set[str]:
        """Every topic below `name` (following a parent includes these)."""
        found: set[str] = set()
        frontier = [name]
        while frontier:
            for child in self._children[frontier.pop()]:
                if child not in found:
                    found.add(child)
                    frontier.append(child)
        return found


def _topic_from_record(record: dict[str, object]) -> Topic:
    def strings(key: str) -> tuple[str, ...]:
        value = record.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TopicError(f"topic {record.get('name')!r}: {key!r} must be a list of strings")
        return tuple(value)

    name = record.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TopicError(f"a topic without a name: {record!r}")
    return Topic(
        name=name,
        kind=str(record.get("kind", "theme")),
        parents=strings("parents"),
        aliases=strings("aliases"),
        ambiguous=strings("ambiguous"),
        context=strings("context"),
        metonyms=strings("metonyms"),
        cased=strings("cased"),
    )


def load_taxonomy(path: Path = BUNDLED) -> Taxonomy:
    """Read a taxonomy TOML file (`[[topics]]` tables)."""
    return Taxonomy(read_topics(path))


def read_topics(path: Path) -> list[Topic]:
    """The topics of a taxonomy TOML file (`[[topics]]` tables)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TopicError(f"cannot read taxonomy {path}: {exc}") from None
    return [_topic_from_record(r) for r in data.get("topics", [])]


@cache
def bundled_taxonomy() -> Taxonomy:
    """The taxonomy shipped with the package with the gazetteer's cities, loaded once per
    process."""
    from alerts.topics.gazetteer import city_topics, read_countries, with_neighbours

    countries = read_countries()
    return Taxonomy(city_topics(with_neighbours(read_topics(BUNDLED), countries), countries))
