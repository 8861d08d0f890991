"""E-mails lead into the app: delivered through a real SMTP server (aiosmtpd), an instant
e-mail and a digest link every story to `{ALERTS_BASE_URL}/web/articles/{id}` ("follow
related topics") and their footer to the preferences page, and show times in the reader's
time zone."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage

from pydantic import SecretStr

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import Mode
from alerts.notify.digest import send_digests
from alerts.notify.outbox import deliver_batch
from alerts.notify.senders import senders_from_settings
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow
from tests.helpers import make_article, make_follow, make_user
from tests.support.smtp import SmtpSink

BASE = "https://alerts.example.org"
PUBLISHED = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 09:30 in New York (EST)


def _story(settings: Settings, email: str, mode: Mode) -> tuple[int, list[int]]:
    """A New York reader following Syria in `mode`, and one story for them."""
    with session_scope(settings.database_url) as session:
        make_follow(session, make_user(session, email, tz="America/New_York"), "Syria", mode=mode)
        article = make_article(session, f"https://news.example/{email}", title="Strikes in Syria")
        session.get_one(ArticleRow, article.id).published_at = PUBLISHED
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=PUBLISHED,
        )
        return article.id, ids


def _html(message: EmailMessage) -> str:
    return message.get_body(("html",)).get_content()  # type: ignore[union-attr]


def _text(message: EmailMessage) -> str:
    return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def _smtp(settings: Settings, sink: SmtpSink) -> Settings:
    return settings.model_copy(update={"smtp_url": SecretStr(sink.url), "base_url": BASE})


def test_an_instant_email_links_into_the_app(settings: Settings, smtp_server: SmtpSink) -> None:
    settings = _smtp(settings, smtp_server)
    article_id, ids = _story(settings, "ny@example.org", Mode.INSTANT)
    senders = senders_from_settings(settings)
    try:
        with session_scope(settings.database_url) as session:
            assert deliver_batch(settings, session, senders, ids) == 1
    finally:
        senders.close()
    (message,) = smtp_server.messages
    html = _html(message)
    assert f'href="{BASE}/web/articles/{article_id}"' in html
    assert "Follow related topics" in html
    assert f'href="{BASE}/web/preferences"' in html
    assert "03 Dec 2026, 09:30 EST" in html
    assert f"{BASE}/web/articles/{article_id}" in _text(message)
    assert f"{BASE}/web/preferences" in _text(message)


def test_a_digest_links_every_story_into_the_app(settings: Settings, smtp_server: SmtpSink) -> None:
    settings = _smtp(settings, smtp_server)
    article_id, _ = _story(settings, "ny@example.org", Mode.DAILY)
    senders = senders_from_settings(settings)
    try:
        with session_scope(settings.database_url) as session:
            sent = send_digests(
                settings, session, senders, period=Mode.DAILY, now=PUBLISHED, force=True
            )
    finally:
        senders.close()
    assert [o.status for o in sent] == ["sent"]
    (message,) = smtp_server.messages
    html = _html(message)
    assert f'href="{BASE}/web/articles/{article_id}"' in html
    assert f'href="{BASE}/web/preferences"' in html
    assert "03 Dec 09:30 EST" in html
    assert f"Follow related topics: {BASE}/web/articles/{article_id}" in _text(message)
