"""Feeds the watcher polls: adding one, listing them with their health, renaming,
disabling (the watcher skips a disabled feed, `alerts.pipeline.pollable_feed_ids`), enabling
and removing them.

Every way a feed gets in goes through `add_feed`: an http(s) URL must pass the outbound
guard (`alerts.guard`, exemptions in `ALERTS_FEED_ALLOWED_HOSTS`); a file:// URL or a local
path is taken only when the caller says the source comes from the operator (the CLI), never
from the API or an imported subscription list, so no remote caller can make the service read
its own disk."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.errors import InputError, NotFoundError, UnsafeTargetError
from alerts.guard import check_url, split_url
from alerts.store.tables import ArticleRow, FeedRow, NotificationRow

MAX_NAME_LENGTH = 300


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
    last_outcome: str | None  # parsed, unchanged (same body as last time), not_modified, failed
    last_polled_at: datetime | None
    next_poll_at: datetime | None
    etag: bool
    last_modified: bool
    shared: bool

    def as_dict(self) -> dict[str, object]:
        """JSON-ready, with times in ISO 8601."""
        data = asdict(self)
        for key in ("last_polled_at", "next_poll_at"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        return data


def _local_url(source: str, scheme: str) -> str:
    if scheme == "file":
        return source.strip()
    path = Path(source).expanduser().resolve()
    if not path.is_file():
        raise InputError(f"no such feed file: {path}")
    return path.as_uri()


def source_url(
    source: str, *, allowed_hosts: Collection[str] = (), local_files: bool = False
) -> str:
    """Turn what the user typed into the URL to store: http(s) URLs as given once the guard
    accepts them; with `local_files`, file URLs as given and paths as absolute file:// URLs
    (the file must exist)."""
    source = source.strip()
    scheme = split_url(source, purpose="feed").scheme.lower()
    is_local = scheme == "file" or len(scheme) <= 1  # no scheme, or a Windows drive letter
    if not is_local:
        check_url(source, allowed_hosts=allowed_hosts, purpose="feed")
        return source
    if not local_files:
        raise UnsafeTargetError(
            f"feed URL refused by the scheme rule: {source!r} is not an http(s) URL "
            "(files on the server are added with `alerts feeds add PATH` only)"
        )
    return _local_url(source, scheme)


def add_feed(
    session: Session,
    source: str,
    name: str | None = None,
    *,
    interval_s: float | None = None,
    allowed_hosts: Collection[str] = (),
    local_files: bool = False,
    shared: bool = True,
) -> tuple[FeedRow, bool]:
    """Register a feed; adding the same URL twice returns the existing one (created=False).
    `interval_s` fixes the feed's poll interval instead of the adaptive schedule: for a hot
    feed whose alerts must not wait for `ALERTS_POLL_MIN_INTERVAL_S`. `allowed_hosts` and
    `local_files` as in `source_url`; refusals raise `UnsafeTargetError`. `shared` False:
    a subscriber's own source (`alerts.accounts.sources`), private unless the operator adds
    it too, which shares it with everyone."""
    url = source_url(source, allowed_hosts=allowed_hosts, local_files=local_files)
    existing = session.scalars(select(FeedRow).where(FeedRow.url == url)).first()
    if existing is None:
        feed = FeedRow(url=url, name=name, interval_s=interval_s, shared=shared)
        try:
            with session.begin_nested():
                session.add(feed)
        except IntegrityError:  # another writer stored the same URL since the SELECT
            existing = session.scalars(select(FeedRow).where(FeedRow.url == url)).one()
        else:
            return feed, True
    existing.shared = existing.shared or shared
    if name and existing.name != name:
        existing.name = name
    if interval_s is not None:
        existing.interval_s = interval_s
    return existing, False


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
        last_outcome=feed.last_outcome,
        last_polled_at=feed.last_polled_at,
        next_poll_at=feed.next_poll_at,
        etag=feed.etag is not None,
        last_modified=feed.last_modified is not None,
        shared=feed.shared,
    )


def list_feeds(session: Session) -> list[FeedInfo]:
    """Every feed, oldest first."""
    return [feed_info(f) for f in session.scalars(select(FeedRow).order_by(FeedRow.id))]


def get_feed(session: Session, feed_id: int) -> FeedRow:
    """The feed with this id, or `NotFoundError` pointing at `alerts feeds list`."""
    feed = session.get(FeedRow, feed_id)
    if feed is None:
        raise NotFoundError(f"no feed {feed_id}; see `alerts feeds list`")
    return feed


def rename_feed(session: Session, feed_id: int, name: str) -> FeedInfo:
    """Give a feed the display name shown in lists, notifications and digests."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise InputError(f"a feed name needs 1 to {MAX_NAME_LENGTH} characters")
    feed = get_feed(session, feed_id)
    feed.name = name
    session.flush()
    return feed_info(feed)


def set_enabled(session: Session, feed_id: int, *, enabled: bool) -> FeedInfo:
    """Disable a feed (the watcher stops polling it; its articles stay) or enable it again.
    An enabled feed starts afresh: due at once, its error count and any `Retry-After` hold
    cleared, as after `alerts feeds add`."""
    feed = get_feed(session, feed_id)
    if enabled:
        feed.status, feed.error_count, feed.last_error = "active", 0, None
        feed.next_poll_at = feed.hold_until = None
    else:
        feed.status = "disabled"
    session.flush()
    return feed_info(feed)


def remove_feed(session: Session, feed_id: int) -> FeedInfo:
    """Delete a feed with its articles and their topics (the database cascades those) and
    the notifications about those articles, sent or not, which could no longer be shown.
    `set_enabled(..., enabled=False)` is the way to stop a feed and keep its history."""
    info = feed_info(get_feed(session, feed_id))
    articles = select(ArticleRow.id).where(ArticleRow.feed_id == feed_id)
    session.execute(delete(NotificationRow).where(NotificationRow.article_id.in_(articles)))
    session.execute(delete(FeedRow).where(FeedRow.id == feed_id))
    session.expire_all()
    return info
