"""`alerts preview`: print the e-mail a user would get, rendered from their notifications."""

from __future__ import annotations

import email
import email.policy
import sys
from enum import StrEnum

import typer

from alerts.cli.common import settings


class Kind(StrEnum):
    INSTANT = "instant"
    DIGEST = "digest"


class Part(StrEnum):
    EML = "eml"
    TEXT = "text"
    HTML = "html"


def preview(
    user: str = typer.Option(..., "--user", help="The subscriber's e-mail address."),
    kind: Kind = typer.Option(Kind.INSTANT, "--kind", help="instant or digest."),
    part: Part = typer.Option(Part.EML, "--part", help="eml (the whole message), text or html."),
) -> None:
    """Write the rendered message to stdout; nothing is sent.

    \b
    Example: alerts preview --user ana@example.org --kind digest --part html > digest.html
    """
    from alerts.notify.preview import preview_message
    from alerts.store.db import session_scope

    config = settings()
    with session_scope(config.database_url) as session:
        message = preview_message(config, session, user, kind.value)
    eml = message.data.decode().replace("\r\n", "\n")  # the terminal's line ends
    if part == Part.EML:
        sys.stdout.write(eml)
        return
    parsed = email.message_from_string(eml, policy=email.policy.default)
    body = parsed.get_body(("plain",) if part == Part.TEXT else ("html",))
    assert body is not None
    sys.stdout.write(str(body.get_content()))
