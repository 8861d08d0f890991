"""`/me/follows`: what the caller follows, on which channel and mode, with overrides.

A follow of another user is reported as missing (404), never as forbidden, so ids reveal
nothing about other users.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

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

router = APIRouter(prefix="/me/follows", tags=["follows"], responses={401: {"model": Problem}})


def follow_out(row: FollowRow, labels: dict[str, str]) -> FollowOut:
    """The API view of a follow row; `labels` name the user's Apprise channels."""
    return FollowOut(
        id=row.id,
        topic=row.topic,
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
    labels = channel_labels(session, user.id)
    return [follow_out(row, labels) for row in list_follows(session, user.id)]


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
    return follow_out(row, channel_labels(session, user.id))


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
    return follow_out(row, channel_labels(session, user.id))


@router.delete("/{follow_id}", status_code=204, responses=documented(404))
def delete_follow(follow_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Stop following."""
    unfollow(session, user.id, follow_id)
    return Response(status_code=204)
