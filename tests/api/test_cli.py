"""`alerts api` and `alerts preview` through the real command."""

from __future__ import annotations

import subprocess
import time
from email import message_from_string, policy
from pathlib import Path

import httpx

from alerts.accounts.users import add_user
from alerts.config import load_settings
from alerts.matching.fanout import fan_out
from alerts.models import Mode
from alerts.store.db import session_scope
from alerts.store.tables import UserRow, utcnow
from tests.e2e.scenario import ALERTS, base_env, cli
from tests.helpers import make_article, make_follow
from tests.support.ports import free_port


def test_preview_prints_the_message(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'alerts.db'}"
    env = base_env(database_url=url, secret_key="test-secret")
    settings = load_settings(database_url=url, secret_key="test-secret")
    with session_scope(url) as session:
        add_user(settings, session, "ana@example.org", tz="Europe/Lisbon")
        user = session.query(UserRow).one()
        make_follow(session, user, "Syria", mode=Mode.DAILY)
        article = make_article(session, "https://news.example/1", "Ceasefire talks resume")
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
    eml = cli(env, "preview", "--user", "ana@example.org", "--kind", "digest").stdout
    message = message_from_string(eml, policy=policy.default)
    assert message["Subject"] == "Your daily alerts digest: 1 story"
    assert str(message["List-Unsubscribe"]).startswith("<http://localhost:8000/unsubscribe?token=")
    assert "Ceasefire talks resume" in message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert 'style="' in html and "<style>" not in html.split("</head>")[1], "CSS inlined"
    text = cli(env, "preview", "--user", "ana@example.org", "--part", "text").stdout
    assert text.startswith("Ceasefire talks resume\n")
    missing = subprocess.run(
        [ALERTS, "preview", "--user", "nobody@example.org"], env=env, capture_output=True, text=True
    )
    assert missing.returncode == 2 and "no user" in missing.stderr


def test_api_command_serves(tmp_path: Path) -> None:
    port = free_port()
    env = base_env(database_url=f"sqlite:///{tmp_path / 'alerts.db'}")
    server = subprocess.Popen([ALERTS, "api", "--port", str(port)], env=env)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "alerts api did not start"
                time.sleep(0.2)
        assert response.json() == {"status": "ok"}
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").json()["info"]["title"]
    finally:
        server.terminate()
        server.wait(timeout=10)
