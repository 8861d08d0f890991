"""`alerts bench digests`: digests/s and SQL statements per digest for a daily digest run,
against the per-user run it replaced, timed in the same run.

A scratch PostgreSQL database gets N users spread over eight time zones, each with a digest
hour that has just come in their zone and `STORIES_PER_USER` held daily stories (of ten, from
two feeds). The baseline (`_per_user_run`, the digest run as it was: reserve, attach, load,
render, send and mark one user at a time) sends the digests of a sample of users; the
set-based `send_digests` sends everyone else's, in batches. Both write `.eml` files to a
temporary folder (`OutboxDirSender`), and every statement sent to PostgreSQL is counted
and timed (SQLAlchemy's `before_cursor_execute` and `after_cursor_execute`).
"""

from __future__ import annotations

import secrets
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import event, func, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from alerts.accounts.preferences import preferences_of
from alerts.config import Settings, load_settings
from alerts.models import Mode, NotificationStatus
from alerts.notify.digest import period_key, send_digests
from alerts.notify.email import OutboxDirSender
from alerts.notify.messages import digest_email
from alerts.notify.senders import Senders
from alerts.notify.unsubscribe import UnsubscribeRequest, unsubscribe_url
from alerts.notify.views import story_view
from alerts.notify.webhook import WebhookSender
from alerts.store.db import get_engine, session_scope
from alerts.store.secrets import instance_secret
from alerts.store.tables import ArticleRow, DigestRow, FeedRow, NotificationRow, StoryRow, UserRow
from benchmarks.faults_env import ScratchDatabase
from benchmarks.report import machine_line, peak_rss_mib

NOW = datetime(2026, 11, 27, 12, 30, tzinfo=UTC)
ZONES = (
    "UTC",
    "Europe/Paris",
    "America/New_York",
    "America/Los_Angeles",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Africa/Cairo",
)
STORIES_PER_USER = 3


@dataclass(frozen=True)
class DigestsResult:
    """Digests per second and statements per digest, with the sizes they were measured on."""

    users: int
    batch: int
    stories_per_user: int
    sent: int
    eml_files: int
    seconds: float
    per_s: float
    statements: int
    statements_per_digest: float
    db_ms_per_digest: float
    baseline_sample: int
    baseline_per_s: float
    baseline_statements_per_digest: float
    baseline_db_ms_per_digest: float
    ratio: float
    peak_rss_mib: float

    def as_dict(self) -> dict[str, object]:
        """As `--json` prints it."""
        return asdict(self)


def _seed(settings: Settings, users: int) -> None:
    """N users whose digest hour has just come, each with stories held for the digest and
    yesterday's digest sent, as on an instance that has been running. (Starting from an
    empty `digests` table would measure a PostgreSQL artefact instead: the plan of the
    foreign-key check on `notifications.digest_id`, made while the table looked empty,
    scans it once per attached row as it fills up.)"""
    _stories(settings)
    hours = [NOW.astimezone(ZoneInfo(zone)).hour for zone in ZONES]
    with get_engine(settings.database_url).begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (email, tz, digest_hour, api_key_hash, created_at) "
                "SELECT 'u' || g || '@example.org', (CAST(:zones AS text[]))[g % :k + 1], "
                "(CAST(:hours AS int[]))[g % :k + 1], 'h' || g, now() "
                "FROM generate_series(1, :n) AS g"
            ),
            {"zones": list(ZONES), "hours": hours, "k": len(ZONES), "n": users},
        )
        conn.execute(
            text(
                "INSERT INTO notifications (user_id, story_id, article_id, channel, mode, "
                "topics, delivery_id, status, attempts, created_at) "
                "SELECT u.id, a.story_id, a.id, 'email', 'daily', CAST('[\"Syria\"]' AS json), "
                "'bench-' || u.id || '-' || a.id, 'held', 0, now() "
                "FROM users u JOIN (SELECT story_id, min(id) AS id FROM articles "
                "GROUP BY story_id) AS a ON (u.id + a.story_id) % 10 < :per_user"
            ),
            {"per_user": STORIES_PER_USER},
        )
        conn.execute(
            text(
                "INSERT INTO digests (user_id, period, period_key, status, message_id, "
                "created_at, sent_at) SELECT id, 'daily', :yesterday, 'sent', 'dg_' || id, "
                "now(), now() FROM users"
            ),
            {"yesterday": (NOW - timedelta(days=1)).date().isoformat()},
        )
        conn.execute(text("ANALYZE"))


def _stories(settings: Settings) -> None:
    """Ten stories from two feeds, the second feed carrying every other one too."""
    with session_scope(settings.database_url) as session:
        feeds = [FeedRow(url=f"file:///bench-{n}.xml", name=f"Wire {n}") for n in (1, 2)]
        session.add_all(feeds)
        session.flush()
        for n in range(10):
            story = StoryRow(key=f"story-{n}", title=f"Report {n}")
            session.add(story)
            session.flush()
            for feed in feeds[: 1 + n % 2]:
                session.add(_article(feed, story, n))


def _article(feed: FeedRow, story: StoryRow, n: int) -> ArticleRow:
    return ArticleRow(
        feed_id=feed.id,
        story_id=story.id,
        entry_key=f"{feed.id}-{n}",
        url=f"https://news.example/{feed.id}/{n}",
        title=f"Report {n}",
        summary="What happened, in two sentences. And why it matters.",
    )


class _StatementMeter:
    """Counts the statements sent to the database while it is entered, and the seconds
    spent waiting for them (one thread at a time)."""

    def __init__(self, settings: Settings) -> None:
        self._engine = get_engine(settings.database_url)
        self._started = 0.0
        self.statements = 0
        self.seconds = 0.0

    def _before(self, *_: object) -> None:
        self._started = time.perf_counter()

    def _after(self, *_: object) -> None:
        self.statements += 1
        self.seconds += time.perf_counter() - self._started

    def __enter__(self) -> _StatementMeter:
        event.listen(self._engine, "before_cursor_execute", self._before)
        event.listen(self._engine, "after_cursor_execute", self._after)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self._engine, "before_cursor_execute", self._before)
        event.remove(self._engine, "after_cursor_execute", self._after)


_HELD_DAILY = (
    NotificationRow.status == NotificationStatus.HELD,
    NotificationRow.mode == Mode.DAILY,
    NotificationRow.digest_id.is_(None),
)


def _per_user_run(settings: Settings, session: Session, senders: Senders, sample: int) -> int:
    """The digest run before it was set-based, for the first `sample` users with held
    stories (it loaded every such user; the limit flatters it). Returns digests sent."""
    held = select(NotificationRow.user_id).where(*_HELD_DAILY)
    users = session.scalars(
        select(UserRow).where(UserRow.id.in_(held)).order_by(UserRow.id).limit(sample)
    ).all()
    sent = 0
    for user in users:
        chosen = preferences_of(user, default_digest_hour=settings.digest_hour)
        key = period_key(
            Mode.DAILY, chosen.timezone, chosen.digest_hour, NOW, weekday=chosen.weekly_weekday
        )
        if key is None:
            continue
        digest = DigestRow(
            user_id=user.id, period=Mode.DAILY, period_key=key, message_id=secrets.token_hex(12)
        )
        try:
            with session.begin_nested():
                session.add(digest)
        except IntegrityError:
            continue
        session.execute(
            update(NotificationRow)
            .where(NotificationRow.user_id == user.id, *_HELD_DAILY)
            .values(digest_id=digest.id)
        )
        session.commit()
        _per_user_send(settings, session, senders, user, digest)
        sent += 1
    return sent


def _per_user_send(
    settings: Settings, session: Session, senders: Senders, user: UserRow, digest: DigestRow
) -> None:
    """Load, render, send and mark one digest, as the per-user run did."""
    rows = list(
        session.scalars(select(NotificationRow).where(NotificationRow.digest_id == digest.id))
    )
    secret = instance_secret(settings, session)
    senders.mail.send(
        digest_email(
            settings,
            to=user.email,
            period=digest.period,
            stories=[story_view(session, row) for row in rows],
            message_id=digest.message_id,
            unsubscribe_url=unsubscribe_url(
                settings.base_url, secret, UnsubscribeRequest(user.id, None)
            ),
        )
    )
    for row in rows:
        row.status, row.sent_at = NotificationStatus.SENT, NOW
    digest.status, digest.sent_at = "sent", NOW
    session.commit()


def _sent(settings: Settings) -> int:
    """Digests sent by this run (not the seeded ones of yesterday)."""
    with session_scope(settings.database_url) as session:
        query = select(func.count()).where(DigestRow.status == "sent", DigestRow.sent_at == NOW)
        return session.scalar(query) or 0


def run_digests(users: int, *, sample: int, batch: int, admin_url: str) -> DigestsResult:
    """Seed a scratch database; send a sample's digests one user at a time, then the rest
    set-based, metering the statements of each."""
    with tempfile.TemporaryDirectory() as scratch, ScratchDatabase(admin_url) as db:
        settings = load_settings(database_url=db.url)
        outbox = Path(scratch)
        senders = Senders(mail=OutboxDirSender(outbox), webhook=WebhookSender(allowed_hosts=()))
        _seed(settings, users)
        with _StatementMeter(settings) as base, session_scope(db.url) as session:
            started = time.perf_counter()
            base_sent = _per_user_run(settings, session, senders, min(sample, users - 1))
            base_s = time.perf_counter() - started
        with _StatementMeter(settings) as meter, session_scope(db.url) as session:
            started = time.perf_counter()
            sent = len(
                send_digests(
                    settings, session, senders, period=Mode.DAILY, now=NOW, batch_size=batch
                )
            )
            seconds = time.perf_counter() - started
        total, eml = _sent(settings), len(list(outbox.glob("*.eml")))
        get_engine(db.url).dispose()
    return DigestsResult(
        users=users,
        batch=batch,
        stories_per_user=STORIES_PER_USER,
        sent=total,
        eml_files=eml,
        seconds=round(seconds, 2),
        per_s=round(sent / seconds, 1),
        statements=meter.statements,
        statements_per_digest=round(meter.statements / sent, 3),
        db_ms_per_digest=round(1000 * meter.seconds / sent, 3),
        baseline_sample=base_sent,
        baseline_per_s=round(base_sent / base_s, 1),
        baseline_statements_per_digest=round(base.statements / base_sent, 1),
        baseline_db_ms_per_digest=round(1000 * base.seconds / base_sent, 3),
        ratio=round(sent / seconds / (base_sent / base_s), 1),
        peak_rss_mib=round(peak_rss_mib(), 1),
    )


def markdown(result: DigestsResult) -> str:
    """The BENCHMARKS.md section."""
    r = result
    return "\n".join(
        [
            f"## Digests: a daily digest run for {r.users:,} users (PostgreSQL)",
            "",
            machine_line(),
            "",
            "| path | digests | digests/s | SQL statements per digest | ms in SQL per digest |",
            "| --- | ---: | ---: | ---: | ---: |",
            f"| set-based `send_digests`, {r.batch} users per batch "
            f"| {r.users - r.baseline_sample:,} | {r.per_s:,} "
            f"| {r.statements_per_digest} ({r.statements:,} in all) | {r.db_ms_per_digest} |",
            f"| per user (the previous run: reserve, attach, load, send, mark each user) "
            f"| {r.baseline_sample:,} | {r.baseline_per_s:,} "
            f"| {r.baseline_statements_per_digest} | {r.baseline_db_ms_per_digest} |",
            "",
            f"Speed-up: **{r.ratio}x** overall. Each user has {r.stories_per_user} held stories; "
            f"users are spread over {len(ZONES)} time zones, each at its local digest hour. "
            "Both paths render each digest and write it as an `.eml` file (`OutboxDirSender`), "
            "which is now most of the time; digests sent: "
            f"{r.sent:,}, files written: {r.eml_files:,}. Peak RSS of the benchmark process "
            f"(which also seeds the database): {r.peak_rss_mib} MiB.",
        ]
    )
