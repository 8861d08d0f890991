"""`/me/feeds`: the caller's own sources, private to them (`alerts.accounts.sources`).

A source of another user is reported as missing (404), exactly like one that does not exist.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from alerts.accounts.sources import (
    Source,
    add_source,
    import_sources,
    list_sources,
    remove_source,
)
from alerts.api.deps import SessionDep, SettingsDep, UserDep
from alerts.api.problems import BODY_ANSWERS, documented, field_errors
from alerts.api.routers.topics import RowId
from alerts.api.schemas import ImportFailureOut, ImportOut, Problem, SourceIn, SourceOut

router = APIRouter(prefix="/me/feeds", tags=["feeds"], responses={401: {"model": Problem}})
_OPML_BODY = {
    "requestBody": {
        "required": True,
        "description": "An OPML subscription list, as feed readers export it.",
        "content": {"text/x-opml": {"schema": {"type": "string"}}},
    }
}


def _out(source: Source) -> SourceOut:
    return SourceOut(
        id=source.id,
        url=source.url,
        title=source.title,
        status=source.status,
        last_error=source.last_error,
        last_polled_at=source.last_polled_at,
    )


async def _document(request: Request) -> bytes:
    """The raw request body (capped by ALERTS_API_MAX_BODY_BYTES)."""
    return await request.body()


@router.get("", response_model=list[SourceOut])
def get_sources(user: UserDep, session: SessionDep) -> list[SourceOut]:
    """The caller's own feeds, oldest first."""
    return [_out(source) for source in list_sources(session, user.id)]


@router.post(
    "",
    response_model=SourceOut,
    status_code=201,
    responses={200: {"model": SourceOut}, **documented(*BODY_ANSWERS)},
)
def post_source(
    body: SourceIn, user: UserDep, session: SessionDep, settings: SettingsDep, response: Response
) -> SourceOut:
    """Add a feed to the caller's own sources, private to them: a feed's URL, or a web
    page's, whose `<link rel="alternate">` feed is stored (a page linking none is a 422).
    Adding one the caller has already answers 200; past ALERTS_MAX_FEEDS_PER_USER, a 422."""
    with field_errors("body", "url"):
        source, created = add_source(settings, session, user.id, body.url)
    if not created:
        response.status_code = 200
    return _out(source)


@router.post(
    "/import",
    response_model=ImportOut,
    responses=documented(*BODY_ANSWERS),
    openapi_extra=_OPML_BODY,
)
def import_opml(
    document: Annotated[bytes, Depends(_document)],
    user: UserDep,
    session: SessionDep,
    settings: SettingsDep,
) -> ImportOut:
    """Add every feed of an OPML list to the caller's own sources; each outline is reported
    as added or failed (with why), and a document that is not OPML is a 422."""
    with field_errors("body"):
        report = import_sources(settings, session, user.id, document)
    return ImportOut(
        added=[_out(source) for source in report.added],
        failed=[ImportFailureOut(url=f.url, error=f.error) for f in report.failed],
    )


# `:int` keeps `import` out of this route, so other methods on it are a 405, not a 422.
@router.delete("/{source_id:int}", status_code=204, responses=documented(404))
def delete_source(source_id: RowId, user: UserDep, session: SessionDep) -> Response:
    """Remove a feed from the caller's sources; a feed nobody else reads stops being polled."""
    remove_source(session, user.id, source_id)
    return Response(status_code=204)
