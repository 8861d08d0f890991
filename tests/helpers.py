"""Builders for tests that need rows in a real database."""

from __future__ import annotations

from sqlalchemy.orm import Session

from alerts.models import Channel, Mode
from alerts.store.tables import (
    ArticleRow,
    FeedRow,
    FollowRow,
    StoryRow,
    UserRow,
    WebhookEndpointRow,
)


def make_user(
    session: Session, email: str, *, webhook: str | None = None, tz: str = "UTC"
) -> UserRow:
    user = UserRow(email=email, tz=tz, api_key_hash="h-" + email)
    session.add(user)
    session.flush()
    if webhook:
        session.add(WebhookEndpointRow(user_id=user.id, url=webhook, secret="whsec_" + "A" * 43))
    return user


def make_follow(
    session: Session,
    user: UserRow,
    topic: str,
    channel: str = Channel.EMAIL,
    mode: Mode = Mode.INSTANT,
) -> None:
    session.add(FollowRow(user_id=user.id, topic=topic, channel=channel, mode=mode))
    session.flush()


def make_article(
    session: Session, key: str, title: str = "A story", *, feed_url: str = "file:///feed.xml"
) -> ArticleRow:
    feed = session.query(FeedRow).filter_by(url=feed_url).one_or_none()
    if feed is None:
        feed = FeedRow(url=feed_url, name="Feed " + feed_url)
        session.add(feed)
        session.flush()
    story = session.query(StoryRow).filter_by(key=key).one_or_none()
    if story is None:
        story = StoryRow(key=key, title=title)
        session.add(story)
        session.flush()
    article = ArticleRow(
        feed_id=feed.id, story_id=story.id, entry_key=key, url=key, title=title, summary="Text."
    )
    session.add(article)
    session.flush()
    return article
