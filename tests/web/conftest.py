"""The seed story through the real pipeline (fixture feeds, classifier, fan-out), served by
the API on a loopback port, and headless Chromium from Debian's `chromium` package."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from alerts.accounts.users import add_user
from alerts.api import create_app
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.matching.fanout import fan_out
from alerts.notify.views import article_topics
from alerts.notify.webhook import WebhookSender
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, NotificationRow, UserRow, utcnow
from tests.api.server import ApiServer, memory_senders
from tests.conftest import FIXTURES, REPO
from tests.feeds.hostile import HostileServer, serve_bytes
from tests.helpers import make_follow
from tests.support.ports import free_port

SEED_TITLE = "Iraqi Airstrikes Target ISIS Militants in Syria for First Time"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@dataclass(frozen=True)
class Site:
    url: str
    settings: Settings
    article_id: int
    user_id: int
    api_key: str


@pytest.fixture
def photos(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """Where screenshots go: docs/ with `pytest --photograph` (`make screenshots`), else a
    temporary folder, so that a test run leaves the checkout as it found it."""
    if request.config.getoption("--photograph"):
        (REPO / "docs").mkdir(exist_ok=True)
        return REPO / "docs"
    return tmp_path


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    port = free_port()
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        outbox_dir=tmp_path / "outbox",
        base_url=f"http://127.0.0.1:{port}",
        secret_key="test-secret",
        webhook_allowed_hosts=("127.0.0.1",),
        feed_allowed_hosts=("127.0.0.1",),
    )
    senders = memory_senders(WebhookSender(allowed_hosts=settings.webhook_allowed_hosts))
    with session_scope(settings.database_url) as session:
        for name in ("outlet-a.xml", "outlet-b.xml"):
            add_feed(session, str(FIXTURES / "feeds" / name), local_files=True)
        user = add_user(settings, session, "reader@example.org", tz="Asia/Baghdad")
    run_cycle(settings, InlineDispatcher(settings, senders=senders))
    with session_scope(settings.database_url) as session:
        article_id = session.scalars(
            select(ArticleRow.id).where(ArticleRow.title == SEED_TITLE).order_by(ArticleRow.id)
        ).first()
    assert article_id is not None
    with ApiServer(create_app(settings, senders=senders), port) as server:
        yield Site(server.url, settings, article_id, user.id, user.api_key)


# A news site's pages and feeds (tests/fixtures/sources), by path, with their types.
NEWS_SITE = {
    "/": ("relative.html", "text/html; charset=utf-8"),  # links /desk.xml
    "/desk.xml": ("desk.xml", "application/rss+xml"),
    "/feeds/desk.atom": ("desk.atom", "application/atom+xml"),
}


@pytest.fixture
def news_site() -> Iterator[HostileServer]:
    """A loopback news site: a front page linking its RSS feed, and an Atom feed."""
    with HostileServer() as running:
        base = running.url("").encode()
        for path, (name, content_type) in NEWS_SITE.items():
            body = (FIXTURES / "sources" / name).read_bytes().replace(b"{base}", base)
            running.routes[path] = serve_bytes(body, {"Content-Type": content_type})
        yield running


def poll(site: Site) -> None:
    """One real cycle, in a thread of its own (Playwright's loop runs in this one)."""
    with ThreadPoolExecutor(1) as pool:
        dispatcher = InlineDispatcher(site.settings, senders=memory_senders())
        pool.submit(run_cycle, site.settings, dispatcher).result()


@pytest.fixture
def browser() -> Iterator[object]:
    assert shutil.which(CHROMIUM), "chromium is missing: run ./scripts/setup --system"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


def signed_in_page(
    browser: Any, site: Site, *, width: int = 1280, scheme: str = "light", path: str = "/web/inbox"
) -> Any:
    """A page of a new browser context at `width` px in `scheme`, signed in the existing way
    (a `?key=` link typed into the address bar moves the key into the cookie)."""
    context = browser.new_context(
        viewport={"width": width, "height": 900}, color_scheme=scheme, device_scale_factor=1
    )
    page = context.new_page()
    separator = "&" if "?" in path else "?"
    page.goto(f"{site.url}{path}{separator}key={site.api_key}")
    assert "key=" not in page.url
    return page


def fill_inbox(site: Site, topics: tuple[str, ...] = ("Middle East", "Technology")) -> int:
    """Follow `topics` and fan every stored article out to the user: their inbox's stories.
    Returns how many stories that made."""
    with session_scope(site.settings.database_url) as session:
        user = session.get_one(UserRow, site.user_id)
        for topic in topics:
            make_follow(session, user, topic)
        for article in session.scalars(select(ArticleRow).order_by(ArticleRow.id)):
            fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=article_topics(session, article.id),
                now=utcnow(),
            )
        return len(
            set(
                session.scalars(
                    select(NotificationRow.story_id).where(NotificationRow.user_id == user.id)
                )
            )
        )


# The checks axe runs: WCAG 2.0-2.2 A and AA, and its best practices.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}


def serious_violations(page: Any) -> list[str]:
    """What axe-core finds serious or critical on the page as it is now, one line each."""
    results = Axe().run(page, options=AXE_OPTIONS).response
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in results["violations"]
        if v["impact"] in {"serious", "critical"}
    ]
