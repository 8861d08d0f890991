"""Acceptance: the hostile link feeds (tests/fixtures/hostile/links.*) go through the real
pipeline, one fetched from a loopback HTTP server and one read from disk, and no channel
carries a link that is not http(s): the instant e-mail (text and HTML, over SMTP), the daily
digest (text and HTML), the webhook payload (to a loopback receiver) and the article page
(`/web/articles/{id}` served by the API over HTTP). Each entry's link is the one in the
table, or absent."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import select

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.api import create_app
from alerts.config import Settings, load_settings
from alerts.demo.receiver import WebhookReceiver
from alerts.feeds.registry import add_feed
from alerts.models import Channel, Mode
from alerts.notify.digest import send_digests
from alerts.notify.senders import Senders, senders_from_settings
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, utcnow
from alerts.topics.taxonomy import bundled_taxonomy
from tests.api.server import ApiServer, memory_senders
from tests.conftest import SmtpSink
from tests.feeds.hostile import HostileServer, serve_bytes
from tests.feeds.hostile_links import (
    HTML_ITEM_TEXT,
    LINKS_ATOM,
    LINKS_RSS,
    WEB,
    LinkReader,
    expected_links,
    foreign_schemes,
    text_schemes,
)


@dataclass(frozen=True)
class Run:
    settings: Settings
    smtp: SmtpSink
    receiver: WebhookReceiver
    api_key: str
    links: dict[str, str]  # title -> the link followers may be given ("" for none)
    article_ids: dict[str, int]  # title -> article id


@pytest.fixture
def settings(pg_url: str, tmp_path: Path) -> Settings:
    """PostgreSQL only: its url columns are 2,048 characters wide, and a longer link must be
    dropped rather than fail the batch. (Rendering does not depend on the database.)"""
    return load_settings(
        database_url=pg_url,
        outbox_dir=tmp_path / "outbox",
        webhook_allowed_hosts=("127.0.0.1",),
        feed_allowed_hosts=("127.0.0.1",),
        secret_key="test-secret",
        retry_delays_s=(0, 0),
    )


@pytest.fixture
def run(settings: Settings, smtp_server: SmtpSink, receiver: WebhookReceiver) -> Iterator[Run]:
    settings = settings.model_copy(update={"smtp_url": SecretStr(smtp_server.url)})
    with HostileServer() as feeds:
        feeds.routes["/news/feed.xml"] = serve_bytes(
            LINKS_RSS.read_bytes(), {"Content-Type": "application/rss+xml"}
        )
        with session_scope(settings.database_url) as session:
            add_feed(
                session, feeds.url("/news/feed.xml"), allowed_hosts=settings.feed_allowed_hosts
            )
            add_feed(session, str(LINKS_ATOM), local_files=True)
            instant = add_user(settings, session, "instant@example.org")
            add_user(settings, session, "digest@example.org")
            add_user(settings, session, "hook@example.org", webhook_url=receiver.url + "/hook")
            for email, channel, mode in (
                ("instant@example.org", Channel.EMAIL, Mode.INSTANT),
                ("digest@example.org", Channel.EMAIL, Mode.DAILY),
                ("hook@example.org", Channel.WEBHOOK, Mode.INSTANT),
            ):
                follow(session, bundled_taxonomy(), email, "Syria", channel=channel, mode=mode)
        with _senders(settings) as senders:
            run_cycle(settings, InlineDispatcher(settings, senders=senders))
            with session_scope(settings.database_url) as session:
                digests = send_digests(
                    settings, session, senders, period=Mode.DAILY, now=utcnow(), force=True
                )
            assert [d.status for d in digests] == ["sent"]
        fetched = expected_links(feeds.url("/news/"))
    on_disk = expected_links(None)
    with session_scope(settings.database_url) as session:
        rows = session.execute(
            select(ArticleRow.entry_key, ArticleRow.title, ArticleRow.url, ArticleRow.id)
        )
        stored = {key: (title, url, article_id) for key, title, url, article_id in rows}
    # the RSS feed was fetched over HTTP, the Atom one (ids "urn:...") read from disk
    expected = {k: on_disk[k] if k.startswith("urn:") else fetched[k] for k in fetched}
    assert {key: url for key, (_, url, _) in stored.items()} == expected, "checked before storage"
    links = {title: url for title, url, _ in stored.values()}
    ids = {title: article_id for title, _, article_id in stored.values()}
    yield Run(settings, smtp_server, receiver, instant.api_key, links, ids)


@contextmanager
def _senders(settings: Settings) -> Iterator[Senders]:
    """The senders a worker builds from these settings, closed afterwards."""
    senders = senders_from_settings(settings)
    try:
        yield senders
    finally:
        senders.mail.close()  # type: ignore[attr-defined]
        senders.webhook.close()


def _mail(run: Run, to: str) -> list[EmailMessage]:
    return [m for m in run.smtp.messages if m["To"] == to]


def _plain(mail: EmailMessage) -> str:
    return str(mail.get_body(("plain",)).get_content()).replace("\r\n", "\n")


def _check_html(html: str, run: Run, *, internal_ok: bool = False) -> LinkReader:
    page = LinkReader(html)
    for url in page.urls:
        # Our own pages and in-page anchors (the "skip to content" link).
        own = (url.startswith("/") and not url.startswith("//")) or url.startswith("#")
        internal = internal_ok and own
        assert internal or WEB.match(url), f"non-web link {url!r} reached the page"
    assert not foreign_schemes(" ".join(page.text))
    return page


def test_instant_emails_carry_web_links_only(run: Run) -> None:
    mails = _mail(run, "instant@example.org")
    assert len(mails) == len(run.links), "one e-mail per story"
    for mail in mails:
        title = next(t for t in run.links if mail["Subject"].startswith(t))
        text = _plain(mail)
        assert text_schemes(text) == set(), text
        assert not foreign_schemes(text)
        link = run.links[title]
        assert (f"Read: {link}\n" in text) if link else ("Read:" not in text)
        page = _check_html(mail.get_body(("html",)).get_content(), run)
        assert page.anchors.get(title) == ([link] if link else None)


def test_the_digest_carries_web_links_only(run: Run) -> None:
    (mail,) = _mail(run, "digest@example.org")
    text = _plain(mail)
    assert text_schemes(text) == set(), text
    assert not foreign_schemes(text)
    page = _check_html(mail.get_body(("html",)).get_content(), run)
    shown = [title for title in run.links if title in " ".join(page.text)]
    assert shown, "the digest lists the stories"
    for title in shown:
        link = run.links[title]
        assert page.anchors.get(title) == ([link] if link else None)
        assert (f"  {link}\n" in text) if link else True


def test_webhook_payloads_carry_web_links_only(run: Run) -> None:
    payloads: list[dict[str, Any]] = [json.loads(r.body)["data"] for r in run.receiver.requests]
    assert len(payloads) == len(run.links)
    for data in payloads:
        article = data["article"]
        assert article["url"] == run.links[article["title"]]
        for url in [article["url"]] + [s["url"] for s in data["sources"]]:
            assert url == "" or WEB.match(url), url
        assert not foreign_schemes(json.dumps(data))
        if article["title"] == "Syria printers publish a new city atlas":
            assert article["summary"] == HTML_ITEM_TEXT


def test_article_pages_carry_web_links_only(run: Run) -> None:
    app = create_app(run.settings, senders=memory_senders())
    with ApiServer(app) as server, httpx.Client(base_url=server.url) as client:
        client.get(f"/web/topics?key={run.api_key}", follow_redirects=True)  # signs in
        for title, article_id in run.article_ids.items():
            response = client.get(f"/web/articles/{article_id}")
            assert response.status_code == 200
            page = _check_html(response.text, run, internal_ok=True)
            link = run.links[title]
            assert page.anchors.get(title) == ([link] if link else None)
