"""Joining an article to its story in the database.

An article arrives with a story keyed by its canonical link. If that story is new (no
other article shares the link), a re-worded copy of the same event from another outlet may
already be known: the most similar recent story above `ALERTS_STORY_SIMILARITY` adopts the
article and the empty story is dropped. On PostgreSQL the search runs under a transaction
advisory lock, so two workers handling two copies at once cannot both start a new story.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.feeds.stories import Fingerprint, best_match
from alerts.store.tables import ArticleRow, StoryRow, utcnow

_LOCK_ID = 7_140_222  # arbitrary constant: serialises story joins across workers
MAX_CANDIDATES = 5_000


def _candidates(
    session: Session, story: StoryRow, settings: Settings
) -> list[tuple[int, Fingerprint]]:
    since = utcnow() - timedelta(seconds=settings.story_window_s)
    rows = session.execute(
        select(StoryRow.id, StoryRow.fingerprint)
        .where(
            StoryRow.created_at >= since, StoryRow.id != story.id, StoryRow.fingerprint.is_not(None)
        )
        .order_by(StoryRow.created_at.desc())
        .limit(MAX_CANDIDATES)
    ).all()
    return [(story_id, Fingerprint.from_dict(data)) for story_id, data in rows if data]


def join_story(
    session: Session, article: ArticleRow, print_: Fingerprint, settings: Settings
) -> None:
    """Point `article` at the story it belongs to, merging near-duplicates."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
    story = session.get_one(StoryRow, article.story_id)
    copies = session.scalar(
        select(func.count()).select_from(ArticleRow).where(ArticleRow.story_id == story.id)
    )
    if story.fingerprint is not None or (copies or 0) > 1:
        return  # an exact copy of a link already known: the story is settled
    match = best_match(print_, _candidates(session, story, settings), settings.story_similarity)
    if match is None:
        story.fingerprint = print_.as_dict()
        return
    article.story_id = match
    session.flush()
    session.delete(story)
