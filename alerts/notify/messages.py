"""Composing what a follower receives: instant e-mails, webhook payloads and digests.

Texts come from `templates/`; the webhook body is data, built here and documented in the
README (`type: "article.matched"`).
"""

from __future__ import annotations

from collections import defaultdict
from email.message import EmailMessage

from alerts.config import Settings
from alerts.notify.email import build_message
from alerts.notify.render import StoryView, render


def instant_email(
    settings: Settings, *, to: str, story: StoryView, message_id: str, unsubscribe_url: str
) -> EmailMessage:
    """One e-mail for one story, naming the followed topics that matched."""
    context = {"story": story, "unsubscribe_url": unsubscribe_url, "base_url": settings.base_url}
    return build_message(
        mail_from=settings.mail_from,
        to=to,
        subject=f"{story.title} [{', '.join(story.topics)}]",
        text=render("email/instant.txt", settings.templates_dir, **context),
        html=render("email/instant.html", settings.templates_dir, **context),
        message_id=message_id,
        unsubscribe_url=unsubscribe_url,
    )


def webhook_payload(
    story: StoryView, *, article_topics: list[str], user_id: int
) -> dict[str, object]:
    """The `article.matched` event body."""
    return {
        "type": "article.matched",
        "data": {
            "article": {
                "id": story.article_id,
                "url": story.url,
                "title": story.title,
                "summary": story.summary,
                "published": story.published.isoformat() if story.published else None,
                "topics": article_topics,
            },
            "story_id": story.story_id,
            "sources": [{"name": s.name, "url": s.url} for s in story.sources],
            "matched_topics": list(story.topics),
            "user_id": user_id,
        },
    }


def group_by_topic(stories: list[StoryView]) -> list[tuple[str, list[StoryView]]]:
    """Digest sections: each story under the first of its matched topics, newest first."""
    sections: dict[str, list[StoryView]] = defaultdict(list)
    for story in stories:
        sections[story.topics[0] if story.topics else "Other"].append(story)
    for items in sections.values():
        items.sort(key=lambda s: s.published.timestamp() if s.published else 0.0, reverse=True)
    return sorted(sections.items())


def digest_email(
    settings: Settings,
    *,
    to: str,
    period: str,
    stories: list[StoryView],
    message_id: str,
    unsubscribe_url: str,
) -> EmailMessage:
    """One e-mail with every story held for a digest period, grouped by topic."""
    count = len(stories)
    context = {
        "period": period,
        "sections": group_by_topic(stories),
        "count": count,
        "unsubscribe_url": unsubscribe_url,
        "base_url": settings.base_url,
    }
    noun = "story" if count == 1 else "stories"
    return build_message(
        mail_from=settings.mail_from,
        to=to,
        subject=f"Your {period} alerts digest: {count} {noun}",
        text=render("email/digest.txt", settings.templates_dir, **context),
        html=render("email/digest.html", settings.templates_dir, **context),
        message_id=message_id,
        unsubscribe_url=unsubscribe_url,
    )
