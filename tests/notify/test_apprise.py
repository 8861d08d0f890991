"""The Apprise channel through the shared outbox path, against loopback receivers: JSON,
form and ntfy (a chat service that takes a host) get one message per story per channel
however many followed topics match; 5xx answers are retried, then a dead letter; private
targets are refused when added and when sent to; secrets are never shown."""

from __future__ import annotations

import json
import logging
import re
import time
from contextlib import closing
from dataclasses import replace
from email import message_from_bytes, policy
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from sqlalchemy import select

from alerts.accounts.channels import add_channel, list_channels, view
from alerts.config import Settings
from alerts.demo.receiver import WebhookReceiver
from alerts.errors import InputError, UnsafeTargetError
from alerts.matching.fanout import fan_out
from alerts.models import Channel
from alerts.notify.channels.apprise import AppriseChannel, cut
from alerts.notify.email import OutboxDirSender
from alerts.notify.outbox import deliver_batch
from alerts.notify.senders import Senders, senders_from_settings
from alerts.notify.webhook import WebhookSender
from alerts.status import read_status
from alerts.store.db import session_scope
from alerts.store.tables import AppriseChannelRow, NotificationRow, UserRow, utcnow
from tests.helpers import make_article, make_follow, make_user


def _senders(tmp_path: Path) -> Senders:
    apprise = AppriseChannel(allowed_hosts=("127.0.0.1",))
    return Senders(
        mail=OutboxDirSender(tmp_path / "mail"),
        webhook=WebhookSender(allowed_hosts=("127.0.0.1",)),
        channels={apprise.name: apprise},
    )


def _port(receiver: WebhookReceiver) -> str:
    return receiver.url.rsplit(":", 1)[1]


def _match(settings: Settings, topics: list[str]) -> list[int]:
    """A story tagged with `topics`, fanned out; the ids due now."""
    with session_scope(settings.database_url) as session:
        article = make_article(session, "https://news.example/strikes", "Strikes near the border")
        return fan_out(
            session, article_id=article.id, story_id=article.story_id, topics=topics, now=utcnow()
        )


def _deliver(settings: Settings, senders: Senders, ids: list[int]) -> int:
    with session_scope(settings.database_url) as session:
        return deliver_batch(settings, session, senders, ids)


def _user_with(settings: Settings, urls: dict[str, str]) -> UserRow:
    with session_scope(settings.database_url) as session:
        user = make_user(session, "ana@example.org")
        for name, url in urls.items():
            add_channel(settings, session, user.id, url, name)
        for topic in ("Syria", "Iraq"):
            make_follow(session, user, topic, Channel.APPRISE)
        session.expunge(user)
    return user


def test_json_form_and_ntfy_get_one_message_per_story(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    port = _port(receiver)
    _user_with(
        settings,
        {
            "box": f"json://127.0.0.1:{port}/json",
            "form": f"form://127.0.0.1:{port}/form",
            "chat": f"ntfy://127.0.0.1:{port}/alerts",
        },
    )
    ids = _match(settings, ["Syria", "Iraq"])
    assert len(ids) == 3  # one row per channel, however many topics matched
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        assert _deliver(settings, senders, ids) == 3
        assert _deliver(settings, senders, ids) == 0
    by_path = {r.path: r.body.decode() for r in receiver.requests}
    assert len(receiver.requests) == 3 and set(by_path) == {"/json", "/form", "/"}
    posted = json.loads(by_path["/json"])
    assert posted["title"] == "Strikes near the border"
    assert "**Topics:** Iraq, Syria" in posted["message"]
    assert "Feed file:///feed.xml" in posted["message"]  # the outlet
    assert "(https://news.example/strikes)" in posted["message"]
    form = parse_qs(by_path["/form"])
    assert form["title"] == ["Strikes near the border"] and "Iraq, Syria" in form["message"][0]
    ntfy = json.loads(by_path["/"])
    assert ntfy["topic"] == "alerts" and "Iraq, Syria" in ntfy["message"]
    with session_scope(settings.database_url) as session:
        assert set(session.scalars(select(NotificationRow.status))) == {"sent"}
        shown = read_status(session, utcnow(), queue_depth=None)
    assert shown.notifications == {"apprise": {"sent": 3}}  # counted per kind, not target


def test_a_follow_of_one_named_channel_sends_to_it_alone(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    port = _port(receiver)
    with session_scope(settings.database_url) as session:
        user = make_user(session, "ana@example.org")
        add_channel(settings, session, user.id, f"json://127.0.0.1:{port}/box", "box")
        phone = add_channel(settings, session, user.id, f"json://127.0.0.1:{port}/phone", "phone")
        make_follow(session, user, "Syria", f"apprise:{phone.id}")
        make_follow(session, user, "Iraq", Channel.APPRISE)
    ids = _match(settings, ["Syria"])
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        _deliver(settings, senders, ids)
    assert [r.path for r in receiver.requests] == ["/phone"]


def test_5xx_is_retried_then_a_dead_letter(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    _user_with(settings, {"box": f"json://127.0.0.1:{_port(receiver)}/box"})
    receiver.policy = lambda request: (503, 0.0)
    ids = _match(settings, ["Syria"])
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        _deliver(settings, senders, ids)
        with session_scope(settings.database_url) as session:
            row = session.scalars(select(NotificationRow)).one()
            assert (row.status, row.attempts) == ("pending", 1)
            assert "did not accept" in (row.last_error or "")
        for _ in range(2):  # ALERTS_RETRY_DELAYS_S is (0, 0) in tests: two retries
            _deliver(settings, senders, ids)
    with session_scope(settings.database_url) as session:
        row = session.scalars(select(NotificationRow)).one()
        target = session.scalars(select(AppriseChannelRow)).one()
        assert (row.status, row.attempts) == ("failed", 3)
        assert target.failing_since is not None and target.status == "active"
    assert len(receiver.requests) == 3


def test_a_private_target_is_refused_when_added_and_when_sent_to(
    settings: Settings, tmp_path: Path
) -> None:
    with session_scope(settings.database_url) as session:
        user = make_user(session, "ana@example.org")
        with pytest.raises(UnsafeTargetError, match=r"10\.0\.0\.1 is a private address"):
            add_channel(settings, session, user.id, "json://10.0.0.1/x")
        # Stored while the host was allowed, then the allow-list changed: refused at send
        # time by the guard, before any connection, and the target disabled.
        session.add(
            AppriseChannelRow(
                user_id=user.id,
                name="old",
                service="JSON",
                url="json://10.0.0.1/x",
                masked_url="json://10.0.0.1/x",
                status="active",
            )
        )
        make_follow(session, user, "Syria", Channel.APPRISE)
    ids = _match(settings, ["Syria"])
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        _deliver(settings, senders, ids)
    with session_scope(settings.database_url) as session:
        row = session.scalars(select(NotificationRow)).one()
        target = session.scalars(select(AppriseChannelRow)).one()
    assert row.status == "failed" and "private address" in (row.last_error or "")
    assert target.status == "disabled"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("not a url", "is not an Apprise URL"),
        ("nosuchservice://host/x", "Apprise has no service 'nosuchservice://'"),
        ("tgram://", "a part the service needs is missing"),
    ],
)
def test_an_unreadable_url_says_what_is_wrong(settings: Settings, url: str, why: str) -> None:
    with session_scope(settings.database_url) as session:
        user = make_user(session, "ana@example.org")
        with pytest.raises(InputError, match=re.escape(why)):
            add_channel(settings, session, user.id, url)


def test_secrets_are_masked_and_never_logged(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"json://user:hunter2secret@127.0.0.1:{_port(receiver)}/box"
    caplog.set_level(logging.DEBUG)
    _user_with(settings, {"box": url})
    receiver.policy = lambda request: (500, 0.0)
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        _deliver(settings, senders, _match(settings, ["Syria"]))
    with session_scope(settings.database_url) as session:
        (shown,) = [view(row) for row in list_channels(session, 1)]
    assert shown.service == "JSON" and shown.name == "box"
    assert "hunter2secret" not in json.dumps(shown.as_dict()) and "****" in shown.url
    assert receiver.requests, "the message went out, and failed"
    assert "hunter2secret" not in caplog.text


def test_long_text_is_cut_at_a_word() -> None:
    text = "word " * 100
    assert cut(text, 42).endswith("word…") and len(cut(text, 42)) <= 42


def _senders_disabling_after(tmp_path: Path, seconds: float) -> Senders:
    apprise = AppriseChannel(allowed_hosts=("127.0.0.1",), disable_after_s=seconds)
    return replace(_senders(tmp_path), channels={apprise.name: apprise})


def test_a_target_failing_too_long_is_disabled_and_its_messages_dead_letters(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    _user_with(settings, {"box": f"json://127.0.0.1:{_port(receiver)}/box"})
    receiver.policy = lambda request: (503, 0.0)
    ids = _match(settings, ["Syria"])
    senders = _senders_disabling_after(tmp_path, 0.001)
    with closing(senders.webhook):
        _deliver(settings, senders, ids)  # the run of failures starts
        with session_scope(settings.database_url) as session:
            assert session.scalars(select(AppriseChannelRow.status)).one() == "active"
        time.sleep(0.01)
        _deliver(settings, senders, ids)  # the retry finds the run older than allowed
    with session_scope(settings.database_url) as session:
        row = session.scalars(select(NotificationRow)).one()
        target = session.scalars(select(AppriseChannelRow)).one()
    assert target.status == "disabled" and (target.last_error or "").startswith("failing since")
    assert row.status == "failed"
    assert (row.last_error or "").startswith("Apprise channel disabled: failing since")


def test_the_owner_of_a_disabled_channel_is_told_by_e_mail(
    settings: Settings, receiver: WebhookReceiver
) -> None:
    """As the service wires it (`senders_from_settings`): the owner learns which channel,
    shown masked, and why."""
    settings = settings.model_copy(update={"webhook_disable_after_s": 0.001})
    _user_with(settings, {"box": f"json://127.0.0.1:{_port(receiver)}/box"})
    receiver.policy = lambda request: (503, 0.0)
    ids = _match(settings, ["Syria"])
    with senders_from_settings(settings) as senders:
        _deliver(settings, senders, ids)
        time.sleep(0.01)
        _deliver(settings, senders, ids)
    notes = [
        message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in settings.outbox_dir.glob("*.eml")
    ]
    assert [str(n["Subject"]) for n in notes] == ["Your Apprise channel was disabled"]
    assert str(notes[0]["To"]) == "ana@example.org"
    text = notes[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert f"json://127.0.0.1:{_port(receiver)}/box" in text and "failing since" in text
    assert f"{settings.base_url}/web/channels" in text


def test_a_success_ends_a_targets_run_of_failures(
    settings: Settings, receiver: WebhookReceiver, tmp_path: Path
) -> None:
    _user_with(settings, {"box": f"json://127.0.0.1:{_port(receiver)}/box"})
    answers = iter([503, 200])
    receiver.policy = lambda request: (next(answers), 0.0)
    ids = _match(settings, ["Syria"])
    senders = _senders(tmp_path)
    with closing(senders.webhook):
        _deliver(settings, senders, ids)
        with session_scope(settings.database_url) as session:
            assert session.scalars(select(AppriseChannelRow.failing_since)).one() is not None
        _deliver(settings, senders, ids)
    with session_scope(settings.database_url) as session:
        target = session.scalars(select(AppriseChannelRow)).one()
        assert session.scalars(select(NotificationRow.status)).one() == "sent"
    assert (target.status, target.failing_since) == ("active", None)
