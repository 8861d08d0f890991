"""API fixtures: the app on a loopback port over the `settings` database (SQLite and
PostgreSQL), two users with real API keys, an admin key, and a tagged article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest

from alerts.accounts.users import add_user
from alerts.api import create_app
from alerts.config import Settings, load_settings
from alerts.notify.senders import Senders
from alerts.store.db import session_scope
from alerts.store.tables import ArticleTopicRow
from tests.api.server import ApiServer, FrozenClock, memory_senders
from tests.helpers import make_article
from tests.support.ports import free_port

ADMIN_KEY = "admin-key-for-tests-0123456789"


@dataclass(frozen=True)
class Caller:
    id: int
    email: str
    key: str

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def api_settings(settings: Settings, port: int) -> Settings:
    values = settings.model_dump() | {
        "admin_api_key": ADMIN_KEY,
        "base_url": f"http://127.0.0.1:{port}",
        "secret_key": "test-secret",
    }
    return load_settings(**values)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def senders() -> Senders:
    return memory_senders()


@pytest.fixture
def server(
    api_settings: Settings, senders: Senders, clock: FrozenClock, port: int
) -> Iterator[ApiServer]:
    with ApiServer(create_app(api_settings, senders=senders, clock=clock), port) as running:
        yield running


@pytest.fixture
def client(server: ApiServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=10) as http:
        yield http


def _caller(settings: Settings, email: str) -> Caller:
    with session_scope(settings.database_url) as session:
        user = add_user(settings, session, email, tz="Europe/Paris")
    return Caller(user.id, user.email, user.api_key)


@pytest.fixture
def alice(api_settings: Settings) -> Caller:
    return _caller(api_settings, "alice@example.org")


@pytest.fixture
def bob(api_settings: Settings) -> Caller:
    return _caller(api_settings, "bob@example.org")


@pytest.fixture
def article_id(api_settings: Settings) -> int:
    """An article tagged Syria and Islamic State (written for these tests)."""
    with session_scope(api_settings.database_url) as session:
        article = make_article(session, "https://news.example/strikes", "Strikes near the border")
        for topic, score in (("Syria", 0.9), ("Islamic State", 0.8)):
            session.add(
                ArticleTopicRow(article_id=article.id, topic=topic, score=score, evidence=[])
            )
        return article.id
