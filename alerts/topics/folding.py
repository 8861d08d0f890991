"""Text folding for the matcher: every character that is not part of a word becomes a
space, letters are case-folded and stripped of accents, and the result is padded with one
space at each end: "Al-Qaeda's  chief" -> " al qaeda s  chief ". Folding an ASCII text
keeps its length, so offsets in the folded text are the caller's offsets plus one (the
padding); other texts are NFC-normalised first and mapped back piece by piece.

Aliases and query terms are folded to their words joined by single spaces; the matcher
also registers each multi-word pattern with two-character gaps ("U.S. Army" is written
"u s  army" once folded), so words separated by one or two non-word characters match.

>>> folded = fold("Al-Qaeda's  Ayman al-Zawahiri")
>>> folded.text
' al qaeda s  ayman al zawahiri '
>>> start = folded.text.index("ayman")
>>> folded.span(start, start + len("ayman al zawahiri"))
(12, 29)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import cache

_NONWORD_CHAR = re.compile(r"\W")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
TOKEN = re.compile(r"\w+")
# ASCII bytes: letters to lower case, every non-word character to a space, lengths kept.
_ASCII_FOLD = bytes(
    (ch | 0x20 if 65 <= ch <= 90 else ch) if chr(ch).isalnum() or ch == 95 else 32
    for ch in range(256)
)


@cache
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _lower(source: str) -> tuple[str, list[tuple[int, int, bool]]]:
    """Case-fold a non-ASCII `source`; also return pieces (folded start, source start, same
    length) that map folded offsets back."""
    parts: list[str] = []
    pieces: list[tuple[int, int, bool]] = []
    out = start = 0
    for match in _NON_ASCII.finditer(source):
        chunk = source[start : match.start()].lower()
        pieces.append((out, start, True))
        parts.append(chunk)
        out += len(chunk)
        folded = _fold_char(match.group())
        pieces.append((out, match.start(), len(folded) == 1))
        parts.append(folded)
        out += len(folded)
        start = match.end()
    pieces.append((out, start, True))
    parts.append(source[start:].lower())
    return "".join(parts), pieces


class FoldedText:
    """A text's folded form (`text`) and the way back to offsets in `source`."""

    __slots__ = ("_pieces", "source", "text")

    def __init__(self, source: str) -> None:
        if source.isascii():
            self.source = source
            spaced = source.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
            self._pieces: list[tuple[int, int, bool]] = []
        else:
            self.source = unicodedata.normalize("NFC", source)
            lowered, self._pieces = _lower(self.source)
            spaced = _NONWORD_CHAR.sub(" ", lowered)
        self.text = f" {spaced} "

    def _to_source(self, lowered: int) -> int:
        if not self._pieces:
            return lowered
        index = bisect_right(self._pieces, (lowered, len(self.source) + 1, True)) - 1
        out_start, source_start, same_length = self._pieces[index]
        return source_start + (lowered - out_start if same_length else 0)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source offsets of `text[start:end]` (a match that starts and ends on a word)."""
        if not self._pieces:  # ASCII: folding kept every offset (plus the padding space)
            return start - 1, end - 1
        return self._to_source(start - 1), self._to_source(end - 2) + 1

    def written(self, start: int, end: int) -> tuple[str, ...]:
        """The words of `text[start:end]` as the source writes them (for acronyms)."""
        begin, finish = self.span(start, end)
        return words(self.source[begin:finish])


EMPTY = FoldedText("")


def fold(text: str) -> FoldedText:
    """Fold a text for matching (see the module docstring)."""
    return FoldedText(text)


@cache
def fold_words(phrase: str) -> tuple[str, ...]:
    """The folded words of an alias or query term: "Al-Qaeda" -> ("al", "qaeda")."""
    return tuple(fold(phrase).text.split())


def words(text: str) -> tuple[str, ...]:
    """The words of `text` as written (for acronyms, which must match case-sensitively)."""
    return tuple(TOKEN.findall(text))
