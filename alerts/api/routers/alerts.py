"""`/me/alerts`: the caller's personal alerts (private query topics), and a preview that
tries a query on stored articles before it is saved.

Another user's alert is reported as missing (404), never as forbidden, so ids reveal
nothing about other users. A query that does not parse is a 422 whose message names the
column, as `alerts topics add` does. Ids are digits in the path (`{alert_id:int}`), so
`/me/alerts/preview` is never read as an id.
"""

from __future__ import annotations

from fastapi import APIRouter, Response

from alerts.accounts.alerts import (
    AlertChange,
    AlertNameError,
    PersonalAlert,
    add_alert,
    change_alert,
    check_query,
    get_alert,
    list_alerts,
    remove_alert,
)
from alerts.api.deps import ClockDep, SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.routers.topics import RowId
from alerts.api.schemas import (
    AlertIn,
    AlertOut,
    AlertPatch,
    PreviewIn,
    PreviewMatchOut,
    PreviewOut,
    Problem,
)
from alerts.topics.search import preview_query, window_start

router = APIRouter(prefix="/me/alerts", tags=["alerts"], responses={401: {"model": Problem}})


def alert_out(alert: PersonalAlert) -> AlertOut:
    """The API view of an alert."""
    return AlertOut(
        id=alert.id,
        name=alert.name,
        query=alert.query,
        channel=alert.channel,
        mode=alert.mode,
        exclude=list(alert.exclude),
        created_at=alert.created_at,
        updated_at=alert.updated_at,
    )


@router.get("", response_model=list[AlertOut])
def get_alerts(user: UserDep, session: SessionDep) -> list[AlertOut]:
    """The caller's alerts, oldest first."""
    return [alert_out(a) for a in list_alerts(session, user.id)]


@router.post("", response_model=AlertOut, status_code=201, responses=documented(*BODY_ANSWERS))
def post_alert(
    body: AlertIn, user: UserDep, session: SessionDep, settings: SettingsDep
) -> AlertOut:
    """Save an alert and follow it; past `ALERTS_MAX_ALERTS_PER_USER` alerts, a 422."""
    with field_errors("body", "query"):
        check_query(body.query)
    # the name (empty, taken) at its field; the channel without endpoint, the quota at the body
    with field_errors("body"), field_errors("body", "name", only=AlertNameError):
        alert = add_alert(
            session,
            user,
            body.name,
            body.query,
            limit=settings.max_alerts_per_user,
            channel=body.channel,
            mode=body.mode,
            exclude=body.exclude,
        )
    return alert_out(alert)


@router.post("/preview", response_model=PreviewOut, responses=documented(*BODY_ANSWERS))
def preview(body: PreviewIn, user: UserDep, session: SessionDep, clock: ClockDep) -> PreviewOut:
    """What the query would have matched among the articles the caller may see: the
    newest 20 with the words that matched, and how many in all."""
    with field_errors("body", "since"):
        start = window_start(body.since, clock())
    with field_errors("body", "query"):
        found = preview_query(session, body.query, since=start, user_id=user.id)
    return PreviewOut(
        matches=[
            PreviewMatchOut(
                article_id=m.article_id,
                title=m.title,
                published=m.published,
                evidence=[e.as_dict() for e in m.evidence],
            )
            for m in found.matches
        ],
        total=found.total,
    )


@router.get("/{alert_id:int}", response_model=AlertOut, responses=documented(404))
def read_alert(alert_id: RowId, user: UserDep, session: SessionDep) -> AlertOut:
    """One of the caller's alerts."""
    return alert_out(get_alert(session, user.id, alert_id))


@router.patch("/{alert_id:int}", response_model=AlertOut, responses=documented(404, *BODY_ANSWERS))
def patch_alert(alert_id: RowId, body: AlertPatch, user: UserDep, session: SessionDep) -> AlertOut:
    """Rename an alert, change its query (workers use it within
    `ALERTS_CUSTOM_TOPICS_REFRESH_S`), or change how it is followed."""
    change = AlertChange(
        name=body.name, query=body.query, channel=body.channel, mode=body.mode, exclude=body.exclude
    )
    if body.query is not None:
        with field_errors("body", "query"):
            check_query(body.query)
    with field_errors("body"), field_errors("body", "name", only=AlertNameError):
        alert = change_alert(session, user, alert_id, change)
    return alert_out(alert)


@router.delete("/{alert_id:int}", status_code=204, responses=documented(404))
def delete_alert(alert_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Delete an alert and end its follow."""
    remove_alert(session, user.id, alert_id)
    return Response(status_code=204)
