"""Who may see an article: the one rule, as SQL conditions every reader applies.

A feed the operator added is shared: its articles are everyone's. A feed only subscribers
added (`feeds.shared` false, their links in `user_feeds`) is private to the users who link
it: its articles reach their search, their `/articles/{id}` and their notifications only.
The operator's own tools (the CLI) see everything.

An article a shared feed carries too is shared: that feed's copy is a row of its own (one
per feed and entry), which everyone finds, is told of and sees named as a source; the
private copy's row stays its readers'. The rule is therefore a test of the row's feed alone,
two small hashed lists whatever the stories hold (looking for a shared copy in each story
made a subscriber's search in `alerts bench search`, whose articles share one story, about
100 times slower).

Fan-out asks the narrower question of who may be told about one article
(`audience`): everyone for an article of a shared feed, with no extra condition, so the
common fan-out costs what it did; only the linking users for a private one. A batch of
articles asks it of their feeds at once (`feed_audiences`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from sqlalchemy import ColumnElement, false, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from alerts.store.tables import ArticleRow, FeedRow, UserFeedRow


def visible_to(user_id: int | None) -> ColumnElement[bool]:
    """The articles `user_id` may see, as one condition on `articles` (`user_id` None: the
    operator's CLI, which sees every article)."""
    if user_id is None:
        return true()
    shared = select(FeedRow.id).where(FeedRow.shared.is_(True))
    linked = select(UserFeedRow.feed_id).where(UserFeedRow.user_id == user_id)
    return or_(ArticleRow.feed_id.in_(shared), ArticleRow.feed_id.in_(linked))


def audience(
    session: Session, article_id: int, user_id: InstrumentedAttribute[int]
) -> ColumnElement[bool]:
    """Who may be told about an article, as a condition on `user_id` (a column of user ids,
    such as `follows.user_id`): `true()` for an article of a shared feed, the users who link
    the feed for a private one, nobody for an article that is gone."""
    found = session.execute(
        select(FeedRow.id, FeedRow.shared)
        .join(ArticleRow, ArticleRow.feed_id == FeedRow.id)
        .where(ArticleRow.id == article_id)
    ).one_or_none()
    if found is None:
        return false()
    feed_id, shared = found
    if shared:
        return true()
    return user_id.in_(select(UserFeedRow.user_id).where(UserFeedRow.feed_id == feed_id))


def feed_audiences(session: Session, feed_ids: Collection[int]) -> dict[int, frozenset[int] | None]:
    """`audience` for the articles of several feeds at once, as data: None (everyone) for a
    shared feed, the users who link it for a private one; a feed that is gone is left out
    (nobody)."""
    feeds = session.execute(
        select(FeedRow.id, FeedRow.shared).where(FeedRow.id.in_(set(feed_ids)))
    ).all()
    private = [feed_id for feed_id, shared in feeds if not shared]
    readers: dict[int, set[int]] = defaultdict(set)
    if private:
        linked = select(UserFeedRow.feed_id, UserFeedRow.user_id)
        for feed_id, user_id in session.execute(linked.where(UserFeedRow.feed_id.in_(private))):
            readers[feed_id].add(user_id)
    return {feed_id: None if shared else frozenset(readers[feed_id]) for feed_id, shared in feeds}
