"""`/me/alerts`: personal alerts as two subscribers see them. Each one's alerts are
invisible to the other (404 exactly like a missing id, never in topics, follows, search or
an article's tags), the quota is a 422 that says the limit, a bad query is a 422 naming the
column, and the preview finds stored articles with the words that matched."""

from __future__ import annotations

import httpx
import pytest

from alerts.config import Settings, load_settings
from alerts.store.db import session_scope
from alerts.store.tables import ArticleTopicRow
from alerts.topics.personal import alert_key
from tests.api.conftest import ADMIN_KEY, Caller
from tests.helpers import make_article

QUOTA = 3


@pytest.fixture
def api_settings(settings: Settings, port: int) -> Settings:
    values = settings.model_dump() | {
        "admin_api_key": ADMIN_KEY,
        "base_url": f"http://127.0.0.1:{port}",
        "secret_key": "test-secret",
        "max_alerts_per_user": QUOTA,
    }
    return load_settings(**values)


def _add(client: httpx.Client, caller: Caller, **body: object) -> httpx.Response:
    return client.post("/me/alerts", json=body, headers=caller.auth)


def _message(response: httpx.Response) -> str:
    assert response.status_code == 422, response.text
    return str(response.json()["detail"][0]["msg"])


def test_an_alert_is_saved_followed_and_changed(client: httpx.Client, alice: Caller) -> None:
    created = _add(client, alice, name="Border", query='"Albu Kamal" OR Hosaiba', mode="daily")
    assert created.status_code == 201, created.text
    alert = created.json()
    assert {k: alert[k] for k in ("name", "query", "channel", "mode", "exclude")} == {
        "name": "Border",
        "query": '"Albu Kamal" OR Hosaiba',
        "channel": "email",
        "mode": "daily",
        "exclude": [],
    }
    follows = client.get("/me/follows", headers=alice.auth).json()
    assert [(f["topic"], f["mode"]) for f in follows] == [(alert_key(alert["id"]), "daily")]
    changed = client.patch(
        f"/me/alerts/{alert['id']}",
        json={"name": "Border towns", "query": "Hosaiba", "mode": "instant", "exclude": ["x"]},
        headers=alice.auth,
    )
    assert changed.status_code == 200, changed.text
    assert (changed.json()["name"], changed.json()["query"]) == ("Border towns", "Hosaiba")
    assert client.get("/me/alerts", headers=alice.auth).json() == [changed.json()]
    follows = client.get("/me/follows", headers=alice.auth).json()
    assert [(f["mode"], f["exclude"]) for f in follows] == [("instant", ["x"])]
    assert [(f["topic"], f["name"]) for f in follows] == [(f"alert:{alert['id']}", "Border towns")]
    no_endpoint = client.patch(
        f"/me/alerts/{alert['id']}", json={"channel": "webhook"}, headers=alice.auth
    )
    assert "no webhook endpoint" in _message(no_endpoint)
    taken = _add(client, alice, name="Border towns", query="Raqqa")
    assert _message(taken).startswith("you already have an alert named")
    assert taken.json()["detail"][0]["loc"] == ["body", "name"]
    deleted = client.delete(f"/me/alerts/{alert['id']}", headers=alice.auth)
    assert deleted.status_code == 204
    assert client.get("/me/alerts", headers=alice.auth).json() == []
    assert client.get("/me/follows", headers=alice.auth).json() == []


def test_one_users_alerts_are_invisible_to_another(
    client: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller
) -> None:
    alert = _add(client, alice, name="Qzx watch", query="Hosaiba").json()
    assert client.get("/me/alerts", headers=bob.auth).json() == []
    missing = 2**31 - 1
    for method, body in (("GET", None), ("PATCH", {"name": "Mine"}), ("DELETE", None)):
        theirs = client.request(method, f"/me/alerts/{alert['id']}", json=body, headers=bob.auth)
        absent = client.request(method, f"/me/alerts/{missing}", json=body, headers=bob.auth)
        assert theirs.status_code == absent.status_code == 404
        assert theirs.json()["detail"].replace(str(alert["id"]), "N") == absent.json()[
            "detail"
        ].replace(str(missing), "N")
    follow = client.post("/me/follows", json={"topic": alert_key(alert["id"])}, headers=bob.auth)
    assert "unknown topic" in _message(follow)
    for caller in (alice, bob):
        assert client.get("/topics", params={"q": "Qzx"}, headers=caller.auth).json() == []
    assert client.get("/me/alerts", headers=alice.auth).json()[0]["name"] == "Qzx watch"

    with session_scope(api_settings.database_url) as session:
        article = make_article(session, "https://news.example/hosaiba", "Fighting in Hosaiba")
        for topic in ("Syria", alert_key(alert["id"])):
            session.add(ArticleTopicRow(article_id=article.id, topic=topic, score=0.6))
        article_id = article.id
    seen_by_bob = client.get(f"/articles/{article_id}", headers=bob.auth).json()
    assert [t["name"] for t in seen_by_bob["topics"]] == ["Syria"]
    seen_by_alice = client.get(f"/articles/{article_id}", headers=alice.auth).json()
    assert {t["name"]: t["followed"] for t in seen_by_alice["topics"]} == {
        "Syria": False,
        "Qzx watch": True,
    }
    found = client.get("/articles", params={"q": "Hosaiba"}, headers=bob.auth).json()
    assert [i["topics"] for i in found["items"]] == [["Syria"]]
    found = client.get("/articles", params={"q": "Hosaiba"}, headers=alice.auth).json()
    assert [sorted(i["topics"]) for i in found["items"]] == [["Qzx watch", "Syria"]]


def test_an_unknown_topic_points_web_users_to_the_api(client: httpx.Client, bob: Caller) -> None:
    for name in ("Atlantis", "zzzz"):
        message = _message(client.post("/me/follows", json={"topic": name}, headers=bob.auth))
        assert "alerts topics" not in message
    assert "GET /topics?q=" in message


def test_the_quota_says_the_limit(client: httpx.Client, alice: Caller, bob: Caller) -> None:
    for i in range(QUOTA):
        assert _add(client, alice, name=f"A{i}", query=f"word{i}").status_code == 201
    refused = _add(client, alice, name="One more", query="Raqqa")
    assert f"the limit is {QUOTA}" in _message(refused)
    assert "ALERTS_MAX_ALERTS_PER_USER" in _message(refused)
    assert _add(client, bob, name="Own quota", query="Raqqa").status_code == 201
    first = client.get("/me/alerts", headers=alice.auth).json()[0]
    client.delete(f"/me/alerts/{first['id']}", headers=alice.auth)
    assert _add(client, alice, name="One more", query="Raqqa").status_code == 201


def test_a_bad_query_names_the_column(client: httpx.Client, alice: Caller) -> None:
    saved = _add(client, alice, name="Bad", query='Syria AND "car')
    assert _message(saved).startswith("query error at column 11")
    assert saved.json()["detail"][0]["loc"] == ["body", "query"]
    preview = client.post(
        "/me/alerts/preview", json={"query": "Syria NEAR/x Iraq"}, headers=alice.auth
    )
    assert _message(preview).startswith("query error at column 7")
    since = client.post(
        "/me/alerts/preview", json={"query": "Syria", "since": "soon"}, headers=alice.auth
    )
    assert since.status_code == 422
    assert client.get("/me/alerts", headers=alice.auth).json() == []


def test_the_preview_finds_stored_articles(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    with session_scope(api_settings.database_url) as session:
        ids = [
            make_article(session, f"https://news.example/{i}", title).id
            for i, title in enumerate(
                ("Shelling near Albu Kamal", "Markets calm", "Hosaiba crossing reopens")
            )
        ]
    answer = client.post(
        "/me/alerts/preview",
        json={"query": '"Albu Kamal" OR Hosaiba', "since": "7d"},
        headers=alice.auth,
    )
    assert answer.status_code == 200, answer.text
    found = answer.json()
    assert found["total"] == 2
    assert [m["article_id"] for m in found["matches"]] == [ids[2], ids[0]]
    assert found["matches"][1]["title"] == "Shelling near Albu Kamal"
    assert found["matches"][1]["evidence"][0]["text"] == "Albu Kamal"
    nothing = client.post("/me/alerts/preview", json={"query": "Atlantis"}, headers=alice.auth)
    assert nothing.json() == {"matches": [], "total": 0}
