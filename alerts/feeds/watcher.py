"""Polling a batch of feeds: fetch them concurrently, then record each outcome on its feed.

The batch is the unit of work a worker takes (`alerts.poll_feeds`): fetching is async and
bounded by `FetchLimits`; parsing and storing happen afterwards, feed by feed, so one bad
feed only ever marks itself failing. Feed health (`status`, `last_error`, `error_count`,
`last_outcome`, `next_poll_at`, validators, `content_hash`) is written here and nowhere else.

A poll ends in one of four outcomes: `parsed` (a new body, read into articles),
`unchanged` (a 200 whose body hashes as the last one read: not parsed, nothing stored),
`not_modified` (a 304) or `failed`. The hash is kept only after a body was read in full and
is dropped on any failure, so an unchanged poll always follows a successful one and the note
that poll left in `last_error` (a malformed feed read in part) still describes the body.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.collector import fewer_collections
from alerts.config import Settings
from alerts.errors import FeedError
from alerts.feeds.fetch import Fetcher, FetchLimits, FetchRequest, FetchResult
from alerts.feeds.jsonfeed import is_json_document
from alerts.feeds.parse import parse_feed
from alerts.feeds.safety import check_xml
from alerts.feeds.schedule import SchedulePolicy, next_poll_at, observed_interval
from alerts.models import Article
from alerts.store.tables import FeedRow

log = logging.getLogger(__name__)
YOUNG_COLLECTION_EVERY = 10_000  # allocations between young collections while a batch polls


@dataclass
class PollReport:
    """What one batch did, feed by feed."""

    fetched: int = 0
    not_modified: int = 0
    unchanged: int = 0
    parsed: int = 0
    failed: int = 0

    def counts(self) -> dict[str, int]:
        """The counters, for structured logs."""
        return {
            "fetched": self.fetched,
            "not_modified": self.not_modified,
            "unchanged": self.unchanged,
            "parsed": self.parsed,
            "failed": self.failed,
        }


def limits_from(settings: Settings) -> FetchLimits:
    """Fetch limits from `ALERTS_FETCH_*` and `ALERTS_HTTP_TIMEOUT_S`."""
    return FetchLimits(
        connect_s=min(10.0, settings.http_timeout_s),
        read_s=settings.http_timeout_s,
        total_s=settings.fetch_timeout_s,
        max_bytes=settings.fetch_max_bytes,
        concurrency=settings.fetch_concurrency,
        per_host=settings.fetch_per_host,
    )


def policy_from(settings: Settings) -> SchedulePolicy:
    """Schedule bounds from `ALERTS_POLL_*`."""
    return SchedulePolicy(
        default_interval_s=settings.poll_interval_s,
        min_interval_s=settings.poll_min_interval_s,
        max_interval_s=settings.poll_max_interval_s,
    )


async def _fetch_all(
    limits: FetchLimits, allowed_hosts: Collection[str], requests: dict[int, FetchRequest]
) -> dict[int, FetchResult]:
    async with Fetcher(limits, allowed_hosts) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(r) for r in requests.values()))
    return dict(zip(requests, results, strict=True))


def fetch_batch(
    limits: FetchLimits, feeds: Iterable[FeedRow], *, allowed_hosts: Collection[str] = ()
) -> dict[int, FetchResult]:
    """Fetch every feed of the batch concurrently (from synchronous code); `allowed_hosts`
    are exempt from the outbound guard's address rule."""
    requests = {f.id: FetchRequest(f.url, f.etag, f.last_modified) for f in feeds}
    if not requests:
        return {}
    with fewer_collections(YOUNG_COLLECTION_EVERY):
        return asyncio.run(_fetch_all(limits, allowed_hosts, requests))


def _fail(feed: FeedRow, message: str, now: datetime, retry_after_s: float | None = None) -> None:
    feed.fetch_errors_total += 1
    feed.status = "disabled" if feed.status == "disabled" else "failing"
    feed.last_error = message
    feed.error_count += 1
    feed.last_outcome, feed.content_hash = "failed", None
    if retry_after_s is not None:
        feed.hold_until = now + timedelta(seconds=retry_after_s)


def _move(session: Session, feed: FeedRow, new_url: str) -> None:
    taken = session.scalars(
        select(FeedRow.id).where(FeedRow.url == new_url, FeedRow.id != feed.id)
    ).first()
    if taken is None:
        log.info("feed moved permanently", extra={"feed_id": feed.id, "url": new_url})
        feed.url = new_url


def _parse(feed: FeedRow, result: FetchResult) -> list[Article]:
    if not is_json_document(result.body, result.content_type):  # JSON declares no entities
        check_xml(result.body, result.content_type)
    with fewer_collections(YOUNG_COLLECTION_EVERY):
        parsed = parse_feed(
            result.body, base_url=result.moved_to or result.url, content_type=result.content_type
        )
    if parsed.problem and not parsed.articles:
        raise FeedError(parsed.problem)
    feed.last_error = parsed.problem  # kept as a note when some entries could still be read
    if feed.name is None and parsed.title:
        feed.name = parsed.title
    return list(parsed.articles)


def _healthy(feed: FeedRow, outcome: str) -> None:
    """Record a poll that went well. A column is assigned only when its value changes: a
    steady feed's poll changes none of these, and every assignment costs the ORM a change
    event and the flush a comparison, for each feed of every batch."""
    if feed.status != "active" or feed.error_count != 0:
        feed.status, feed.error_count = "active", 0
    if feed.last_outcome != outcome:
        feed.last_outcome = outcome


def _read_body(
    feed: FeedRow, result: FetchResult, now: datetime, report: PollReport
) -> list[Article]:
    """A 200: skipped when its hash matches the last body read, else parsed; the hash is
    stored once the body was read."""
    digest = hashlib.sha256(result.body).hexdigest()
    if digest == feed.content_hash:
        report.unchanged += 1
        _healthy(feed, "unchanged")
        articles: list[Article] = []
    else:
        try:
            articles = _parse(feed, result)
        except FeedError as error:
            _fail(feed, str(error), now)
            return []
        report.parsed += 1
        feed.content_hash = digest
        _healthy(feed, "parsed")
    feed.etag, feed.last_modified = result.etag, result.last_modified
    return articles


def apply_result(
    session: Session, feed: FeedRow, result: FetchResult, now: datetime, report: PollReport
) -> list[Article]:
    """Record one fetch on its feed; return the articles of a new or changed document."""
    feed.last_polled_at = now
    if feed.last_http_status != result.status:
        feed.last_http_status = result.status
    feed.polls_total += 1
    if result.moved_to:
        _move(session, feed, result.moved_to)
    articles: list[Article] = []
    if result.gone:
        feed.status = "disabled"
        _fail(feed, result.error or "gone", now)
    elif result.error:
        _fail(feed, result.error, now, result.retry_after_s)
    elif result.not_modified:
        report.not_modified += 1
        _healthy(feed, "not_modified")
        if feed.last_error is not None:
            feed.last_error = None
    else:
        articles = _read_body(feed, result, now, report)
    report.fetched += 1
    report.failed += feed.status != "active"
    return articles


def schedule(feed: FeedRow, policy: SchedulePolicy, now: datetime, *, had_new: bool) -> None:
    """Set `next_poll_at` (and learn the update rate when new entries arrived)."""
    if had_new:
        feed.update_interval_s = observed_interval(
            feed.update_interval_s, feed.last_new_entry_at, now
        )
        feed.last_new_entry_at = now
    hold = feed.hold_until if feed.hold_until and feed.hold_until > now else None
    feed.next_poll_at = next_poll_at(
        policy,
        now,
        interval_s=feed.interval_s,
        update_interval_s=feed.update_interval_s,
        errors=feed.error_count,
        hold_until=hold,
    )
