"""The alerts, sources and Apprise parts of the pages against their API contracts
(`/me/alerts` + `/me/alerts/preview`, `/me/feeds` + `/me/feeds/import`, `/me/channels`),
before those routes are on this server: the browser's requests to them are answered by
`ContractApi`, a small in-memory implementation of the contract, and every request the
page made is checked. The rest of each page (layout, sign-in) is the real server's."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import pytest

from tests.conftest import REPO
from tests.web.conftest import SEED_TITLE, Site, serious_violations, signed_in_page

PHOTOS = {(1280, "light"): "", (375, "dark"): "-phone-dark"}

BAD_QUERY = {
    "detail": [
        {"loc": ["body", "query"], "msg": "column 8: a quote is not closed", "type": "value_error"}
    ]
}


@dataclass
class ContractApi:
    """Rows by collection (`alerts`, `feeds`, `channels`) and every request seen."""

    article_id: int
    rows: dict[str, dict[int, dict[str, Any]]] = field(
        default_factory=lambda: {"alerts": {}, "feeds": {}, "channels": {}}
    )
    seen: list[tuple[str, str, Any]] = field(default_factory=list)

    def handle(self, route: Any) -> None:
        request = route.request
        assert request.headers.get("x-requested-with") == "alerts-web"
        path = request.url.split("/me/", 1)[1].split("?")[0]
        if path == "feeds/import":  # multipart: the OPML file as it was chosen
            self.seen.append((request.method, path, request.post_data_buffer.decode()))
            route.fulfill(status=200, content_type="application/json", body="{}")
            return
        body = request.post_data_json if request.method in {"POST", "PATCH"} else None
        self.seen.append((request.method, path, body))
        status, answer = self._answer(request.method, path.split("/"), body)
        route.fulfill(
            status=status,
            content_type="application/json",
            body="" if answer is None else json.dumps(answer),
        )

    def _answer(self, method: str, parts: list[str], body: Any) -> tuple[int, Any]:
        kind = parts[0]
        if kind == "alerts" and parts[1:] == ["preview"]:
            return self._preview(body)
        rows = self.rows[kind]
        if method == "GET":
            return 200, list(rows.values())
        if method == "POST" and len(parts) == 1:
            row = {"id": len(rows) + 1, **self._created(kind, body)}
            rows[row["id"]] = row
            return 201, row
        if method == "POST" and parts[-1] == "test":
            return 200, {"delivered": True}
        row_id = int(parts[1])
        if method == "PATCH":
            rows[row_id].update(body)
            return 200, rows[row_id]
        del rows[row_id]
        return 204, None

    def _preview(self, body: dict[str, str]) -> tuple[int, Any]:
        if body["query"].count('"') % 2:
            return 422, BAD_QUERY
        match = {"article_id": self.article_id, "title": SEED_TITLE, "published": None}
        return 200, {"matches": [{**match, "evidence": []}], "total": 1}

    @staticmethod
    def _created(kind: str, body: dict[str, str]) -> dict[str, Any]:
        if kind == "feeds":
            return {"url": body["url"] + "/feed.xml", "title": "Example News"}
        if kind == "channels":
            return {"name": body.get("name", "ntfy"), "service": "ntfy", "url": body["url"]}
        return {"channel": "email", **body}


def _page(browser: Any, site: Site, path: str, width: int, scheme: str) -> tuple[Any, ContractApi]:
    fake = ContractApi(site.article_id)
    page = signed_in_page(browser, site, width=width, scheme=scheme, path=path)
    for route in ("**/me/alerts**", "**/me/feeds**", "**/me/channels**"):
        page.route(route, fake.handle)
    page.reload()
    return page, fake


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_create_an_alert_with_its_preview_then_edit_and_delete_it(
    site: Site, browser: Any, width: int, scheme: str
) -> None:
    page, fake = _page(browser, site, "/web/alerts", width, scheme)
    page.wait_for_selector("#no-alerts:not([hidden])")
    page.fill("#alert-name", "Border towns")
    page.fill("#alert-query", '"Albu Kamal OR Hosaiba')
    page.wait_for_selector("#alert-query-error:has-text('column 8')")
    assert page.get_attribute("#alert-query", "aria-invalid") == "true"
    page.fill("#alert-query", '"Albu Kamal" OR Hosaiba')
    page.wait_for_selector(f"#alert-preview a:has-text('{SEED_TITLE}')")
    assert page.inner_text("#alert-query-error") == ""
    assert "1 article" in page.inner_text("#alert-preview-summary")
    page.screenshot(
        path=str(REPO / "docs" / f"web-alerts{PHOTOS[width, scheme]}.png"), full_page=True
    )
    assert serious_violations(page) == []
    assert (
        "POST",
        "alerts/preview",
        {"query": '"Albu Kamal" OR Hosaiba', "since": "7d"},
    ) in fake.seen
    page.select_option('select[name="mode"]', "daily")
    page.click("#alert-save")
    page.wait_for_selector("#alert-list li:has-text('Border towns')")
    created = {"name": "Border towns", "query": '"Albu Kamal" OR Hosaiba', "mode": "daily"}
    assert ("POST", "alerts", created) in fake.seen

    page.get_by_role("button", name="Edit").click()
    assert page.input_value("#alert-name") == "Border towns"
    page.fill("#alert-name", "Border")
    page.click("#alert-save")
    page.wait_for_selector("#alert-list li:has-text('Border'):not(:has-text('towns'))")
    assert ("PATCH", "alerts/1", {**created, "name": "Border"}) in fake.seen
    page.get_by_role("button", name="Delete").click()
    page.wait_for_selector("#no-alerts:not([hidden])")
    assert page.locator("#alert-list li").count() == 0
    assert fake.seen[-1] == ("DELETE", "alerts/1", None)


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_add_a_source_import_opml_and_remove_it(
    site: Site, browser: Any, width: int, scheme: str
) -> None:
    page, fake = _page(browser, site, "/web/feeds", width, scheme)
    page.fill("#feed-url", "https://news.example.org")
    page.click("#feed-add button")
    page.wait_for_selector("#feed-list li:has-text('Example News')")
    page.screenshot(
        path=str(REPO / "docs" / f"web-feeds{PHOTOS[width, scheme]}.png"), full_page=True
    )
    assert serious_violations(page) == []
    assert ("POST", "feeds", {"url": "https://news.example.org"}) in fake.seen
    page.set_input_files(
        "#opml-file",
        files=[{"name": "subs.opml", "mimeType": "text/x-opml", "buffer": b"<opml/>"}],
    )
    page.click("#feed-import button")
    page.wait_for_selector(".status:text-is('Imported.')")
    [(_, _, sent)] = [entry for entry in fake.seen if entry[1] == "feeds/import"]
    assert 'name="file"; filename="subs.opml"' in sent and "<opml/>" in sent
    page.get_by_role("button", name="Remove").click()
    page.wait_for_selector("#no-feeds:not([hidden])")
    assert page.locator("#feed-list li").count() == 0
    assert ("DELETE", "feeds/1", None) in fake.seen


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_add_an_apprise_channel_test_it_and_remove_it(
    site: Site, browser: Any, width: int, scheme: str
) -> None:
    page, fake = _page(browser, site, "/web/channels", width, scheme)
    assert page.locator("#apprise-unavailable").is_hidden()
    page.fill("#apprise-url", "ntfy://alerts-test")
    page.fill("#apprise-name", "My phone")
    page.click("#apprise-add button")
    page.wait_for_selector("#apprise-list li:has-text('My phone')")
    assert serious_violations(page) == []
    assert ("POST", "channels", {"url": "ntfy://alerts-test", "name": "My phone"}) in fake.seen
    page.locator("#apprise-list").get_by_role("button", name="Send test").click()
    page.wait_for_selector(".status:text-is('Test sent.')")
    assert ("POST", "channels/1/test", None) in fake.seen
    page.locator("#apprise-list").get_by_role("button", name="Remove").click()
    page.wait_for_selector("#apprise-list li", state="detached")
    assert fake.seen[-1] == ("DELETE", "channels/1", None)
