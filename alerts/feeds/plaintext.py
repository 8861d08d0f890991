"""Feed HTML as plain text that reads as text: the only importer of inscriptis.

Blocks stay apart: paragraphs are separated by a blank line, list items and `<br>` start a
new line (items with "* "), so `<p>…on Syria.</p><p>Second…` never becomes
"on Syria.Second". Within a line, runs of spaces collapse to one. Scripts and styles are
dropped (feedparser has sanitised the markup before it gets here anyway); nothing is fetched.
"""

from __future__ import annotations

import re

from inscriptis import get_text

_BLANK_RUN = re.compile(r"\n{3,}")


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, paragraphs and list items on lines of their own.
    Text without a tag or an entity (most feed summaries) skips the HTML renderer: as HTML,
    its whitespace, line breaks included, collapses to single spaces.

    >>> html_to_text("<p>One.</p><p>Two <b>bold</b></p><ul><li>Alpha</li><li>Bravo</li></ul>")
    'One.\\n\\nTwo bold\\n\\n* Alpha\\n* Bravo'
    """
    if not markup.strip():
        return ""
    if "<" not in markup and "&" not in markup:
        spaced = " ".join(markup.split())  # no tag, no entity: what rendering it would give,
        if spaced.isprintable():  # unless a control character is left for the renderer
            return spaced
    lines = (" ".join(line.split()) for line in get_text(markup).splitlines())
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def one_line(markup: str) -> str:
    """Visible text on a single line, for titles and names.

    >>> one_line("Breaking:<br>strikes &amp; <i>more</i>")
    'Breaking: strikes & more'
    """
    return " ".join(html_to_text(markup).split())
