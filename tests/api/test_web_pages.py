"""Browsers get pages, scripts get JSON: a missing page or article under `/web/`, and a bad
unsubscribe link, are HTML error pages in the site's template while the API's errors stay
JSON; a page asks to sign in first; opening an article's page (where e-mails lead) marks
the reader's notifications of its story read. A property of the HTTP edge: SQLite only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from alerts.accounts.sessions import start_session
from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, NotificationRow, UserRow, utcnow
from tests.api.conftest import Caller
from tests.api.server import ApiServer
from tests.helpers import make_follow

SITE_TEMPLATE = '<link rel="stylesheet" href="/web/static/app.css">'
BROWSER = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'alerts.db'}"


@pytest.fixture
def reader(server: ApiServer, api_settings: Settings, alice: Caller) -> Iterator[httpx.Client]:
    """Alice's browser, signed in."""
    with session_scope(api_settings.database_url) as session:
        token = start_session(session, alice.id, now=utcnow(), ttl_s=3600)
    with httpx.Client(base_url=server.url, cookies={"alerts_session": token}) as browser:
        yield browser


def _is_page(response: httpx.Response, status: int) -> None:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("text/html")
    assert SITE_TEMPLATE in response.text, "the site's own template"


def test_missing_pages_are_pages_and_the_api_stays_json(
    reader: httpx.Client, client: httpx.Client, alice: Caller
) -> None:
    for path in ("/web/no-such-page", "/web/articles/999999"):
        _is_page(reader.get(path), 404)
        _is_page(reader.get(path, headers=BROWSER), 404)
    assert "no article 999999" in reader.get("/web/articles/999999").text
    _is_page(client.get("/web/no-such-page"), 404)  # signed out: still a page
    script = reader.get("/web/no-such-page", headers={"Accept": "application/json"})
    assert script.status_code == 404 and script.json() == {"detail": "Not Found"}
    api = client.get("/articles/999999", headers=alice.auth)
    assert api.status_code == 404 and api.headers["content-type"] == "application/json"
    assert client.get("/no-such-route").json() == {"detail": "Not Found"}


def test_a_page_asks_to_sign_in_first(client: httpx.Client) -> None:
    for path in ("/web/preferences", "/web/topics", "/web/articles/1"):
        answer = client.get(path)
        assert answer.status_code == 303
        assert answer.headers["location"] == f"/web/signin?next={path}"
    assert 'action="/auth/email-link"' in client.get("/web/signin").text


def test_a_bad_unsubscribe_link_is_a_page_for_a_browser(client: httpx.Client) -> None:
    for method in ("GET", "POST"):
        page = client.request(method, "/unsubscribe", params={"token": "forged"}, headers=BROWSER)
        _is_page(page, 400)
        assert "cannot be used" in page.text and "/web/signin" in page.text
        script = client.request(method, "/unsubscribe", params={"token": "forged"})
        assert script.status_code == 400 and script.json()["detail"][0]["loc"] == [
            "query",
            "token",
        ]


def test_opening_an_article_marks_its_story_read(
    reader: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller, article_id: int
) -> None:
    with session_scope(api_settings.database_url) as session:
        story_id = session.scalars(
            select(ArticleRow.story_id).where(ArticleRow.id == article_id)
        ).one()
        for caller in (alice, bob):
            make_follow(session, session.get_one(UserRow, caller.id), "Syria")
        fan_out(session, article_id=article_id, story_id=story_id, topics=["Syria"], now=utcnow())
    assert reader.get("/me").json()["unread"] == 1
    page = reader.get(f"/web/articles/{article_id}")
    assert page.status_code == 200
    assert reader.get("/me").json()["unread"] == 0
    with session_scope(api_settings.database_url) as session:
        read = dict(session.execute(select(NotificationRow.user_id, NotificationRow.read_at)).all())
    assert read[alice.id] is not None and read[bob.id] is None, "only the reader's"
