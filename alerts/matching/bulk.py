"""The set-based fan-out of one follower range on PostgreSQL: the rules of
`alerts.matching.noise` in SQL, so every follower's row is written by
`INSERT … SELECT` (with `ON CONFLICT DO NOTHING` unless it is the story's first fan-out),
capped and quiet followers included, in two statements (`insert_all`):

- `plain_rows`, for the users with neither quiet hours nor an hourly cap (most of them):
  their row depends on the follow alone (instant: due now; a digest mode: held), so the
  statement is the plain `INSERT … SELECT` with the follow's conditions, and reads back
  only ids and statuses.
- `insert_rows`, for the users with quiet hours or a cap (`has_rules`), who need the clock in
  their time zone and a count of what was sent. Splitting by user keeps every rule exact:
  a user's follows all go to one statement, so the cap counts them together.

The rule statement, from the inside out:
- `_groups`: one row per (user, channel) of the follows that match: not snoozed, not
  excluded, deliverable on their channel, of a user who is neither paused nor snoozed
  (`DISTINCT ON`, the most immediate mode first; with one topic, follows are one per
  (user, channel) already, so no sort is needed). Quiet hours are read in the user's time zone
  (`timezone(tz, now)`), and their end placed as Python's `zoneinfo` places it.
  For a user with an hourly cap, the instant messages of the past hour are counted, with
  those of this statement on channels before this one.
- `insert_rows`: status, mode, due time and held reason, as `noise.plan_delivery` decides.

Keyword exclusions are matched in Python, once per keyword (`noise.excluded`, the one
definition of a match); the statement only drops the follows listing a matched keyword.
Followers of a channel that looks its receivers up (Apprise) are left to the per-row path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    Subquery,
    Text,
    Time,
    and_,
    case,
    cast,
    exists,
    func,
    literal,
    not_,
    null,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.dml import ReturningInsert

from alerts.matching.noise import excluded
from alerts.models import Mode, NotificationStatus
from alerts.notify.channels import registry
from alerts.store.tables import ArticleRow, FollowRow, NotificationRow, UserRow, UtcDateTime

Range = tuple[int, int | None]
_Written = TypeVar("_Written")
# A wall time is looked for up to this long before a DST change: longer than any change.
_FOLD_S = 3 * 3600
_UNIQUE_VIOLATION = "23505"


def in_range(
    column: ColumnElement[int] | InstrumentedAttribute[int], user_range: Range | None
) -> ColumnElement[bool]:
    """`column` within the range; repeated on every joined table's user id, so PostgreSQL
    reads only the range's index entries."""
    if user_range is None:
        return true()
    low, high = user_range
    return column >= low if high is None else and_(column >= low, column < high)


def prepare(
    session: Session, names: list[str], user_range: Range | None, text: str
) -> tuple[list[int], list[str]]:
    """One look at the range's follows that carry more than mode and channel: the users
    with a follow on a channel that looks its receivers up (left to the per-row path), and
    the exclusion keywords that occur in `text`."""
    expanding = registry.expanding_channels()
    listed = func.coalesce(cast(FollowRow.exclude, Text), "[]").not_in(["[]", "null"])
    rows = session.execute(
        select(FollowRow.user_id, FollowRow.channel, FollowRow.exclude).where(
            FollowRow.topic.in_(names),
            in_range(FollowRow.user_id, user_range),
            or_(listed, *(FollowRow.channel.startswith(name) for name in expanding)),
        )
    ).all()
    users = {u for u, channel, _ in rows if any(channel.startswith(n) for n in expanding)}
    keywords = {k for _, _, listed_ in rows for k in listed_ or () if isinstance(k, str)}
    return sorted(users), sorted(k for k in keywords if excluded([k], text))


def _matching(
    follow: type[FollowRow], names: list[str], matched: Sequence[str], now: datetime
) -> ColumnElement[bool]:
    """The follow (`follow`: the table or an alias) matches: one of `names`, not snoozed,
    listing none of the `matched` exclusion keywords."""
    rule = and_(
        follow.topic.in_(names),
        or_(follow.snoozed_until.is_(None), follow.snoozed_until <= now),
    )
    if matched:
        listed = cast(follow.exclude, JSONB).has_any(postgresql.array(list(matched)))
        rule = and_(rule, not_(listed))
    return rule


def follow_where(
    names: list[str],
    user_range: Range | None,
    *,
    skip: list[int],
    matched: list[str],
    now: datetime,
    allowed: ColumnElement[bool],
) -> ColumnElement[bool]:
    """The follows the statement writes: matching, in the range and the article's
    audience, not left to the per-row path (`skip`), deliverable on their channel (the
    registry's rule in SQL)."""
    where = and_(
        _matching(FollowRow, names, matched, now),
        in_range(FollowRow.user_id, user_range),
        allowed,
        registry.receivable(lambda column: in_range(column, user_range)),
    )
    return and_(where, FollowRow.user_id.not_in(skip)) if skip else where


def _urgency() -> ColumnElement[int]:
    """0 for instant, 1 for daily, 2 for weekly: lower is more immediate."""
    return case((FollowRow.mode == Mode.INSTANT, 0), (FollowRow.mode == Mode.DAILY, 1), else_=2)


def _at(now: datetime) -> ColumnElement[datetime]:
    return literal(now, UtcDateTime())


def _local(now: datetime) -> tuple[ColumnElement[datetime], ColumnElement[object]]:
    """`now` on the user's wall clock, and its time of day."""
    local = func.timezone(UserRow.tz, _at(now))
    return local, cast(local, Time)


def _in_quiet(now: datetime) -> ColumnElement[bool]:
    """`now` is inside the user's quiet hours (`QuietHours.contains`)."""
    _, clock = _local(now)
    start, end = cast(UserRow.quiet_start, Time), cast(UserRow.quiet_end, Time)
    inside = case(
        (start < end, and_(clock >= start, clock < end)), else_=or_(clock >= start, clock < end)
    )
    has_quiet = and_(
        func.coalesce(UserRow.quiet_start, "") != "", func.coalesce(UserRow.quiet_end, "") != ""
    )
    return and_(has_quiet, inside)


def _quiet_end(now: datetime) -> ColumnElement[datetime]:
    """When the quiet hours that `now` is in end, as `QuietHours.ends_after` computes it:
    the end's wall time on the day it comes, read in the user's zone; a wall time that
    occurs twice is its first occurrence (Python's `fold=0`), one skipped by a DST change is
    read with the offset before it."""
    local, clock = _local(now)
    end = cast(UserRow.quiet_end, Time)
    wall = cast(local, Date) + case((clock >= end, 1), else_=0) + end
    later = func.timezone(UserRow.tz, wall)  # PostgreSQL reads a repeated wall time as the later
    before = later - timedelta(seconds=_FOLD_S)
    offset = func.timezone(UserRow.tz, before) - func.timezone("UTC", before)
    earlier = func.timezone("UTC", wall - offset)
    return case((func.timezone(UserRow.tz, earlier) == wall, earlier), else_=later)


def _rules(channel: ColumnElement[str] | InstrumentedAttribute[str]) -> ColumnElement[bool]:
    """Quiet hours and the cap apply to the channel (`registry.quiet_hours_apply`)."""
    return func.split_part(channel, ":", 1).not_in(registry.uncapped_channels())


def _ignores_quiet(names: list[str], matched: list[str], now: datetime) -> ColumnElement[bool]:
    """A matching follow of the same (user, channel) says `ignore_quiet`."""
    other = FollowRow.__table__.alias("ignoring")
    return exists().where(
        other.c.user_id == FollowRow.user_id,
        other.c.channel == FollowRow.channel,
        other.c.ignore_quiet.is_(True),
        _matching(other.c, names, matched, now),  # type: ignore[arg-type]
    )


def sent_last_hour(user_id: InstrumentedAttribute[int], now: datetime) -> ColumnElement[int]:
    """Instant messages sent at once (not held) to the user `user_id` names in the hour
    before `now`, on the channels the cap counts: a subquery correlated on that column, so
    the user_id index serves it even when statistics lag behind a bulk fan-out."""
    return (
        select(func.count())
        .where(
            NotificationRow.user_id == user_id,
            NotificationRow.mode == Mode.INSTANT,
            NotificationRow.channel.not_in(registry.uncapped_channels()),
            NotificationRow.held_reason.is_(None),
            NotificationRow.created_at > now - timedelta(hours=1),
        )
        .scalar_subquery()
    )


def _counted_earlier(names: list[str], matched: list[str], now: datetime) -> ColumnElement[int]:
    """The user's rows of this statement on channels before this one that the cap counts:
    an instant match on a channel quiet hours apply to, outside quiet hours or ignoring
    them. (Channels the cap counts have no receiving rule in SQL: only webhooks have one.)"""
    other = FollowRow.__table__.alias("earlier")
    c = other.c
    counted = (
        select(c.channel)
        .where(
            c.user_id == FollowRow.user_id,
            c.channel < FollowRow.channel,
            _matching(c, names, matched, now),  # type: ignore[arg-type]
            _rules(c.channel),
        )
        .group_by(c.channel)
        .having(
            func.bool_or(c.mode == Mode.INSTANT),
            or_(not_(_in_quiet(now)), func.bool_or(c.ignore_quiet.is_(True))),
        )
        .correlate(FollowRow, UserRow)
        .subquery()
    )
    return select(func.count()).select_from(counted).scalar_subquery()


def has_rules() -> ColumnElement[bool]:
    """The user has quiet hours or an hourly cap: the rules that depend on the clock in the
    user's zone or on what was sent. Everyone else's row follows from the follow alone."""
    return or_(UserRow.quiet_start.is_not(None), UserRow.instant_cap_per_hour.is_not(None))


def _receiving_users(
    where: ColumnElement[bool], user_range: Range | None, now: datetime, rules: bool
) -> ColumnElement[bool]:
    """The follows `where` selects, of users in the range who are neither paused nor
    snoozed and who have rules (`has_rules`) or not, as `rules` says."""
    return and_(
        where,
        in_range(UserRow.id, user_range),
        UserRow.paused.is_not(True),
        or_(UserRow.snoozed_until.is_(None), UserRow.snoozed_until <= now),
        has_rules() if rules else not_(has_rules()),
    )


def _groups(
    where: ColumnElement[bool],
    user_range: Range | None,
    names: list[str],
    matched: list[str],
    now: datetime,
) -> Subquery:
    """One row per (user, channel) with the most immediate follow's mode and topic, and the
    user's rules: whether quiet hours and the cap apply to the channel (`rules`); for an
    instant match held by quiet hours, when they end (`quiet_end`); for a capped user, the
    instant messages the cap sees before this one (`counted`). Each rule is computed only
    for the users who have it."""
    instant = FollowRow.mode == Mode.INSTANT
    rules = _rules(FollowRow.channel)
    cap = UserRow.instant_cap_per_hour
    held_quiet = case(
        (
            and_(instant, rules, UserRow.quiet_start.is_not(None), _in_quiet(now)),
            case((_ignores_quiet(names, matched, now), null()), else_=_quiet_end(now)),
        ),
        else_=null(),
    )
    counted = case(
        (
            and_(cap.is_not(None), instant, rules),
            sent_last_hour(FollowRow.user_id, now) + _counted_earlier(names, matched, now),
        ),
        else_=0,
    )
    query = (
        select(
            FollowRow.user_id,
            FollowRow.channel,
            FollowRow.mode,
            FollowRow.topic,
            instant.label("instant"),
            rules.label("rules"),
            held_quiet.label("quiet_end"),
            UserRow.quiet_mode,
            cap.label("cap"),
            counted.label("counted"),
        )
        .join_from(FollowRow, UserRow, UserRow.id == FollowRow.user_id)
        .where(_receiving_users(where, user_range, now, rules=True))
    )
    if len(names) == 1:  # a follow per (user, topic, channel): already one per group
        # OFFSET 0 keeps the subquery whole: pulled up, each use of a rule column outside
        # would repeat its expression and subqueries (4 times the cap count; 12 ms to plan)
        return query.offset(0).subquery("g")
    return (
        query.ext(postgresql.distinct_on(FollowRow.user_id, FollowRow.channel))
        .order_by(FollowRow.user_id, FollowRow.channel, _urgency())
        .subquery("g")
    )


def _delivery_id() -> ColumnElement[str]:
    """A fresh delivery id per row: "msg_" and 24 hex digits of a random UUID."""
    uuid_hex = func.replace(cast(func.gen_random_uuid(), Text), "-", "")
    return literal("msg_") + func.left(uuid_hex, 24)


def _rows(groups: Subquery, ids: tuple[int, int], now: datetime) -> Select[tuple[object, ...]]:
    """The notification values of each group (`plan_delivery` in SQL)."""
    story_id, article_id = ids
    p = groups.c
    capped = and_(p.instant, p.rules, p.quiet_end.is_(None), p.cap.is_not(None), p.counted >= p.cap)
    quiet = p.quiet_end.is_not(None)
    folded = or_(capped, and_(quiet, p.quiet_mode == "digest"))
    return select(
        p.user_id,
        literal(story_id),
        literal(article_id),
        p.channel,
        case((folded, Mode.DAILY.value), else_=p.mode),
        func.json_build_array(p.topic),
        _delivery_id(),
        case(
            (and_(p.instant, not_(folded)), NotificationStatus.PENDING.value),
            else_=NotificationStatus.HELD.value,
        ),
        case(
            (or_(not_(p.instant), folded), null()),
            (quiet, p.quiet_end),
            else_=_at(now),
        ),
        case((quiet, "quiet"), (capped, "cap"), else_=null()),
        _at(now),
    )


def plan_each(session: Session) -> None:
    """For the rest of the transaction, plan each statement for its own values and compile
    none. Without JIT: the correlated rules make the planner's estimate large enough to
    compile the statement, which took longer (about 150 ms) than running it over a whole
    range. A plan for the values: the driver prepares a statement run five times on a
    connection, and PostgreSQL's generic plan for a range it cannot see wrote the plain rows
    at a third more CPU than the range's own plan, which takes about a millisecond to make."""
    session.execute(
        select(
            func.set_config("jit", "off", True),
            func.set_config("plan_cache_mode", "force_custom_plan", True),
        )
    )


def first_of_story(session: Session, article_id: int, story_id: int) -> bool:
    """Whether the story can have no notification yet: this article is not processed and no
    other article of the story has left `new`. A story's notifications come only from its
    articles' fan-outs, and a range's rows commit with the range (`alerts.matching.split`),
    so the range's insert needs no `ON CONFLICT`; `write` falls back to it when a row turns
    up anyway (two new articles of one story at once, an article since deleted)."""
    written = or_(
        and_(ArticleRow.id == article_id, ArticleRow.state.not_in(["new", "fanning"])),
        and_(ArticleRow.id != article_id, ArticleRow.state != "new"),
    )
    return not session.scalar(select(exists().where(ArticleRow.story_id == story_id, written)))


def write(session: Session, insert: Callable[[bool], _Written], *, first: bool) -> _Written:
    """Run `insert(deduplicate)`: without `ON CONFLICT` for the first fan-out of a story (in
    a savepoint; a duplicate key rolls it back and the deduplicating insert runs instead),
    with it otherwise. Skipping it saves a unique-index probe per row (about 15 % of the
    statement)."""
    if first:
        try:
            with session.begin_nested():
                return insert(False)
        except IntegrityError as error:
            if getattr(error.orig, "sqlstate", None) != _UNIQUE_VIOLATION:
                raise
    return insert(True)


def insert_all(
    session: Session,
    where: ColumnElement[bool],
    rule_args: tuple[Range | None, list[str], list[str]],
    ids: tuple[int, int],
    now: datetime,
    deduplicate: bool = True,
) -> tuple[list[int], set[int]]:
    """Both statements of the range (`plain_rows`, then `insert_rows`), run on the
    session's connection without the ORM (which took longer to read ten thousand ids back
    than the database to write their rows): the ids of the rows due now, and the users the
    cap held."""
    connection = session.connection()
    user_range, names, _ = rule_args
    plain = plain_rows(where, (user_range, names), ids, now, deduplicate)
    due = list(connection.scalar(plain) or ())
    capped: set[int] = set()
    ruled = connection.execute(insert_rows(where, rule_args, ids, now, deduplicate)).all()
    for notification_id, capped_user in ruled:
        if capped_user is None:
            due.append(notification_id)
        else:
            capped.add(capped_user)
    return due, capped


def plain_rows(
    where: ColumnElement[bool],
    scope: tuple[Range | None, list[str]],
    ids: tuple[int, int],
    now: datetime,
    deduplicate: bool = True,
) -> Select[list[int] | None]:
    """`INSERT … SELECT` of the rows of users without rules (`has_rules`): an instant match
    is due now, a digest one held; one row per (user, channel), the most immediate mode
    first. Reads back one array, of the ids of the rows due now: ten thousand rows read back
    one by one cost the worker more than the database took to write them."""
    user_range, names = scope
    story_id, article_id = ids
    query = select(FollowRow.user_id, FollowRow.channel, FollowRow.mode, FollowRow.topic)
    query = query.join_from(FollowRow, UserRow, UserRow.id == FollowRow.user_id).where(
        _receiving_users(where, user_range, now, rules=False)
    )
    if len(names) > 1:
        query = query.ext(postgresql.distinct_on(FollowRow.user_id, FollowRow.channel))
        query = query.order_by(FollowRow.user_id, FollowRow.channel, _urgency())
    p = query.subquery("plain").c
    instant = p.mode == Mode.INSTANT
    rows = select(
        p.user_id,
        literal(story_id),
        literal(article_id),
        p.channel,
        p.mode,
        func.json_build_array(p.topic),
        _delivery_id(),
        case((instant, NotificationStatus.PENDING.value), else_=NotificationStatus.HELD.value),
        case((instant, _at(now)), else_=null()),
        _at(now),
    )
    columns = ["user_id", "story_id", "article_id", "channel", "mode", "topics"]
    columns += ["delivery_id", "status", "next_attempt_at", "created_at"]
    insert = postgresql.insert(NotificationRow).from_select(columns, rows)
    if deduplicate:
        insert = insert.on_conflict_do_nothing(index_elements=["user_id", "channel", "story_id"])
    pending = NotificationRow.status == NotificationStatus.PENDING
    written = insert.returning(NotificationRow.id, pending.label("due")).cte("written")
    return select(func.array_agg(written.c.id).filter(written.c.due))


def insert_rows(
    where: ColumnElement[bool],
    rule_args: tuple[Range | None, list[str], list[str]],
    ids: tuple[int, int],
    now: datetime,
    deduplicate: bool = True,
) -> Select[int, int | None]:
    """`INSERT … SELECT` of the range's rows (`ON CONFLICT DO NOTHING` when `deduplicate`),
    selecting back only what the caller acts on: the ids of rows due now, and the users of
    rows the cap held (`(id, None)` and `(id, user_id)`)."""
    user_range, names, matched = rule_args
    columns = ["user_id", "story_id", "article_id", "channel", "mode", "topics"]
    columns += ["delivery_id", "status", "next_attempt_at", "held_reason", "created_at"]
    groups = _groups(where, user_range, names, matched, now)
    insert = postgresql.insert(NotificationRow).from_select(columns, _rows(groups, ids, now))
    if deduplicate:
        insert = insert.on_conflict_do_nothing(index_elements=["user_id", "channel", "story_id"])
    statement: ReturningInsert[int, str, datetime | None, int, str | None] = insert.returning(
        NotificationRow.id,
        NotificationRow.status,
        NotificationRow.next_attempt_at,
        NotificationRow.user_id,
        NotificationRow.held_reason,
    )
    inserted = statement.cte()
    c = inserted.c
    due = and_(c.status == NotificationStatus.PENDING, c.next_attempt_at <= now)
    capped = c.held_reason == "cap"
    return select(c.id, case((capped, c.user_id), else_=null())).where(or_(due, capped))


def list_every_topic(
    session: Session, where: ColumnElement[bool], story_id: int, now: datetime
) -> None:
    """Rows of followers who follow several of the topics on one channel got one topic
    only: list them all (sorted) on the rows this fan-out just wrote (`created_at` is this
    fan-out's `now`). The topics are aggregated for those followers only, found by a count."""
    pair = (FollowRow.user_id, FollowRow.channel)
    several = select(*pair).where(where).group_by(*pair).having(func.count() > 1).subquery()
    ordered = postgresql.aggregate_order_by(FollowRow.topic, FollowRow.topic)
    listed = (
        select(*pair, func.json_agg(ordered).label("topics"))
        .join(
            several,
            and_(FollowRow.user_id == several.c.user_id, FollowRow.channel == several.c.channel),
        )
        .where(where)
        .group_by(*pair)
        .subquery()
    )
    session.execute(
        update(NotificationRow)
        .where(
            NotificationRow.user_id == listed.c.user_id,
            NotificationRow.channel == listed.c.channel,
            NotificationRow.story_id == story_id,
            NotificationRow.created_at == now,
        )
        .values(topics=listed.c.topics)
        .execution_options(synchronize_session=False)
    )
