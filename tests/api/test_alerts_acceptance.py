"""Acceptance of personal alerts, from outside: A saves an alert through the API, B follows
Syria, one `alerts run --once` over the shared seed story's feed. A gets exactly one e-mail
about the story, naming A's alert; nothing B receives or reads names it; B has no alerts;
A's preview finds the story."""

from __future__ import annotations

import httpx
import pytest

from alerts.config import Settings, load_settings
from tests.api.conftest import ADMIN_KEY, Caller
from tests.conftest import FIXTURES
from tests.e2e.scenario import STORY_TITLE, base_env, cli
from tests.support.smtp import SmtpSink


@pytest.fixture
def api_settings(settings: Settings, port: int, smtp_server: SmtpSink) -> Settings:
    values = settings.model_dump() | {
        "admin_api_key": ADMIN_KEY,
        "base_url": f"http://127.0.0.1:{port}",
        "secret_key": "test-secret",
        "smtp_url": smtp_server.url,
    }
    return load_settings(**values)


def _mail_to(smtp: SmtpSink, caller: Caller) -> list[str]:
    return [
        f"{m['Subject']}\n{m.get_body(('plain',)).get_content()}"
        for m in smtp.messages
        if str(m["To"]) == caller.email
    ]


def test_a_personal_alert_reaches_only_its_owner(
    client: httpx.Client,
    api_settings: Settings,
    smtp_server: SmtpSink,
    alice: Caller,
    bob: Caller,
) -> None:
    env = base_env(
        database_url=api_settings.database_url,
        smtp_url=smtp_server.url,
        secret_key="test-secret",
    )
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"), "--name", "Outlet A")
    saved = client.post(
        "/me/alerts",
        json={"name": "Border", "query": '"Albu Kamal" OR Hosaiba'},
        headers=alice.auth,
    )
    assert saved.status_code == 201, saved.text
    assert client.post("/me/follows", json={"topic": "Syria"}, headers=bob.auth).status_code == 201

    cli(env, "run", "--once", "--timeout", "120")

    (a_mail,) = _mail_to(smtp_server, alice)
    assert STORY_TITLE in a_mail and "[Border]" in a_mail and "alert:" not in a_mail
    b_mail = _mail_to(smtp_server, bob)
    assert b_mail and all("Border" not in m and "alert:" not in m for m in b_mail)
    assert client.get("/me/alerts", headers=bob.auth).json() == []
    preview = client.post(
        "/me/alerts/preview",
        json={"query": '"Albu Kamal" OR Hosaiba', "since": "7d"},
        headers=alice.auth,
    ).json()
    assert [m["title"] for m in preview["matches"]] == [STORY_TITLE] and preview["total"] == 1
    for item in client.get("/articles", params={"q": "Hosaiba"}, headers=bob.auth).json()["items"]:
        assert not any(t.startswith("alert:") or t == "Border" for t in item["topics"])
