"""Joining an article to its story in the database.

An article arrives with a story keyed by its canonical link. If that story is new (no
other article shares the link), a re-worded copy of the same event from another outlet may
already be known: the most similar recent story above `ALERTS_STORY_SIMILARITY` adopts the
article and the empty story is dropped. A batch of articles is joined in one pass: the
window's stories are read and indexed once (`StoryIndex`), and each story an article
settles joins the index for the articles after it. On PostgreSQL the search runs under a
transaction advisory lock, so two workers handling two copies at once cannot both start a
new story.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import bindparam, delete, func, select, text, update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.feeds.stories import Fingerprint, StoryIndex
from alerts.store.tables import ArticleRow, StoryRow, utcnow

_LOCK_ID = 7_140_222  # arbitrary constant: serialises story joins across workers
MAX_CANDIDATES = 5_000


def story_index(
    session: Session, settings: Settings, searched: Sequence[Fingerprint] = ()
) -> StoryIndex:
    """The settled stories of the window (`ALERTS_STORY_WINDOW_S`), newest first, indexed
    for the `searched` fingerprints."""
    since = utcnow() - timedelta(seconds=settings.story_window_s)
    rows = session.execute(
        select(StoryRow.id, StoryRow.fingerprint)
        .where(StoryRow.created_at >= since, StoryRow.fingerprint.is_not(None))
        .order_by(StoryRow.created_at.desc(), StoryRow.id.desc())
        .limit(MAX_CANDIDATES)
    ).all()
    prints = ((story_id, Fingerprint.from_dict(data)) for story_id, data in rows if data)
    return StoryIndex(prints, settings.story_similarity, searched=searched)


def join_stories(
    session: Session, joins: Sequence[tuple[ArticleRow, Fingerprint]], settings: Settings
) -> None:
    """Point each article at the story it belongs to, merging near-duplicates, in order: an
    article settles its own story when nothing matches, and a later one may join it. A
    batch costs a fixed number of statements: settled fingerprints are written, and merged
    stories deleted, in one executemany each."""
    if not joins:
        return
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": _LOCK_ID})
    open_ids = _open_stories(session, {article.story_id for article, _ in joins})
    index = story_index(session, settings, [p for _, p in joins])
    settled: list[dict[str, object]] = []
    emptied: list[dict[str, object]] = []
    for article, print_ in joins:
        if article.story_id not in open_ids:
            continue  # an exact copy of a link already known: the story is settled
        open_ids.discard(article.story_id)
        match = index.search(print_)
        if match is None:
            settled.append({"story_id": article.story_id, "fingerprint": print_.as_dict()})
            index.add(article.story_id, print_)
            continue
        emptied.append({"story_id": article.story_id})
        article.story_id = match
    by_id = StoryRow.id == bindparam("story_id")
    if settled:  # Core, one executemany: the ORM's bulk update by key costs more per row
        written = update(StoryRow).where(by_id).values(fingerprint=bindparam("fingerprint"))
        session.connection().execute(written, settled)
    session.flush()  # the articles moved off the stories about to go
    if emptied:
        session.connection().execute(delete(StoryRow).where(by_id), emptied)


def _open_stories(session: Session, story_ids: set[int]) -> set[int]:
    """The stories among `story_ids` still to settle: no fingerprint yet and a single
    article (the one being joined)."""
    copies = (
        select(func.count())
        .where(ArticleRow.story_id == StoryRow.id)
        .correlate(StoryRow)
        .scalar_subquery()
    )
    found = session.scalars(
        select(StoryRow.id).where(
            StoryRow.id.in_(story_ids), StoryRow.fingerprint.is_(None), copies <= 1
        )
    )
    return set(found)
