"""In headless Chromium: a signed-out reader asks for a sign-in link on the page they wanted,
the link arrives by real SMTP (aiosmtpd), opening it signs the browser in (an HttpOnly,
SameSite=Lax cookie) and lands on that page; a new API key is made from the preferences
page; "sign out everywhere" ends the session."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from alerts.accounts.users import add_user
from alerts.api import create_app
from alerts.config import load_settings
from alerts.notify.senders import senders_from_settings
from alerts.store.db import session_scope
from tests.api.server import ApiServer
from tests.support.ports import free_port
from tests.support.smtp import SmtpSink

EMAIL = "reader@example.org"


@dataclass(frozen=True)
class MailSite:
    url: str
    sink: SmtpSink


@pytest.fixture
def mail_site(tmp_path: Path, smtp_server: SmtpSink) -> Iterator[MailSite]:
    port = free_port()
    settings = load_settings(
        database_url=f"sqlite:///{tmp_path / 'alerts.db'}",
        base_url=f"http://127.0.0.1:{port}",
        smtp_url=SecretStr(smtp_server.url),
        secret_key="test-secret",
    )
    with session_scope(settings.database_url) as session:
        add_user(settings, session, EMAIL, tz="Europe/Lisbon")
    senders = senders_from_settings(settings)
    try:
        with ApiServer(create_app(settings, senders=senders), port) as server:
            yield MailSite(server.url, smtp_server)
    finally:
        senders.close()


def _link(sink: SmtpSink) -> str:
    deadline = time.monotonic() + 10
    while not sink.messages and time.monotonic() < deadline:
        time.sleep(0.02)
    (message,) = sink.messages
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = re.search(r"(http://\S+/web/signin\?token=\S+)", text)
    assert found, text
    return found.group(1)


@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (375, "dark")])
def test_sign_in_from_the_emailed_link(
    mail_site: MailSite, browser: Any, width: int, scheme: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
    page = context.new_page()
    page.goto(f"{mail_site.url}/web/preferences")
    assert page.url == f"{mail_site.url}/web/signin?next=/web/preferences"
    page.fill('input[name="email"]', EMAIL)
    page.click('form.signin button[type="submit"]')
    page.wait_for_selector("text=on its way")

    link = _link(mail_site.sink)
    page.goto(link)
    assert page.url == f"{mail_site.url}/web/preferences"
    assert page.inner_text("h1") == "Preferences"
    (cookie,) = context.cookies()
    assert (cookie["name"], cookie["httpOnly"], cookie["sameSite"]) == (
        "alerts_session",
        True,
        "Lax",
    )

    page.click('#api-key button[type="submit"]')
    page.wait_for_selector("#api-key output:has-text('shown once')")
    key = page.inner_text("#api-key output").rsplit(" ", 1)[-1]
    me = httpx.get(f"{mail_site.url}/me", headers={"Authorization": f"Bearer {key}"})
    assert me.json()["email"] == EMAIL

    page.click('form[action="/web/logout-everywhere"] button')
    page.wait_for_url(f"{mail_site.url}/web/signin")
    assert context.cookies() == []
    page.goto(link)
    assert "already used" in page.inner_text("main")
    assert context.cookies() == []
