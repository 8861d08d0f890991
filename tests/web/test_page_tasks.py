"""Each page's main task in headless Chromium, at 1280 px and 375 px, light and dark: follow
with daily mode from the bell (by keyboard: focus comes back to the bell), mark a story read,
change quiet hours, rotate the inbox feed URL, follow from the topic browser. Each checks
the result through the JSON API, not through the page that made it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from playwright.sync_api import expect
from standardwebhooks.webhooks import Webhook

from alerts.demo.receiver import WebhookReceiver
from tests.web.conftest import Site, fill_inbox, signed_in_page

VARIANTS = [(1280, "light"), (1280, "dark"), (375, "light"), (375, "dark")]
BELL = 'button.bell[data-topic="Islamic State"]'


def _get(site: Site, path: str) -> Any:
    response = httpx.get(f"{site.url}{path}", headers={"Authorization": f"Bearer {site.api_key}"})
    response.raise_for_status()
    return response.json()


def _follows(site: Site) -> list[tuple[str, str, str]]:
    return sorted((f["topic"], f["channel"], f["mode"]) for f in _get(site, "/me/follows"))


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_follow_daily_from_the_bell_by_keyboard(
    site: Site, browser: Any, width: int, scheme: str
) -> None:
    page = signed_in_page(
        browser, site, width=width, scheme=scheme, path=f"/web/articles/{site.article_id}"
    )
    bell = page.locator(BELL).first
    assert bell.get_attribute("data-followed") == "false"
    bell.focus()
    page.keyboard.press("Enter")
    menu = page.locator(".chip .menu")
    assert menu.is_visible()
    assert page.evaluate("document.activeElement.name") == "channel"
    menu.get_by_role("button", name="Daily").focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    assert page.evaluate("document.activeElement.dataset.topic") == "Islamic State"
    assert bell.get_attribute("aria-expanded") == "false"
    assert _follows(site) == [("Islamic State", "email", "daily")]

    page.reload()
    assert "daily" in page.locator('.chip[data-topic="Islamic State"] .mode').inner_text()
    page.locator(BELL).click()
    page.locator(".chip .menu").get_by_role("button", name="Weekly").click()
    page.wait_for_selector(".status:has-text('weekly')")
    assert _follows(site) == [("Islamic State", "email", "weekly")]
    page.locator(BELL).click()
    page.keyboard.press("Shift+Tab")  # back to the bell: the menu stays open
    assert page.locator(".chip .menu").count() == 1
    page.keyboard.press("Shift+Tab")  # past the bell, out of the chip: it closes
    assert page.locator(".chip .menu").count() == 0
    page.locator(BELL).click()
    page.keyboard.press("Escape")
    assert page.locator(".chip .menu").count() == 0
    assert page.evaluate("document.activeElement.dataset.topic") == "Islamic State"
    page.locator(BELL).click()
    page.get_by_role("button", name="Unfollow").click()
    page.wait_for_selector(f'{BELL}[data-followed="false"]')
    assert _follows(site) == []


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_mark_a_story_read_and_unread(site: Site, browser: Any, width: int, scheme: str) -> None:
    stories = fill_inbox(site)
    assert stories >= 2
    page = signed_in_page(browser, site, width=width, scheme=scheme, path="/web/inbox")
    items = page.locator("ul.stories > li")
    assert items.count() == stories
    assert page.locator("ul.stories > li.unread").count() == stories
    assert _get(site, "/me")["unread"] == stories

    first = items.first
    first.get_by_role("button", name="Mark read").click()
    page.wait_for_selector("ul.stories > li:first-child.read")
    assert _get(site, "/me")["unread"] == stories - 1
    page.reload()
    # Unread first: the story just read moved to the end.
    assert page.locator("ul.stories > li").last.get_attribute("class") == "read"
    page.locator("ul.stories > li.read").get_by_role("button", name="Mark unread").click()
    page.wait_for_selector(".status:has-text('Marked unread')")
    assert _get(site, "/me")["unread"] == stories
    page.get_by_role("button", name="Mark all read").click()
    page.wait_for_selector(".status:has-text('stories read')")
    assert _get(site, "/me")["unread"] == 0


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_change_quiet_hours(site: Site, browser: Any, width: int, scheme: str) -> None:
    page = signed_in_page(browser, site, width=width, scheme=scheme, path="/web/preferences")
    page.fill('input[name="quiet_start"]', "22:30")
    page.click('#preferences button[type="submit"]')
    page.wait_for_selector("#quiet_hours-error:has-text('both')")
    page.fill('input[name="quiet_end"]', "06:45")
    page.fill('input[name="timezone"]', "Nowhere/Special")
    page.click('#preferences button[type="submit"]')
    page.wait_for_selector("#timezone-error:not(:empty)")
    assert page.get_attribute('input[name="timezone"]', "aria-invalid") == "true"
    page.fill('input[name="timezone"]', "Europe/Lisbon")
    page.click('#preferences button[type="submit"]')
    page.wait_for_selector(".status:text-is('Saved.')")
    assert page.inner_text("#timezone-error") == ""
    prefs = _get(site, "/me/preferences")
    assert prefs["timezone"] == "Europe/Lisbon"
    assert prefs["quiet_hours"] == {"start": "22:30", "end": "06:45"}


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_rotate_the_inbox_feed_url(site: Site, browser: Any, width: int, scheme: str) -> None:
    page = signed_in_page(browser, site, width=width, scheme=scheme, path="/web/channels")
    old = page.input_value("#atom-url")
    assert old == _get(site, "/me/inbox-feed")["atom_url"]
    assert httpx.get(old).status_code == 200
    page.click("#rotate-feed")
    expect(page.locator("#atom-url")).not_to_have_value(old)
    new = page.input_value("#atom-url")
    assert new == _get(site, "/me/inbox-feed")["atom_url"]
    assert httpx.get(old).status_code == 404
    assert httpx.get(page.input_value("#json-url")).status_code == 200
    assert page.locator("#apprise-unavailable").is_hidden(), "/me/channels is served"


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_follow_from_the_topic_browser(site: Site, browser: Any, width: int, scheme: str) -> None:
    page = signed_in_page(browser, site, width=width, scheme=scheme, path="/web/topics")
    page.get_by_role("link", name="Topics in Middle East").click()
    page.wait_for_url("**/web/topics?topic=Middle*")
    page.get_by_role("link", name="Topics in Levant").click()
    syria = 'button.bell[data-topic="Syria"]'
    page.locator(syria).click()
    page.locator(".chip .menu").get_by_role("button", name="Instant").click()
    page.wait_for_selector(f'{syria}[data-followed="true"]')
    assert _follows(site) == [("Syria", "email", "instant")]
    page.fill("#topics-q", "daesh")
    page.keyboard.press("Enter")
    page.wait_for_url("**/web/topics?q=daesh")
    page.locator(BELL).first.click()
    page.locator(".chip .menu").get_by_role("button", name="Daily").click()
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    assert _follows(site) == [("Islamic State", "email", "daily"), ("Syria", "email", "instant")]
    page.reload()
    followed = page.locator("section[aria-labelledby=follows-heading] .chip")
    assert followed.evaluate_all("chips => chips.map(c => c.dataset.topic)") == [
        "Islamic State",
        "Syria",
    ]


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_webhook_secret_shown_once_tested_rotated_then_followed_on(
    site: Site, browser: Any, receiver: WebhookReceiver, width: int, scheme: str
) -> None:
    page = signed_in_page(browser, site, width=width, scheme=scheme, path="/web/channels")
    page.fill("#webhook-url", "ftp://127.0.0.1/hook")
    page.click("#webhook-add button")
    page.wait_for_selector("#webhook-url-error:not(:empty)")
    page.fill("#webhook-url", f"{receiver.url}/hook")
    page.click("#webhook-add button")
    secret = page.locator("#webhook-secret-value")
    secret.wait_for()
    first = secret.inner_text()
    assert first.startswith("whsec_")
    assert page.inner_text("#webhook-url-error") == ""

    page.get_by_role("button", name="Send test").click()
    page.wait_for_selector(".status:has-text('Test delivered')")
    [hook] = receiver.requests
    Webhook(first).verify(hook.body, hook.headers)
    page.get_by_role("button", name="Rotate secret").click()
    expect(secret).not_to_have_text(first)
    assert secret.inner_text().startswith("whsec_")
    page.reload()
    assert page.locator("#webhook-secret").is_hidden(), "a secret is shown once"

    page.goto(f"{site.url}/web/articles/{site.article_id}")
    page.locator(BELL).click()
    page.locator(".chip .menu select").select_option("webhook")
    page.locator(".chip .menu").get_by_role("button", name="Daily").click()
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    assert _follows(site) == [("Islamic State", "webhook", "daily")]

    page.goto(f"{site.url}/web/channels")
    page.get_by_role("button", name="Remove").click()
    page.wait_for_selector("#webhook-list li", state="detached")
    assert _get(site, "/me/webhooks") == []
