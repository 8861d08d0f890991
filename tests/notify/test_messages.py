"""What a follower reads: paragraphs stay apart in both parts of an instant e-mail, times are
in the follower's own zone, and counts agree with their nouns."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

from jinja2.filters import do_wordwrap

from alerts.config import load_settings
from alerts.notify.messages import digest_email, instant_email
from alerts.notify.render import Source, StoryView, environment
from tests.support.mail import parsed

STORY = StoryView(
    story_id=1,
    article_id=1,
    title="Iraqi Airstrikes Target ISIS Militants in Syria",
    url="https://news.example/iraq",
    summary="Jets struck targets on Syria.\n\nSecond paragraph.\n\n* Alpha\n* Bravo",
    published=datetime(2026, 12, 6, 14, 30, tzinfo=UTC),
    topics=("Islamic State", "Syria"),
    sources=(Source("World Wire", "https://news.example/iraq"),),
)


def _parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and html is not None
    return str(text.get_content()), str(html.get_content())


def _instant(tz: str) -> EmailMessage:
    settings = load_settings(outbox_dir=Path("outbox"))
    return parsed(
        instant_email(
            settings, to="a@example.org", story=STORY, message_id="m1", unsubscribe_url="u", tz=tz
        )
    )


def test_paragraphs_and_list_items_stay_apart() -> None:
    text, html = _parts(_instant("UTC"))
    assert "Jets struck targets on Syria.\n\nSecond paragraph." in text
    assert "* Alpha\n* Bravo" in text
    assert "Syria.Second" not in html.replace("\n", "") and "AlphaBravo" not in html
    assert html.count('class="body"') == 3


def test_times_are_in_the_followers_zone() -> None:
    text, html = _parts(_instant("America/New_York"))
    assert "06 Dec 2026, 09:30 EST" in text and "09:30 EST" in html
    assert "UTC" not in text
    assert "14:30 UTC" in _parts(_instant("UTC"))[0]


def test_a_digest_of_one_story_says_story() -> None:
    settings = load_settings(outbox_dir=Path("outbox"))
    message = digest_email(
        settings,
        to="a@example.org",
        period="daily",
        stories=[STORY],
        message_id="d1",
        unsubscribe_url="u",
        tz="Europe/Lisbon",
    )
    assert message.subject.endswith("1 story")
    text, _ = _parts(parsed(message))
    assert "1 story on" in text and "06 Dec 14:30 WET" in text


def test_the_cached_wordwrap_wraps_as_jinja_does() -> None:
    env = environment(None)
    text = "Jets struck targets on Syria overnight, officials said. " * 5 + "\nsecond-line"
    for args in [(), (74,), (30, True, "\n  "), (20, False, None, False)]:
        wrapped = env.from_string("{{ t | wordwrap(*args) }}").render(t=text, args=args)
        assert wrapped == do_wordwrap(env, text, *args)  # type: ignore[arg-type]
    assert env.filters["wordwrap"](text, 40) is env.filters["wordwrap"](text, 40), "cached"
