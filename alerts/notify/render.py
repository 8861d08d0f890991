"""The one Jinja2 environment. Templates live in `templates/` (or `ALERTS_TEMPLATES_DIR`)
and autoescape HTML, so nothing from a feed can inject markup into an e-mail. The wheel
carries `templates/` inside the package (`alerts/templates/`); a source checkout reads the
folder at the top of the repository.

Also the home of `css_inline`: e-mail HTML is written with a `<style>` block and inlined
into `style` attributes here, since many mail clients drop `<style>`. Remote stylesheets
are never fetched."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.filters import do_wordwrap


def _bundled_templates() -> Path:
    """`alerts/templates/` in an installed wheel, else the checkout's top-level folder."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "templates"
    return installed if installed.is_dir() else package.parent / "templates"


BUNDLED_TEMPLATES = _bundled_templates()


@dataclass(frozen=True)
class Source:
    """One outlet that carried a story."""

    name: str
    url: str


@dataclass(frozen=True)
class StoryView:
    """What templates know about a story: the first article, plus every outlet carrying it."""

    story_id: int
    article_id: int
    title: str
    url: str
    summary: str
    published: datetime | None
    topics: tuple[str, ...]
    sources: tuple[Source, ...]


@lru_cache(maxsize=4096)
def local_time(moment: datetime, tz: str, fmt: str = "%d %b %Y, %H:%M %Z") -> str:
    """A time as the reader lives it: in their zone, named (`%Z`), so a New York reader
    sees EST or EDT, not UTC. Templates use it as `{{ story.published | local(tz) }}`.
    Cached: a digest run shows the same stories' times to many readers of a zone.

    >>> from datetime import UTC
    >>> local_time(datetime(2026, 12, 6, 14, 30, tzinfo=UTC), "America/New_York")
    '06 Dec 2026, 09:30 EST'
    """
    return moment.astimezone(ZoneInfo(tz)).strftime(fmt)


@cache
def environment(templates_dir: Path | None = None) -> Environment:
    """The Jinja2 environment for a template folder, built once."""
    env = Environment(
        loader=FileSystemLoader(str(templates_dir or BUNDLED_TEMPLATES)),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["local"] = local_time
    env.filters["wordwrap"] = _cached_wordwrap(env)
    return env


def _cached_wordwrap(env: Environment) -> Callable[..., str]:
    """Jinja2's `wordwrap` (textwrap, the text templates' costliest step), cached: the same
    story's summary is wrapped alike for every follower it reaches."""

    @lru_cache(maxsize=4096)
    def wrap(
        text: str,
        width: int = 79,
        break_long_words: bool = True,
        wrapstring: str | None = None,
        break_on_hyphens: bool = True,
    ) -> str:
        return do_wordwrap(env, text, width, break_long_words, wrapstring, break_on_hyphens)

    return wrap


def render(name: str, templates_dir: Path | None = None, **context: object) -> str:
    """Render one template by path, e.g. `email/instant.html`."""
    return environment(templates_dir).get_template(name).render(**context)


_INLINER = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)


def inline_css(html: str) -> str:
    """Move `<style>` rules into `style` attributes (media queries stay in the head)."""
    return _INLINER.inline(html)
