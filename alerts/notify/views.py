"""Read models for rendering: a story as followers see it, with every outlet that ran it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.notify.render import Source, StoryView
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow, NotificationRow


def story_view(session: Session, notification: NotificationRow) -> StoryView:
    """The story behind a notification: its first article's text, the matched topics and
    the sources (one per feed that carried it, first seen first)."""
    article = session.get_one(ArticleRow, notification.article_id)
    rows = session.execute(
        select(FeedRow.name, FeedRow.url, ArticleRow.url)
        .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
        .where(ArticleRow.story_id == notification.story_id)
        .order_by(ArticleRow.first_seen_at, ArticleRow.id)
    ).all()
    sources = tuple(
        Source(name=name or feed_url, url=url or feed_url) for name, feed_url, url in rows
    )
    return StoryView(
        story_id=notification.story_id,
        article_id=article.id,
        title=article.title,
        url=article.url,
        summary=article.summary,
        published=article.published_at or article.first_seen_at,
        topics=tuple(notification.topics),
        sources=sources,
    )


def article_topics(session: Session, article_id: int) -> list[str]:
    """Every topic tagged on an article, best score first."""
    rows = session.scalars(
        select(ArticleTopicRow.topic)
        .where(ArticleTopicRow.article_id == article_id)
        .order_by(ArticleTopicRow.score.desc(), ArticleTopicRow.topic)
    )
    return list(rows)
