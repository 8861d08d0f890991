"""The commands an operator lives in: users (list, remove, new API key), webhooks, feeds
(rename, disable, enable, remove), custom topics (remove, list filters), tables that keep
URLs and titles whole, progress bars that never spoil JSON, and one log line per cycle.

Commands run in this process through the console-script entry point (`main`), so exit
codes and one-line errors are what a shell sees; a few run as real processes where the
terminal width or the log output of `alerts run` is the point."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from alerts import pipeline
from alerts.api import create_app
from alerts.cli.common import settings as cli_settings
from alerts.cli.main import main
from alerts.config import load_settings
from alerts.matching.fanout import fan_out
from alerts.models import Channel, Mode
from alerts.store.db import session_scope
from alerts.store.tables import (
    ArticleRow,
    FollowRow,
    NotificationRow,
    UserRow,
    WebhookEndpointRow,
    utcnow,
)
from tests.api.server import ApiServer, memory_senders
from tests.conftest import FIXTURES
from tests.e2e.scenario import ALERTS, base_env
from tests.helpers import make_article, make_follow


@dataclass(frozen=True)
class Ran:
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Cli = Callable[..., Ran]


def _cli(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Cli:
    variables = {
        "ALERTS_DATABASE_URL": url,
        "ALERTS_OUTBOX_DIR": str(tmp_path / "outbox"),
        "ALERTS_WEBHOOK_ALLOWED_HOSTS": "127.0.0.1",
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)

    def run(*args: str, code: int = 0) -> Ran:
        cli_settings.cache_clear()
        monkeypatch.setattr(sys, "argv", ["alerts", *args])
        with pytest.raises(SystemExit) as exited:
            main()
        out, err = capsys.readouterr()
        assert (exited.value.code or 0) == code, (args, out, err)
        if code == 2:
            assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        return Ran(out, err)

    return run


@pytest.fixture
def alerts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Iterator[Cli]:
    """The CLI over a fresh SQLite database."""
    yield _cli(f"sqlite:///{tmp_path / 'cli.db'}", tmp_path, monkeypatch, capsys)
    cli_settings.cache_clear()


@pytest.fixture
def alerts_on(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Iterator[Cli]:
    """The CLI over SQLite and over PostgreSQL: deletes rely on each one's cascades."""
    yield _cli(database_url, tmp_path, monkeypatch, capsys)
    cli_settings.cache_clear()


def _count(url: str, table: type, **where: object) -> int:
    with session_scope(url) as session:
        query = select(func.count()).select_from(table).filter_by(**where)
        return int(session.scalar(query) or 0)


# users ---------------------------------------------------------------------------------


def test_users_list(alerts: Cli) -> None:
    alerts("users", "add", "ana@example.org", "--tz", "Europe/Lisbon")
    alerts("users", "add", "ops@example.org", "--webhook", "http://127.0.0.1:9/h")
    alerts("follow", "ana@example.org", "Syria")
    listed = alerts("users", "list", "--json").json()
    assert [(u["email"], u["tz"], u["follows"], u["endpoints"]) for u in listed] == [
        ("ana@example.org", "Europe/Lisbon", 1, 0),
        ("ops@example.org", "UTC", 0, 1),
    ]
    assert not any("api_key" in u or "secret" in u for u in listed)
    table = alerts("users", "list").out
    assert "ana@example.org" in table and "Europe/Lisbon" in table


def test_rotate_key_old_key_stops_working_in_the_api(
    alerts: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = alerts("users", "add", "ana@example.org", "--json").json()["api_key"]
    url = os.environ["ALERTS_DATABASE_URL"]
    api_settings = load_settings(database_url=url, secret_key="test-secret")
    with ApiServer(create_app(api_settings, senders=memory_senders())) as server:

        def status(key: str) -> int:
            headers = {"Authorization": f"Bearer {key}"}
            return httpx.get(f"{server.url}/me/preferences", headers=headers).status_code

        assert status(old) == 200
        rotated = alerts("users", "rotate-key", "ana@example.org", "--json").json()
        new = rotated["api_key"]
        assert rotated["email"] == "ana@example.org" and new.startswith("ak_") and new != old
        assert status(old) == 401
        assert status(new) == 200
    printed = alerts("users", "rotate-key", "ana@example.org").out
    assert "shown once" in printed and "ak_" in printed
    assert "no user" in alerts("users", "rotate-key", "nobody@example.org", code=2).err


def test_users_remove_takes_everything_of_theirs(alerts_on: Cli) -> None:
    alerts = alerts_on
    alerts("users", "add", "ana@example.org", "--webhook", "http://127.0.0.1:9/h")
    alerts("users", "add", "bob@example.org")
    alerts("follow", "ana@example.org", "Syria")
    alerts("follow", "ana@example.org", "Iraq", "--channel", "webhook", "--mode", "daily")
    alerts("follow", "bob@example.org", "Syria")
    url = os.environ["ALERTS_DATABASE_URL"]
    with session_scope(url) as session:
        article = make_article(session, "https://news.example/1", "Strikes near the border")
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria", "Iraq"],
            now=utcnow(),
        )
        ana = session.scalars(select(UserRow.id).where(UserRow.email == "ana@example.org")).one()
    assert _count(url, NotificationRow, user_id=ana) == 2  # instant e-mail, held webhook
    refused = alerts("users", "remove", "ana@example.org", code=2).err
    assert "--yes" in refused and _count(url, UserRow) == 2
    removed = alerts("users", "remove", "ana@example.org", "--yes", "--json").json()
    assert (removed["email"], removed["follows"], removed["endpoints"]) == ("ana@example.org", 2, 1)
    for table in (FollowRow, WebhookEndpointRow, NotificationRow):
        assert _count(url, table, user_id=ana) == 0, table
    assert [u["email"] for u in alerts("users", "list", "--json").json()] == ["bob@example.org"]
    assert _count(url, NotificationRow) == 1  # bob's
    assert "no user" in alerts("users", "remove", "ana@example.org", "--yes", code=2).err


# webhooks ------------------------------------------------------------------------------


def test_webhooks_add_to_an_existing_user(alerts: Cli) -> None:
    alerts("users", "add", "ana@example.org")
    assert (
        "no webhook endpoint"
        in alerts("follow", "ana@example.org", "Iraq", "--channel", "webhook", code=2).err
    )
    added = alerts("webhooks", "add", "ana@example.org", "http://127.0.0.1:9/h", "--json").json()
    assert added["secret"].startswith("whsec_") and added["url"] == "http://127.0.0.1:9/h"
    alerts("follow", "ana@example.org", "Iraq", "--channel", "webhook")
    printed = alerts("webhooks", "add", "ana@example.org", "http://127.0.0.1:10/h").out
    assert "whsec_" in printed and "shown once" in printed
    assert (
        "no user" in alerts("webhooks", "add", "bob@example.org", "http://127.0.0.1/h", code=2).err
    )
    assert (
        "private" in alerts("webhooks", "add", "ana@example.org", "http://10.0.0.1/h", code=2).err
    )
    assert alerts("users", "list", "--json").json()[0]["endpoints"] == 2
    listed = alerts("webhooks", "list", "ana@example.org", "--json").json()
    assert [w["url"] for w in listed] == ["http://127.0.0.1:9/h", "http://127.0.0.1:10/h"]
    assert all(w["status"] == "active" and "secret" not in w for w in listed)
    assert "whsec_" not in alerts("webhooks", "list", "ana@example.org").out


# feeds ---------------------------------------------------------------------------------


def _add_feeds(alerts: Cli) -> tuple[int, int]:
    a = alerts("feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"), "--json").json()["id"]
    b = alerts("feeds", "add", str(FIXTURES / "feeds" / "outlet-b.xml"), "--json").json()["id"]
    return a, b


def _feeds(alerts: Cli) -> dict[int, dict[str, Any]]:
    return {f["id"]: f for f in alerts("feeds", "list", "--json").json()}


def test_feeds_rename_disable_enable_and_the_watcher_skips_disabled(alerts: Cli) -> None:
    a, b = _add_feeds(alerts)
    assert alerts("feeds", "rename", str(a), "  Outlet   A ", "--json").json()["name"] == "Outlet A"
    assert alerts("feeds", "disable", str(b), "--json").json()["status"] == "disabled"
    first = alerts("run", "--once", "--json").json()
    assert first["feeds"] == 1
    feeds = _feeds(alerts)
    assert feeds[a]["last_polled_at"] is not None and feeds[a]["name"] == "Outlet A"
    assert feeds[b]["last_polled_at"] is None and feeds[b]["status"] == "disabled"
    url = os.environ["ALERTS_DATABASE_URL"]
    config = load_settings(database_url=url)
    with session_scope(url) as session:  # a batch handed out before the feed was disabled
        assert pipeline.poll_feeds(config, session, [b]) == []
    assert _feeds(alerts)[b]["status"] == "disabled" and _count(url, ArticleRow, feed_id=b) == 0
    assert alerts("feeds", "enable", str(b), "--json").json()["status"] == "active"
    assert alerts("run", "--once", "--json").json()["feeds"] == 2
    assert _feeds(alerts)[b]["last_polled_at"] is not None
    assert "no feed 99" in alerts("feeds", "disable", "99", code=2).err
    assert "feed name" in alerts("feeds", "rename", str(a), "  ", code=2).err


def test_feeds_remove_with_its_articles_and_notifications(alerts_on: Cli) -> None:
    alerts = alerts_on
    a, b = _add_feeds(alerts)
    alerts("users", "add", "ana@example.org")
    alerts("follow", "ana@example.org", "Syria", "--mode", "daily")
    alerts("run", "--once")
    url = os.environ["ALERTS_DATABASE_URL"]
    with session_scope(url) as session:
        article = session.scalars(select(ArticleRow).where(ArticleRow.feed_id == b)).first()
        assert article is not None
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
    assert _count(url, NotificationRow) >= 1 and _count(url, ArticleRow, feed_id=b) > 0
    assert "--yes" in alerts("feeds", "remove", str(b), code=2).err
    removed = alerts("feeds", "remove", str(b), "--yes", "--json").json()
    assert removed["id"] == b
    assert list(_feeds(alerts)) == [a]
    assert _count(url, ArticleRow, feed_id=b) == 0
    with session_scope(url) as session:
        left = session.scalars(select(NotificationRow.article_id)).all()
        assert all(session.get(ArticleRow, article_id) for article_id in left)
    alerts("deliveries", "list")  # every notification left can still be shown
    alerts("digest", "send", "--now")
    assert "no feed" in alerts("feeds", "remove", str(b), "--yes", code=2).err


# topics --------------------------------------------------------------------------------


def test_topics_remove_custom_only(alerts: Cli) -> None:
    alerts("topics", "add", "Albu Kamal push", "--query", '"Albu Kamal"', "--parent", "Syria")
    alerts("topics", "add", "Hajin", "--query", "Hajin", "--parent", "Albu Kamal push")
    alerts("users", "add", "ana@example.org")
    alerts("follow", "ana@example.org", "Albu Kamal push")
    bundled = alerts("topics", "remove", "Syria", "--yes", code=2).err
    assert "bundled topic" in bundled
    assert "bundled topic" in alerts("topics", "remove", "ISIS", "--yes", code=2).err
    assert "no custom topic" in alerts("topics", "remove", "Nowhere", "--yes", code=2).err
    parent = alerts("topics", "remove", "Albu Kamal push", "--yes", code=2).err
    assert "parent of Hajin" in parent
    alerts("topics", "remove", "hajin", "--yes")
    removed = alerts("topics", "remove", "albu kamal push", "--yes", "--json").json()
    assert removed["name"] == "Albu Kamal push" and removed["follows_ended"] == 1
    assert alerts("topics", "list", "--kind", "custom", "--json").json() == []
    assert "unknown topic" in alerts("follow", "ana@example.org", "Albu Kamal push", code=2).err


def test_topics_list_filters(alerts: Cli) -> None:
    everything = alerts("topics", "list", "--json").json()
    assert len(everything) > 800  # scripts get every topic unless they ask for fewer
    found = alerts("topics", "list", "--search", "syr", "--json").json()
    assert "Syria" in {t["name"] for t in found}
    for t in found:
        assert any("syr" in s.casefold() for s in (t["name"], *t["aliases"])), t
    countries = alerts("topics", "list", "--kind", "country", "--limit", "5", "--json").json()
    assert len(countries) == 5 and {t["kind"] for t in countries} == {"country"}
    unknown = alerts("topics", "list", "--kind", "countries", code=2).err
    assert "not a kind of topic" in unknown and "country" in unknown
    table = alerts("topics", "list").out
    more = re.search(r"… (\d+) more; narrow with --search or --kind, or use --limit", table)
    assert more and int(more.group(1)) == len(everything) - 50
    assert "Syria" in alerts("topics", "list", "-s", "syria").out
    assert "more" not in alerts("topics", "list", "--limit", "0").out.splitlines()[-1]
    alerts("topics", "add", "Albu Kamal push", "--query", '"Albu Kamal"')
    custom = alerts("topics", "list", "--kind", "custom", "--json").json()
    assert [t["name"] for t in custom] == ["Albu Kamal push"]


# output ---------------------------------------------------------------------------------


def test_tables_keep_whole_urls_and_titles_at_80_columns(tmp_path: Path) -> None:
    folder = tmp_path / ("a-folder-with-a-long-name-" * 3)
    folder.mkdir()
    feed = folder / "the-world-section-of-an-outlet.xml"
    feed.write_text((FIXTURES / "feeds" / "outlet-a.xml").read_text())
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    env = base_env(database_url=url) | {"COLUMNS": "80"}
    title = "Ceasefire talks resume in Geneva as envoys from both sides arrive for a third round"
    with session_scope(url) as session:
        user = UserRow(email="ana@example.org", tz="UTC", api_key_hash="h")
        session.add(user)
        session.flush()
        make_follow(session, user, "Syria", mode=Mode.DAILY, channel=Channel.EMAIL)
        article = make_article(session, "https://news.example/1", title, feed_url=feed.as_uri())
        fan_out(
            session,
            article_id=article.id,
            story_id=article.story_id,
            topics=["Syria"],
            now=utcnow(),
        )
    feeds = subprocess.run([ALERTS, "feeds", "list"], env=env, capture_output=True, text=True)
    assert feed.as_uri() in feeds.stdout, feeds.stdout
    sent = subprocess.run([ALERTS, "deliveries", "list"], env=env, capture_output=True, text=True)
    assert title in sent.stdout, sent.stdout


def test_progress_bars_leave_json_alone(
    alerts: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_feeds(alerts)
    opml = tmp_path / "feeds.opml"
    alerts("feeds", "export", "-o", str(opml))
    monkeypatch.setenv("TTY_COMPATIBLE", "1")  # stderr counts as a terminal: bars would show
    imported = alerts("feeds", "import", str(opml), "--json")
    report = imported.json()  # file:// entries of a list are refused: it may come from anyone
    assert (report["added"], report["already_watched"], len(report["errors"])) == (0, 0, 2)
    assert imported.err == ""
    cycle = alerts("run", "--once", "--json")
    assert cycle.json()["feeds"] == 2 and cycle.err == ""
    tested = alerts("topics", "test", "Syria", "--since", "30d", "--json")
    assert tested.json()["topic"] == "Syria" and tested.err == ""
    reapplied = alerts("topics", "reapply", "Syria", "--since", "30d", "--json")
    assert reapplied.json()["topic"] == "Syria" and reapplied.err == ""


def test_progress_bars_on_a_terminal(tmp_path: Path) -> None:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'cli.db'}")
    opml = tmp_path / "feeds.opml"
    # A list's entries are never local files; these loopback ones are only registered here.
    urls = [f"http://127.0.0.1:9/{name}.xml" for name in ("a", "b")]
    outlines = "".join(f'<outline type="rss" xmlUrl="{url}"/>' for url in urls)
    opml.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>')
    terminal = env | {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1"}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([ALERTS, *args], env=terminal, capture_output=True, text=True)

    allowed = terminal | {"ALERTS_FEED_ALLOWED_HOSTS": "127.0.0.1"}
    imported = subprocess.run(
        [ALERTS, "feeds", "import", str(opml)], env=allowed, capture_output=True, text=True
    )
    assert "importing feeds" in imported.stderr and "added 2 feeds" in imported.stdout
    for feed_id in ("1", "2"):  # the fresh database's first two feeds: not polled below
        assert run("feeds", "disable", feed_id).returncode == 0
    for name in ("outlet-a.xml", "outlet-b.xml"):
        run("feeds", "add", str(FIXTURES / "feeds" / name))
    cycle = run("run", "--once")
    assert "polling feeds" in cycle.stderr and "polled 2 feeds" in cycle.stdout
    tested = run("topics", "test", "Syria", "--since", "30d")
    assert "reading articles for Syria" in tested.stderr
    assert "stored articles match Syria" in tested.stdout
    plain = subprocess.run([ALERTS, "run", "--once"], env=env, capture_output=True, text=True)
    assert plain.stderr == ""  # not a terminal: no bar, no control characters


def test_run_logs_one_line_per_cycle(tmp_path: Path) -> None:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'cli.db'}", sweep_interval_s="0.2")
    subprocess.run(
        [ALERTS, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml")], env=env, check=True
    )
    watcher = subprocess.Popen(
        [ALERTS, "run"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    lines: list[str] = []
    try:
        assert watcher.stderr is not None
        deadline = time.monotonic() + 60
        while len(lines) < 2 and time.monotonic() < deadline:
            line = watcher.stderr.readline()
            if " cycle " in line:
                lines.append(line)
    finally:
        watcher.terminate()
        watcher.communicate(timeout=20)
    pattern = re.compile(r"info alerts\.runner: cycle polled=(\d+) new=(\d+) sent=(\d+)$")
    counts = [pattern.search(line.strip()) for line in lines]
    assert len(counts) == 2 and all(counts), lines
    first, second = (tuple(map(int, m.groups())) for m in counts if m)
    assert first[0] == 1 and first[1] > 0  # the feed polled, its articles new
    assert second == (0, 0, 0)  # not due again for a while: nothing to do
