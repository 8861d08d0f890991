"""Signing in without keys, over real HTTP with a real SMTP server (aiosmtpd): `POST
/auth/email-link` answers 202 whoever asks, only an address with an account gets mail; the
e-mailed link signs in once (303 with an HttpOnly, SameSite=Lax session cookie), not after
it expired; asking is rate-limited per address and per client; signing out (everywhere)
ends sessions; a cookie-authenticated post that says nothing of its origin needs the CSRF
token; the API key can be rotated from the browser."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage

import httpx
import pytest
from fastapi import Response
from pydantic import SecretStr

from alerts.api import create_app
from alerts.api.web_session import set_session_cookie
from alerts.config import Settings
from alerts.notify.senders import senders_from_settings
from tests.api.conftest import Caller
from tests.api.server import ApiServer, FrozenClock
from tests.support.smtp import SmtpSink

LINK = re.compile(r"(http://127\.0\.0\.1:\d+/web/signin\?token=[\w\-]+(?:&next=\S+)?)")


@pytest.fixture
def site(
    api_settings: Settings, smtp_server: SmtpSink, clock: FrozenClock, port: int
) -> Iterator[ApiServer]:
    settings = api_settings.model_copy(
        update={
            "smtp_url": SecretStr(smtp_server.url),
            "signin_per_address_per_hour": 3,
            "signin_per_client_per_hour": 6,
        }
    )
    senders = senders_from_settings(settings)
    try:
        with ApiServer(create_app(settings, senders=senders, clock=clock), port) as server:
            yield server
    finally:
        senders.close()


@pytest.fixture
def clients() -> Iterator[list[httpx.Client]]:
    """Clients a test opens (browsers, each with its own cookies), closed afterwards."""
    made: list[httpx.Client] = []
    yield made
    for client in made:
        client.close()


def _client(made: list[httpx.Client], site: ApiServer, **options: object) -> httpx.Client:
    made.append(httpx.Client(base_url=site.url, **options))  # type: ignore[arg-type]
    return made[-1]


def _ask(site: ApiServer, email: str) -> httpx.Response:
    return httpx.post(f"{site.url}/auth/email-link", json={"email": email})


def _mail(sink: SmtpSink, count: int) -> list[EmailMessage]:
    """The messages once `count` have arrived (they are sent after the 202)."""
    deadline = time.monotonic() + 10
    while len(sink.messages) < count and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.1)  # and no more than that
    return list(sink.messages)


def _link(message: EmailMessage) -> str:
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    found = LINK.search(text)
    assert found, text
    return found.group(1)


def signed_in(
    made: list[httpx.Client], site: ApiServer, sink: SmtpSink, caller: Caller
) -> httpx.Client:
    """A client whose cookie jar holds a session opened by an e-mailed link."""
    before = len(sink.messages)
    assert _ask(site, caller.email).status_code == 202
    link = _link(_mail(sink, before + 1)[-1])
    client = _client(made, site, headers={"Origin": site.url})
    assert client.get(link).status_code == 303
    return client


def test_every_address_gets_202_and_only_an_account_gets_mail(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller
) -> None:
    known = _ask(site, "Alice@Example.org")
    unknown = _ask(site, "nobody@example.org")
    assert (known.status_code, unknown.status_code) == (202, 202)
    assert known.json() == unknown.json(), "nothing tells the two apart"
    wildcard = _ask(site, "%@example.org")
    assert wildcard.status_code == 202
    (message,) = _mail(smtp_server, 1)
    assert message["To"] == alice.email
    assert _link(message).startswith(f"{site.url}/web/signin?token=sl_")
    assert "15 minutes" in message.get_body(("html",)).get_content()  # type: ignore[union-attr]


def test_the_link_signs_in_once_with_a_lax_httponly_cookie(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller, clients: list[httpx.Client]
) -> None:
    _ask(site, alice.email)
    link = _link(_mail(smtp_server, 1)[0])
    first = httpx.get(link)
    assert first.status_code == 303
    assert first.headers["location"] == "/web/inbox"
    cookie = first.headers["set-cookie"]
    assert cookie.startswith("alerts_session=ws_")
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie, "the base URL is http here"
    session = _client(clients, site, cookies=first.cookies)
    for page in ("/web/preferences", "/web/topics"):
        answer = session.get(page)
        assert answer.status_code == 200, page
        assert answer.headers["content-type"].startswith("text/html")
    assert session.get("/me").json()["email"] == alice.email

    again = httpx.get(link)
    assert again.status_code == 400
    assert again.headers["content-type"].startswith("text/html")
    assert "already used" in again.text, again.text[-900:]
    assert 'action="/auth/email-link"' in again.text, "a way to ask for a new link"
    assert "set-cookie" not in again.headers


def test_an_expired_or_unknown_link_gets_a_page_with_the_form(
    site: ApiServer, smtp_server: SmtpSink, clock: FrozenClock, alice: Caller
) -> None:
    _ask(site, alice.email)
    link = _link(_mail(smtp_server, 1)[0])
    clock.now_utc += timedelta(seconds=901)
    expired = httpx.get(link)
    assert expired.status_code == 400
    assert "expired" in expired.text and 'name="email"' in expired.text
    assert "set-cookie" not in expired.headers
    for token in ("sl_made-up", "ws_not-a-link", "x" * 200):
        bad = httpx.get(f"{site.url}/web/signin", params={"token": token})
        assert bad.status_code == 400 and "not valid" in bad.text, token
        assert bad.headers["content-type"].startswith("text/html")


def test_asking_is_limited_per_address_and_per_client(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller
) -> None:
    assert [_ask(site, alice.email).status_code for _ in range(3)] == [202] * 3
    refused = _ask(site, alice.email)
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0
    # The client has asked 4 times of its 6; an unknown address is limited alike.
    assert [_ask(site, f"n{i}@example.org").status_code for i in range(3)] == [202, 202, 429]
    assert len(_mail(smtp_server, 3)) == 3


def test_the_form_gets_pages_and_the_link_returns_to_the_page_asked_for(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller
) -> None:
    form = httpx.get(f"{site.url}/web/signin", params={"next": "/web/preferences"})
    assert form.status_code == 200 and 'value="/web/preferences"' in form.text
    sent = httpx.post(
        f"{site.url}/auth/email-link",
        data={"email": alice.email, "next": "/web/preferences"},
        headers={"Origin": site.url},
    )
    assert sent.status_code == 202
    assert sent.headers["content-type"].startswith("text/html")
    assert "on its way" in sent.text
    link = _link(_mail(smtp_server, 1)[0])
    assert httpx.get(link).headers["location"] == "/web/preferences"
    elsewhere = httpx.post(
        f"{site.url}/auth/email-link", data={"email": alice.email, "next": "//evil.example/"}
    )
    assert elsewhere.status_code == 202
    assert httpx.get(_link(_mail(smtp_server, 2)[1])).headers["location"] == "/web/inbox"


def test_signing_out_ends_one_session_and_everywhere_ends_all(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller, bob: Caller, clients: list[httpx.Client]
) -> None:
    laptop, phone, tablet = (signed_in(clients, site, smtp_server, alice) for _ in range(3))
    bobs = signed_in(clients, site, smtp_server, bob)
    out = laptop.post("/web/logout")
    assert out.status_code == 303 and 'alerts_session=""' in out.headers["set-cookie"]
    laptop.cookies.clear()
    assert phone.get("/web/preferences").status_code == 200

    phone_token = phone.cookies["alerts_session"]
    assert phone.post("/web/logout-everywhere").status_code == 303
    stale = _client(clients, site, cookies={"alerts_session": phone_token})
    for client in (stale, tablet):
        assert client.get("/me").status_code == 401
        gone = client.get("/web/preferences")
        assert gone.status_code == 303
        assert gone.headers["location"] == "/web/signin?next=/web/preferences"
    assert bobs.get("/me").status_code == 200, "another user's sessions stay"


def test_a_cookie_post_that_says_nothing_of_its_origin_needs_the_csrf_token(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller, clients: list[httpx.Client]
) -> None:
    browser = signed_in(clients, site, smtp_server, alice)
    bare = _client(clients, site, cookies=browser.cookies)  # no Origin, Referer…
    refused = bare.post("/web/logout-everywhere")
    assert refused.status_code == 403 and "did not show" in refused.text
    assert bare.get("/me").status_code == 200, "nothing was changed"
    page = bare.get("/web/preferences").text
    token = re.search(r'name="csrf_token" value="(\w+)"', page)
    assert token, "the site's own forms carry the token"
    wrong = bare.post("/web/logout-everywhere", data={"csrf_token": "0" * 64})
    assert wrong.status_code == 403
    assert bare.post("/web/logout-everywhere", data={"csrf_token": token.group(1)}).is_redirect
    assert bare.get("/me").status_code == 401
    # Without the cookie there is no session to forge: scripts still post as before.
    assert httpx.post(f"{site.url}/web/login", data={"key": alice.key}).status_code == 303


def test_the_api_key_is_rotated_from_the_browser(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller, clients: list[httpx.Client]
) -> None:
    browser = signed_in(clients, site, smtp_server, alice)
    assert browser.post("/web/api-key").status_code == 401, "a cookie alone changes nothing"
    rotated = browser.post("/web/api-key", headers={"X-Requested-With": "alerts-web"})
    assert rotated.status_code == 200
    key = rotated.json()["api_key"]
    assert key.startswith("ak_") and key != alice.key
    assert httpx.get(f"{site.url}/me", headers=alice.auth).status_code == 401
    new = httpx.get(f"{site.url}/me", headers={"Authorization": f"Bearer {key}"})
    assert new.json()["email"] == alice.email


def test_the_cookie_is_secure_when_the_site_is_https(api_settings: Settings) -> None:
    https = api_settings.model_copy(update={"base_url": "https://alerts.example.org"})
    for settings, secure in ((https, True), (api_settings, False)):
        cookie = set_session_cookie(Response(), settings, "ws_x").headers["set-cookie"]
        assert ("; secure" in cookie.lower()) is secure, cookie
        assert "httponly" in cookie.lower() and "samesite=lax" in cookie.lower()


def test_odd_addresses_are_answered_like_any_other(
    site: ApiServer, smtp_server: SmtpSink, alice: Caller
) -> None:
    for odd in ("alice@example.org\x00", "no-at-sign", " "):
        assert _ask(site, odd).status_code == 202, repr(odd)
    surrogate = b'{"email": "\\ud800@example.org"}'  # JSON may carry a lone surrogate
    answer = httpx.post(
        f"{site.url}/auth/email-link",
        content=surrogate,
        headers={"Content-Type": "application/json"},
    )
    assert answer.status_code == 422, "no text can hold it: refused, not a 500"
    for refused in ({}, {"email": ""}, {"email": 7}, {"email": "a@b.c", "extra": 1}):
        answer = httpx.post(f"{site.url}/auth/email-link", json=refused)
        assert answer.status_code == 422, refused
    assert httpx.post(f"{site.url}/auth/email-link", content=b"{").status_code == 400
    assert _mail(smtp_server, 0) == []
