"""Near-duplicate stories: re-worded copies from two outlets become one story (one
notification listing both sources); different events on the same topic stay apart."""

from __future__ import annotations

import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select

from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings
from alerts.feeds.registry import add_feed
from alerts.feeds.stories import fingerprint, similarity, story_key
from alerts.models import Article, Channel, Mode
from alerts.notify.email import OutboxDirSender
from alerts.notify.senders import Senders
from alerts.notify.webhook import WebhookSender
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, NotificationRow
from alerts.topics.classifier import default_classifier
from alerts.topics.taxonomy import bundled_taxonomy
from tests.conftest import FIXTURES

PAIRS = tomllib.loads((FIXTURES / "stories.toml").read_text())


def _print(title: str, body: str):  # type: ignore[no-untyped-def]
    matches = default_classifier().classify(title, body)
    return fingerprint(
        title, body, [m.name for m in matches if any(e.via is None for e in m.evidence)]
    )


@pytest.mark.parametrize("pair", PAIRS["same"], ids=lambda p: p["a_title"][:30])
def test_rewordings_are_similar(pair: dict[str, str]) -> None:
    score = similarity(
        _print(pair["a_title"], pair["a_body"]), _print(pair["b_title"], pair["b_body"])
    )
    assert score >= Settings().story_similarity


@pytest.mark.parametrize("pair", PAIRS["different"], ids=lambda p: p["b_title"][:30])
def test_different_events_are_not(pair: dict[str, str]) -> None:
    score = similarity(
        _print(pair["a_title"], pair["a_body"]), _print(pair["b_title"], pair["b_body"])
    )
    assert score < Settings().story_similarity - 0.1


def test_exact_key_ignores_tracking_and_scheme() -> None:
    a = Article(key="1", url="http://x.example/a/?utm_source=feed", title="A", summary="")
    b = Article(key="2", url="https://x.example/a", title="B", summary="")
    assert story_key(a) == story_key(b)


def _feed(path: Path, outlet: str, items: list[tuple[str, str, str]]) -> Path:
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{link}</link><description>{escape(b)}</description></item>"
        for t, b, link in items
    )
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{outlet}</title>{entries}</channel></rss>'
    )
    return path


def _two_outlets(tmp_path: Path) -> tuple[Path, Path]:
    """Outlet One with one event; Outlet Two with a copy of it and a different event."""
    same, different = PAIRS["same"][0], PAIRS["different"][0]
    one = _feed(
        tmp_path / "a.xml",
        "Outlet One",
        [(same["a_title"], same["a_body"], "https://one.example/1")],
    )
    two = _feed(
        tmp_path / "b.xml",
        "Outlet Two",
        [
            (same["b_title"], same["b_body"], "https://two.example/x"),
            (different["b_title"], different["b_body"], "https://two.example/y"),
        ],
    )
    return one, two


def test_one_notification_per_story_listing_both_outlets(
    settings: Settings, tmp_path: Path
) -> None:
    a, b = _two_outlets(tmp_path)
    with session_scope(settings.database_url) as session:
        add_feed(session, str(a), local_files=True)
        add_feed(session, str(b), local_files=True)
        add_user(settings, session, "reader@example.org")
        follow(
            session,
            bundled_taxonomy(),
            "reader@example.org",
            "Islamic State",
            channel=Channel.EMAIL,
            mode=Mode.INSTANT,
        )
    outbox = tmp_path / "mail"
    senders = Senders(mail=OutboxDirSender(outbox), webhook=WebhookSender(allowed_hosts=()))
    run_cycle(settings, InlineDispatcher(settings, senders=senders))
    with session_scope(settings.database_url) as session:
        stories = set(session.scalars(select(ArticleRow.story_id)))
        notifications = session.scalars(select(NotificationRow)).all()
    assert len(stories) == 2, (
        "the re-worded copy joins the first story; the other event stays apart"
    )
    assert len(notifications) == 2
    mails = sorted(p.read_text() for p in outbox.glob("*.eml"))
    assert len(mails) == 2
    merged = next(m for m in mails if "Outlet One" in m)
    assert "Outlet Two" in merged


def test_a_copy_polled_in_a_later_cycle_joins_the_stored_story(
    settings: Settings, tmp_path: Path
) -> None:
    """A story settled by one cycle is found by the next through the fingerprint written
    on its row: the later copy joins it, the other event stays apart."""
    first, later = _two_outlets(tmp_path)
    senders = Senders(
        mail=OutboxDirSender(tmp_path / "mail"), webhook=WebhookSender(allowed_hosts=())
    )
    for feed in (first, later):
        with session_scope(settings.database_url) as session:
            add_feed(session, str(feed), local_files=True)
        run_cycle(settings, InlineDispatcher(settings, senders=senders))
    with session_scope(settings.database_url) as session:
        stories = [session.get(ArticleRow, i).story_id for i in (1, 2, 3)]  # type: ignore[union-attr]
    assert stories[1] == stories[0], "the later copy joins the stored story"
    assert stories[2] not in stories[:2]
