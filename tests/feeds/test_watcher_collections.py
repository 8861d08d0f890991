"""A poll batch fetches and parses with fewer young garbage collections."""

from __future__ import annotations

import gc

import pytest

from alerts.feeds import watcher
from alerts.feeds.fetch import FetchLimits, FetchResult
from alerts.feeds.parse import parse_feed
from alerts.store.tables import FeedRow
from tests.feeds.hostile import GOOD_FEED, HostileServer, serve_bytes

pytestmark = pytest.mark.usefixtures("default_gc_thresholds")


def test_fetching_and_parsing_run_with_fewer_collections(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[int] = []
    real_parse, real_fetch = parse_feed, watcher._fetch_all

    def parse(*args: object, **options: object) -> object:
        seen.append(gc.get_threshold()[0])
        return real_parse(*args, **options)  # type: ignore[arg-type]

    async def fetch_all(*args: object) -> object:
        seen.append(gc.get_threshold()[0])
        return await real_fetch(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(watcher, "parse_feed", parse)
    monkeypatch.setattr(watcher, "_fetch_all", fetch_all)
    with HostileServer() as server:
        server.routes["/feed"] = serve_bytes(GOOD_FEED)
        feed = FeedRow(id=1, url=server.url("/feed"), status="active")
        results = watcher.fetch_batch(FetchLimits(), [feed], allowed_hosts=("127.0.0.1",))
    assert gc.get_threshold()[0] == 700
    result: FetchResult = results[1]
    assert result.status == 200
    assert watcher._parse(feed, result)
    assert seen == [watcher.YOUNG_COLLECTION_EVERY] * 2  # the fetch, then the parse
    assert gc.get_threshold()[0] == 700
