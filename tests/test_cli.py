"""The `alerts` command as users run it: JSON contracts, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from alerts.demo.receiver import WebhookReceiver
from tests.conftest import FIXTURES
from tests.e2e.scenario import ALERTS, base_env, cli


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return base_env(
        database_url=f"sqlite:///{tmp_path / 'cli.db'}", webhook_allowed_hosts="127.0.0.1"
    )


def fails(env: dict[str, str], *args: str) -> str:
    result = subprocess.run([ALERTS, *args], env=env, capture_output=True, text=True)
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


def test_feeds_add_and_list_json(env: dict[str, str]) -> None:
    path = str(FIXTURES / "feeds" / "outlet-a.xml")
    added = json.loads(cli(env, "feeds", "add", path, "--name", "Outlet A", "--json").stdout)
    assert added["created"] is True and added["url"].startswith("file://")
    again = json.loads(cli(env, "feeds", "add", Path(path).as_uri(), "--json").stdout)
    assert again["created"] is False and again["id"] == added["id"]
    listed = json.loads(cli(env, "feeds", "list", "--json").stdout)
    assert [f["name"] for f in listed] == ["Outlet A"]
    for key in (
        "url",
        "status",
        "last_http_status",
        "last_error",
        "error_count",
        "last_outcome",
        "next_poll_at",
        "etag",
        "last_modified",
    ):
        assert key in listed[0]


def test_feeds_add_refuses_missing_files_and_odd_schemes(env: dict[str, str]) -> None:
    assert "no such feed file" in fails(env, "feeds", "add", "/nonexistent/feed.xml")
    assert "scheme rule" in fails(env, "feeds", "add", "gopher://example.org/feed")


def test_users_add_json_contract(env: dict[str, str]) -> None:
    plain = json.loads(
        cli(env, "users", "add", "ana@example.org", "--tz", "Europe/Lisbon", "--json").stdout
    )
    assert plain["email"] == "ana@example.org" and plain["webhook_secret"] is None
    assert plain["api_key"].startswith("ak_") and isinstance(plain["id"], int)
    hooked = json.loads(
        cli(
            env, "users", "add", "ops@example.org", "--webhook", "http://127.0.0.1:9/h", "--json"
        ).stdout
    )
    assert hooked["webhook_secret"].startswith("whsec_")


def test_users_add_errors(env: dict[str, str]) -> None:
    assert "not an e-mail address" in fails(env, "users", "add", "not-an-address")
    assert "unknown time zone" in fails(
        env, "users", "add", "a@example.org", "--tz", "Mars/Olympus"
    )
    assert "private" in fails(
        env, "users", "add", "b@example.org", "--webhook", "http://10.0.0.1/hook"
    )
    cli(env, "users", "add", "c@example.org")
    assert "already exists" in fails(env, "users", "add", "c@example.org")


def test_follow(env: dict[str, str]) -> None:
    cli(env, "users", "add", "ana@example.org")
    followed = json.loads(
        cli(env, "follow", "ana@example.org", "isis", "--mode", "weekly", "--json").stdout
    )
    assert (
        followed["topic"] == "Islamic State"
        and followed["mode"] == "weekly"
        and followed["channel"] == "email"
    )
    error = fails(env, "follow", "ana@example.org", "Syira")
    assert "unknown topic" in error and "Syria" in error
    assert "no webhook endpoint" in fails(
        env, "follow", "ana@example.org", "Iraq", "--channel", "webhook"
    )
    assert "no user" in fails(env, "follow", "nobody@example.org", "Iraq")


def test_topics_list_json(env: dict[str, str]) -> None:
    topics = json.loads(cli(env, "topics", "list", "--json").stdout)
    by_name = {t["name"]: t for t in topics}
    assert "Middle East" in by_name["Iraq"]["parents"]
    assert "ISIS" in by_name["Islamic State"]["aliases"]


def test_run_once_json_and_feed_health(env: dict[str, str], tmp_path: Path) -> None:
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"))
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "malformed.xml"))
    missing = tmp_path / "gone.xml"
    missing.write_text("<rss/>")
    cli(env, "feeds", "add", str(missing))
    missing.unlink()
    summary = json.loads(cli(env, "run", "--once", "--json").stdout)
    assert summary["feeds"] == 3 and not any(summary["outstanding"].values())
    assert summary["articles"] == 5 and summary["notifications"] == {}
    feeds = {Path(f["url"]).name: f for f in json.loads(cli(env, "feeds", "list", "--json").stdout)}
    assert (
        feeds["outlet-a.xml"]["status"] == "active" and feeds["outlet-a.xml"]["last_error"] is None
    )
    assert feeds["malformed.xml"]["last_error"]
    assert (
        feeds["gone.xml"]["status"] == "failing"
        and "cannot read" in feeds["gone.xml"]["last_error"]
    )


def test_help_teaches(env: dict[str, str]) -> None:
    out = cli(env, "--help").stdout
    for command in ("feeds", "users", "follow", "topics", "classify", "run", "digest", "demo"):
        assert command in out


def test_demo_runs_offline(env: dict[str, str], tmp_path: Path) -> None:
    result = cli(env, "demo", "--dir", str(tmp_path / "demo"), "--json")
    assert result.stderr == ""  # e.g. no "Unclosed client session" from a webhook pool
    report = json.loads(result.stdout)
    titles = {c["title"]: c["topics"] for c in report["classified"]}
    seed = titles["Iraqi Airstrikes Target ISIS Militants in Syria for First Time"]
    assert {"Iraq", "Syria", "Islamic State", "Middle East"} <= set(seed)
    assert [w["verified"] for w in report["webhooks"]] == [True]
    recipients = sorted(e["to"] for e in report["emails"])
    assert recipients == ["digest@example.org", "reader@example.org"]
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    assert "not a demo folder" in fails(env, "demo", "--dir", str(precious))
    assert (precious / "keep.txt").read_text() == "mine"


def test_run_once_closes_its_webhook_connections(
    env: dict[str, str], receiver: WebhookReceiver
) -> None:
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"))
    cli(env, "users", "add", "ops@example.org", "--webhook", receiver.url + "/hook")
    cli(env, "follow", "ops@example.org", "Iraq", "--channel", "webhook")
    result = cli(env, "run", "--once", "--json")
    assert json.loads(result.stdout)["notifications"] == {"sent": 1}
    assert len(receiver.requests) == 1
    assert "Unclosed" not in result.stderr and "Traceback" not in result.stderr
