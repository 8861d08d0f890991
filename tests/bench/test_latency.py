"""`alerts bench latency` at a tiny size, so the benchmark cannot rot; and the feed it
publishes, whose entries must each reach the followers of exactly one topic."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import httpx

from alerts.config import load_settings
from alerts.feeds.stories import fingerprint, similarity
from alerts.topics.live import classifier_for
from benchmarks.latency import percentile
from benchmarks.livefeed import TOPICS, GrowingFeed, entry
from tests.conftest import PG_ADMIN_URL
from tests.e2e.scenario import base_env, cli


def test_latency_bench_delivers_every_entry_once(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    output.write_text("# Benchmarks\n\n<!-- bench:other -->\nkept\n<!-- /bench:other -->\n")
    sizes = ["--articles", "3", "--followers", "5", "--every", "0.2", "--warmup", "1"]
    result = json.loads(
        cli(
            base_env(),
            "bench",
            "latency",
            *sizes,
            "--admin-database-url",
            PG_ADMIN_URL,
            "--output",
            str(output),
            "--json",
        ).stdout
    )
    assert result["articles"] == 3 and result["followers"] == 5
    hot, baseline = result["runs"]
    assert hot["watcher_tick_s"] < baseline["watcher_tick_s"]
    for run in (hot, baseline):
        # users 1..5 follow topics 1,2,3,0,1 (id % 4): entries 0-3 reach 1, 2, 1, 1 of them
        assert run["entries"] == 3 and run["expected"] >= 3
        assert run["delivered"] == run["expected"]
        assert run["lost"] == run["duplicated"] == run["repeats"] == run["unexpected"] == 0
        assert 0 < run["p50_s"] <= run["p95_s"] <= run["p99_s"] <= run["max_s"]
        assert 0 <= run["poll_wait_p50_s"] <= run["max_s"]
    assert result["peak_rss_mib"] > 0 and result["bench_rss_mib"] > 0
    text = output.read_text()
    assert "kept" in text and "<!-- bench:latency -->" in text and "baseline" in text


def test_each_entry_is_tagged_with_one_followed_topic_and_is_its_own_story() -> None:
    classifier = classifier_for(load_settings(database_url="sqlite:///:memory:"))
    prints = []
    for item in map(entry, range(120)):
        tags = {m.name for m in classifier.classify(item.title, item.summary, source="")}
        assert tags & set(TOPICS) == {TOPICS[item.index % len(TOPICS)]}, item
        prints.append(fingerprint(item.title, item.summary, sorted(tags)))
    closest = max(similarity(a, b) for a, b in itertools.combinations(prints, 2))
    assert closest < load_settings().story_similarity


def test_growing_feed_shows_entries_from_publication_and_answers_304() -> None:
    with GrowingFeed() as feed, httpx.Client(trust_env=False) as client:
        empty = client.get(feed.url("wire"))
        assert empty.status_code == 200 and "<item>" not in empty.text
        visible_at = feed.publish("wire", entry(0))
        first = client.get(feed.url("wire"))
        assert entry(0).title in first.text and visible_at > 0
        unchanged = client.get(feed.url("wire"), headers={"if-none-match": first.headers["etag"]})
        assert unchanged.status_code == 304
        feed.publish("wire", entry(1))
        assert entry(1).link in client.get(feed.url("wire")).text


def test_percentile_is_nearest_rank() -> None:
    samples = [float(n) for n in range(1, 101)]
    assert percentile(samples, 0.5) == 50.0
    assert percentile(samples, 0.99) == 99.0
    assert percentile([3.0], 0.99) == 3.0
    assert percentile([], 0.5) == 0.0
