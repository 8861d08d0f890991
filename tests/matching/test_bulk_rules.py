"""The set-based fan-out (PostgreSQL, `alerts.matching.bulk`) applies the noise rules exactly
as the per-row path does (`noise.plan_delivery`, which SQLite runs): one table of users
fanned out on both databases, moment after moment, gives the same rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select, text

from alerts.matching import bulk
from alerts.matching.fanout import fan_out
from alerts.store.db import get_engine, session_scope
from alerts.store.tables import (
    FollowRow,
    NotificationRow,
    UserRow,
    WebhookEndpointRow,
)
from tests.helpers import make_article

NOON = datetime(2026, 11, 27, 12, tzinfo=UTC)


@dataclass(frozen=True)
class Reader:
    """A user and their follows: (topic, channel, mode, exclusions, ignore_quiet, snoozed)."""

    email: str
    tz: str = "UTC"
    quiet: tuple[str, str] | None = None
    quiet_mode: str = "hold"
    paused: bool = False
    snoozed: bool = False
    cap: int | None = None
    follows: tuple[tuple[str, str, str, list[str], bool, bool], ...] = field(
        default=(("Syria", "email", "instant", [], False, False),)
    )


def _f(
    topic: str = "Syria",
    channel: str = "email",
    mode: str = "instant",
    exclude: tuple[str, ...] = (),
    ignore_quiet: bool = False,
    snoozed: bool = False,
) -> tuple[str, str, str, list[str], bool, bool]:
    return (topic, channel, mode, list(exclude), ignore_quiet, snoozed)


READERS = [
    Reader("plain@x.org"),
    Reader("capped@x.org", cap=2),
    Reader("capped-two-channels@x.org", cap=3, follows=(_f(), _f(channel="memory"))),
    Reader("capped-webhook@x.org", cap=1, follows=(_f(), _f(channel="webhook"))),
    Reader("night-new-york@x.org", tz="America/New_York", quiet=("22:00", "07:00")),
    Reader("night-tokyo@x.org", tz="Asia/Tokyo", quiet=("23:30", "06:15"), quiet_mode="digest"),
    Reader("day-kolkata@x.org", tz="Asia/Kolkata", quiet=("09:00", "18:30"), cap=1),
    Reader(
        "ignores-quiet@x.org",
        tz="Europe/Paris",
        quiet=("00:00", "23:59"),
        follows=(_f(), _f(topic="Iraq", mode="daily", ignore_quiet=True)),
    ),
    Reader("fold-new-york@x.org", tz="America/New_York", quiet=("23:00", "01:30")),
    Reader("gap-paris@x.org", tz="Europe/Paris", quiet=("01:00", "02:30")),
    Reader("paused@x.org", paused=True),
    Reader("snoozed@x.org", snoozed=True),
    Reader("snoozed-follow@x.org", follows=(_f(snoozed=True), _f(topic="Iraq", mode="weekly"))),
    Reader("excludes-football@x.org", follows=(_f(exclude=("football",)),)),
    Reader("excludes-other@x.org", follows=(_f(exclude=("cricket", " ")),)),
    Reader(  # no rules: written by the plain statement, one row per channel
        "plain-several-topics@x.org",
        follows=(_f(mode="daily"), _f(topic="Iraq"), _f(channel="webhook", mode="weekly")),
    ),
    Reader(
        "several-topics@x.org",
        cap=1,
        follows=(_f(mode="daily"), _f(topic="Iraq"), _f(channel="memory", mode="weekly")),
    ),
]
MOMENTS = [
    NOON,
    NOON + timedelta(minutes=10),
    NOON + timedelta(minutes=20),
    datetime(2026, 11, 28, 3, tzinfo=UTC),  # 22:00 in New York, 12:00 in Tokyo
    datetime(2026, 11, 28, 4, 30, tzinfo=UTC),  # 23:30 in New York, 13:30 in Tokyo
    datetime(2026, 11, 27, 15, tzinfo=UTC),  # 00:00 in Tokyo
    datetime(2026, 11, 27, 5, tzinfo=UTC),  # 10:30 in Kolkata
    datetime(2026, 11, 1, 4, 30, tzinfo=UTC),  # 00:30 EDT: quiet ends at the first 01:30
    datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 in Paris; 02:30 does not exist that day
]


def _seed(url: str) -> None:
    with session_scope(url) as session:
        for reader in READERS:
            user = UserRow(email=reader.email, tz=reader.tz, api_key_hash="h-" + reader.email)
            user.quiet_start, user.quiet_end = reader.quiet or (None, None)
            user.quiet_mode, user.paused = reader.quiet_mode, reader.paused
            user.instant_cap_per_hour = reader.cap
            user.snoozed_until = datetime(2027, 1, 1, tzinfo=UTC) if reader.snoozed else None
            session.add(user)
            session.flush()
            session.add(WebhookEndpointRow(user_id=user.id, url="https://h.example/x", secret="s"))
            for topic, channel, mode, exclude, ignore_quiet, snoozed in reader.follows:
                session.add(
                    FollowRow(
                        user_id=user.id,
                        topic=topic,
                        channel=channel,
                        mode=mode,
                        exclude=exclude,
                        ignore_quiet=ignore_quiet,
                        snoozed_until=datetime(2027, 1, 1, tzinfo=UTC) if snoozed else None,
                    )
                )


def _fan_out_every_moment(url: str) -> tuple[list[list[str]], list[tuple[object, ...]]]:
    """Fan out one article per moment (a football one among them); the due e-mails of each
    and every row written, by user e-mail."""
    due: list[list[str]] = []
    for n, moment in enumerate(MOMENTS):
        with session_scope(url) as session:
            article = make_article(session, f"https://news.example/{n}", title=f"Report {n}")
            article.summary = "Syria's Football team won." if n == 1 else "Talks in Geneva."
            ids = fan_out(
                session,
                article_id=article.id,
                story_id=article.story_id,
                topics=["Syria", "Iraq"],
                now=moment,
            )
            emails = session.scalars(
                select(UserRow.email)
                .join(NotificationRow, NotificationRow.user_id == UserRow.id)
                .where(NotificationRow.id.in_(ids))
                .order_by(UserRow.email, NotificationRow.channel)
            )
            due.append(list(emails))
    with session_scope(url) as session:
        rows = session.execute(
            select(
                UserRow.email,
                NotificationRow.story_id,
                NotificationRow.channel,
                NotificationRow.mode,
                NotificationRow.status,
                NotificationRow.held_reason,
                NotificationRow.next_attempt_at,
                NotificationRow.topics,
                UserRow.cap_notice_due,
            )
            .join(UserRow, UserRow.id == NotificationRow.user_id)
            .order_by(UserRow.email, NotificationRow.story_id, NotificationRow.channel)
        )
        return due, [tuple(r) for r in rows]


def test_set_based_rules_agree_with_the_per_row_rules(pg_url: str, tmp_path: Path) -> None:
    sqlite_url = f"sqlite:///{tmp_path / 'alerts.db'}"
    for url in (sqlite_url, pg_url):
        _seed(url)
    per_row, set_based = _fan_out_every_moment(sqlite_url), _fan_out_every_moment(pg_url)
    get_engine(pg_url).dispose()
    assert set_based[0] == per_row[0], "the same instant messages are due at once"
    assert set_based[1] == per_row[1]
    reasons = {r[5] for r in per_row[1]}
    assert reasons == {None, "quiet", "cap"}, "the table exercises every rule"
    emails = {r[0] for r in per_row[1]}
    assert not emails & {"paused@x.org", "snoozed@x.org"}


def test_only_a_storys_first_fan_out_skips_the_duplicate_check(pg_url: str) -> None:
    with session_scope(pg_url) as session:
        first = make_article(session, "https://news.example/1", feed_url="file:///a.xml")
        second = make_article(session, "https://news.example/1", feed_url="file:///b.xml")
        assert bulk.first_of_story(session, first.id, first.story_id)
        first.state = "fanning"
        session.flush()
        assert bulk.first_of_story(session, first.id, first.story_id), "its own ranges"
        assert not bulk.first_of_story(session, second.id, second.story_id), "another's"
        first.state = "processed"
        session.flush()
        assert not bulk.first_of_story(session, first.id, first.story_id)
    get_engine(pg_url).dispose()


def test_a_range_is_planned_for_its_own_values_without_jit(pg_url: str) -> None:
    """`plan_each` holds for the fan-out's transaction only."""
    settings = "SELECT current_setting('jit'), current_setting('plan_cache_mode')"
    with session_scope(pg_url) as session:
        before = session.execute(text(settings)).one()
        bulk.plan_each(session)
        assert tuple(session.execute(text(settings)).one()) == ("off", "force_custom_plan")
    with session_scope(pg_url) as session:
        assert session.execute(text(settings)).one() == before
    get_engine(pg_url).dispose()


def test_users_with_rules_and_without_split_the_range_between_the_statements(
    pg_url: str,
) -> None:
    """Each user's rows come from exactly one of the two statements, by `has_rules`."""
    _seed(pg_url)
    with session_scope(pg_url) as session:
        with_rules = set(
            session.scalars(select(UserRow.email).where(bulk.has_rules()).order_by(UserRow.email))
        )
    expected = {r.email for r in READERS if r.quiet is not None or r.cap is not None}
    assert with_rules == expected
    get_engine(pg_url).dispose()
