"""Personal alerts as private rule topics: their topic keys, who may see them, and their
compilation in shards.

A personal alert (table `personal_alerts`, managed by `alerts.accounts.alerts`) is tagged on
articles and followed under the key `alert:<id>`, never under its name, so the name stays
with its owner: readers of tags (`shown_topics`) drop another user's keys and show the
owner the alert's name. Taxonomy and custom topic names cannot start with the prefix.

Scale: alerts compile with the same machinery as every rule topic (`rules.compile_topic`,
`rules.evaluate`) into one pattern table searched by one Aho-Corasick automaton (plus a
small one for patterns added since it was built), and run over the same folding of the
text as the shared rules. Their compilation, the costly part, is split into `SHARDS` shards
by user id: a worker checks each shard's (count, id sum, latest update) with one grouped
query and recompiles only the shards that changed, so a new or edited alert costs one
shard's compile, not all of them.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.errors import TopicError
from alerts.store.tables import PersonalAlertRow
from alerts.topics.checks import TextHits
from alerts.topics.folding import FoldedText
from alerts.topics.matcher import Pattern, PatternMatcher
from alerts.topics.query import parse
from alerts.topics.rules import (
    CompiledTopic,
    DirectMatch,
    RuleTopic,
    cite,
    compile_topic,
    evaluate,
)

PRIVATE_PREFIX = "alert:"
SHARDS = 64
ShardVersion = tuple[int, int, object]  # (count, sum of ids, latest update)
TriggerEntry = tuple[tuple["CompiledTopic", ...], tuple["CompiledTopic", ...]]  # see _trigger_index

log = logging.getLogger(__name__)


def alert_key(alert_id: int) -> str:
    """The topic key an alert is tagged and followed under."""
    return f"{PRIVATE_PREFIX}{alert_id}"


def alert_id_of(key: str) -> int | None:
    """The alert id of a key `alert:<id>`; None for any other topic name."""
    digits = key.removeprefix(PRIVATE_PREFIX)
    return int(digits) if is_private(key) and digits.isdigit() else None


def is_private(topic: str) -> bool:
    """Whether a topic name is a personal alert's key."""
    return topic.startswith(PRIVATE_PREFIX)


def own_alert_names(session: Session, user_id: int | None) -> dict[str, str]:
    """The user's alert keys and names (none for the operator's `None`)."""
    if user_id is None:
        return {}
    rows = session.execute(
        select(PersonalAlertRow.id, PersonalAlertRow.name).where(
            PersonalAlertRow.user_id == user_id
        )
    )
    return {alert_key(i): name for i, name in rows}


def shown_topics(topics: Iterable[str], own: Mapping[str, str]) -> list[str]:
    """Topics as a user may see them: their own alerts by name, no one else's at all."""
    return [own.get(t, t) for t in topics if not is_private(t) or t in own]


def shard_of(user_id: int) -> int:
    """The shard a user's alerts compile into."""
    return user_id % SHARDS


def shard_versions(session: Session) -> dict[int, ShardVersion]:
    """Each non-empty shard's version: it changes when an alert in it is added, edited or
    removed."""
    shard = PersonalAlertRow.user_id % SHARDS
    rows = session.execute(
        select(
            shard,
            func.count(PersonalAlertRow.id),
            func.sum(PersonalAlertRow.id),
            func.max(PersonalAlertRow.updated_at),
        ).group_by(shard)
    )
    return {int(s): (int(n), int(total), latest) for s, n, total, latest in rows}


def compile_shard(
    session: Session, shard: int, patterns: dict[Pattern, int]
) -> list[CompiledTopic]:
    """One shard's alerts compiled against the shared pattern table; a stored query that no
    longer parses is skipped with a warning rather than stopping every article."""
    rows = session.execute(
        select(PersonalAlertRow.id, PersonalAlertRow.query)
        .where(PersonalAlertRow.user_id % SHARDS == shard)
        .order_by(PersonalAlertRow.id)
    )
    compiled = []
    for alert_id, query in rows:
        try:
            topic = RuleTopic(alert_key(alert_id), parse(query))
        except TopicError as error:
            log.warning("personal alert skipped: %s", error, extra={"topic": alert_key(alert_id)})
            continue
        compiled.append(compile_topic(topic, patterns))
    return compiled


class ShardedAlerts:
    """Every personal alert: topics compiled shard by shard, their patterns in one table
    searched by one automaton (`PatternMatcher`), so an article costs one pass however many
    alerts and shards there are.

    `refresh` recompiles only the shards whose version changed. Their new patterns go to a
    small second automaton, rebuilt alone, until it holds more than `merge_fraction` of
    the main one's patterns; then one automaton is built over all of them. Patterns of
    removed alerts stay in the table (they match nothing) until the process restarts.

    Parameters:
        merge_fraction: how large the second automaton may grow, relative to the main one.
    """

    def __init__(self, *, merge_fraction: float = 0.1) -> None:
        self.merge_fraction = merge_fraction
        self._patterns: dict[Pattern, int] = {}
        self._shards: dict[int, list[CompiledTopic]] = {}
        self._versions: dict[int, ShardVersion] = {}
        self._owners: dict[int, TriggerEntry] = {}
        self._main: PatternMatcher | None = None
        self._main_size = 0
        self._delta: PatternMatcher | None = None

    def __len__(self) -> int:
        return sum(len(topics) for topics in self._shards.values())

    def refresh(self, session: Session) -> set[int]:
        """Bring the shards up to date with the table; return the shards recompiled."""
        versions = shard_versions(session)
        gone = set(self._shards) - set(versions)
        for shard in gone:
            del self._shards[shard]
        dirty = {s for s, v in versions.items() if self._versions.get(s) != v}
        for shard in sorted(dirty):
            self._shards[shard] = compile_shard(session, shard, self._patterns)
        self._versions = versions
        if dirty or gone:
            self._index()
        return dirty

    def _index(self) -> None:
        """Which topics each pattern triggers, and automata over every pattern."""
        self._owners = _trigger_index(t for topics in self._shards.values() for t in topics)
        patterns = list(self._patterns)
        fresh = len(patterns) - self._main_size
        if self._main is None or fresh > self.merge_fraction * self._main_size:
            self._main, self._main_size, self._delta = PatternMatcher(patterns), len(patterns), None
        elif fresh:
            self._delta = PatternMatcher(patterns[self._main_size :])

    def match_folded(self, fields: list[FoldedText]) -> list[DirectMatch]:
        """The alerts whose query holds for these fields (see `rules.folded_fields`)."""
        if self._main is None or not self._owners:
            return []
        found = self._main.find(fields)
        if self._delta is not None:
            offset = self._main_size
            for pid, occurrences in self._delta.find(fields).items():
                found[pid + offset] = occurrences
        hits = TextHits(fields, found)
        present = found.keys()
        owners = self._owners
        matches = []
        shared: set[CompiledTopic] = set()
        for pid in present & owners.keys():
            anchored, triggered = owners[pid]
            for topic in anchored:  # a candidate missing a required term is dropped unevaluated
                check = topic.check
                if present >= topic.required and (check is None or check(hits)):
                    match = cite(topic, hits)
                    if match is not None:
                        matches.append(match)
            shared.update(triggered)
        for topic in shared:
            match = evaluate(topic, hits)
            if match is not None:
                matches.append(match)
        return matches  # in no order: the classifier ranks them


def _trigger_index(topics: Iterable[CompiledTopic]) -> dict[int, TriggerEntry]:
    """For each pattern id, the topics it makes candidates: a topic with required terms
    under one of them only (its anchor: a trigger when one is required), so it is met at
    most once per text and needs no set; the others under each of their triggers. Both
    give the same matches: a query holds only with all its required terms and one of its
    triggers present, and the check decides the rest."""
    anchored: dict[int, list[CompiledTopic]] = defaultdict(list)
    triggered: dict[int, list[CompiledTopic]] = defaultdict(list)
    for topic in topics:
        if topic.required:
            anchor = topic.triggers & topic.required or topic.required
            anchored[min(anchor)].append(topic)
        else:
            for pid in topic.triggers:
                triggered[pid].append(topic)
    return {
        pid: (tuple(anchored.get(pid, ())), tuple(triggered.get(pid, ())))
        for pid in anchored.keys() | triggered.keys()
    }
