"""What the demo did, read back from its database for printing: each story once (however
many outlets carried it), with every tag and the evidence for it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow


@dataclass(frozen=True)
class Tag:
    """A topic on a story: its best score over the story's articles, and every reason."""

    topic: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class StoryReport:
    """One story: the first article's title, the outlets that carried it, its tags."""

    title: str
    outlets: tuple[str, ...]
    tags: tuple[Tag, ...]

    def as_dict(self) -> dict[str, object]:
        """As `alerts demo --json` prints it (`topics` lists the tag names, best first)."""
        return {
            "title": self.title,
            "outlets": list(self.outlets),
            "topics": [t.topic for t in self.tags],
            "tags": [
                {"topic": t.topic, "score": t.score, "evidence": list(t.evidence)}
                for t in self.tags
            ],
        }


@dataclass
class DemoReport:
    """What the demo did, for printing."""

    workdir: Path
    classified: list[StoryReport] = field(default_factory=list)
    emails: list[tuple[str, str, str]] = field(default_factory=list)  # to, subject, file
    webhooks: list[tuple[str, str, bool]] = field(default_factory=list)  # url, title, verified


def reason(evidence: Mapping[str, object]) -> str:
    """One piece of stored evidence as a person reads it.

    >>> reason({"text": "ISIS", "field": "title", "start": 0, "end": 4})
    "'ISIS' in title"
    >>> reason({"via": "Mosul", "text": "Mosul"})
    'via Mosul'
    """
    if evidence.get("via"):
        return f"via {evidence['via']}"
    weight = evidence.get("weight")
    if isinstance(weight, float | int):
        return f"{evidence.get('text')!r} ({weight:+.2f})"
    return f"{evidence.get('text')!r} in {evidence.get('field')}"


def _tags(rows: list[ArticleTopicRow]) -> tuple[Tag, ...]:
    best: dict[str, float] = {}
    reasons: dict[str, dict[str, None]] = {}  # ordered sets
    for row in rows:
        best[row.topic] = max(best.get(row.topic, 0.0), round(row.score, 2))
        reasons.setdefault(row.topic, {}).update(dict.fromkeys(map(reason, row.evidence or [])))
    order = sorted(best, key=lambda topic: (-best[topic], topic))
    return tuple(Tag(topic, best[topic], tuple(reasons[topic])) for topic in order)


def stories(session: Session) -> list[StoryReport]:
    """Every story, in the order its first article arrived."""
    articles = session.execute(
        select(ArticleRow.id, ArticleRow.story_id, ArticleRow.title, FeedRow.name, FeedRow.url)
        .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
        .order_by(ArticleRow.id)
    ).all()
    tags: dict[int, list[ArticleTopicRow]] = {}
    for row in session.scalars(select(ArticleTopicRow)):
        tags.setdefault(row.article_id, []).append(row)
    grouped: dict[int, tuple[str, list[str], list[ArticleTopicRow]]] = {}
    for article_id, story_id, title, name, url in articles:
        _, outlets, rows = grouped.setdefault(story_id, (title, [], []))
        outlet = name or url
        if outlet not in outlets:
            outlets.append(outlet)
        rows.extend(tags.get(article_id, []))
    return [
        StoryReport(title, tuple(outlets), _tags(rows)) for title, outlets, rows in grouped.values()
    ]
