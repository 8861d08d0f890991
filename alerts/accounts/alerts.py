"""Personal alerts: a subscriber's own query, a private topic that only its owner sees, is
matched for and follows. Creating one follows it at once (same channel, mode and keyword
exclusions as any follow); removing one ends that follow.

Every function takes the owner's user id and treats another user's alert as missing
(`NotFoundError`), so no caller can reach across users. How alerts are tagged and kept
private in what others read is `alerts.topics.personal`'s business.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from alerts.accounts.follows import FollowOverrides, follow_topic
from alerts.errors import InputError, NotFoundError
from alerts.models import Channel, Mode, Topic
from alerts.store.tables import FollowRow, PersonalAlertRow, UserRow, utcnow
from alerts.topics.personal import alert_key
from alerts.topics.query import parse

ALERT_KIND = "alert"
MAX_NAME_LENGTH = 200
MAX_QUERY_LENGTH = 1000


@dataclass(frozen=True)
class PersonalAlert:
    """An alert and how its owner follows it (channel and mode None: the follow was ended
    through `/me/follows`; the alert stays, unfollowed)."""

    id: int
    name: str
    query: str
    channel: Channel | None
    mode: Mode | None
    exclude: tuple[str, ...]
    created_at: datetime
    updated_at: datetime

    def as_dict(self) -> dict[str, object]:
        """As `alerts alerts list --json` prints one."""
        return {
            "id": self.id,
            "name": self.name,
            "query": self.query,
            "channel": self.channel,
            "mode": self.mode,
            "exclude": list(self.exclude),
            "created_at": self.created_at.isoformat(),
            "updated_at": self.updated_at.isoformat(),
        }


@dataclass(frozen=True)
class AlertChange:
    """What to change in an alert; None leaves a value as it is."""

    name: str | None = None
    query: str | None = None
    channel: Channel | None = None
    mode: Mode | None = None
    exclude: Sequence[str] | None = None


class _OwnAlert:
    """Resolves only the alert's own key, so `follow_topic` follows it like any topic."""

    def __init__(self, key: str) -> None:
        self.key = key

    def resolve(self, name: str) -> Topic:
        return Topic(self.key, ALERT_KIND)


def _follow_of(session: Session, row: PersonalAlertRow) -> FollowRow | None:
    return session.scalars(
        select(FollowRow)
        .where(FollowRow.user_id == row.user_id, FollowRow.topic == alert_key(row.id))
        .order_by(FollowRow.id)
    ).first()


def _view(row: PersonalAlertRow, follow: FollowRow | None) -> PersonalAlert:
    return PersonalAlert(
        id=row.id,
        name=row.name,
        query=row.query,
        channel=Channel(follow.channel) if follow else None,
        mode=Mode(follow.mode) if follow else None,
        exclude=tuple(follow.exclude or ()) if follow else (),
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


class AlertNameError(InputError):
    """An alert name that is empty, too long, or one the user already has."""


def check_query(query: str) -> str:
    """A query fit to save: it parses (`QueryError` names the column) and is not huge."""
    if len(query) > MAX_QUERY_LENGTH:
        raise InputError(f"a query has at most {MAX_QUERY_LENGTH} characters")
    parse(query)
    return query


def _check_name(session: Session, user_id: int, name: str, alert_id: int | None = None) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME_LENGTH:
        raise AlertNameError(f"an alert name needs 1 to {MAX_NAME_LENGTH} characters")
    taken = session.scalars(
        select(PersonalAlertRow.id).where(
            PersonalAlertRow.user_id == user_id, PersonalAlertRow.name == name
        )
    ).first()
    if taken is not None and taken != alert_id:
        raise AlertNameError(f"you already have an alert named {name!r}")
    return name


def _check_quota(session: Session, user_id: int, limit: int) -> None:
    count = session.scalar(
        select(func.count())
        .select_from(PersonalAlertRow)
        .where(PersonalAlertRow.user_id == user_id)
    )
    if (count or 0) >= limit:
        raise InputError(
            f"you have {count} alerts, the limit is {limit} (ALERTS_MAX_ALERTS_PER_USER); "
            "remove one first"
        )


def add_alert(
    session: Session,
    user: UserRow,
    name: str,
    query: str,
    *,
    limit: int,
    channel: Channel | None = None,
    mode: Mode | None = None,
    exclude: Sequence[str] | None = None,
) -> PersonalAlert:
    """Save a new alert for `user` and follow it (on the user's default channel unless one
    is given; instant unless a mode is given). At most `limit` alerts per user."""
    query = check_query(query)
    name = _check_name(session, user.id, name)
    _check_quota(session, user.id, limit)
    row = PersonalAlertRow(user_id=user.id, name=name, query=query)
    session.add(row)
    session.flush()
    follow, _ = follow_topic(
        session,
        _OwnAlert(alert_key(row.id)),
        user,
        alert_key(row.id),
        channel=channel or Channel(user.default_channel),
        mode=mode,
        overrides=FollowOverrides(exclude=exclude or ()),
    )
    return _view(row, follow)


def _row(session: Session, user_id: int, alert_id: int) -> PersonalAlertRow:
    row = session.scalars(
        select(PersonalAlertRow).where(
            PersonalAlertRow.id == alert_id, PersonalAlertRow.user_id == user_id
        )
    ).first()
    if row is None:
        raise NotFoundError(f"no alert {alert_id}")
    return row


def get_alert(session: Session, user_id: int, alert_id: int) -> PersonalAlert:
    """One of the user's alerts; another user's alert is reported as missing."""
    row = _row(session, user_id, alert_id)
    return _view(row, _follow_of(session, row))


def list_alerts(session: Session, user_id: int) -> list[PersonalAlert]:
    """The user's alerts, oldest first."""
    rows = session.scalars(
        select(PersonalAlertRow)
        .where(PersonalAlertRow.user_id == user_id)
        .order_by(PersonalAlertRow.id)
    ).all()
    follows = {
        f.topic: f
        for f in session.scalars(
            select(FollowRow)
            .where(
                FollowRow.user_id == user_id, FollowRow.topic.in_([alert_key(r.id) for r in rows])
            )
            .order_by(FollowRow.id.desc())
        )
    }
    return [_view(r, follows.get(alert_key(r.id))) for r in rows]


def change_alert(
    session: Session, user: UserRow, alert_id: int, change: AlertChange
) -> PersonalAlert:
    """Rename an alert, change its query (workers pick it up within
    `ALERTS_CUSTOM_TOPICS_REFRESH_S`) or how it is followed."""
    row = _row(session, user.id, alert_id)
    if change.query is not None:
        row.query = check_query(change.query)
    if change.name is not None:
        row.name = _check_name(session, user.id, change.name, row.id)
    if change.query is not None or change.name is not None:
        row.updated_at = utcnow()
    follow = _follow_of(session, row)
    if any(v is not None for v in (change.channel, change.mode, change.exclude)):
        follow = _refollow(session, user, row, follow, change)
    session.flush()
    return _view(row, follow)


def _refollow(
    session: Session,
    user: UserRow,
    row: PersonalAlertRow,
    follow: FollowRow | None,
    change: AlertChange,
) -> FollowRow:
    """The alert's follow with the change applied; a new channel moves the follow there."""
    key = alert_key(row.id)
    channel = change.channel or (Channel(follow.channel) if follow else None)
    moving = follow is not None and channel != follow.channel
    mode = change.mode or (Mode(follow.mode) if moving and follow else None)
    exclude = change.exclude
    if moving and follow is not None and exclude is None:
        exclude = list(follow.exclude or [])
    updated, _ = follow_topic(
        session,
        _OwnAlert(key),
        user,
        key,
        channel=channel or Channel(user.default_channel),
        mode=mode,
        overrides=FollowOverrides(exclude=exclude),
    )
    if moving and follow is not None:
        session.delete(follow)
    return updated


def remove_alert(session: Session, user_id: int, alert_id: int) -> PersonalAlert:
    """Delete an alert and end its follows; tags already on articles stay (history), and
    stay invisible to everyone else."""
    row = _row(session, user_id, alert_id)
    removed = _view(row, _follow_of(session, row))
    session.execute(
        delete(FollowRow).where(FollowRow.user_id == user_id, FollowRow.topic == alert_key(row.id))
    )
    session.delete(row)
    session.flush()
    return removed
