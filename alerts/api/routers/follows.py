"""`/me/follows`: what the caller follows, on which channel and mode, with overrides.

A follow of another user is reported as missing (404), never as forbidden, so ids reveal
nothing about other users.
"""

from __future__ import annotations

from collections.abc import Sequence

from fastapi import APIRouter, Response
from sqlalchemy.orm import Session

from alerts.accounts.channels import channel_labels, label
from alerts.accounts.follows import (
    FollowOverrides,
    apply_overrides,
    follow_topic,
    get_follow,
    list_follows,
    unfollow,
)
from alerts.api.deps import SessionDep, TopicsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.routers.topics import RowId
from alerts.api.schemas import FollowIn, FollowOut, FollowPatch, Problem
from alerts.models import Mode
from alerts.store.tables import FollowRow
from alerts.topics.personal import own_alert_names

router = APIRouter(prefix="/me/follows", tags=["follows"], responses={401: {"model": Problem}})


def follow_out(session: Session, user_id: int, row: FollowRow) -> FollowOut:
    """The API view of one of the user's follows, with its Apprise channel and alert named."""
    return follows_out(session, user_id, [row])[0]


def follows_out(session: Session, user_id: int, rows: Sequence[FollowRow]) -> list[FollowOut]:
    """The API view of the user's follow rows: Apprise channels and personal alerts by name."""
    labels = channel_labels(session, user_id)
    names = own_alert_names(session, user_id)
    return [_follow_out(row, labels, names) for row in rows]


def _follow_out(row: FollowRow, labels: dict[str, str], names: dict[str, str]) -> FollowOut:
    return FollowOut(
        id=row.id,
        topic=row.topic,
        name=names.get(row.topic, row.topic),
        channel=label(row.channel, labels),
        mode=Mode(row.mode),
        exclude=list(row.exclude or []),
        snoozed_until=row.snoozed_until,
        ignore_quiet_hours=row.ignore_quiet,
        created_at=row.created_at,
    )


@router.get("", response_model=list[FollowOut])
def get_follows(user: UserDep, session: SessionDep) -> list[FollowOut]:
    """Every follow of the caller."""
    return follows_out(session, user.id, list_follows(session, user.id))


@router.post(
    "",
    response_model=FollowOut,
    status_code=201,
    responses={200: {"model": FollowOut}, **documented(*BODY_ANSWERS)},
)
def add_follow(
    body: FollowIn, user: UserDep, session: SessionDep, taxonomy: TopicsDep, response: Response
) -> FollowOut:
    """Follow a topic (name or alias); following it again changes only the fields sent
    (a mode or exclusions left out are kept) and answers 200 instead of 201."""
    channel = body.channel or user.default_channel
    overrides = FollowOverrides(
        exclude=body.exclude,
        snoozed_until=body.snoozed_until,
        ignore_quiet=body.ignore_quiet_hours,
    )
    with field_errors("body", "topic"):
        taxonomy.resolve(body.topic)
    with field_errors("body", "channel"):
        row, created = follow_topic(
            session,
            taxonomy,
            user,
            body.topic,
            channel=channel,
            mode=body.mode,
            overrides=overrides,
        )
    if not created:
        response.status_code = 200
    return follow_out(session, user.id, row)


@router.patch("/{follow_id}", response_model=FollowOut, responses=documented(404, *BODY_ANSWERS))
def change_follow(
    follow_id: RowId, body: FollowPatch, user: UserDep, session: SessionDep
) -> FollowOut:
    """Change a follow's mode or overrides: snooze it (`snoozed_until`), end the snooze
    (`"snoozed_until": null`), set keyword exclusions, or let it through quiet hours."""
    row = get_follow(session, user.id, follow_id)
    if body.mode is not None:
        row.mode = body.mode
    apply_overrides(
        row,
        FollowOverrides(
            exclude=body.exclude,
            snoozed_until=body.snoozed_until,
            clear_snooze="snoozed_until" in body.model_fields_set and body.snoozed_until is None,
            ignore_quiet=body.ignore_quiet_hours,
        ),
    )
    session.flush()
    return follow_out(session, user.id, row)


@router.delete("/{follow_id}", status_code=204, responses=documented(404))
def delete_follow(follow_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Stop following."""
    unfollow(session, user.id, follow_id)
    return Response(status_code=204)
