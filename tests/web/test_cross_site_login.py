"""Login CSRF in a real browser: headless Chromium signs in through the site's own form, and
a form on another origin that posts the attacker's key to `/web/login` gets the 403 page and
no cookie; a `?key=` sign-in link on that origin is ignored. The other origin is `localhost` (the server listens on 127.0.0.1); its page is
served by the browser's request interception, so nothing leaves the machine."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from tests.web.conftest import Site


def signed_in(context: Any) -> bool:
    return any(cookie["name"] == "alerts_session" for cookie in context.cookies())


def test_the_sign_in_form_works(site: Site, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site.url}/web/login")
    page.fill('input[name="key"]', site.api_key)
    page.click('form.login button[type="submit"]')
    page.wait_for_url(f"{site.url}/web/inbox")
    assert signed_in(context)
    assert page.locator("h1").inner_text() == "Inbox"


def test_a_form_on_another_site_cannot_sign_the_browser_in(site: Site, browser: Any) -> None:
    port = urlsplit(site.url).port
    trap = f"http://localhost:{port}/trap.html"
    form = (
        f'<form action="{site.url}/web/login" method="post">'
        f'<input type="hidden" name="key" value="{site.api_key}">'
        '<button type="submit">Win a prize</button></form>'
    )
    context = browser.new_context()
    page = context.new_page()
    page.route(trap, lambda route: route.fulfill(body=form, content_type="text/html"))
    page.goto(trap)
    with page.expect_navigation() as navigation:
        page.click("button")
    assert navigation.value.status == 403
    assert "another site" in page.inner_text("main")
    assert not signed_in(context)


def test_a_sign_in_link_on_another_site_is_ignored(site: Site, browser: Any) -> None:
    port = urlsplit(site.url).port
    trap = f"http://localhost:{port}/trap.html"
    link = f'<a href="{site.url}/web/topics?key={site.api_key}">Read more</a>'
    context = browser.new_context()
    page = context.new_page()
    page.route(trap, lambda route: route.fulfill(body=link, content_type="text/html"))
    page.goto(trap)
    with page.expect_navigation():
        page.click("a")
    assert "another site is ignored" in page.inner_text("main")
    assert not signed_in(context)
