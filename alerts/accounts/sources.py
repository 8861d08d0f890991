"""A subscriber's own sources: feeds they add for themselves, private to them.

A source is a link between a user and a feed (`user_feeds`). A URL added by several users is
one feed, polled once, with one link each; a URL the operator also added is that shared
feed. A feed only subscribers added is private: its articles reach only the users who link
it (`alerts.store.visibility`), and once nobody links it the watcher stops polling it
(`alerts.pipeline.pollable_feed_ids`). A site's page address is enough: the feed it links
is found and stored (`alerts.feeds.discover`). Every URL passes the outbound guard.

Ids are those of the links, never of the feeds, so an id says nothing about who else reads
a feed; every function takes the owner's user id and treats another user's source as
missing (`NotFoundError`). A user holds at most `ALERTS_MAX_FEEDS_PER_USER` sources.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.errors import InputError, NotFoundError
from alerts.feeds.discover import resolve_feed_url
from alerts.feeds.opml import read_opml
from alerts.feeds.registry import MAX_NAME_LENGTH, add_feed
from alerts.store.tables import FeedRow, UserFeedRow

MAX_URL_LENGTH = 2048  # the width of `feeds.url`


@dataclass(frozen=True)
class Source:
    """One of a user's sources: the link's id, the feed's URL and its title (None until the
    feed names itself on its first poll), and the feed's health: its status (active,
    failing, disabled), the last poll's error and when it was last polled (None: not yet)."""

    id: int
    url: str
    title: str | None
    status: str
    last_error: str | None
    last_polled_at: datetime | None


@dataclass(frozen=True)
class ImportFailure:
    """An outline that was not added, and why."""

    url: str
    error: str


@dataclass(frozen=True)
class ImportReport:
    """What an OPML import did, per outline in document order."""

    added: list[Source] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)


def _source(link: UserFeedRow, feed: FeedRow) -> Source:
    return Source(
        id=link.id,
        url=feed.url,
        title=feed.name,
        status=feed.status,
        last_error=feed.last_error,
        last_polled_at=feed.last_polled_at,
    )


def list_sources(session: Session, user_id: int) -> list[Source]:
    """The user's sources, oldest first."""
    rows = session.execute(
        select(UserFeedRow, FeedRow)
        .join(FeedRow, FeedRow.id == UserFeedRow.feed_id)
        .where(UserFeedRow.user_id == user_id)
        .order_by(UserFeedRow.id)
    )
    return [_source(link, feed) for link, feed in rows]


def _linked(session: Session, user_id: int, url: str) -> tuple[UserFeedRow, FeedRow] | None:
    found = session.execute(
        select(UserFeedRow, FeedRow)
        .join(FeedRow, FeedRow.id == UserFeedRow.feed_id)
        .where(UserFeedRow.user_id == user_id, FeedRow.url == url)
    ).first()
    return None if found is None else (found[0], found[1])


def _check_room(settings: Settings, session: Session, user_id: int) -> None:
    """`InputError` naming the limit when the user holds as many sources as allowed."""
    held = session.scalar(
        select(func.count()).select_from(UserFeedRow).where(UserFeedRow.user_id == user_id)
    )
    limit = settings.max_feeds_per_user
    if (held or 0) >= limit:
        raise InputError(
            f"the limit is {limit} feeds per user (ALERTS_MAX_FEEDS_PER_USER): "
            "remove one before adding another"
        )


def link_source(
    settings: Settings, session: Session, user_id: int, url: str, *, title: str | None = None
) -> tuple[Source, bool]:
    """Add the feed at `url` (no discovery) to the user's sources; a source they hold
    already is returned as it is (created=False). `title` names a feed stored only now.
    Raises `UnsafeTargetError` for a URL the guard refuses, `InputError` past the limit."""
    url = url.strip()
    if len(url) > MAX_URL_LENGTH:
        raise InputError(f"a feed URL has at most {MAX_URL_LENGTH} characters")
    known = _linked(session, user_id, url)
    if known is not None:
        return _source(*known), False
    _check_room(settings, session, user_id)
    feed, created = add_feed(session, url, allowed_hosts=settings.feed_allowed_hosts, shared=False)
    name = " ".join((title or "").split())[:MAX_NAME_LENGTH]
    if created and name:
        feed.name = name
    link = UserFeedRow(user_id=user_id, feed_id=feed.id)
    try:
        with session.begin_nested():
            session.add(link)
    except IntegrityError:  # the same user's other request linked it since the SELECT
        known = _linked(session, user_id, feed.url)
        if known is None:
            raise
        return _source(*known), False
    return _source(link, feed), True


def add_source(
    settings: Settings, session: Session, user_id: int, given: str
) -> tuple[Source, bool]:
    """Add a feed, or the feed a web page links, to the user's sources. Past the limit the
    page is not even fetched; a page linking no feed raises `InputError`."""
    if _linked(session, user_id, given.strip()) is None:
        _check_room(settings, session, user_id)
    return link_source(settings, session, user_id, resolve_feed_url(settings, given))


def remove_source(session: Session, user_id: int, source_id: int) -> None:
    """Drop one of the user's sources. The feed and its articles stay (other users may link
    it, and the user's notification history names them); a private feed nobody links is no
    longer polled."""
    link = session.scalars(
        select(UserFeedRow).where(UserFeedRow.id == source_id, UserFeedRow.user_id == user_id)
    ).first()
    if link is None:
        raise NotFoundError(f"no feed {source_id}")
    session.delete(link)
    session.flush()


def import_sources(
    settings: Settings, session: Session, user_id: int, document: bytes
) -> ImportReport:
    """Add every feed of an OPML subscription list to the user's sources, as `link_source`
    does (outlines name feeds, so no page is fetched); an outline refused (the guard, the
    limit) is reported and the others go on. `InputError` when the document is not OPML."""
    report = ImportReport()
    for outline in read_opml(document):
        try:
            source, _ = link_source(settings, session, user_id, outline.url, title=outline.title)
        except InputError as error:
            report.failed.append(ImportFailure(url=outline.url, error=str(error)))
        else:
            report.added.append(source)
    return report
