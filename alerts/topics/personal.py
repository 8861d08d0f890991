"""Personal alerts as private rule topics: their topic keys, who may see them, and their
compilation in shards.

A personal alert (table `personal_alerts`, managed by `alerts.accounts.alerts`) is tagged on
articles and followed under the key `alert:<id>`, never under its name, so the name stays
with its owner: readers of tags (`shown_topics`) drop another user's keys and show the
owner the alert's name. Taxonomy and custom topic names cannot start with the prefix.

Scale: alerts compile into the same rule machinery as every rule topic (`rules.RuleSet`, one
Aho-Corasick automaton per set), split into `SHARDS` sets by user id. A worker checks each
shard's (count, id sum, latest update) with one grouped query and recompiles only the
shards that changed, so a new or edited alert costs one shard's compile, not all of them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.errors import TopicError
from alerts.store.tables import PersonalAlertRow
from alerts.topics.query import parse
from alerts.topics.rules import RuleSet, RuleTopic

PRIVATE_PREFIX = "alert:"
SHARDS = 64
ShardVersion = tuple[int, int, object]  # (count, sum of ids, latest update)

log = logging.getLogger(__name__)


def alert_key(alert_id: int) -> str:
    """The topic key an alert is tagged and followed under."""
    return f"{PRIVATE_PREFIX}{alert_id}"


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


def compile_shard(session: Session, shard: int) -> RuleSet:
    """The rule set of one shard's alerts; a stored query that no longer parses is skipped
    with a warning rather than stopping every article."""
    rows = session.execute(
        select(PersonalAlertRow.id, PersonalAlertRow.query)
        .where(PersonalAlertRow.user_id % SHARDS == shard)
        .order_by(PersonalAlertRow.id)
    )
    topics = []
    for alert_id, query in rows:
        try:
            topics.append(RuleTopic(alert_key(alert_id), parse(query)))
        except TopicError as error:
            log.warning("personal alert skipped: %s", error, extra={"topic": alert_key(alert_id)})
    return RuleSet(topics)


class ShardedAlerts:
    """Every personal alert, compiled shard by shard; `refresh` recompiles dirty shards."""

    def __init__(self) -> None:
        self._sets: dict[int, RuleSet] = {}
        self._versions: dict[int, ShardVersion] = {}
        self.rule_sets: list[RuleSet] = []  # the compiled shards, to run over an article

    def refresh(self, session: Session) -> set[int]:
        """Bring the shards up to date with the table; return the shards recompiled."""
        versions = shard_versions(session)
        for gone in set(self._sets) - set(versions):
            del self._sets[gone]
        dirty = {s for s, v in versions.items() if self._versions.get(s) != v}
        for shard in sorted(dirty):
            self._sets[shard] = compile_shard(session, shard)
        self._versions = versions
        self.rule_sets = [self._sets[s] for s in sorted(self._sets)]
        return dirty
