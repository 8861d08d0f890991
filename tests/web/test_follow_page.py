"""Acceptance: in headless Chromium, open the seed story's page, click the bell on
"Islamic State" and choose "Instant", reload: it shows as followed, and the API agrees. Also
photographs a digest e-mail for the README (docs/digest-email.png, with `make screenshots`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select

from alerts.matching.fanout import fan_out
from alerts.models import Mode
from alerts.notify.messages import digest_email
from alerts.notify.views import story_view
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, ArticleTopicRow, NotificationRow, UserRow, utcnow
from tests.helpers import make_follow
from tests.support.mail import parsed
from tests.web.conftest import Site

BELL = 'button.bell[data-topic="Islamic State"]'


def _api_follows(site: Site) -> list[str]:
    response = httpx.get(
        f"{site.url}/me/follows", headers={"Authorization": f"Bearer {site.api_key}"}
    )
    return [f["topic"] for f in response.json()]


def test_bell_follows_and_unfollows(site: Site, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 760})
    page.goto(f"{site.url}/web/articles/{site.article_id}?key={site.api_key}")
    assert "key=" not in page.url, "the key moves into a cookie and out of the address bar"
    bell = page.locator(BELL)
    assert bell.get_attribute("data-followed") == "false"

    bell.click()
    page.get_by_role("button", name="Instant").click()
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    page.reload()
    assert page.locator(BELL).get_attribute("data-followed") == "true"
    assert _api_follows(site) == ["Islamic State"]

    page.locator(BELL).click()
    page.get_by_role("button", name="Unfollow").click()
    page.wait_for_selector(f'{BELL}[data-followed="false"]')
    page.reload()
    assert page.locator(BELL).get_attribute("data-followed") == "false"
    assert _api_follows(site) == []


def test_topic_search_and_preferences_form(site: Site, browser: Any) -> None:
    page = browser.new_page()
    page.goto(f"{site.url}/web/topics?q=daesh&key={site.api_key}")
    page.locator(BELL).first.click()
    page.get_by_role("button", name="Instant").click()
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    assert _api_follows(site) == ["Islamic State"]

    page.goto(f"{site.url}/web/preferences")
    page.fill('input[name="quiet_start"]', "22:00")
    page.fill('input[name="quiet_end"]', "07:00")
    page.fill('input[name="timezone"]', "Nowhere/Special")
    page.click('#preferences button[type="submit"]')
    page.wait_for_selector(".status:has-text('timezone')")
    page.fill('input[name="timezone"]', "Europe/Lisbon")
    page.click('#preferences button[type="submit"]')
    page.wait_for_selector(".status:text-is('Saved.')")
    prefs = httpx.get(
        f"{site.url}/me/preferences", headers={"Authorization": f"Bearer {site.api_key}"}
    ).json()
    assert prefs["timezone"] == "Europe/Lisbon"
    assert prefs["quiet_hours"] == {"start": "22:00", "end": "07:00"}


def test_digest_email_screenshot(site: Site, browser: Any, photos: Path) -> None:
    """Render a real digest of the seed feeds and photograph it for the README."""
    settings = site.settings
    with session_scope(settings.database_url) as session:
        user = session.get_one(UserRow, site.user_id)
        for topic in ("Middle East", "Technology", "Sport"):
            make_follow(session, user, topic, mode=Mode.DAILY)
        for article in session.scalars(select(ArticleRow).order_by(ArticleRow.id)):
            topics = session.scalars(
                select(ArticleTopicRow.topic).where(ArticleTopicRow.article_id == article.id)
            ).all()
            fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=list(topics),
                now=utcnow(),
            )
        rows = session.scalars(
            select(NotificationRow).where(NotificationRow.user_id == user.id)
        ).all()
        stories = [story_view(session, row) for row in rows]
    assert stories
    message = digest_email(
        settings,
        to=user.email,
        period="daily",
        stories=stories,
        message_id="preview",
        unsubscribe_url=f"{settings.base_url}/unsubscribe?token=example",
    )
    html = parsed(message).get_body(("html",)).get_content()
    page = browser.new_page(viewport={"width": 700, "height": 900})
    page.set_content(html)
    page.screenshot(path=str(photos / "digest-email.png"), full_page=True)
    assert "Your daily digest" in page.inner_text("h1")
