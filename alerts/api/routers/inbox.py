"""The personal inbox feed: `/me/inbox-feed` (its URLs, and rotating them) and the public
feeds themselves, `/feeds/inbox/{token}.atom` and `.json`.

The feeds take no API key: the token in the URL is the credential (`alerts.inbox.tokens`),
so any feed reader can subscribe. An unknown or rotated token is a 404, like a page that
does not exist. Both feeds answer conditional GETs: the ETag is a hash of the body, and an
`If-None-Match` naming it gets a 304 with no body.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request, Response

from alerts.api.deps import SessionDep, SettingsDep, UserDep
from alerts.api.schemas import InboxFeedOut, Problem
from alerts.inbox.entries import InboxFeed, inbox_feed
from alerts.inbox.formats import ATOM_TYPE, JSON_FEED_TYPE, atom_document, json_feed_document
from alerts.inbox.tokens import feed_token, feed_urls, rotate_feed_token, user_by_feed_token

router = APIRouter(tags=["inbox feed"])
# Any text: a token of the wrong shape is a feed that does not exist (404), not a 422.
Token = Annotated[str, Path(description="From the feed URL.")]


def _answers(media_type: str) -> dict[int | str, dict[str, Any]]:
    """The feed's own type on success, a JSON problem for an unknown token."""
    return {
        200: {"content": {media_type: {}}},
        404: {"model": Problem, "description": "No feed has this token."},
    }


@router.get("/me/inbox-feed", response_model=InboxFeedOut, responses={401: {"model": Problem}})
def get_inbox_feed(user: UserDep, session: SessionDep, settings: SettingsDep) -> InboxFeedOut:
    """The caller's feed URLs (Atom and JSON Feed), issued on first request."""
    return InboxFeedOut(**feed_urls(settings, feed_token(session, user)).as_dict())


@router.post(
    "/me/inbox-feed/rotate", response_model=InboxFeedOut, responses={401: {"model": Problem}}
)
def rotate_inbox_feed(user: UserDep, session: SessionDep, settings: SettingsDep) -> InboxFeedOut:
    """New feed URLs; the old ones answer 404 from now on (for a URL shared by mistake)."""
    return InboxFeedOut(**feed_urls(settings, rotate_feed_token(session, user)).as_dict())


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110's weak comparison: `*`, or any listed tag equal once `W/` is dropped."""
    tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return "*" in tags or etag in tags


def _serve(
    request: Request,
    settings: SettingsDep,
    session: SessionDep,
    token: str,
    write: Callable[[InboxFeed], bytes],
    media_type: str,
) -> Response:
    user = user_by_feed_token(session, token)
    if user is None:
        raise HTTPException(404, detail="no feed at this address")
    body = write(inbox_feed(settings, user, token, session))
    headers = {"ETag": _etag(body), "Cache-Control": "private, no-cache"}
    if _matches(request.headers.get("if-none-match", ""), headers["ETag"]):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


@router.get(
    "/feeds/inbox/{token}.atom",
    response_class=Response,
    responses=_answers("application/atom+xml"),
)
def atom_feed(
    request: Request, token: Token, settings: SettingsDep, session: SessionDep
) -> Response:
    """The stories that matched the token owner's follows, newest first, as Atom."""
    return _serve(request, settings, session, token, atom_document, ATOM_TYPE)


@router.get(
    "/feeds/inbox/{token}.json",
    response_class=Response,
    responses=_answers(JSON_FEED_TYPE),
)
def json_feed(
    request: Request, token: Token, settings: SettingsDep, session: SessionDep
) -> Response:
    """The same stories as JSON Feed 1.1."""
    return _serve(request, settings, session, token, json_feed_document, JSON_FEED_TYPE)
