"""`/me/feeds`: a subscriber's own sources, private to them, on SQLite and PostgreSQL.

A loopback site serves the pages and feeds of `tests/fixtures/sources` (written for these
tests): pages whose feed link is relative, absolute, one of several alternates, or missing;
an RSS, an Atom and a JSON Feed. Alice and Bob each add a private source and follow Syria;
the operator's Wire feed is shared. After a real cycle (poll, classify, fan out, deliver),
neither sees the other's private articles anywhere: sources, search, `/articles/{id}`, the
article page, notifications, e-mails, digests and the inbox feed; a private article is
missing exactly like an id that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import select

from alerts.api import create_app
from alerts.config import Settings, load_settings
from alerts.feeds.registry import add_feed
from alerts.models import Mode
from alerts.notify.digest import send_digests
from alerts.notify.senders import Senders
from alerts.pipeline import pollable_feed_ids
from alerts.runner import InlineDispatcher, run_cycle
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, FeedRow, utcnow
from tests.api.conftest import Caller
from tests.api.server import ApiServer, Mailbox, memory_senders
from tests.conftest import FIXTURES
from tests.feeds.hostile import HostileServer, serve_bytes

SOURCES = FIXTURES / "sources"
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".json": "application/feed+json",
}
PATHS = {
    "/": "relative.html",
    "/absolute": "absolute.html",
    "/several": "several.html",
    "/none": "none.html",
    "/desk.xml": "desk.xml",
    "/feeds/desk.json": "desk.json",
    "/feeds/desk.atom": "desk.atom",
    "/wire.xml": "wire.xml",
    "/wire-copy.xml": "wire-copy.xml",
}


@pytest.fixture
def site() -> Iterator[HostileServer]:
    with HostileServer() as running:
        base = running.url("").encode()
        for path, name in PATHS.items():
            body = (SOURCES / name).read_bytes().replace(b"{base}", base)
            running.routes[path] = serve_bytes(
                body, {"Content-Type": TYPES["." + name.split(".")[-1]]}
            )
        yield running


def _add(client: httpx.Client, caller: Caller, url: str) -> httpx.Response:
    return client.post("/me/feeds", json={"url": url}, headers=caller.auth)


def _operator_feed(settings: Settings, url: str) -> None:
    with session_scope(settings.database_url) as session:
        add_feed(session, url, allowed_hosts=settings.feed_allowed_hosts)


def _cycle(settings: Settings) -> Mailbox:
    """One real cycle: poll every feed, classify, fan out, deliver into a mailbox."""
    senders = memory_senders()
    run_cycle(settings, InlineDispatcher(settings, senders=senders))
    assert isinstance(senders.mail, Mailbox)
    return senders.mail


def _article(settings: Settings, word: str, feed_url: str) -> int:
    with session_scope(settings.database_url) as session:
        return session.scalars(
            select(ArticleRow.id)
            .join(FeedRow, FeedRow.id == ArticleRow.feed_id)
            .where(ArticleRow.title.contains(word), FeedRow.url == feed_url)
        ).one()


def _found(client: httpx.Client, caller: Caller, query: str) -> set[int]:
    answer = client.get("/articles", params={"q": query}, headers=caller.auth)
    assert answer.status_code == 200, answer.text
    return {item["id"] for item in answer.json()["items"]}


def test_a_page_stores_the_feed_it_links(
    client: httpx.Client, alice: Caller, site: HostileServer
) -> None:
    relative = _add(client, alice, site.url("/"))
    assert relative.status_code == 201, relative.text
    assert relative.json() == {
        "id": relative.json()["id"],
        "url": site.url("/desk.xml"),
        "title": None,
        "status": "active",
        "last_error": None,
        "last_polled_at": None,
    }
    absolute = _add(client, alice, site.url("/absolute"))
    assert absolute.status_code == 201 and absolute.json()["url"] == site.url("/feeds/desk.atom")
    several = _add(client, alice, site.url("/several"))
    assert several.status_code == 201 and several.json()["url"] == site.url("/feeds/desk.json")
    again = _add(client, alice, site.url("/desk.xml"))
    assert again.status_code == 200 and again.json() == relative.json()
    listed = client.get("/me/feeds", headers=alice.auth).json()
    assert listed == [relative.json(), absolute.json(), several.json()]


def test_a_source_reports_its_health(
    client: httpx.Client, api_settings: Settings, alice: Caller, site: HostileServer
) -> None:
    good = _add(client, alice, site.url("/desk.xml")).json()
    site.routes["/broken.xml"] = site.routes["/desk.xml"]
    broken = _add(client, alice, site.url("/broken.xml")).json()
    site.routes["/broken.xml"] = serve_bytes(b"down for maintenance", status=503)
    _cycle(api_settings)
    health = {
        s["id"]: (s["status"], s["last_error"], s["last_polled_at"] is not None)
        for s in client.get("/me/feeds", headers=alice.auth).json()
    }
    assert health[good["id"]] == ("active", None, True)
    status, error, polled = health[broken["id"]]
    assert (status, polled) == ("failing", True) and "503" in str(error)


def test_a_page_linking_no_feed_is_a_clear_422(
    client: httpx.Client, alice: Caller, site: HostileServer
) -> None:
    answer = _add(client, alice, site.url("/none"))
    assert answer.status_code == 422, answer.text
    (error,) = answer.json()["detail"]
    assert error["loc"] == ["body", "url"]
    assert error["msg"].startswith(f"no feed found at {site.url('/none')}: the page links no RSS")
    assert client.get("/me/feeds", headers=alice.auth).json() == []


def test_every_url_passes_the_outbound_guard(client: httpx.Client, alice: Caller) -> None:
    for url in ("http://10.0.0.1/feed.xml", "http://169.254.169.254/latest", "http://127.0.0.2/"):
        answer = _add(client, alice, url)
        assert answer.status_code == 422, answer.text
        assert "refused by the" in answer.json()["detail"][0]["msg"]
    for url in ("file:///etc/passwd", "/etc/passwd", "gopher://news.example/"):
        assert _add(client, alice, url).status_code == 422
    assert client.get("/me/feeds", headers=alice.auth).json() == []


def _missing_alike(client: httpx.Client, caller: Caller, path: str, hidden: int) -> None:
    """`path` with a hidden id answers exactly as with an id nobody has."""
    missing = 2**31 - 1
    hidden_answer = client.get(path.format(hidden), headers=caller.auth)
    missing_answer = client.get(path.format(missing), headers=caller.auth)
    assert hidden_answer.status_code == missing_answer.status_code == 404
    assert hidden_answer.text.replace(str(hidden), "N") == missing_answer.text.replace(
        str(missing), "N"
    )


def test_private_sources_stay_private(
    client: httpx.Client,
    api_settings: Settings,
    alice: Caller,
    bob: Caller,
    site: HostileServer,
) -> None:
    _operator_feed(api_settings, site.url("/wire.xml"))
    mine = _add(client, alice, site.url("/feeds/desk.json")).json()
    theirs = _add(client, bob, site.url("/feeds/desk.atom")).json()
    assert _add(client, alice, site.url("/wire.xml")).status_code == 201  # stays shared
    for caller in (alice, bob):
        assert client.post("/me/follows", json={"topic": "Syria"}, headers=caller.auth).is_success
    mail = _cycle(api_settings)

    wire = _article(api_settings, "Damascus", site.url("/wire.xml"))
    a_only = _article(api_settings, "Marrowgate", site.url("/feeds/desk.json"))
    b_only = _article(api_settings, "Tessellane", site.url("/feeds/desk.atom"))
    listed = client.get("/me/feeds", headers=alice.auth).json()
    assert [s["url"] for s in listed] == [mine["url"], site.url("/wire.xml")]
    [bobs] = client.get("/me/feeds", headers=bob.auth).json()
    assert bobs == theirs | {"title": "Tessellane Review", "last_polled_at": bobs["last_polled_at"]}
    assert bobs["last_polled_at"] is not None and theirs["last_polled_at"] is None
    assert client.delete(f"/me/feeds/{mine['id']}", headers=bob.auth).status_code == 404

    assert _found(client, alice, "Syria") == {wire, a_only}
    assert _found(client, bob, "Syria") == {wire, b_only}
    assert (
        _found(client, bob, "Marrowgate") == set() and _found(client, alice, "Tessellane") == set()
    )
    assert client.get(f"/articles/{a_only}", headers=alice.auth).status_code == 200
    _missing_alike(client, bob, "/articles/{}", a_only)
    _missing_alike(client, alice, "/articles/{}", b_only)
    assert client.get(f"/web/inbox?key={bob.key}").status_code == 303  # a session cookie
    _missing_alike(client, bob, "/web/articles/{}", a_only)
    client.cookies.clear()

    def told(caller: Caller) -> set[int]:
        rows = client.get("/me/notifications", headers=caller.auth).json()
        return {row["article_id"] for row in rows}

    assert told(alice) == {wire, a_only} and told(bob) == {wire, b_only}
    subjects = sorted((str(m["To"]), str(m["Subject"])) for m in mail.messages)
    assert [(to, "Damascus" in s or "Marrowgate" in s) for to, s in subjects[:2]] == [
        ("alice@example.org", True),
        ("alice@example.org", True),
    ]
    assert [(to, "Damascus" in s or "Tessellane" in s) for to, s in subjects[2:]] == [
        ("bob@example.org", True),
        ("bob@example.org", True),
    ]
    inbox = client.get("/me/inbox-feed", headers=bob.auth).json()
    assert "Marrowgate" not in httpx.get(inbox["json_url"]).text
    assert "Tessellane" in httpx.get(inbox["json_url"]).text


def test_a_story_a_shared_feed_carries_is_shared(
    client: httpx.Client,
    api_settings: Settings,
    alice: Caller,
    bob: Caller,
    site: HostileServer,
) -> None:
    _operator_feed(api_settings, site.url("/wire-copy.xml"))
    _add(client, alice, site.url("/feeds/desk.json"))
    for caller in (alice, bob):
        client.post("/me/follows", json={"topic": "Syria"}, headers=caller.auth)
    mail = _cycle(api_settings)
    private_copy = _article(api_settings, "Marrowgate", site.url("/feeds/desk.json"))
    shared_copy = _article(api_settings, "Marrowgate", site.url("/wire-copy.xml"))
    assert _found(client, bob, "Marrowgate") == {shared_copy}
    assert _found(client, alice, "Marrowgate") == {shared_copy, private_copy}
    assert client.get(f"/articles/{shared_copy}", headers=bob.auth).status_code == 200
    _missing_alike(client, bob, "/articles/{}", private_copy)  # the copy's row stays private
    (to_bob,) = [m for m in mail.messages if str(m["To"]) == "bob@example.org"]
    text = to_bob.get_body(("plain",)).get_content()
    assert "Marrowgate" in text and "Wire" in text
    assert "Harbour Desk" not in str(to_bob), "another user's private source is never named"


def test_one_feed_for_everyone_who_adds_it_polled_once(
    client: httpx.Client,
    api_settings: Settings,
    alice: Caller,
    bob: Caller,
    site: HostileServer,
) -> None:
    mine = _add(client, alice, site.url("/desk.xml")).json()
    theirs = _add(client, bob, site.url("/")).json()
    assert mine["url"] == theirs["url"] and mine["id"] != theirs["id"]
    fetched_on_adding = site.hits["/desk.xml"]  # to tell a page from a feed
    _cycle(api_settings)
    polls = site.hits["/desk.xml"] - fetched_on_adding
    assert polls == 1
    assert client.delete(f"/me/feeds/{theirs['id']}", headers=bob.auth).status_code == 204
    assert client.delete(f"/me/feeds/{theirs['id']}", headers=bob.auth).status_code == 404
    with session_scope(api_settings.database_url) as session:
        assert len(pollable_feed_ids(session, due_only=False)) == 1
    assert client.delete(f"/me/feeds/{mine['id']}", headers=alice.auth).status_code == 204
    with session_scope(api_settings.database_url) as session:
        assert pollable_feed_ids(session, due_only=False) == []
    _cycle(api_settings)
    assert site.hits["/desk.xml"] - fetched_on_adding == polls, "nobody links it: not polled"
    _operator_feed(api_settings, site.url("/desk.xml"))  # the operator shares it
    with session_scope(api_settings.database_url) as session:
        assert len(pollable_feed_ids(session, due_only=False)) == 1


@pytest.fixture
def two_at_most(api_settings: Settings) -> Iterator[httpx.Client]:
    settings = load_settings(**api_settings.model_dump() | {"max_feeds_per_user": 2})
    senders: Senders = memory_senders()
    with (
        ApiServer(create_app(settings, senders=senders)) as running,
        httpx.Client(base_url=running.url, timeout=10) as http,
    ):
        yield http


def test_the_quota_says_the_limit(
    two_at_most: httpx.Client, alice: Caller, bob: Caller, site: HostileServer
) -> None:
    client = two_at_most
    first = _add(client, alice, site.url("/desk.xml"))
    assert _add(client, alice, site.url("/feeds/desk.json")).status_code == 201
    refused = _add(client, alice, site.url("/feeds/desk.atom"))
    assert refused.status_code == 422
    message = refused.json()["detail"][0]["msg"]
    assert message.startswith("the limit is 2 feeds per user (ALERTS_MAX_FEEDS_PER_USER)")
    assert _add(client, alice, site.url("/absolute")).status_code == 422
    assert site.hits["/absolute"] == 0, "past the limit no page is fetched"
    assert _add(client, alice, site.url("/desk.xml")).status_code == 200
    assert _add(client, bob, site.url("/feeds/desk.atom")).status_code == 201  # per user
    client.delete(f"/me/feeds/{first.json()['id']}", headers=alice.auth)
    assert _add(client, alice, site.url("/feeds/desk.atom")).status_code == 201


OPML = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0"><head><title>Mine</title></head><body>
  <outline text="News">
    <outline type="rss" text="Harbour Desk (OPML)" xmlUrl="{base}/desk.xml"/>
    <outline type="rss" text="Private network" xmlUrl="http://10.0.0.1/feed.xml"/>
  </outline>
  <outline type="rss" text="A file" xmlUrl="file:///etc/passwd"/>
  <outline type="rss" text="Twice" xmlUrl="{base}/desk.xml"/>
  <outline type="rss" xmlUrl="{base}/feeds/desk.atom"/>
</body></opml>
"""


def test_opml_import_reports_each_outline(
    client: httpx.Client, alice: Caller, site: HostileServer
) -> None:
    document = OPML.replace("{base}", site.url("")).encode()
    answer = client.post(
        "/me/feeds/import",
        content=document,
        headers=alice.auth | {"Content-Type": "text/x-opml"},
    )
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert [(s["url"], s["title"]) for s in report["added"]] == [
        (site.url("/desk.xml"), "Harbour Desk (OPML)"),
        (site.url("/feeds/desk.atom"), None),
    ]
    assert [f["url"] for f in report["failed"]] == [
        "http://10.0.0.1/feed.xml",
        "file:///etc/passwd",
    ]
    assert all("refused by the" in f["error"] for f in report["failed"])
    assert client.get("/me/feeds", headers=alice.auth).json() == report["added"]
    assert site.hits["/desk.xml"] == 0, "outlines name feeds: nothing is fetched on import"
    bad = client.post("/me/feeds/import", content=b"<html/>", headers=alice.auth)
    assert bad.status_code == 422 and "not an OPML file" in bad.json()["detail"][0]["msg"]


def test_digests_hold_only_what_their_reader_may_see(
    client: httpx.Client,
    api_settings: Settings,
    alice: Caller,
    bob: Caller,
    site: HostileServer,
) -> None:
    _operator_feed(api_settings, site.url("/wire.xml"))
    _operator_feed(api_settings, site.url("/wire-copy.xml"))
    _add(client, alice, site.url("/feeds/desk.json"))
    _add(client, alice, site.url("/feeds/desk.atom"))
    for caller in (alice, bob):
        follow = {"topic": "Syria", "mode": "daily"}
        assert client.post("/me/follows", json=follow, headers=caller.auth).is_success
    _cycle(api_settings)
    senders = memory_senders()
    with session_scope(api_settings.database_url) as session:
        send_digests(api_settings, session, senders, period=Mode.DAILY, now=utcnow(), force=True)
    assert isinstance(senders.mail, Mailbox)
    digests = {str(m["To"]): str(m) for m in senders.mail.messages}
    assert set(digests) == {"alice@example.org", "bob@example.org"}
    assert "Tessellane" in digests["alice@example.org"]
    assert "Tessellane" not in digests["bob@example.org"]
    assert "Damascus" in digests["bob@example.org"] and "Marrowgate" in digests["bob@example.org"]
    assert "Harbour Desk" not in digests["bob@example.org"]
