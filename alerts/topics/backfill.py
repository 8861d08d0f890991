"""Try before you trust: run one topic over the articles already stored, to see what it
would have matched (`alerts topics test NAME --since 7d`), and record those matches
(`alerts topics reapply NAME --since 7d`) so that the topic's history is filled in.

Recording writes the topic (and the ancestors it implies) for each matched article, next
to the tags the article already has; existing tags are left as they are. Notifying is the
caller's choice (the CLI's `--notify`), through `alerts.matching.fanout`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.errors import InputError
from alerts.models import TopicMatch
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow
from alerts.topics.classifier import INHERITED_FACTOR, Classifier

_SINCE = re.compile(r"(\d+)\s*([mhdw])")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(text: str) -> timedelta:
    """A look-back such as 30m, 12h, 7d or 2w.

    >>> parse_since("7d")
    datetime.timedelta(days=7)
    """
    found = _SINCE.fullmatch(text.strip().lower())
    if found is None:
        raise InputError(f"--since {text!r}: use a number and a unit, e.g. 30m, 12h, 7d or 2w")
    return timedelta(**{_UNITS[found.group(2)]: int(found.group(1))})


def source_text(name: str | None, url: str) -> str:
    """What a `source:` query term is matched against: the feed's name and its URL."""
    return f"{name or ''} {url}".strip()


@dataclass(frozen=True)
class StoredMatch:
    """A stored article that a topic matches, and why."""

    article_id: int
    story_id: int
    title: str
    url: str
    match: TopicMatch

    def as_dict(self) -> dict[str, object]:
        """As `alerts topics test --since … --json` prints it."""
        return {
            "article_id": self.article_id,
            "story_id": self.story_id,
            "title": self.title,
            "url": self.url,
            **self.match.as_dict(),
        }


def count_stored(session: Session, *, since: datetime) -> int:
    """How many articles were first seen since `since`: the work `stored_matches` has."""
    query = select(func.count()).select_from(ArticleRow).where(ArticleRow.first_seen_at >= since)
    return session.scalar(query) or 0


def stored_matches(
    session: Session,
    classifier: Classifier,
    topic: str,
    *,
    since: datetime,
    on_article: Callable[[], None] | None = None,
) -> Iterator[StoredMatch]:
    """Every article first seen since `since` that `classifier` tags with `topic`;
    `on_article` is called after each article is read (a progress bar)."""
    rows = session.execute(
        select(ArticleRow, FeedRow.name, FeedRow.url)
        .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
        .where(ArticleRow.first_seen_at >= since)
        .order_by(ArticleRow.id)
    )
    for article, feed_name, feed_url in rows:
        source = source_text(feed_name, feed_url)
        for match in classifier.classify(article.title, article.summary, source=source):
            if match.name == topic:
                yield StoredMatch(article.id, article.story_id, article.title, article.url, match)
        if on_article is not None:
            on_article()


def record_matches(session: Session, matches: list[StoredMatch], ancestors: list[str]) -> int:
    """Tag each matched article with the topic and its ancestors (inherited); return how
    many tags were new. Tags an article already has are kept as they are."""
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    added = 0
    for found in matches:
        match = found.match
        rows = [(match.name, match.score, [e.as_dict() for e in match.evidence])]
        first = match.evidence[0].text if match.evidence else match.name
        inherited: list[dict[str, object]] = [{"via": match.name, "text": first}]
        rows += [(name, match.score * INHERITED_FACTOR, inherited) for name in ancestors]
        for name, score, evidence in rows:
            statement = (
                dialect.insert(ArticleTopicRow)
                .values(article_id=found.article_id, topic=name, score=score, evidence=evidence)
                .on_conflict_do_nothing()
                .returning(ArticleTopicRow.topic)
            )
            added += len(session.execute(statement).all())
    session.flush()
    return added
