"""`/admin/*`: feeds and subscribers, for the holder of `ALERTS_ADMIN_API_KEY` only."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Response

from alerts.accounts.users import add_user
from alerts.api.deps import SessionDep, SettingsDep, require_admin
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.schemas import CustomTopicIn, FeedIn, NewUserOut, Problem, UserIn
from alerts.errors import InputError
from alerts.feeds.discover import resolve_feed_url
from alerts.feeds.registry import add_feed, feed_info, list_feeds
from alerts.topics.custom import custom_topics, save_custom_topic
from alerts.topics.query import parse
from alerts.topics.taxonomy import bundled_taxonomy

router = APIRouter(
    prefix="/admin",
    tags=["admin"],
    dependencies=[Depends(require_admin)],
    responses={401: {"model": Problem}},
)


@router.get("/feeds")
def get_feeds(session: SessionDep) -> list[dict[str, object]]:
    """Every feed with its health, as `alerts feeds list --json` prints it."""
    return [f.as_dict() for f in list_feeds(session)]


@router.post("/feeds", status_code=201, responses={200: {}, **documented(*BODY_ANSWERS)})
def post_feed(
    body: FeedIn, session: SessionDep, settings: SettingsDep, response: Response
) -> dict[str, object]:
    """Watch a feed (an http(s) URL the outbound guard accepts; files on the server are added
    from the CLI only); a web page's URL stores the feed it links, a page linking none
    answers 422; adding a URL twice keeps one feed and answers 200."""
    with field_errors("body", "source"):
        try:
            url = resolve_feed_url(settings, body.source)
            feed, created = add_feed(
                session, url, body.name, allowed_hosts=settings.feed_allowed_hosts
            )
        except (ValueError, OSError, RuntimeError) as error:  # NUL bytes, ~nobody, permissions
            raise InputError(f"cannot use {body.source!r}: {error}") from None
    if not created:
        response.status_code = 200
    return feed_info(feed).as_dict() | {"created": created}


@router.post(
    "/users", response_model=NewUserOut, status_code=201, responses=documented(*BODY_ANSWERS)
)
def post_user(body: UserIn, session: SessionDep, settings: SettingsDep) -> NewUserOut:
    """Create a subscriber; the answer holds their API key, shown only this once."""
    with field_errors("body", "email"):
        user = add_user(settings, session, body.email, tz=body.timezone)
    return NewUserOut(id=user.id, email=user.email, timezone=user.tz, api_key=user.api_key)


@router.get("/topics")
def get_custom_topics(session: SessionDep) -> list[dict[str, object]]:
    """Every custom topic, as `alerts topics show --json` prints one."""
    return [t.as_dict() for t in custom_topics(session)]


@router.post("/topics", status_code=201, responses=documented(*BODY_ANSWERS))
def post_custom_topic(body: CustomTopicIn, session: SessionDep) -> dict[str, object]:
    """Add a custom topic defined by a query (or change one with `replace`); users follow
    it like any other topic."""
    with field_errors("body", "query"):
        parse(body.query)
    with field_errors("body", "name"):
        topic = save_custom_topic(
            session,
            bundled_taxonomy(),
            body.name,
            body.query,
            parent=body.parent,
            replace=body.replace,
        )
    return topic.as_dict()
