"""Hostile feed content: header injection, scripts, oversized fields and bad UTF-8 give
safe output, and the rest of the batch goes on."""

from __future__ import annotations

from email import message_from_bytes, policy
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings
from alerts.feeds.parse import MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, parse_feed
from alerts.feeds.registry import add_feed
from alerts.models import Channel, Mode
from alerts.notify.email import OutboxDirSender
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.store.tables import NotificationRow
from alerts.topics.taxonomy import bundled_taxonomy

HOSTILE_ITEMS = [
    (
        "Syria talks\r\nBcc: victim@example.org\r\n\r\nInjected body",
        "Talks on Syria resume.",
        "crlf",
    ),
    (
        "Syria <script>alert(1)</script> summit",
        "<p>Syria</p><script>document.cookie</script><img src=x onerror=alert(1)>",
        "script",
    ),
    ("Syria " + "long " * 5000, "Syria " + "x" * 200_000, "huge"),
    ("Syria \x00\x07\x1b[31m control", "Syria body \x0b\x0c", "control"),
]


def _feed_bytes() -> bytes:
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>{escape(t)}</title><link>https://bad.example/{key}</link>"
        f"<description>{escape(d)}</description></item>"
        for t, d, key in HOSTILE_ITEMS
        if "\x00" not in t
    )
    good = "<item><title>Syria ceasefire holds</title><link>https://good.example/1</link><description>Calm in Syria.</description></item>"
    raw = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Bad</title>{items}{good}'
    return (
        raw.encode()
        + b"<item><title>Syria \xff\xfe bad utf-8</title><link>https://bad.example/utf</link></item></channel></rss>"
    )


def test_parsing_hostile_items_gives_safe_bounded_text() -> None:
    parsed = parse_feed(_feed_bytes())
    assert parsed.articles, parsed.problem
    for article in parsed.articles:
        assert "<script" not in article.summary and "onerror" not in article.summary
        assert len(article.title) <= MAX_TITLE_CHARS and len(article.summary) <= MAX_SUMMARY_CHARS
        assert all(ch.isprintable() or ch == " " for ch in article.title + article.summary)


@pytest.mark.parametrize("title", [t for t, _, _ in HOSTILE_ITEMS])
def test_title_can_never_create_headers(tmp_path: Path, title: str) -> None:
    from alerts.notify.mime import build_message

    message = build_message(
        mail_from="Alerts <a@example.org>",
        to="r@example.org",
        subject=title,
        text="t",
        html="<p>h</p>",
        message_id="m1",
        unsubscribe_url=None,
    )
    parsed = message_from_bytes(message.data, policy=policy.default)
    assert parsed["Bcc"] is None
    assert set(parsed.keys()) == {
        "From",
        "To",
        "Subject",
        "Date",
        "Message-ID",
        "MIME-Version",
        "Content-Type",
    }


def test_the_batch_goes_on_and_mail_is_safe(settings: Settings, tmp_path: Path) -> None:
    feed = tmp_path / "bad.xml"
    feed.write_bytes(_feed_bytes())
    with session_scope(settings.database_url) as session:
        add_feed(session, str(feed), local_files=True)
        add_user(settings, session, "reader@example.org")
        follow(
            session,
            bundled_taxonomy(),
            "reader@example.org",
            "Syria",
            channel=Channel.EMAIL,
            mode=Mode.INSTANT,
        )
    outbox = tmp_path / "mail"
    run_cycle(
        settings,
        InlineDispatcher(
            settings, senders=Senders(OutboxDirSender(outbox), WebhookSender(allowed_hosts=()))
        ),
    )
    with session_scope(settings.database_url) as session:
        statuses = list(session.scalars(select(NotificationRow.status)))
    assert statuses and set(statuses) == {"sent"}
    for path in outbox.glob("*.eml"):
        message = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["Bcc"] is None
        html = message.get_body(("html",)).get_content()
        assert "<script" not in html and "onerror=" not in html
