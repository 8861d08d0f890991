"""`GET /articles?q=`: the search over stored articles as a client sees it: the page shape,
pagination by `before_id`, `since`, and 422s that name what is wrong."""

from __future__ import annotations

import httpx

from alerts.config import Settings
from alerts.store.db import session_scope
from tests.api.conftest import Caller
from tests.topics.test_search import brute_force, store_corpus


def test_search_pages_and_shape(
    client: httpx.Client, api_settings: Settings, alice: Caller, article_id: int
) -> None:
    with session_scope(api_settings.database_url) as session:
        ids = store_corpus(session)
    query = "climate OR Syria OR Assad"
    expected = brute_force(query, ids)
    seen: list[int] = []
    params: dict[str, str | int] = {"q": query, "limit": 2, "since": "7d"}
    while True:
        answer = client.get("/articles", params=params, headers=alice.auth)
        assert answer.status_code == 200, answer.text
        page = answer.json()
        seen += [item["id"] for item in page["items"]]
        if page["next_before_id"] is None:
            break
        params["before_id"] = page["next_before_id"]
    assert seen == expected and len(seen) > 2
    first = client.get("/articles", params={"q": "Strikes"}, headers=alice.auth).json()
    assert first == {
        "items": [
            {
                "id": article_id,
                "title": "Strikes near the border",
                "url": "https://news.example/strikes",
                "published": None,
                "topics": ["Syria", "Islamic State"],
            }
        ],
        "next_before_id": None,
    }


def test_empty_and_bad_queries(client: httpx.Client, alice: Caller) -> None:
    empty = client.get("/articles", params={"q": "nothing"}, headers=alice.auth)
    assert empty.status_code == 200 and empty.json() == {"items": [], "next_before_id": None}
    bad = client.get("/articles", params={"q": 'Syria AND "car'}, headers=alice.auth)
    assert bad.status_code == 422
    (error,) = bad.json()["detail"]
    assert error["loc"] == ["query", "q"] and error["msg"].startswith("query error at column 11")
    since = client.get("/articles", params={"q": "Syria", "since": "soon"}, headers=alice.auth)
    assert since.status_code == 422 and since.json()["detail"][0]["loc"] == ["query", "since"]
    for params in ({"q": "x", "limit": 0}, {"q": "x", "limit": 101}, {"q": ""}, {}):
        assert client.get("/articles", params=params, headers=alice.auth).status_code == 422
