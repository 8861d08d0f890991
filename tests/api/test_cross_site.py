"""Login CSRF: `/web/login` and every other state-changing `/web/` request is refused with a
403 page when the browser says it comes from another site, and goes through from the site's
own pages (ALERTS_BASE_URL's origin or the origin the request was sent to) and from clients
that say nothing (curl, scripts). A property of the HTTP edge: SQLite only."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from alerts.api.origin import origin_of
from tests.api.conftest import Caller
from tests.api.server import ApiServer


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'alerts.db'}"


FOREIGN = [
    {"Origin": "http://evil.example"},
    {"Origin": "null"},
    {"Origin": "http://127.0.0.1:1"},  # same host, another port: another origin
    {"Referer": "https://evil.example/login-trap.html"},
    {"Sec-Fetch-Site": "cross-site"},
    {"Sec-Fetch-Site": "same-site"},
]


def _login(server: ApiServer, key: str, headers: dict[str, str]) -> httpx.Response:
    return httpx.post(f"{server.url}/web/login", data={"key": key}, headers=headers)


def test_login_from_another_origin_is_refused(server: ApiServer, alice: Caller) -> None:
    for headers in FOREIGN:
        response = _login(server, alice.key, headers)
        assert response.status_code == 403, headers
        assert response.headers["content-type"].startswith("text/html")
        assert "another site" in response.text
        assert "alerts_session" not in response.headers.get("set-cookie", ""), "not signed in"


def test_login_from_the_site_itself_still_works(server: ApiServer, alice: Caller) -> None:
    own = [
        {"Origin": server.url},
        {"Origin": server.url, "Sec-Fetch-Site": "same-origin"},
        {"Referer": f"{server.url}/web/login?next=/web/topics"},
        {"Sec-Fetch-Site": "none"},
        {},  # not a browser: nothing to forge a session with
    ]
    for headers in own:
        response = _login(server, alice.key, headers)
        assert response.status_code == 303, (headers, response.text[:200])
        assert "alerts_session=" in response.headers["set-cookie"]


def test_base_url_origin_is_trusted_behind_a_proxy(server: ApiServer, alice: Caller) -> None:
    """Behind a reverse proxy the Host may be internal; ALERTS_BASE_URL's origin passes."""
    headers = {"Host": "internal:8000", "Origin": server.url}
    assert _login(server, alice.key, headers).status_code == 303
    headers = {"Host": "internal:8000", "Origin": "http://internal:8000"}
    assert _login(server, alice.key, headers).status_code == 303
    headers = {"Host": "internal:8000", "Origin": "http://elsewhere:8000"}
    assert _login(server, alice.key, headers).status_code == 403


def test_other_web_writes_are_guarded_and_reads_are_not(server: ApiServer, alice: Caller) -> None:
    evil = {"Origin": "http://evil.example"}
    assert httpx.post(f"{server.url}/web/logout", headers=evil).status_code == 403
    page = httpx.get(f"{server.url}/web/login", headers=evil)
    assert page.status_code == 200
    assert page.headers["referrer-policy"] == "same-origin", "own forms keep their Origin"


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("http://Example.org:80/a?b", "http://example.org"),
        ("https://example.org:443", "https://example.org"),
        ("https://example.org:8443/", "https://example.org:8443"),
        ("http://[::1]:8000/x", "http://[::1]:8000"),
        ("null", None),
        ("/web/login", None),
        ("ftp://example.org", None),
        ("http://example.org:99999", None),
    ],
)
def test_origin_of(url: str, origin: str | None) -> None:
    assert origin_of(url) == origin


def test_a_sign_in_link_followed_from_another_site_is_ignored(
    server: ApiServer, alice: Caller
) -> None:
    link = f"{server.url}/web/topics?key={alice.key}"
    for headers in ({"Sec-Fetch-Site": "cross-site"}, {"Referer": "https://evil.example/"}):
        page = httpx.get(link, headers=headers)
        assert page.status_code == 200, headers
        assert "another site is ignored" in page.text
        assert "set-cookie" not in page.headers
    for headers in ({"Sec-Fetch-Site": "none"}, {}):  # typed in, bookmarked; not a browser
        signed_in = httpx.get(link, headers=headers)
        assert signed_in.status_code == 303
        assert "alerts_session=" in signed_in.headers["set-cookie"]


def test_a_form_the_server_cannot_accept_gets_a_page(server: ApiServer) -> None:
    response = httpx.post(f"{server.url}/web/login", data={"key": "k" * 5000})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "key: String should have at most 200 characters" in response.text
    assert "kkkk" not in response.text
