"""Every page, signed in, at 1280 px and 375 px, light and dark: answers 200 HTML, axe-core
finds no serious or critical violation (text contrast included), nothing scrolls sideways,
every control is at least 44 px tall with edges at 3:1, and the keyboard's place is always
outlined. The user has stories in the inbox, an alert, and a source of a loopback site that
a real cycle polled, so every page shows real rows. The 1280 px light and 375 px dark runs
photograph each page for the README (docs/web-*.png, written with `make screenshots`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from alerts.accounts.alerts import add_alert
from alerts.accounts.sources import link_source
from alerts.store.db import session_scope
from alerts.store.tables import UserRow
from tests.feeds.hostile import HostileServer
from tests.web.conftest import Site, fill_inbox, poll, serious_violations, signed_in_page

VARIANTS = [(1280, "light"), (1280, "dark"), (375, "light"), (375, "dark")]
PHOTOGRAPHED = {(1280, "light"): "", (375, "dark"): "-phone-dark"}
# Controls a finger or a pointer aims at; a check box counts by its label (44 px tall).
SMALL_TARGETS = """() => [...document.querySelectorAll(
    'button, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=hidden]),'
    + ' nav.main a, a.button, a.brand, a.browse-link, label.check')]
  .filter(el => el.offsetParent !== null)
  .filter(el => el.getBoundingClientRect().height < 44)
  .map(el => el.outerHTML.slice(0, 80))"""


# Edges of controls against what is behind them: at least 3:1 (WCAG 1.4.11).
FAINT_EDGES = """() => {
  const rgb = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const ratio = (a, b) => (Math.max(lum(a), lum(b)) + 0.05) / (Math.min(lum(a), lum(b)) + 0.05);
  const behind = (el) => {
    for (let node = el.parentElement; node; node = node.parentElement) {
      const c = rgb(getComputedStyle(node).backgroundColor);
      if (c.length === 3 || c[3] > 0) return c.slice(0, 3);
    }
    return [255, 255, 255];
  };
  return [...document.querySelectorAll('button, input, select, textarea, .chip')]
    .filter((el) => el.offsetParent !== null)
    .filter((el) => parseFloat(getComputedStyle(el).borderTopWidth) > 0)
    .filter((el) => ratio(rgb(getComputedStyle(el).borderTopColor).slice(0, 3), behind(el)) < 3)
    .map((el) => el.outerHTML.slice(0, 80));
}"""
# Where the keyboard is, shown: a 2 px outline or more on each of the first stops (past
# the last one, focus leaves the page: the body has it).
UNSEEN_FOCUS = """() => {
  if (document.activeElement === document.body) return null;
  const style = getComputedStyle(document.activeElement);
  return style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2
    ? document.activeElement.outerHTML.slice(0, 80) : null;
}"""


def _pages(site: Site) -> dict[str, str]:
    return {
        "inbox": "/web/inbox",
        "article": f"/web/articles/{site.article_id}",
        "alerts": "/web/alerts",
        "feeds": "/web/feeds",
        "channels": "/web/channels",
        "preferences": "/web/preferences",
        "topics": "/web/topics?q=iraq",
        "topics-browse": "/web/topics?topic=Levant",
    }


def _check(page: Any, name: str) -> None:
    assert serious_violations(page) == [], name
    wide = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert wide <= 0, f"{name} scrolls sideways by {wide} px"
    assert page.evaluate(SMALL_TARGETS) == [], name
    assert page.evaluate(FAINT_EDGES) == [], name
    page.locator("body").focus()
    for _ in range(12):
        page.keyboard.press("Tab")
        assert page.evaluate(UNSEEN_FOCUS) is None, name


def _alert_and_source(site: Site, news_site: HostileServer) -> None:
    """An alert, and a source on the news site polled once (so its health shows)."""
    with session_scope(site.settings.database_url) as session:
        user = session.get_one(UserRow, site.user_id)
        add_alert(session, user, "Border towns", '"Albu Kamal" OR Hosaiba', limit=10)
        link_source(site.settings, session, user.id, news_site.url("/desk.xml"))
    poll(site)


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_every_page_is_accessible(
    site: Site,
    browser: Any,
    news_site: HostileServer,
    photos: Path,
    width: int,
    scheme: str,
) -> None:
    fill_inbox(site)
    _alert_and_source(site, news_site)
    page = signed_in_page(browser, site, width=width, scheme=scheme)
    photo = PHOTOGRAPHED.get((width, scheme))
    for name, path in _pages(site).items():
        response = page.goto(f"{site.url}{path}")
        assert response.status == 200, name
        page.wait_for_load_state("networkidle")
        if name in {"alerts", "feeds"}:  # their rows come from the API, in the browser
            page.wait_for_selector(f"#{name[:-1]}-list li")
        if name == "alerts":  # a new alert's preview, as it is written
            page.fill("#alert-query", "Hosaiba")
            page.wait_for_selector("#alert-preview li")
        if photo is not None:
            page.screenshot(path=str(photos / f"web-{name}{photo}.png"), full_page=True)
        _check(page, name)
    # The bell's menu, open.
    page.goto(f"{site.url}/web/articles/{site.article_id}")
    page.locator("button.bell").first.click()
    if photo is not None:
        page.screenshot(path=str(photos / f"web-bell-menu{photo}.png"))
    _check(page, "bell menu")


def test_the_sign_in_page_is_accessible(site: Site, browser: Any) -> None:
    for scheme in ("light", "dark"):
        page = browser.new_page(viewport={"width": 375, "height": 800}, color_scheme=scheme)
        page.goto(f"{site.url}/web/login")
        _check(page, f"login {scheme}")


def test_pages_answer_html_with_a_session_and_send_others_to_sign_in(site: Site) -> None:
    with httpx.Client(base_url=site.url) as client:
        for name, path in _pages(site).items():
            away = client.get(path)
            assert away.status_code == 303, name
            assert away.headers["location"].startswith("/web/signin?next="), name
        root = client.get("/web")
        assert (root.status_code, root.headers["location"]) == (303, "/web/inbox")
        signed_in = client.get(f"/web/inbox?key={site.api_key}")
        assert (signed_in.status_code, signed_in.headers["location"]) == (303, "/web/inbox")
        assert client.get("/web").headers["location"] == "/web/inbox"
        for name, path in _pages(site).items():
            page = client.get(path)
            assert page.status_code == 200, name
            assert page.headers["content-type"].startswith("text/html"), name
            assert '<nav class="main" aria-label="Main">' in page.text, name
