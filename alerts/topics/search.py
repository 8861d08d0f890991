"""Search stored articles in the query language of custom topics, newest first.

The full-text index narrows (PostgreSQL: a GIN index over the stored column
`search_vector`, `to_tsvector('simple', search_text)`; SQLite: the FTS5 table
`articles_search`; migration 0011) with a condition every match satisfies (`prefilter`);
the query engine (`rules.RuleSet`, the evaluation custom topics use) then decides each
candidate exactly. Only articles the caller may see are candidates
(`alerts.store.visibility.visible_to`: shared feeds, and the caller's own sources).
Candidates are read newest first in batches until a page is full, so a page costs the
candidates above its last match.
A query the index cannot narrow (`source:reuters`, or words with no plain letters) reads
every article of the window the same way.

Pages go by id: `before_id` is the `next_before_id` of the previous page (ids grow as
articles arrive, so "newest first" is "highest id first").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, cast, literal_column, select, text, true
from sqlalchemy.dialects.postgresql import TSQUERY, TSVECTOR
from sqlalchemy.orm import Session

from alerts.errors import InputError
from alerts.models import Evidence
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow
from alerts.store.visibility import visible_to
from alerts.topics.backfill import parse_since, source_text
from alerts.topics.personal import own_alert_names, shown_topics
from alerts.topics.prefilter import prefilter, to_fts5, to_tsquery
from alerts.topics.query import Node, parse
from alerts.topics.rules import RuleSet, RuleTopic

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
MAX_BATCH = 2000
GROWTH = 4


@dataclass(frozen=True)
class Found:
    """One article a search matched."""

    id: int
    title: str
    url: str
    published: datetime | None
    topics: tuple[str, ...]

    def as_dict(self) -> dict[str, object]:
        """As `GET /articles?q=` and `alerts search --json` give it."""
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "topics": list(self.topics),
        }


@dataclass(frozen=True)
class SearchPage:
    """Matches, newest first; `next_before_id` asks for the next page (None: no more)."""

    items: tuple[Found, ...]
    next_before_id: int | None

    def as_dict(self) -> dict[str, object]:
        """The JSON page."""
        return {
            "items": [f.as_dict() for f in self.items],
            "next_before_id": self.next_before_id,
        }


def window_start(since: str, now: datetime) -> datetime:
    """When a look-back such as `7d` starts; `InputError` when it is not one, or reaches
    back before the calendar does."""
    try:
        return now - parse_since(since)
    except OverflowError:
        raise InputError(f"--since {since!r} reaches back too far") from None


def _narrowed(session: Session, query: Node) -> ColumnElement[bool]:
    """The index condition for `query` on this session's database (`true` when none)."""
    need = prefilter(query)
    if need is None:
        return true()
    if session.get_bind().dialect.name == "postgresql":
        # A tsquery value, not to_tsquery(…): the planner then sees the words and weighs a
        # common one (walk the newest ids) against a rare one (read the index).
        vector = literal_column("articles.search_vector", TSVECTOR)
        return vector.op("@@")(cast(to_tsquery(need), TSQUERY))
    matched = text("SELECT rowid FROM articles_search WHERE articles_search MATCH :fts")
    return ArticleRow.id.in_(matched.bindparams(fts=to_fts5(need)))


def _candidates(
    session: Session, where: list[ColumnElement[bool]], before_id: int | None, first: int
) -> Iterator[tuple[ArticleRow, str]]:
    """Candidate articles with their `source:` text, newest first, read in batches that
    start at `first` rows and grow: a small first batch lets PostgreSQL walk the newest ids
    when a word is everywhere, instead of collecting every article that holds it."""
    cursor, size = before_id, first
    while True:
        batch = (
            select(ArticleRow, FeedRow.name, FeedRow.url)
            .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
            .where(*where)
            .order_by(ArticleRow.id.desc())
            .limit(size)
        )
        if cursor is not None:
            batch = batch.where(ArticleRow.id < cursor)
        rows = session.execute(batch).all()
        for article, feed_name, feed_url in rows:
            yield article, source_text(feed_name, feed_url)
        if len(rows) < size:
            return
        cursor, size = rows[-1][0].id, min(size * GROWTH, MAX_BATCH)


def _topics(session: Session, ids: list[int], user_id: int | None) -> dict[int, list[str]]:
    """Each article's topics as `user_id` may see them (`personal.shown_topics`)."""
    found: dict[int, list[str]] = {i: [] for i in ids}
    rows = session.execute(
        select(ArticleTopicRow.article_id, ArticleTopicRow.topic)
        .where(ArticleTopicRow.article_id.in_(ids))
        .order_by(ArticleTopicRow.score.desc(), ArticleTopicRow.topic)
    )
    for article_id, topic in rows:
        found[article_id].append(topic)
    own = own_alert_names(session, user_id)
    return {i: shown_topics(topics, own) for i, topics in found.items()}


def search_articles(
    session: Session,
    query: str,
    *,
    since: datetime | None = None,
    limit: int = DEFAULT_LIMIT,
    before_id: int | None = None,
    user_id: int | None = None,
    narrow: bool = True,
) -> SearchPage:
    """A page of the articles `user_id` may see that `query` holds for, newest first;
    `QueryError` (with its column) when the query does not parse. `narrow=False` skips the
    index and evaluates every article of the window (the benchmark's baseline)."""
    node = parse(query)
    rules = RuleSet([RuleTopic("search", node)])
    where = [visible_to(user_id)]
    if since is not None:
        where.append(ArticleRow.first_seen_at >= since)
    if narrow:
        where.append(_narrowed(session, node))
    hits: list[ArticleRow] = []
    for article, source in _candidates(session, where, before_id, 2 * limit + 2):
        if rules.match(article.title, article.summary, source):
            hits.append(article)
            if len(hits) > limit:
                break
    page = hits[:limit]
    topics = _topics(session, [a.id for a in page], user_id)
    items = tuple(Found(a.id, a.title, a.url, a.published_at, tuple(topics[a.id])) for a in page)
    return SearchPage(items, page[-1].id if len(hits) > limit else None)


@dataclass(frozen=True)
class PreviewMatch:
    """A stored article a draft query holds for, with the words that made it hold."""

    article_id: int
    title: str
    published: datetime | None
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Preview:
    """A draft query tried on stored articles: the newest matches and how many there are."""

    matches: tuple[PreviewMatch, ...]
    total: int


def preview_query(
    session: Session,
    query: str,
    *,
    since: datetime,
    user_id: int | None,
    limit: int = DEFAULT_LIMIT,
) -> Preview:
    """What a personal alert with `query` would have matched among the articles `user_id`
    may see first seen after `since`: the newest `limit`, with evidence, and the count of
    all. `QueryError` (with its column) when the query does not parse."""
    node = parse(query)
    rules = RuleSet([RuleTopic("preview", node)])
    where = [visible_to(user_id), ArticleRow.first_seen_at >= since, _narrowed(session, node)]
    matches: list[PreviewMatch] = []
    total = 0
    for article, source in _candidates(session, where, None, MAX_BATCH):
        found = rules.match(article.title, article.summary, source)
        if not found:
            continue
        total += 1
        if len(matches) < limit:
            evidence = found[0].evidence
            matches.append(PreviewMatch(article.id, article.title, article.published_at, evidence))
    return Preview(tuple(matches), total)
