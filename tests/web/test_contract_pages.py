"""The alerts, sources and Apprise parts of the pages in a real browser.

The alerts and sources pages talk to the real `/me/alerts` (+ `/preview`) and `/me/feeds`
(+ `/import`) of the server: the preview finds the stored seed articles, a source is added
by a loopback site's page address (its feed is discovered), polled by a real cycle so its
health shows, imported from an OPML document sent as the raw body, and removed; every
request the page made is checked, and the server's rows after each step. An Apprise channel
is added on the real `/me/channels` with a `json://` URL of a loopback receiver, which gets
the test message; a topic's bell then follows on it by name, stored as `apprise:<id>`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from alerts.demo.receiver import WebhookReceiver
from alerts.store.db import session_scope
from alerts.store.tables import FollowRow
from tests.feeds.hostile import HostileServer, serve_bytes
from tests.web.conftest import SEED_TITLE, Site, poll, serious_violations, signed_in_page

QUERY = '"Albu Kamal" OR Hosaiba'
REFUSED_FEED = "http://10.9.8.7/feed.xml"  # a private address: the guard refuses it unsent
BELL = 'button.bell[data-topic="Islamic State"]'


@dataclass
class Sent:
    """The page's requests to `/me/…`, as (method, path after /me/, body, content type)."""

    requests: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)

    def record(self, request: Any) -> None:
        if "/me/" not in request.url:
            return
        path = request.url.split("/me/", 1)[1].split("?")[0]
        body = request.post_data if request.method in {"POST", "PATCH"} else None
        self.requests.append((request.method, path, body, request.headers.get("content-type")))

    def json_bodies(self, method: str, path: str) -> list[Any]:
        return [json.loads(b or "null") for m, p, b, _ in self.requests if (m, p) == (method, path)]


def _page(browser: Any, site: Site, path: str, width: int, scheme: str) -> tuple[Any, Sent]:
    sent = Sent()
    page = signed_in_page(browser, site, width=width, scheme=scheme, path=path)
    page.on("request", sent.record)
    return page, sent


def _api(site: Site, method: str, path: str, body: object = None) -> Any:
    """The server's own answer, asked with the user's API key."""
    headers = {"Authorization": f"Bearer {site.api_key}"}
    with httpx.Client(base_url=site.url, headers=headers) as client:
        response = client.request(method, path, json=body)
    assert response.is_success, response.text
    return response.json()


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_create_an_alert_with_its_preview_then_edit_and_delete_it(
    site: Site, browser: Any, width: int, scheme: str
) -> None:
    page, sent = _page(browser, site, "/web/alerts", width, scheme)
    page.wait_for_selector("#no-alerts:not([hidden])")
    page.fill("#alert-name", "Border towns")
    page.fill("#alert-query", '"Albu Kamal OR Hosaiba')
    page.wait_for_selector("#alert-query-error:not(:empty)")
    assert page.get_attribute("#alert-query", "aria-invalid") == "true"
    assert "column" in page.inner_text("#alert-query-error")
    page.fill("#alert-query", QUERY)
    page.wait_for_selector(f"#alert-preview a:has-text('{SEED_TITLE}')")
    assert page.inner_text("#alert-query-error") == ""
    total = _api(site, "POST", "/me/alerts/preview", {"query": QUERY, "since": "7d"})["total"]
    assert total >= 1
    assert page.inner_text("#alert-preview-summary") == f"{total} articles in the last 7 days."
    assert serious_violations(page) == []
    assert {"query": QUERY, "since": "7d"} in sent.json_bodies("POST", "alerts/preview")

    page.select_option('select[name="mode"]', "daily")
    page.click("#alert-save")
    page.wait_for_selector("#alert-list li:has-text('Border towns')")
    created = {"name": "Border towns", "query": QUERY, "mode": "daily"}
    assert sent.json_bodies("POST", "alerts") == [created]
    [alert] = _api(site, "GET", "/me/alerts")
    assert (alert["name"], alert["query"], alert["mode"]) == ("Border towns", QUERY, "daily")

    page.get_by_role("button", name="Edit").click()
    assert page.input_value("#alert-name") == "Border towns"
    page.fill("#alert-name", "Border")
    page.click("#alert-save")
    page.wait_for_selector("#alert-list li:has-text('Border'):not(:has-text('towns'))")
    assert sent.json_bodies("PATCH", f"alerts/{alert['id']}") == [{**created, "name": "Border"}]
    assert [a["name"] for a in _api(site, "GET", "/me/alerts")] == ["Border"]
    page.get_by_role("button", name="Delete").click()
    page.wait_for_selector("#no-alerts:not([hidden])")
    assert page.locator("#alert-list li").count() == 0
    assert sent.requests[-1][:2] == ("DELETE", f"alerts/{alert['id']}")
    assert _api(site, "GET", "/me/alerts") == []


def _after_a_refused_save(site: Site, browser: Any) -> Any:
    """The alerts page after saving a name already taken: the name's error is shown."""
    _api(site, "POST", "/me/alerts", {"name": "Border", "query": "Hosaiba"})
    page, _ = _page(browser, site, "/web/alerts", 1280, "light")
    page.wait_for_selector("#alert-list li:has-text('Border')")
    page.fill("#alert-name", "Border")
    page.fill("#alert-query", "Raqqa")
    page.click("#alert-save")
    page.wait_for_selector("#alert-name-error:has-text('already have an alert named')")
    return page


def _name_error_kept(page: Any) -> bool:
    return (
        "already have an alert named" in page.inner_text("#alert-name-error")
        and page.get_attribute("#alert-name", "aria-invalid") == "true"
    )


def test_a_name_already_taken_is_refused_and_said(site: Site, browser: Any) -> None:
    page = _after_a_refused_save(site, browser)
    page.wait_for_selector(".status:has-text('Not saved')")
    assert "already have an alert named" in page.inner_text(".status")
    assert "already have an alert named" in page.inner_text("#alert-name-error")
    assert page.get_attribute("#alert-name", "aria-invalid") == "true"
    assert page.inner_text("#alert-query-error") == ""
    assert len(_api(site, "GET", "/me/alerts")) == 1


def test_a_refusal_of_the_whole_alert_is_said_by_the_button_not_the_query(
    site: Site, browser: Any
) -> None:
    for n in range(site.settings.max_alerts_per_user):
        _api(site, "POST", "/me/alerts", {"name": f"Watch {n}", "query": f"word{n}"})
    page, _ = _page(browser, site, "/web/alerts", 1280, "light")
    page.wait_for_selector("#alert-list li")
    page.fill("#alert-name", "One too many")
    page.fill("#alert-query", "Raqqa")
    page.click("#alert-save")
    page.wait_for_selector("#alert-form-error:not(:empty)")
    assert "ALERTS_MAX_ALERTS_PER_USER" in page.inner_text("#alert-form-error")
    assert page.inner_text("#alert-query-error") == ""
    assert page.get_attribute("#alert-query", "aria-invalid") is None


def _opml(*urls: str) -> bytes:
    outlines = "".join(f'<outline type="rss" text="Feed" xmlUrl="{u}"/>' for u in urls)
    return f'<?xml version="1.0"?><opml version="2.0"><body>{outlines}</body></opml>'.encode()


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_add_a_source_see_its_health_import_opml_and_remove_it(
    site: Site, browser: Any, news_site: HostileServer, width: int, scheme: str
) -> None:
    page, sent = _page(browser, site, "/web/feeds", width, scheme)
    page.wait_for_selector("#no-feeds:not([hidden])")
    front = news_site.url("/")
    page.fill("#feed-url", front)
    page.click("#feed-add button")
    feed_url = news_site.url("/desk.xml")
    page.wait_for_selector(f"#feed-list li:has-text('{feed_url}')")
    assert "not checked yet" in page.inner_text("#feed-list li")
    assert sent.json_bodies("POST", "feeds") == [{"url": front}]

    poll(site)
    page.reload()
    page.wait_for_selector("#feed-list li:has-text('Harbour Desk')")
    assert "checked " in page.inner_text("#feed-list li")
    [source] = _api(site, "GET", "/me/feeds")
    assert (source["url"], source["status"], source["last_error"]) == (feed_url, "active", None)
    assert source["last_polled_at"] is not None
    assert serious_violations(page) == []

    document = _opml(news_site.url("/feeds/desk.atom"), REFUSED_FEED)
    page.set_input_files(
        "#opml-file", files=[{"name": "subs.opml", "mimeType": "text/xml", "buffer": document}]
    )
    page.click("#feed-import button")
    page.wait_for_selector(".status:has-text('Imported 1 source.')")
    assert REFUSED_FEED in page.inner_text(".status")
    # The document went as the raw body (what the server imported shows it arrived whole).
    [(method, _, _, content_type)] = [r for r in sent.requests if r[1] == "feeds/import"]
    assert (method, content_type) == ("POST", "text/x-opml")
    page.wait_for_selector("#feed-list li >> nth=1")
    urls = [s["url"] for s in _api(site, "GET", "/me/feeds")]
    assert urls == [feed_url, news_site.url("/feeds/desk.atom")]

    page.locator("#feed-list li").first.get_by_role("button", name="Remove").click()
    page.wait_for_selector("#feed-list li >> nth=1", state="detached")
    assert (source["id"],) == tuple(
        int(p.split("/")[1]) for m, p, _, _ in sent.requests if m == "DELETE"
    )
    assert [s["url"] for s in _api(site, "GET", "/me/feeds")] == [urls[1]]


def test_a_page_linking_no_feed_is_refused_at_the_field(
    site: Site, browser: Any, news_site: HostileServer
) -> None:
    news_site.routes["/plain"] = serve_bytes(b"<html><title>x</title></html>", {})
    page, _ = _page(browser, site, "/web/feeds", 1280, "light")
    page.fill("#feed-url", news_site.url("/plain"))
    page.click("#feed-add button")
    page.wait_for_selector("#feed-url-error:not(:empty)")
    assert page.get_attribute("#feed-url", "aria-invalid") == "true"
    assert _api(site, "GET", "/me/feeds") == []


def _receiver_url(receiver: WebhookReceiver, path: str) -> str:
    return f"json://127.0.0.1:{receiver.url.rsplit(':', 1)[1]}{path}"


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_add_an_apprise_channel_test_it_and_remove_it(
    site: Site, browser: Any, receiver: WebhookReceiver, width: int, scheme: str
) -> None:
    page, sent = _page(browser, site, "/web/channels", width, scheme)
    assert page.locator("#apprise-unavailable").is_hidden()
    url = _receiver_url(receiver, "/phone")
    page.fill("#apprise-url", url)
    page.fill("#apprise-name", "my-phone")
    page.click("#apprise-add button")
    page.wait_for_selector("#apprise-list li:has-text('my-phone')")
    assert serious_violations(page) == []
    assert sent.json_bodies("POST", "channels") == [{"url": url, "name": "my-phone"}]
    [channel] = _api(site, "GET", "/me/channels")
    assert (channel["name"], channel["service"]) == ("my-phone", "JSON")

    page.locator("#apprise-list").get_by_role("button", name="Send test").click()
    page.wait_for_selector(".status:text-is('Test delivered.')")
    [message] = receiver.requests
    assert message.path == "/phone"
    assert "my-phone" in json.loads(message.body)["message"]

    page.locator("#apprise-list").get_by_role("button", name="Remove").click()
    page.wait_for_selector("#apprise-list li", state="detached")
    assert ("DELETE", f"channels/{channel['id']}", None, None) in sent.requests
    assert _api(site, "GET", "/me/channels") == []
    assert len(receiver.requests) == 1


def test_a_bell_follows_on_one_apprise_channel(
    site: Site, browser: Any, receiver: WebhookReceiver
) -> None:
    headers = {"Authorization": f"Bearer {site.api_key}"}
    body = {"url": _receiver_url(receiver, "/box"), "name": "box"}
    added = httpx.post(f"{site.url}/me/channels", json=body, headers=headers)
    assert added.status_code == 201, added.text
    page, sent = _page(browser, site, f"/web/articles/{site.article_id}", 1280, "light")
    page.locator(BELL).click()
    menu = page.locator(".chip .menu")
    assert menu.locator("option[value=apprise]").is_enabled()
    assert menu.locator("option[value=apprise]").inner_text() == "All my Apprise channels"
    menu.locator("select").select_option("box")
    menu.get_by_role("button", name="Daily").click()
    page.wait_for_selector(f'{BELL}[data-followed="true"]')
    assert sent.json_bodies("POST", "follows") == [
        {"topic": "Islamic State", "channel": "box", "mode": "daily"}
    ]
    with session_scope(site.settings.database_url) as session:
        stored = session.execute(select(FollowRow.topic, FollowRow.channel, FollowRow.mode)).all()
    assert [tuple(row) for row in stored] == [
        ("Islamic State", f"apprise:{added.json()['id']}", "daily")
    ]

    page.reload()
    page.locator(BELL).click()
    assert menu.locator("select").input_value() == "box"
    assert menu.get_by_role("button", name="Daily").get_attribute("aria-pressed") == "true"
    assert menu.get_by_role("button", name="Unfollow").is_visible()


def test_a_preview_reply_after_a_refused_save_keeps_the_name_error(
    site: Site, browser: Any
) -> None:
    """The query's preview answers on its own clock: a reply that lands after a refused
    save clears the query's error only, never the name's."""
    page = _after_a_refused_save(site, browser)
    with page.expect_response(lambda r: r.url.endswith("/preview")):
        page.fill("#alert-query", "Raqqa OR Hosaiba")
    page.wait_for_selector("#alert-preview-summary:has-text('in the last 7 days')")
    page.wait_for_timeout(200)  # the reply's handler has run
    assert _name_error_kept(page)


def test_a_refused_preview_after_a_refused_save_keeps_the_name_error(
    site: Site, browser: Any
) -> None:
    """A preview that refuses the query says so at the query, and leaves what the save said
    of the name."""
    page = _after_a_refused_save(site, browser)
    with page.expect_response(lambda r: r.url.endswith("/preview")):
        page.fill("#alert-query", "Raqqa AND (")
    page.wait_for_selector("#alert-preview-summary:has-text('not accepted')")
    page.wait_for_timeout(200)  # the reply's handler has run
    assert page.inner_text("#alert-query-error") != ""
    assert page.get_attribute("#alert-query", "aria-invalid") == "true"
    assert _name_error_kept(page)
