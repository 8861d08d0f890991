"""Shared fixtures: real services only. PostgreSQL (a fresh database per test), Redis,
an aiosmtpd SMTP server and an HTTP webhook receiver on loopback. No ALERTS_* variable
or .env file leaks in from the machine.

The suite runs in parallel (pytest-xdist, see the Makefile): each worker process gets a
Redis database of its own; databases and ports are fresh per test; modules with slow tests
are handed out first so that no worker is left with a long one at the end."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine

from alerts.config import Settings, load_settings
from alerts.demo.receiver import WebhookReceiver
from alerts.store.db import get_engine
from tests.support.databases import DatabaseSupply, create_database, drop_database
from tests.support.smtp import SmtpSink

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).with_name("fixtures")
SHARED_DATA = REPO.parent / "shared" / "data"
PG_ADMIN_URL = os.environ.get(
    "TEST_PG_ADMIN_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


def _redis_url() -> str:
    """TEST_REDIS_URL if set; else database 0, or under pytest-xdist one database per worker
    (gw0 -> 1, gw1 -> 2, ...), so that Celery queues, pidbox broadcasts and keys of tests
    running at the same time never meet."""
    configured = os.environ.get("TEST_REDIS_URL")
    if configured:
        return configured
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    database = 1 + int(worker.removeprefix("gw")) % 15 if worker.startswith("gw") else 0
    return f"redis://127.0.0.1:6379/{database}"


REDIS_URL = _redis_url()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--photograph",
        action="store_true",
        help="write the web pages' and the digest's screenshots to docs/ for the README "
        "(without it they go to each test's temporary folder)",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with tests marked `slow` (processes, drills) first, otherwise in collected
    order: a parallel run hands those out while many short tests remain to fill the other
    workers. Whole modules move, so module-scoped fixtures are still set up once."""
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in list(os.environ):
        if name.startswith("ALERTS_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)


def _pg_database_url(name: str) -> str:
    return PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"


@contextmanager
def _scratch_database(supply: DatabaseSupply) -> Iterator[str]:
    name = supply.take()
    try:
        yield _pg_database_url(name)
    finally:
        supply.give_back(name)


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine]:
    """The maintenance connection that creates and drops the tests' databases."""
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    yield admin
    admin.dispose()


@pytest.fixture(scope="session")
def _empty_databases(pg_admin: Engine) -> Iterator[DatabaseSupply]:
    supply = DatabaseSupply(pg_admin)
    yield supply
    supply.close()


@pytest.fixture
def pg_url(_empty_databases: DatabaseSupply) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    with _scratch_database(_empty_databases) as url:
        yield url


@pytest.fixture(scope="session")
def _databases_at_head(pg_admin: Engine) -> Iterator[DatabaseSupply]:
    """Copies of a database brought to the newest schema once per process (a template may
    have no connections: its engine is closed before the first copy)."""
    template = create_database(pg_admin)
    try:
        get_engine(_pg_database_url(template)).dispose()
        supply = DatabaseSupply(pg_admin, template=template)
        yield supply
        supply.close()
    finally:
        drop_database(pg_admin, template)


@pytest.fixture(scope="session")
def _sqlite_at_head(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file brought to the newest schema once per process, to copy."""
    path = tmp_path_factory.mktemp("schema") / "head.db"
    get_engine(f"sqlite:///{path}").dispose()  # the last close folds the WAL into the file
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test that takes this runs once on SQLite and once on PostgreSQL, on a database
    of its own: empty, as the migration tests need it. Tests that take `settings` open it at
    the newest schema anyway; they get a copy of a database migrated once per process, the
    same schema without two dozen migrations per test."""
    at_head = "settings" in request.fixturenames
    if request.param == "sqlite":
        path = tmp_path / "alerts.db"
        if at_head:
            shutil.copyfile(request.getfixturevalue("_sqlite_at_head"), path)
        yield f"sqlite:///{path}"
    elif at_head:
        with _scratch_database(request.getfixturevalue("_databases_at_head")) as url:
            yield url
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def settings(database_url: str, tmp_path: Path) -> Settings:
    return load_settings(
        database_url=database_url,
        outbox_dir=tmp_path / "outbox",
        webhook_allowed_hosts=("127.0.0.1",),
        feed_allowed_hosts=("127.0.0.1",),
        secret_key="test-secret",
        retry_delays_s=(0, 0),
    )


@pytest.fixture
def smtp_server() -> Iterator[SmtpSink]:
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    with WebhookReceiver() as server:
        yield server


@pytest.fixture
def default_gc_thresholds() -> Iterator[None]:
    """Python's default collection thresholds for the test, whatever an earlier test or
    the interpreter's start-up left; the ones before are put back after."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)
