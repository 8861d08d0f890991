"""Feed HTML as plain text that reads as text: the only importer of inscriptis.

Blocks stay apart: paragraphs are separated by a blank line, list items and `<br>` start a
new line (items with "* "), so `<p>…on Syria.</p><p>Second…` never becomes
"on Syria.Second". Within a line, runs of spaces collapse to one. Scripts and styles are
dropped (feedparser has sanitised the markup before it gets here anyway); nothing is fetched.
"""

from __future__ import annotations

import re

from inscriptis import get_text
from inscriptis.css_profiles import CSS_PROFILES
from lxml.html.defs import tags as html_tags

_BLANK_RUN = re.compile(r"\n{3,}")
_BARE_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)>")  # split: text, name, text, name, …
# Elements the parser or the renderer knows; any other name is an inline element that
# shows nothing of its own, like the ticker in "CHAMPION PRODUCTS <CH> APPROVES STOCK SPLIT".
# lxml's list leaves out some that HTML parsers (libxml2's, the HTML standard's tree
# construction) still treat on their own: `<noembed>` and `<noframes>` read as raw text.
_PARSED_TOO = (
    "bdi bgsound data dialog frame ilayer image menuitem multicol nobr noembed noframes "
    "nolayer picture rb rtc search slot spacer template"
)
_ELEMENTS = frozenset(html_tags).union(*CSS_PROFILES.values(), _PARSED_TOO.split())


def _without_bare_tags(markup: str) -> str | None:
    """The text with its bare start tags of no known element (`<CH>`: no attribute, no end
    tag) taken out, which is all rendering does to them; None when a `<` opens anything
    else. A title with a ticker in angle brackets then skips the HTML renderer too."""
    if "<" not in markup:
        return markup
    parts = _BARE_TAG.split(markup)
    if any(name.lower() in _ELEMENTS for name in parts[1::2]):
        return None
    text = "".join(parts[::2])
    return None if "<" in text else text


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, paragraphs and list items on lines of their own.
    Text without an entity, and without a tag other than bare ones of no known element
    (most feed summaries, headlines with a ticker), skips the HTML renderer: as HTML, its
    whitespace, line breaks included, collapses to single spaces.

    >>> html_to_text("<p>One.</p><p>Two <b>bold</b></p><ul><li>Alpha</li><li>Bravo</li></ul>")
    'One.\\n\\nTwo bold\\n\\n* Alpha\\n* Bravo'
    """
    if not markup.strip():
        return ""
    plain = None if "&" in markup else _without_bare_tags(markup)
    if plain is not None:
        spaced = " ".join(plain.split())  # no entity, no tag that shows: what rendering it
        if spaced.isprintable():  # would give, unless a control character is left for it
            return spaced
    return rendered(markup)


def rendered(markup: str) -> str:
    """`html_to_text` through the HTML renderer, whatever the markup."""
    lines = (" ".join(line.split()) for line in get_text(markup).splitlines())
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def one_line(markup: str) -> str:
    """Visible text on a single line, for titles and names.

    >>> one_line("Breaking:<br>strikes &amp; <i>more</i>")
    'Breaking: strikes & more'
    """
    return " ".join(html_to_text(markup).split())
