"""Acceptance of Apprise channels and the inbox feed, checked from outside through the real
`alerts` command on the embedded default (SQLite, in-process run)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import feedparser
import httpx

from alerts.api import create_app
from alerts.config import load_settings
from alerts.demo.receiver import WebhookReceiver
from tests.api.server import ApiServer
from tests.conftest import FIXTURES
from tests.e2e.scenario import ALERTS, STORY_TITLE, base_env, cli
from tests.support.ports import free_port

EMAIL = "ana@example.org"


def _seed(env: dict[str, str]) -> None:
    """The two outlets that carry the seed story, and a subscriber."""
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"), "--name", "Outlet A")
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-b.xml"), "--name", "Outlet B")
    cli(env, "users", "add", EMAIL)


def test_apprise_channel_from_outside(tmp_path: Path, receiver: WebhookReceiver) -> None:
    env = base_env(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        outbox_dir=str(tmp_path / "outbox"),
        webhook_allowed_hosts="127.0.0.1",
    )
    _seed(env)
    port = receiver.url.rsplit(":", 1)[1]
    cli(env, "channels", "add", EMAIL, f"json://127.0.0.1:{port}/path", "--name", "box")
    cli(env, "follow", EMAIL, "Syria", "--channel", "apprise")
    cli(env, "follow", EMAIL, "Iraq", "--channel", "apprise")
    cli(env, "run", "--once", "--timeout", "120")

    assert len(receiver.requests) == 1
    posted = receiver.requests[0]
    assert posted.path == "/path"
    message = json.loads(posted.body)
    assert message["title"] == STORY_TITLE
    assert "Iraq, Syria" in message["message"] and "Outlet A" in message["message"]

    refused = subprocess.run(
        [ALERTS, "channels", "add", EMAIL, "json://10.0.0.1/x"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "10.0.0.1 is a private address" in refused.stderr
    listed = json.loads(cli(env, "channels", "list", EMAIL, "--json").stdout)
    assert [c["name"] for c in listed] == ["box"] and listed[0]["service"] == "JSON"


def test_inbox_feed_from_outside(tmp_path: Path) -> None:
    """`alerts users inbox-feed EMAIL --json`: both URLs open with no header and list the
    seed story."""
    port = free_port()
    database_url = f"sqlite:///{tmp_path / 'alerts.db'}"
    env = base_env(
        database_url=database_url,
        outbox_dir=str(tmp_path / "outbox"),
        base_url=f"http://127.0.0.1:{port}",
    )
    _seed(env)
    cli(env, "follow", EMAIL, "Syria")
    cli(env, "run", "--once", "--timeout", "120")
    urls = json.loads(cli(env, "users", "inbox-feed", EMAIL, "--json").stdout)
    settings = load_settings(
        database_url=database_url, base_url=f"http://127.0.0.1:{port}", secret_key="test-secret"
    )
    with ApiServer(create_app(settings), port):
        atom = feedparser.parse(httpx.get(urls["atom_url"]).content)
        items = httpx.get(urls["json_url"]).json()["items"]
    assert STORY_TITLE in [entry.title for entry in atom.entries]
    assert STORY_TITLE in [item["title"] for item in items]
