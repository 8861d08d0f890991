"""A personal alert is tagged and followed under its key `alert:<id>`; its owner reads its
name in the inbox, on the article page's chips and in the bell's menu (whose choices
change the alert's follow, or make it again through the alert once it was ended), and another user who gets the same story never sees the
alert at all: neither its name nor its key."""

from __future__ import annotations

from typing import Any

import httpx
from sqlalchemy import select

from alerts.accounts.alerts import add_alert
from alerts.accounts.users import add_user
from alerts.matching.fanout import fan_out
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, ArticleTopicRow, FollowRow, UserRow, utcnow
from alerts.topics.personal import alert_key
from tests.helpers import make_follow
from tests.web.conftest import Site, signed_in_page

NAME = "Border towns"


def _tag_and_fan_out(site: Site) -> tuple[str, str]:
    """The owner's alert (instant) tags the seed article (already tagged Syria); the owner
    and a second user, who follows Syria, are told about its story. Returns the alert's
    key and the other user's API key."""
    with session_scope(site.settings.database_url) as session:
        owner = session.get_one(UserRow, site.user_id)
        alert = add_alert(session, owner, NAME, '"Albu Kamal" OR Hosaiba', limit=10)
        other = add_user(site.settings, session, "other@example.org")
        make_follow(session, other, "Syria")
        key = alert_key(alert.id)
        article = session.get_one(ArticleRow, site.article_id)
        session.add(ArticleTopicRow(article_id=article.id, topic=key, score=0.9))
        session.flush()
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=[key, "Syria"],
            now=utcnow(),
        )
        return key, other.api_key


def _page_text(site: Site, api_key: str, path: str) -> str:
    with httpx.Client(base_url=site.url) as client:
        assert client.get(f"/web/inbox?key={api_key}").status_code == 303
        page = client.get(path)
    assert page.status_code == 200, path
    return page.text


def test_the_owner_reads_the_alerts_name_and_no_one_else_sees_it(site: Site, browser: Any) -> None:
    key, other_key = _tag_and_fan_out(site)
    article = f"/web/articles/{site.article_id}"
    owner_inbox = _page_text(site, site.api_key, "/web/inbox")
    assert f'<a href="/web/alerts">{NAME}</a>' in owner_inbox
    assert "alert:" not in owner_inbox
    for path in ("/web/inbox", article):
        seen = _page_text(site, other_key, path)
        assert NAME not in seen and "alert:" not in seen, path
    assert "Syria" in _page_text(site, other_key, "/web/inbox")

    page = signed_in_page(browser, site, path=article)
    chip = page.locator(f'.chip[data-topic="{key}"]')
    assert chip.locator(".chip-name").inner_text() == NAME
    bell = chip.locator("button.bell")
    assert bell.get_attribute("aria-label") == f"Alerts for {NAME}: followed"
    bell.click()
    assert chip.locator(".menu p").inner_text() == f"Alerts for {NAME}"
    chip.get_by_role("button", name="Daily").click()
    page.wait_for_selector(f".status:text-is('You follow {NAME}: daily, by email.')")
    assert page.evaluate("document.activeElement.dataset.topic") == key
    assert _modes(site, key) == ["daily"]
    bell.click()
    chip.get_by_role("button", name="Unfollow").click()
    page.wait_for_selector(f".status:text-is('You no longer follow {NAME} by email.')")
    assert _modes(site, key) == []
    bell.click()  # followed again through the alert: an alert is no topic of /me/follows
    chip.get_by_role("button", name="Weekly").click()
    page.wait_for_selector(f".status:text-is('You follow {NAME}: weekly, by email.')")
    assert _modes(site, key) == ["weekly"]
    assert chip.locator(".mode").inner_text() == "· weekly"


def _modes(site: Site, key: str) -> list[str]:
    with session_scope(site.settings.database_url) as session:
        rows = session.scalars(
            select(FollowRow.mode).where(FollowRow.user_id == site.user_id, FollowRow.topic == key)
        )
        return list(rows)
