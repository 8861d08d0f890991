"""Composing the e-mails a follower receives: instant alerts, digests and notices.

Texts come from `templates/`; HTML is CSS-inlined for mail clients. (The webhook body is
data, built by `alerts.notify.channels.webhook`.)

A digest groups stories by their first matched topic, newest first. Stories whose titles
share most of their words (Jaccard >= 0.6 over words of 3+ letters, at least 3 in common)
are near-duplicates: the newest is kept and lists the other's outlets too. Each topic shows
at most `ALERTS_DIGEST_MAX_PER_TOPIC` stories and says "and N more".
"""

from __future__ import annotations

import re
import secrets
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from alerts.config import Settings
from alerts.notify.mime import Email, build_message
from alerts.notify.render import StoryView, inline_css, render

_WORD = re.compile(r"\w{3,}")
NEAR_DUPLICATE = 0.6
MIN_SHARED_WORDS = 3  # short titles ("Update", "Live") say too little to compare


def instant_email(
    settings: Settings,
    *,
    to: str,
    story: StoryView,
    message_id: str,
    unsubscribe_url: str,
    tz: str = "UTC",
) -> Email:
    """One e-mail for one story, naming the followed topics that matched; times are shown
    in the reader's zone `tz`. It links to the story's page of the app ("follow related
    topics") and to the reader's preferences."""
    context = {
        "story": story,
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": f"{settings.base_url}/web/preferences",
        "base_url": settings.base_url,
        "tz": tz,
    }
    return build_message(
        mail_from=settings.mail_from,
        to=to,
        subject=f"{story.title} [{', '.join(story.topics)}]",
        text=render("email/instant.txt", settings.templates_dir, **context),
        html=inline_css(render("email/instant.html", settings.templates_dir, **context)),
        message_id=message_id,
        unsubscribe_url=unsubscribe_url,
    )


def _newest_first(story: StoryView) -> float:
    return -(story.published.timestamp() if story.published else 0.0)


def group_by_topic(stories: list[StoryView]) -> list[tuple[str, list[StoryView]]]:
    """Digest sections: each story under the first of its matched topics, newest first."""
    sections: dict[str, list[StoryView]] = defaultdict(list)
    for story in stories:
        sections[story.topics[0] if story.topics else "Other"].append(story)
    for items in sections.values():
        items.sort(key=_newest_first)
    return sorted(sections.items())


def _words(title: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(title))


def collapse_near_duplicates(stories: list[StoryView]) -> list[StoryView]:
    """Keep the newest of each group of near-duplicate titles, with every outlet listed.

    >>> from alerts.notify.render import Source
    >>> def s(i, title, outlet):
    ...     return StoryView(i, i, title, "u", "", None, ("Iraq",), (Source(outlet, "u"),))
    >>> kept = collapse_near_duplicates(
    ...     [
    ...         s(1, "Iraq strikes militants in Syria", "A"),
    ...         s(2, "Iraq strikes Syria militants", "B"),
    ...     ]
    ... )
    >>> [(k.story_id, [x.name for x in k.sources]) for k in kept]
    [(1, ['A', 'B'])]
    """
    kept: list[StoryView] = []
    for story in sorted(stories, key=_newest_first):
        words = _words(story.title)
        for index, other in enumerate(kept):
            theirs = _words(other.title)
            union = words | theirs
            shared = len(words & theirs)
            if shared >= MIN_SHARED_WORDS and shared / len(union) >= NEAR_DUPLICATE:
                extra = tuple(x for x in story.sources if x not in other.sources)
                kept[index] = replace(other, sources=other.sources + extra)
                break
        else:
            kept.append(story)
    return kept


@dataclass(frozen=True)
class DigestSection:
    """One topic of a digest: the stories shown and how many more there were."""

    topic: str
    stories: list[StoryView]
    more: int


def digest_sections(stories: list[StoryView], *, max_per_topic: int) -> list[DigestSection]:
    """Near-duplicates collapsed, grouped by topic, newest first, capped (0: no cap)."""
    sections = []
    for topic, items in group_by_topic(collapse_near_duplicates(stories)):
        shown = items[:max_per_topic] if max_per_topic else items
        sections.append(DigestSection(topic, shown, len(items) - len(shown)))
    return sections


def digest_email(
    settings: Settings,
    *,
    to: str,
    period: str,
    stories: list[StoryView],
    message_id: str,
    unsubscribe_url: str,
    tz: str = "UTC",
) -> Email:
    """One e-mail with every story held for a digest period, grouped by topic; times are
    shown in the reader's zone `tz`."""
    sections = digest_sections(stories, max_per_topic=settings.digest_max_per_topic)
    count = sum(len(s.stories) + s.more for s in sections)
    context = {
        "period": period,
        "sections": sections,
        "count": count,
        "unsubscribe_url": unsubscribe_url,
        "preferences_url": f"{settings.base_url}/web/preferences",
        "base_url": settings.base_url,
        "tz": tz,
    }
    noun = "story" if count == 1 else "stories"
    return build_message(
        mail_from=settings.mail_from,
        to=to,
        subject=f"Your {period} alerts digest: {count} {noun}",
        text=render("email/digest.txt", settings.templates_dir, **context),
        html=inline_css(render("email/digest.html", settings.templates_dir, **context)),
        message_id=message_id,
        unsubscribe_url=unsubscribe_url,
    )


def _notice_email(
    settings: Settings, *, to: str, subject: str, template: str, id_prefix: str, **context: Any
) -> Email:
    """A notice about the account itself (a cap reached, a channel off, a sign-in link):
    never unsubscribable, its own message id, the `email/<template>.txt|html` pair."""
    context |= {"unsubscribe_url": None, "base_url": settings.base_url}
    return build_message(
        mail_from=settings.mail_from,
        to=to,
        subject=subject,
        text=render(f"email/{template}.txt", settings.templates_dir, **context),
        html=inline_css(render(f"email/{template}.html", settings.templates_dir, **context)),
        message_id=id_prefix + secrets.token_hex(12),
        unsubscribe_url=None,
    )


def cap_notice_email(settings: Settings, *, to: str, cap: int) -> Email:
    """The once-an-hour notice that instant e-mails went over the user's cap."""
    return _notice_email(
        settings,
        to=to,
        subject=f"You reached your limit of {cap} instant alerts this hour",
        template="cap_notice",
        id_prefix="cn_",
        cap=cap,
        preferences_url=f"{settings.base_url}/web/preferences",
    )


def target_disabled_email(
    settings: Settings, *, to: str, what: str, url: str, reason: str
) -> Email:
    """Tells an owner that one of their channels (`what`: "webhook endpoint", "Apprise
    channel") was switched off, and why; `url` as it may be shown (Apprise's masked one)."""
    return _notice_email(
        settings,
        to=to,
        subject=f"Your {what} was disabled",
        template="target_disabled",
        id_prefix="ed_",
        what=what,
        url=url,
        reason=reason,
        channels_url=f"{settings.base_url}/web/channels",
    )


def signin_email(settings: Settings, *, to: str, link: str) -> Email:
    """The one-time sign-in link, asked for at `/web/signin`; it says how long it works."""
    return _notice_email(
        settings,
        to=to,
        subject="Your sign-in link for alerts",
        template="signin",
        id_prefix="si_",
        link=link,
        minutes=max(1, round(settings.signin_link_ttl_s / 60)),
    )
