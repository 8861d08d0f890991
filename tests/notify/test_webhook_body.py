"""What a batch sends is what the documented event and Standard Webhooks define: the body
built once per article with each follower's part spliced in is byte for byte
`serialise(webhook_payload(…))`, and the signature with the cached key is
`standardwebhooks`' own."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from standardwebhooks.webhooks import Webhook

from alerts.notify.channels.webhook import _Bodies, webhook_payload
from alerts.notify.render import Source, StoryView
from alerts.notify.webhook import new_secret, serialise, sign_body

STORY = StoryView(
    story_id=7,
    article_id=42,
    title='Talks "resume" in Genève — ünïcode & <tags>',
    url="https://news.example/a?x=1&y=2",
    summary="Line one.\nLine two\twith a tab and \\ a backslash.",
    published=datetime(2026, 11, 27, 12, 30, tzinfo=UTC),
    topics=("ignored",),
    sources=(Source("Wire", "https://wire.example/1"), Source("Blätter", "https://b.example")),
)


def test_spliced_bodies_equal_the_serialised_payload() -> None:
    bodies = _Bodies()
    cases = [
        (STORY, ("Syria", "Iraq"), ["Iraq", "Syria", "War"], 3),
        (STORY, ("personal:9",), ["Iraq", "Syria", "War"], 12345),
        (STORY, ("Syria", "Iraq"), ["Iraq", "Syria", "War"], 4),  # the same topics again
        (replace(STORY, published=None, sources=()), (), [], 1),
        (replace(STORY, article_id=43, title="Another"), ("Syria",), ["Syria"], 3),
    ]
    for story, matched, tags, user_id in cases:
        expected = serialise(
            webhook_payload(replace(story, topics=matched), article_topics=tags, user_id=user_id)
        )
        assert bodies.body(story, matched, tags, user_id) == expected


def test_signature_is_the_standard_webhooks_one() -> None:
    moment = datetime(2026, 11, 27, 12, 0, 0, 999_000, tzinfo=UTC)
    unpadded = new_secret().rstrip("=")
    for secret in (new_secret(), unpadded):
        request = sign_body(secret, "msg_1", '{"é":1}', now=moment)
        assert request.headers["webhook-timestamp"] == str(int(moment.timestamp()))
        expected = Webhook(secret).sign("msg_1", moment, '{"é":1}')
        assert request.headers["webhook-signature"] == expected
