"""`alerts status --json` and `/metrics` report what a small pipeline did, read back from
the database; a Celery worker serves the same metrics over HTTP."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import time
from pathlib import Path

import httpx
import redis
from prometheus_client.parser import text_string_to_metric_families

from alerts.api import create_app
from alerts.config import load_settings
from alerts.metrics import registry_for, render_metrics
from tests.api.server import ApiServer
from tests.conftest import FIXTURES, REDIS_URL, REPO
from tests.e2e.scenario import base_env, cli
from tests.support.ports import free_port


def _samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def _small_pipeline(tmp_path: Path) -> dict[str, str]:
    env = base_env(database_url=f"sqlite:///{tmp_path / 'm.db'}", outbox_dir=str(tmp_path / "out"))
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-a.xml"))
    cli(env, "feeds", "add", str(FIXTURES / "feeds" / "outlet-b.xml"))
    missing = tmp_path / "gone.xml"
    missing.write_text("<rss/>")
    cli(env, "feeds", "add", str(missing))
    missing.unlink()
    cli(env, "users", "add", "a@example.org")
    cli(env, "follow", "a@example.org", "Syria")
    cli(env, "run", "--once")
    return env


def test_status_json_and_metrics(tmp_path: Path) -> None:
    env = _small_pipeline(tmp_path)
    status = json.loads(cli(env, "status", "--json").stdout)
    assert status["queue_depth"] is None
    assert status["feeds"] == {"active": 2, "failing": 1}
    assert status["feed_polls_total"] == 3 and status["feed_errors_total"] == 1
    assert status["articles_total"] == 8 and status["matches_total"] > 8
    assert status["notifications"] == {"email": {"sent": 1}}
    assert status["deliveries_due"] == 0 and status["deliveries_failed"] == 0
    assert [f["status"] for f in status["failing_feeds"]] == ["failing"]

    queue = f"status-{secrets.token_hex(4)}"  # a Redis list, as Celery keeps a queue
    broker = redis.Redis.from_url(REDIS_URL)
    broker.rpush(queue, *range(7))
    try:
        with_broker = load_settings(
            database_url=env["ALERTS_DATABASE_URL"], broker_url=REDIS_URL, queue=queue
        )
        samples = _samples(render_metrics(registry_for(with_broker)).decode())
    finally:
        broker.delete(queue)
        broker.close()
    assert samples[("alerts_feed_polls_total", ())] == 3
    assert samples[("alerts_feed_fetch_errors_total", ())] == 1
    assert samples[("alerts_articles_total", ())] == 8
    assert samples[("alerts_notifications", (("channel", "email"), ("status", "sent")))] == 1
    assert samples[("alerts_queue_depth", ())] == 7
    assert samples[("alerts_delivery_latency_seconds_gcount", ())] == 1

    settings = load_settings(database_url=env["ALERTS_DATABASE_URL"])
    with ApiServer(create_app(settings)) as api:
        scraped = httpx.get(f"{api.url}/metrics", timeout=10)
    assert scraped.status_code == 200
    assert scraped.headers["content-type"].startswith("text/plain")
    served = _samples(scraped.text)
    assert served[("alerts_notifications", (("channel", "email"), ("status", "sent")))] == 1
    assert served[("alerts_feed_polls_total", ())] == 3
    assert ("alerts_queue_depth", ()) not in served  # in-process: there is no broker queue


def test_worker_serves_metrics(tmp_path: Path) -> None:
    env = _small_pipeline(tmp_path)
    port = free_port()
    env |= {
        "ALERTS_BROKER_URL": REDIS_URL,
        "ALERTS_QUEUE": f"metrics-{port}",
        "ALERTS_METRICS_PORT": str(port),
    }
    celery = str(Path(sys.executable).with_name("celery"))
    worker = subprocess.Popen(
        [celery, "-A", "workers", "worker", "--concurrency=1"],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline, text = time.monotonic() + 60, ""
        while time.monotonic() < deadline and not text:
            try:
                text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
            except httpx.TransportError:
                time.sleep(0.5)
        samples = _samples(text)
        assert samples[("alerts_articles_total", ())] == 8
        assert samples[("alerts_queue_depth", ())] == 0
    finally:
        worker.terminate()
        worker.wait(timeout=30)
