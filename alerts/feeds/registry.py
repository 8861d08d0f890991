"""Feeds the watcher polls: adding one (an http(s) URL, a file:// URL or a local path) and
listing them with their health."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.errors import InputError
from alerts.store.tables import FeedRow


@dataclass(frozen=True)
class FeedInfo:
    """A feed and its health, as `alerts feeds list --json` prints it."""

    id: int
    url: str
    name: str | None
    status: str
    last_http_status: int | None
    last_error: str | None
    error_count: int
    last_polled_at: datetime | None
    next_poll_at: datetime | None
    etag: bool
    last_modified: bool

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, with times in ISO 8601."""
        data = asdict(self)
        for key in ("last_polled_at", "next_poll_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def source_url(source: str) -> str:
    """Turn what the user typed into the URL to store: http(s) and file URLs as given,
    paths as absolute file:// URLs (the file must exist)."""
    scheme = urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        if not urlsplit(source).hostname:
            raise InputError(f"{source!r} has no host")
        return source.strip()
    if scheme == "file":
        return source.strip()
    if scheme and len(scheme) > 1:
        raise InputError(
            f"unsupported feed source {source!r}: use an http(s) URL, a file:// URL or a path"
        )
    path = Path(source).expanduser().resolve()
    if not path.is_file():
        raise InputError(f"no such feed file: {path}")
    return path.as_uri()


def add_feed(
    session: Session, source: str, name: str | None = None, *, interval_s: float | None = None
) -> tuple[FeedRow, bool]:
    """Register a feed; adding the same URL twice returns the existing one (created=False).
    `interval_s` fixes the feed's poll interval instead of the adaptive schedule: for a hot
    feed whose alerts must not wait for `ALERTS_POLL_MIN_INTERVAL_S`."""
    url = source_url(source)
    existing = session.scalars(select(FeedRow).where(FeedRow.url == url)).first()
    if existing is not None:
        if name and existing.name != name:
            existing.name = name
        if interval_s is not None:
            existing.interval_s = interval_s
        return existing, False
    feed = FeedRow(url=url, name=name, interval_s=interval_s)
    session.add(feed)
    session.flush()
    return feed, True


def feed_info(feed: FeedRow) -> FeedInfo:
    """The public view of a feed row."""
    return FeedInfo(
        id=feed.id,
        url=feed.url,
        name=feed.name,
        status=feed.status,
        last_http_status=feed.last_http_status,
        last_error=feed.last_error,
        error_count=feed.error_count,
        last_polled_at=feed.last_polled_at,
        next_poll_at=feed.next_poll_at,
        etag=feed.etag is not None,
        last_modified=feed.last_modified is not None,
    )


def list_feeds(session: Session) -> list[FeedInfo]:
    """Every feed, oldest first."""
    return [feed_info(f) for f in session.scalars(select(FeedRow).order_by(FeedRow.id))]
