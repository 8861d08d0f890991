"""Every page, signed in, at 1280 px and 375 px, light and dark: answers 200 HTML (the
alerts and sources pages too, before their APIs exist), axe-core finds no serious or
critical violation (text contrast included), nothing scrolls sideways, every control is at
least 44 px tall with edges at 3:1, and the keyboard's place is always outlined.
The 1280 px light and 375 px dark runs photograph each page for the README (docs/web-*.png;
the alerts and sources pages in use are photographed by test_contract_pages).
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.conftest import REPO
from tests.web.conftest import Site, fill_inbox, serious_violations, signed_in_page

DOCS = REPO / "docs"
VARIANTS = [(1280, "light"), (1280, "dark"), (375, "light"), (375, "dark")]
PHOTOGRAPHED = {(1280, "light"): "", (375, "dark"): "-phone-dark"}
# Photographed in use by test_contract_pages (their APIs are not on this server yet).
CONTRACT_PHOTOS = {"alerts", "feeds"}
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


@pytest.mark.parametrize(("width", "scheme"), VARIANTS)
def test_every_page_is_accessible(site: Site, browser: Any, width: int, scheme: str) -> None:
    fill_inbox(site)
    page = signed_in_page(browser, site, width=width, scheme=scheme)
    photo = PHOTOGRAPHED.get((width, scheme))
    for name, path in _pages(site).items():
        response = page.goto(f"{site.url}{path}")
        assert response.status == 200, name
        page.wait_for_load_state("networkidle")
        if photo is not None and name not in CONTRACT_PHOTOS:
            DOCS.mkdir(exist_ok=True)
            page.screenshot(path=str(DOCS / f"web-{name}{photo}.png"), full_page=True)
        _check(page, name)
    # The bell's menu, open.
    page.goto(f"{site.url}/web/articles/{site.article_id}")
    page.locator("button.bell").first.click()
    if photo is not None:
        page.screenshot(path=str(DOCS / f"web-bell-menu{photo}.png"))
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
            assert away.headers["location"].startswith("/web/signin?next=")
        client.get("/web/topics", params={"key": site.api_key})  # starts a session
        for name, path in _pages(site).items():
            page = client.get(path)
            assert page.status_code == 200, name
            assert page.headers["content-type"].startswith("text/html"), name
            assert '<nav class="main" aria-label="Main">' in page.text, name
