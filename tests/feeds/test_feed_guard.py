"""The outbound guard on feeds: hostile URLs refused through the CLI and OPML import with
the rule that refused them; redirects and names checked again at every connection, on
loopback servers only (the refused server must receive nothing)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.cli import common
from alerts.cli.main import main
from alerts.config import Settings, load_settings
from alerts.errors import UnsafeTargetError
from alerts.feeds.opml import OpmlFeed, write_opml
from alerts.feeds.registry import add_feed, source_url
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow
from tests.conftest import FIXTURES
from tests.e2e.scenario import ALERTS, base_env
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes
from tests.feeds.hostile_urls import HOSTILE_FEED_URLS, LOCAL_SOURCES


def test_the_table_is_large_enough() -> None:
    assert len(HOSTILE_FEED_URLS) >= 40


@pytest.fixture(scope="module")
def cli_database(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One database for the whole table (each row would otherwise pay for a migration)."""
    return f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.db'}"


@pytest.mark.parametrize(("url", "rule"), HOSTILE_FEED_URLS)
def test_cli_refuses_hostile_feed_urls_in_one_line(
    url: str,
    rule: str,
    cli_database: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`alerts feeds add URL` exactly as the console script runs it (in this process, to
    keep a 50-row table fast; `test_cli_exits_2_as_a_process` runs the real thing)."""
    monkeypatch.setenv("ALERTS_DATABASE_URL", cli_database)
    monkeypatch.setattr(sys, "argv", ["alerts", "feeds", "add", url])
    common.settings.cache_clear()
    with pytest.raises(SystemExit) as exited:
        main()
    common.settings.cache_clear()
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "refused" in err and rule in err, err


@pytest.mark.parametrize(("url", "rule"), HOSTILE_FEED_URLS)
def test_the_registry_refuses_before_anything_is_stored(url: str, rule: str) -> None:
    with pytest.raises(UnsafeTargetError, match=rule):
        source_url(url, local_files=True)


def test_address_refusals_say_how_to_allow_the_host() -> None:
    with pytest.raises(UnsafeTargetError) as info:
        source_url("http://169.254.169.254/latest/meta-data/")
    assert "add 169.254.169.254 to ALERTS_FEED_ALLOWED_HOSTS" in str(info.value)
    allowed = source_url("http://169.254.169.254/x", allowed_hosts=("169.254.169.254",))
    assert allowed == "http://169.254.169.254/x"


@pytest.mark.parametrize("source", LOCAL_SOURCES)
def test_local_files_come_from_the_operator_only(source: str) -> None:
    with pytest.raises(UnsafeTargetError, match="alerts feeds add PATH"):
        source_url(source)


def _run(env: dict[str, str], *args: str) -> subprocess.Popen[str]:
    """`alerts ARGS` in a private network namespace: whatever it does, it reaches nothing."""
    return subprocess.Popen(
        ["unshare", "-n", ALERTS, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_cli_exits_2_as_a_process_and_honours_the_allowed_hosts(tmp_path: Path) -> None:
    def env(name: str, **more: str) -> dict[str, str]:  # one database each: they run at once
        return base_env(database_url=f"sqlite:///{tmp_path / name}", **more)

    allowed = env("c.db", feed_allowed_hosts="127.0.0.1, 10.1.2.3")
    runs = [
        _run(env("a.db"), "feeds", "add", "http://169.254.169.254/latest/meta-data/"),
        _run(env("b.db"), "feeds", "add", "http://127.0.0.1:6379/"),
        _run(allowed, "feeds", "add", "http://10.1.2.3/feed.xml", "--json"),
    ]
    outcomes = [(run.wait(timeout=120), *run.communicate()) for run in runs]
    for code, _out, err in outcomes[:2]:
        assert code == 2 and len(err.strip().splitlines()) == 1, err
        assert "refused by the address rule" in err and "ALERTS_FEED_ALLOWED_HOSTS" in err
    code, out, err = outcomes[2]
    assert code == 0, err
    assert json.loads(out)["created"] is True


def test_opml_import_skips_every_hostile_entry_with_its_rule(tmp_path: Path) -> None:
    entries = [url for url, _ in HOSTILE_FEED_URLS] + LOCAL_SOURCES
    opml = tmp_path / "subs.opml"
    opml.write_bytes(write_opml([OpmlFeed(url, None) for url in entries]))
    env = base_env(database_url=f"sqlite:///{tmp_path / 'o.db'}")
    run = _run(env, "feeds", "import", str(opml), "--json")
    assert run.wait(timeout=120) == 0, run.communicate()
    report = json.loads(run.communicate()[0])
    assert report["added"] == 0 and len(report["errors"]) == len(entries)
    for error, (url, rule) in zip(report["errors"], HOSTILE_FEED_URLS, strict=False):
        assert error.startswith(url) and rule in error, error


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(
        database_url=f"sqlite:///{tmp_path / 'guard.db'}",
        fetch_timeout_s=5,
        http_timeout_s=3,
        feed_allowed_hosts=("127.0.0.1",),
    )


@pytest.fixture
def inside() -> Iterator[HostileServer]:
    """A server the guard must keep the watcher away from, on 127.0.0.2 (never allowed)."""
    with HostileServer("127.0.0.2") as server:
        server.routes["/secret"] = serve_bytes(GOOD_FEED.replace(b"Harbour", b"Internal"))
        yield server


def _poll(settings: Settings, url: str, *, via_guard: bool = True) -> FeedRow:
    """Add the feed (through the guard, or straight into the table as a feed stored before
    the guard existed would be) and poll it once."""
    with session_scope(settings.database_url) as session:
        if via_guard:
            feed, _ = add_feed(session, url, allowed_hosts=settings.feed_allowed_hosts)
        else:
            feed = FeedRow(url=url)
            session.add(feed)
            session.flush()
        feed_id = feed.id
    with session_scope(settings.database_url) as session:
        pipeline.poll_feeds(settings, session, [feed_id])
    with session_scope(settings.database_url) as session:
        assert session.scalars(select(ArticleRow.title)).all() == []
        return session.get_one(FeedRow, feed_id)


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_to_a_refused_address_is_a_fetch_error(
    settings: Settings, inside: HostileServer, status: int
) -> None:
    with HostileServer() as outside:
        target = inside.url("/secret")
        outside.routes["/feed"] = serve_bytes(b"", {"Location": target}, status=status)
        feed = _poll(settings, outside.url("/feed"))
        assert outside.hits["/feed"] == 1
    assert sum(inside.hits.values()) == 0
    assert feed.url == outside.url("/feed"), "the stored URL must not change"
    assert feed.status == "failing"
    assert "127.0.0.2 is a loopback address" in (feed.last_error or "")


def test_a_redirect_to_a_name_is_checked_on_the_address_it_resolves_to(
    tmp_path: Path, inside: HostileServer
) -> None:
    # Only 127.0.0.2 is allowed; `localhost` (127.0.0.1 in /etc/hosts) is refused by the
    # resolver the fetcher connects through, since no URL check sees an address there.
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'name.db'}", feed_allowed_hosts=("127.0.0.2",)
    )
    with HostileServer() as refused:
        refused.routes["/secret"] = serve_bytes(GOOD_FEED)
        port = refused.server_address[1]
        inside.routes["/feed"] = serve_bytes(
            b"", {"Location": f"http://localhost:{port}/secret"}, status=301
        )
        feed = _poll(settings, inside.url("/feed"))
        assert sum(refused.hits.values()) == 0
    assert inside.hits["/feed"] == 1 and feed.url == inside.url("/feed")
    assert "'localhost' resolves to 127.0.0.1, a loopback address" in (feed.last_error or "")


def test_a_stored_hostile_url_is_refused_at_connection_time(
    settings: Settings, inside: HostileServer
) -> None:
    port = inside.server_address[1]
    for url in (inside.url("/secret"), f"http://0x7f.0.0.2:{port}/secret"):
        feed = _poll(settings, url, via_guard=False)
        assert feed.status == "failing" and "address rule" in (feed.last_error or "")
    assert sum(inside.hits.values()) == 0


def test_a_redirect_to_a_file_is_refused(settings: Settings) -> None:
    feed_file = (FIXTURES / "feeds" / "outlet-a.xml").as_uri()
    with HostileServer() as outside:
        outside.routes["/feed"] = serve_bytes(b"", {"Location": feed_file}, status=301)
        feed = _poll(settings, outside.url("/feed"))
    assert feed.url == outside.url("/feed") and feed.status == "failing"
    assert "file" in (feed.last_error or "")
