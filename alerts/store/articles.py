"""Storing polled entries in bulk: a few statements per batch, not per entry.

An entry is new when its (feed, entry key) pair is unknown; re-polls and entries repeated
within one batch are skipped. Each new article gets the story of its canonical link,
created on first sight with `INSERT … ON CONFLICT DO NOTHING`, so concurrent workers agree
on one story per link.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select, tuple_
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from alerts.feeds.stories import story_key
from alerts.models import Article
from alerts.store.tables import ArticleRow, StoryRow

_CHUNK = 500  # keeps IN lists and multi-row VALUES within every backend's limits


def _unseen(session: Session, entries: Sequence[tuple[int, Article]]) -> list[tuple[int, Article]]:
    known: set[tuple[int, str]] = set()
    for start in range(0, len(entries), _CHUNK):
        pairs = [(feed_id, a.key) for feed_id, a in entries[start : start + _CHUNK]]
        rows = session.execute(
            select(ArticleRow.feed_id, ArticleRow.entry_key).where(
                tuple_(ArticleRow.feed_id, ArticleRow.entry_key).in_(pairs)
            )
        )
        known.update((feed_id, key) for feed_id, key in rows)
    fresh = []
    for feed_id, article in entries:
        if (feed_id, article.key) not in known:
            known.add((feed_id, article.key))
            fresh.append((feed_id, article))
    return fresh


def _story_ids(session: Session, keyed: list[tuple[str, Article]], now: datetime) -> dict[str, int]:
    """The story id of each key, the stories not seen yet created. The insert is one cached
    statement run over many rows (insertmanyvalues), not a VALUES list compiled anew."""
    first_titles: dict[str, str] = {}
    for key, article in keyed:
        first_titles.setdefault(key, article.title)
    keys = list(first_titles)
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    create = dialect.insert(StoryRow.__table__).on_conflict_do_nothing()
    ids: dict[str, int] = {}
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        session.execute(
            create, [{"key": k, "title": first_titles[k], "created_at": now} for k in chunk]
        )
        found = session.execute(select(StoryRow.key, StoryRow.id).where(StoryRow.key.in_(chunk)))
        ids.update((key, story_id) for key, story_id in found)
    return ids


def store_new_articles(
    session: Session, entries: Sequence[tuple[int, Article]], now: datetime
) -> dict[int, list[int]]:
    """Insert the entries not seen before; return the new article ids by feed id. Rows go
    through Core, not the ORM: nothing per row in Python but building its values."""
    fresh = _unseen(session, entries)
    if not fresh:
        return {}
    keys = [story_key(a) for _, a in fresh]  # canonicalising a link once per article
    stories = _story_ids(session, list(zip(keys, (a for _, a in fresh), strict=True)), now)
    rows = [
        {
            "feed_id": feed_id,
            "story_id": stories[key],
            "entry_key": a.key,
            "url": a.url,
            "title": a.title,
            "summary": a.summary,
            "published_at": a.published_at,
            "first_seen_at": now,
            "state": "new",
        }
        for key, (feed_id, a) in zip(keys, fresh, strict=True)
    ]
    table = cast(Table, ArticleRow.__table__)  # Core: the rows need no ORM bookkeeping
    # Each returned row names its feed, so rows may come back in any order: SQLite then
    # takes them a few hundred per statement instead of one statement per row.
    inserted = session.execute(insert(table).returning(table.c.id, table.c.feed_id), rows)
    by_feed: dict[int, list[int]] = defaultdict(list)
    for article_id, feed_id in inserted:
        by_feed[feed_id].append(article_id)
    return {feed_id: sorted(ids) for feed_id, ids in by_feed.items()}
