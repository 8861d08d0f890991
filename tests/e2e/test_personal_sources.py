"""Acceptance of personal sources, from outside, on loopback: a real site serving a front
page that links `/feed.xml` (the seed story's feed), the API on a real port, the real
`alerts run --once`, and a real SMTP server. SQLite and PostgreSQL.

User A adds the site's page as a source of their own and writes a personal alert for
`"Albu Kamal" OR Hosaiba`; user B follows Syria. One cycle later A has exactly one e-mail
about the story and B none; B has no sources and no alerts; A's alert preview and search find
the story and B's search does not; A's unread list shrinks by one when A marks it read.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from alerts.api import create_app
from alerts.config import Settings, load_settings
from tests.api.server import ApiServer, memory_senders
from tests.conftest import FIXTURES
from tests.e2e.scenario import STORY_TITLE, base_env, cli
from tests.feeds.hostile import HostileServer, serve_bytes
from tests.support.smtp import SmtpSink

ADMIN_KEY = "admin-key-for-acceptance-0123456789"


@pytest.fixture
def site() -> Iterator[HostileServer]:
    with HostileServer() as running:
        page = (FIXTURES / "sources" / "site.html").read_bytes()
        feed = (FIXTURES / "feeds" / "outlet-a.xml").read_bytes()
        running.routes["/"] = serve_bytes(page, {"Content-Type": "text/html; charset=utf-8"})
        running.routes["/feed.xml"] = serve_bytes(feed, {"Content-Type": "application/rss+xml"})
        yield running


@pytest.fixture
def api(settings: Settings) -> Iterator[httpx.Client]:
    values = settings.model_dump() | {"admin_api_key": ADMIN_KEY, "secret_key": "test-secret"}
    app = create_app(load_settings(**values), senders=memory_senders())
    with ApiServer(app) as running, httpx.Client(base_url=running.url, timeout=30) as client:
        yield client


def _user(api: httpx.Client, email: str) -> dict[str, str]:
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    created = api.post("/admin/users", json={"email": email}, headers=admin)
    assert created.status_code == 201, created.text
    return {"Authorization": f"Bearer {created.json()['api_key']}"}


def test_a_site_of_ones_own_reaches_only_its_reader(
    settings: Settings, api: httpx.Client, site: HostileServer, smtp_server: SmtpSink
) -> None:
    a, b = _user(api, "a@example.org"), _user(api, "b@example.org")
    added = api.post("/me/feeds", json={"url": site.url("/")}, headers=a)
    assert added.status_code == 201, added.text
    assert added.json()["url"].endswith("/feed.xml") and set(added.json()) >= {"id", "url", "title"}
    alert = api.post(
        "/me/alerts", json={"name": "Border", "query": '"Albu Kamal" OR Hosaiba'}, headers=a
    )
    assert alert.status_code == 201, alert.text
    follow = api.post("/me/follows", json={"topic": "Syria"}, headers=b)
    assert follow.status_code == 201, follow.text

    env = base_env(
        database_url=settings.database_url,
        smtp_url=smtp_server.url,
        feed_allowed_hosts="127.0.0.1",
    )
    cli(env, "run", "--once", "--timeout", "120")

    to_a = [m for m in smtp_server.messages if str(m["To"]) == "a@example.org"]
    assert len(to_a) == 1 and STORY_TITLE in str(to_a[0]["Subject"])
    assert [m for m in smtp_server.messages if str(m["To"]) == "b@example.org"] == []
    assert api.get("/me/feeds", headers=b).json() == []
    assert api.get("/me/alerts", headers=b).json() == []
    preview = api.post("/me/alerts/preview", json={"query": "Hosaiba", "since": "7d"}, headers=a)
    assert preview.status_code == 200, preview.text
    assert [m["title"] for m in preview.json()["matches"]] == [STORY_TITLE]

    def found(user: dict[str, str]) -> list[str]:
        answer = api.get("/articles", params={"q": "Hosaiba"}, headers=user)
        assert answer.status_code == 200, answer.text
        return [item["title"] for item in answer.json()["items"]]

    assert found(a) == [STORY_TITLE] and found(b) == []

    def unread() -> list[dict[str, object]]:
        answer = api.get("/me/notifications", params={"unread": "true"}, headers=a)
        assert answer.status_code == 200, answer.text
        rows: list[dict[str, object]] = answer.json()
        return rows

    before = unread()
    assert [row["title"] for row in before] == [STORY_TITLE]
    topics = before[0]["topics"]
    assert isinstance(topics, list) and "Border" in topics, "the owner reads alerts by name"
    assert not [t for t in topics if str(t).startswith("alert:")]
    marked = api.patch(f"/me/notifications/{before[0]['id']}", json={"read": True}, headers=a)
    assert marked.status_code == 200, marked.text
    assert len(unread()) == len(before) - 1
