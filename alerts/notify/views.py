"""Read models for rendering: a story as followers see it, with every outlet that ran it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.feeds.links import web_link
from alerts.notify.render import Source, StoryView
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow, NotificationRow
from alerts.topics.personal import is_private, own_alert_names, shown_topics


class Notified(Protocol):
    """What a view reads of a notification: a row, or the columns a claim returned."""

    @property
    def user_id(self) -> int: ...

    @property
    def article_id(self) -> int: ...

    @property
    def story_id(self) -> int: ...

    @property
    def topics(self) -> list[str]: ...


def story_view(session: Session, notification: NotificationRow) -> StoryView:
    """The story behind a notification: its first article's text, the matched topics and
    the sources (one per feed that carried it, first seen first)."""
    return story_views(session, [notification])[0]


def story_views(session: Session, notifications: Sequence[Notified]) -> list[StoryView]:
    """`story_view` for many notifications in two queries however many there are, so a batch
    (a digest run) costs the same number of round trips as one. An outlet whose article has
    no link points at its feed, when that is a web address (not a local file). The view
    depends on the story and article only, never on the user, so deliveries may share it."""
    articles = {
        article.id: article
        for article in session.scalars(
            select(ArticleRow).where(ArticleRow.id.in_({n.article_id for n in notifications}))
        )
    }
    outlets: dict[int, list[tuple[int, bool, Source]]] = defaultdict(list)
    for story_id, article_id, shared, name, feed_url, url in session.execute(
        select(
            ArticleRow.story_id,
            ArticleRow.id,
            FeedRow.shared,
            FeedRow.name,
            FeedRow.url,
            ArticleRow.url,
        )
        .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
        .where(ArticleRow.story_id.in_({n.story_id for n in notifications}))
        .order_by(ArticleRow.story_id, ArticleRow.first_seen_at, ArticleRow.id)
    ):
        source = Source(name=name or feed_url, url=url or web_link(feed_url))
        outlets[story_id].append((article_id, shared, source))
    names = _alert_names(session, notifications)
    # Followers of a story who matched the same topics see the same view: built once (a
    # batch is a thousand followers of a few stories); one naming their own alerts, alone.
    views: dict[tuple[object, ...], StoryView] = {}
    shown: list[StoryView] = []
    for n in notifications:
        own = names.get(n.user_id) or {}
        key = (n.article_id, n.story_id, tuple(n.topics or ()), n.user_id if own else 0)
        view = views.get(key)
        if view is None:
            sources = _sources(outlets[n.story_id], n.article_id)
            view = views[key] = _view(n, articles[n.article_id], sources, own)
        shown.append(view)
    return shown


def _sources(outlets: list[tuple[int, bool, Source]], article_id: int) -> tuple[Source, ...]:
    """The outlets a notification may name: shared feeds, and the feed of the article it is
    about (a private source reaches only the users who link it, so it is theirs), never
    another user's private source."""
    return tuple(source for article, shared, source in outlets if shared or article == article_id)


def _alert_names(session: Session, notifications: Sequence[Notified]) -> dict[int, dict[str, str]]:
    """The names of the personal alerts the notifications matched, by owner: a message
    names the owner's alert, never its key."""
    owners = {n.user_id for n in notifications if any(is_private(t) for t in n.topics or ())}
    return {user_id: own_alert_names(session, user_id) for user_id in owners}


def _view(
    notification: Notified,
    article: ArticleRow,
    sources: tuple[Source, ...],
    alert_names: dict[str, str],
) -> StoryView:
    return StoryView(
        story_id=notification.story_id,
        article_id=article.id,
        title=article.title,
        url=article.url,
        summary=article.summary,
        published=article.published_at or article.first_seen_at,
        topics=tuple(shown_topics(notification.topics, alert_names)),
        sources=sources,
    )


def article_topics(session: Session, article_id: int) -> list[str]:
    """Every shared topic tagged on an article, best score first: one list sent to every
    follower, so no one's personal alert is in it."""
    rows = session.scalars(
        select(ArticleTopicRow.topic)
        .where(ArticleTopicRow.article_id == article_id)
        .order_by(ArticleTopicRow.score.desc(), ArticleTopicRow.topic)
    )
    return shown_topics(rows, {})
