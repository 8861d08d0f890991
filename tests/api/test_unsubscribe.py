"""One-click unsubscribe (RFC 8058) straight from a real e-mail's List-Unsubscribe header."""

from __future__ import annotations

import time

import httpx
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import select

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import Channel, Mode
from alerts.notify.outbox import deliver_notification
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import MAX_AGE_S, UnsubscribeRequest, make_token
from alerts.store.db import session_scope
from alerts.store.tables import FollowRow, UserRow, utcnow
from tests.api.conftest import Caller
from tests.api.server import Mailbox
from tests.helpers import make_article, make_follow

ONE_CLICK = {"List-Unsubscribe": "One-Click"}


def _mail_alice(settings: Settings, senders: Senders, alice: Caller) -> str:
    """Deliver one instant e-mail to Alice; return its List-Unsubscribe URL."""
    with session_scope(settings.database_url) as session:
        user = session.get_one(UserRow, alice.id)
        make_follow(session, user, "Syria")
        make_follow(session, user, "Iraq", mode=Mode.DAILY)
        article = make_article(session, "https://news.example/border", "Shelling at the border")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
        session.commit()
        deliver_notification(settings, session, senders, ids[0])
    assert isinstance(senders.mail, Mailbox)
    header = str(senders.mail.messages[-1]["List-Unsubscribe"])
    assert header.startswith(f"<{settings.base_url}/unsubscribe?token=")
    return header.strip("<>")


def _topics(settings: Settings, user_id: int) -> list[str]:
    with session_scope(settings.database_url) as session:
        return sorted(
            session.scalars(select(FollowRow.topic).where(FollowRow.user_id == user_id)).all()
        )


def test_one_click_post_stops_that_follow(
    client: httpx.Client, api_settings: Settings, senders: Senders, alice: Caller
) -> None:
    url = _mail_alice(api_settings, senders, alice)
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Unsubscribe?" in confirm.text
    assert _topics(api_settings, alice.id) == ["Iraq", "Syria"], "a GET changes nothing"
    done = client.post(url, data=ONE_CLICK)
    assert done.status_code == 200
    assert done.json() == {
        "unsubscribed": True,
        "topic": "Syria",
        "topics": ["Syria"],
        "follows_removed": 1,
    }
    assert _topics(api_settings, alice.id) == ["Iraq"]
    assert client.post(url, data=ONE_CLICK).json()["follows_removed"] == 0, "idempotent"
    page = client.post(url, data=ONE_CLICK, headers={"Accept": "text/html"})
    assert "You are unsubscribed" in page.text


def test_one_click_stops_every_follow_behind_the_message(
    client: httpx.Client, api_settings: Settings, senders: Senders, alice: Caller
) -> None:
    with session_scope(api_settings.database_url) as session:
        user = session.get_one(UserRow, alice.id)
        for topic in ("Islamic State", "Syria", "Iraq"):
            make_follow(session, user, topic)
        article = make_article(session, "https://news.example/raqqa", "Strikes on Raqqa")
        ids = fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Islamic State", "Syria"],
            now=utcnow(),
        )
        session.commit()
        deliver_notification(api_settings, session, senders, ids[0])
    assert isinstance(senders.mail, Mailbox)
    url = str(senders.mail.messages[-1]["List-Unsubscribe"]).strip("<>")
    confirm = client.get(url)
    assert "Islamic State" in confirm.text and "Syria" in confirm.text
    done = client.post(url, data=ONE_CLICK)
    assert done.json()["topics"] == ["Islamic State", "Syria"]
    assert done.json()["follows_removed"] == 2
    assert _topics(api_settings, alice.id) == ["Iraq"], "one click stops the whole message"
    page = client.post(url, data=ONE_CLICK, headers={"Accept": "text/html"})
    assert "Islamic State and Syria" in page.text


def test_a_link_from_an_earlier_message_still_works(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    with session_scope(api_settings.database_url) as session:
        make_follow(session, session.get_one(UserRow, alice.id), "Syria")
    serializer = URLSafeTimedSerializer("test-secret", salt="alerts.unsubscribe")
    token = serializer.dumps([alice.id, "Syria"])  # one topic, as links used to name it
    response = client.post("/unsubscribe", params={"token": token}, data=ONE_CLICK)
    assert response.json()["follows_removed"] == 1 and response.json()["topics"] == ["Syria"]


def test_a_digest_link_stops_every_email_follow(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    with session_scope(api_settings.database_url) as session:
        user = session.get_one(UserRow, alice.id)
        for topic in ("Syria", "Iraq"):
            make_follow(session, user, topic)
        session.add(
            FollowRow(user_id=alice.id, topic="Iran", channel=Channel.WEBHOOK, mode="instant")
        )
    token = make_token("test-secret", UnsubscribeRequest(alice.id, None))
    response = client.post("/unsubscribe", params={"token": token}, data=ONE_CLICK)
    assert response.json()["follows_removed"] == 2
    assert _topics(api_settings, alice.id) == ["Iran"], "webhook follows are not e-mail"


def _expired_token(user_id: int) -> str:
    serializer = URLSafeTimedSerializer("test-secret", salt="alerts.unsubscribe")
    signer = serializer.make_signer()
    signer.get_timestamp = lambda: int(time.time()) - MAX_AGE_S - 60  # type: ignore[method-assign]
    payload = serializer.dump_payload([user_id, "Syria"])
    return signer.sign(payload).decode()


def test_bad_tokens_are_refused(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    with session_scope(api_settings.database_url) as session:
        make_follow(session, session.get_one(UserRow, alice.id), "Syria")
    good = make_token("test-secret", UnsubscribeRequest(alice.id, "Syria"))
    bad = {
        "forged": make_token("another-secret", UnsubscribeRequest(alice.id, "Syria")),
        "tampered": good[:-2] + ("AA" if not good.endswith("AA") else "BB"),
        "expired": _expired_token(alice.id),
        "garbage": "\u00e9t\u00e9.%%%",
    }
    for kind, token in bad.items():
        for method in ("GET", "POST"):
            response = client.request(
                method, "/unsubscribe", params={"token": token}, data=ONE_CLICK
            )
            assert response.status_code == 400, (kind, response.text)
            assert response.json()["detail"][0]["loc"] == ["query", "token"]
            if kind == "expired":
                assert "expired" in response.json()["detail"][0]["msg"]
    assert _topics(api_settings, alice.id) == ["Syria"]
