"""The personal inbox feed: Atom and JSON Feed at token URLs, rotation, conditional GET,
and `alerts users inbox-feed` through the real command (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from typing import Any

import feedparser
import httpx

from alerts.config import Settings
from alerts.matching.fanout import fan_out
from alerts.models import Channel
from alerts.store.db import session_scope
from alerts.store.tables import (
    ArticleRow,
    ArticleTopicRow,
    FeedRow,
    UserRow,
    WebhookEndpointRow,
    utcnow,
)
from tests.api.conftest import Caller
from tests.e2e.scenario import base_env, cli
from tests.helpers import make_article, make_follow


def _match(settings: Settings, key: str, title: str, topics: list[str]) -> int:
    """A new story tagged with `topics`, fanned out to its followers; its story id."""
    with session_scope(settings.database_url) as session:
        article = make_article(session, key, title)
        for topic in topics:
            session.add(ArticleTopicRow(article_id=article.id, topic=topic, score=0.9, evidence=[]))
        fan_out(
            session, article_id=article.id, story_id=article.story_id, topics=topics, now=utcnow()
        )
        return article.story_id


def _follow(
    settings: Settings, caller: Caller, topic: str, channel: Channel = Channel.EMAIL
) -> None:
    with session_scope(settings.database_url) as session:
        if channel == Channel.WEBHOOK:
            session.add(
                WebhookEndpointRow(user_id=caller.id, url="http://127.0.0.1:9/", secret="s")
            )
        make_follow(session, session.get_one(UserRow, caller.id), topic, channel=channel)


def _urls(client: httpx.Client, caller: Caller) -> dict[str, str]:
    response = client.get("/me/inbox-feed", headers=caller.auth)
    assert response.status_code == 200
    return dict(response.json())


def _check_json_feed(document: dict[str, Any]) -> None:
    """The fields JSON Feed 1.1 requires: version, title, items; each item an id and
    content_html or content_text."""
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(document["title"], str) and document["title"]
    assert isinstance(document["items"], list)
    for item in document["items"]:
        assert isinstance(item["id"], str) and item["id"]
        assert isinstance(item.get("content_html") or item.get("content_text"), str)


def test_feeds_list_the_users_stories_newest_first(
    client: httpx.Client, api_settings: Settings, alice: Caller, bob: Caller
) -> None:
    _follow(api_settings, alice, "Syria")
    _follow(api_settings, alice, "Iraq", Channel.WEBHOOK)
    _follow(api_settings, bob, "Iran")
    _match(api_settings, "https://news.example/1", "Strikes near the border", ["Syria"])
    _match(api_settings, "https://news.example/2", "Talks in Tehran", ["Iran"])
    _match(api_settings, "https://news.example/3", "Border <crossing> & dam", ["Iraq", "Syria"])
    urls = _urls(client, alice)
    assert urls["atom_url"].startswith(f"{api_settings.base_url}/feeds/inbox/if_")
    assert urls["json_url"] == urls["atom_url"].removesuffix(".atom") + ".json"
    atom = httpx.get(urls["atom_url"])
    assert atom.status_code == 200
    assert atom.headers["content-type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(atom.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    got = [(e.title, e.link, sorted(t.term for t in e.tags)) for e in parsed.entries]
    assert got == [
        ("Border <crossing> & dam", "https://news.example/3", ["Iraq", "Syria"]),
        ("Strikes near the border", "https://news.example/1", ["Syria"]),
    ]
    assert parsed.entries[0].authors[0].name == "Feed file:///feed.xml"
    assert parsed.entries[0].updated_parsed and parsed.entries[0].published_parsed
    response = httpx.get(urls["json_url"])
    assert response.headers["content-type"] == "application/feed+json"
    document = response.json()
    _check_json_feed(document)
    assert [(i["title"], i["url"], i["tags"]) for i in document["items"]] == [
        (e.title, e.link, sorted(t.term for t in e.tags)) for e in parsed.entries
    ]
    assert [i["id"] for i in document["items"]] == [e.id for e in parsed.entries]
    bobs = httpx.get(_urls(client, bob)["json_url"]).json()
    assert [i["title"] for i in bobs["items"]] == ["Talks in Tehran"]


def test_an_empty_feed_is_valid(client: httpx.Client, alice: Caller) -> None:
    urls = _urls(client, alice)
    assert _urls(client, alice) == urls, "the same URLs until rotated"
    parsed = feedparser.parse(httpx.get(urls["atom_url"]).content)
    assert not parsed.bozo and parsed.entries == [] and parsed.feed.title
    _check_json_feed(httpx.get(urls["json_url"]).json())


def test_hostile_text_and_missing_links_still_make_valid_feeds(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _follow(api_settings, alice, "Syria")
    story = _match(api_settings, "key-without-link", "Bell\x07 <b>bold</b> ]]>", ["Syria"])
    with session_scope(api_settings.database_url) as session:
        session.query(FeedRow).update({"name": "Outlet \x1b & <Co>"})
    with session_scope(api_settings.database_url) as session:
        session.query(ArticleRow).filter_by(story_id=story).update({"url": ""})
    urls = _urls(client, alice)
    parsed = feedparser.parse(httpx.get(urls["atom_url"]).content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    (entry,) = parsed.entries
    assert entry.title == "Bell <b>bold</b> ]]>"
    assert entry.get("links", []) == [] and entry.authors[0].name == "Outlet  & <Co>"
    (item,) = httpx.get(urls["json_url"]).json()["items"]
    assert "url" not in item and item["title"] == "Bell\x07 <b>bold</b> ]]>"


def test_wrong_and_rotated_tokens_are_not_found(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    old = _urls(client, alice)
    base = f"{api_settings.base_url}/feeds/inbox"
    for url in (f"{base}/if_wrong.atom", f"{base}/nothing.json", f"{base}/{'x' * 300}.atom"):
        response = httpx.get(url)
        assert response.status_code == 404 and "detail" in response.json()
    rotated = client.post("/me/inbox-feed/rotate", headers=alice.auth)
    assert rotated.status_code == 200
    new = rotated.json()
    assert new != old and set(new) == {"atom_url", "json_url"}
    assert [httpx.get(url).status_code for url in old.values()] == [404, 404]
    assert [httpx.get(url).status_code for url in new.values()] == [200, 200]
    assert _urls(client, alice) == new
    assert client.get("/me/inbox-feed").status_code == 401
    assert client.post("/me/inbox-feed/rotate").status_code == 401


def test_conditional_get_answers_304_until_a_new_match(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _follow(api_settings, alice, "Syria")
    _match(api_settings, "https://news.example/1", "Strikes near the border", ["Syria"])
    for url in _urls(client, alice).values():
        first = httpx.get(url)
        etag = first.headers["etag"]
        again = httpx.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["etag"] == etag
        assert httpx.get(url, headers={"If-None-Match": f'"other", W/{etag}'}).status_code == 304
        assert httpx.get(url, headers={"If-None-Match": '"other"'}).status_code == 200
    urls = _urls(client, alice)
    etags = {url: httpx.get(url).headers["etag"] for url in urls.values()}
    _match(api_settings, "https://news.example/2", "Ceasefire holds", ["Syria"])
    for url, etag in etags.items():
        changed = httpx.get(url, headers={"If-None-Match": etag})
        assert changed.status_code == 200 and "Ceasefire holds" in changed.text


def test_cli_prints_urls_any_reader_can_open(
    client: httpx.Client, api_settings: Settings, alice: Caller
) -> None:
    _follow(api_settings, alice, "Syria")
    _match(api_settings, "https://news.example/1", "Strikes near the border", ["Syria"])
    env = base_env(database_url=api_settings.database_url, base_url=api_settings.base_url)
    urls = json.loads(cli(env, "users", "inbox-feed", alice.email, "--json").stdout)
    assert set(urls) == {"atom_url", "json_url"}
    assert urls == _urls(client, alice)
    parsed = feedparser.parse(httpx.get(urls["atom_url"]).content)
    assert [e.title for e in parsed.entries] == ["Strikes near the border"]
    items = httpx.get(urls["json_url"]).json()["items"]
    assert [i["title"] for i in items] == ["Strikes near the border"]
    text = cli(env, "users", "inbox-feed", alice.email, "--rotate").stdout
    assert urls["atom_url"] not in text and "atom: " in text
    assert httpx.get(urls["atom_url"]).status_code == 404
