"""Story fingerprints read ASCII text through its own regular expressions: they must give
what the Unicode ones (kept for other text) give, on real copy and on odd strings."""

from __future__ import annotations

import json
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.feeds import stories
from alerts.feeds.stories import content_words, fingerprint, names
from tests.conftest import SHARED_DATA

REUTERS = SHARED_DATA / "reuters21578" / "train.jsonl"
# The Unicode reading, on every text: what fingerprints were before ASCII had its own.
WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
NAME = re.compile(r"\b(?:[^\W\d_]*[A-Z][^\W\d_]{2,}|\d+(?:[.,]\d+)?)", re.UNICODE)
# Word characters, digits and the separators the patterns treat apart, with a few
# non-ASCII letters, digits and ligatures that NFKC or case-folding change.
ALPHABET = "aAbBzZmMiI019_,.-' \n\t" + "éÉßĲﬁ²٣Ａ"


def unicode_words(text: str) -> frozenset[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    return frozenset(map(stories._stem, set(WORD.findall(folded)) - stories._STOP))


def unicode_names(text: str) -> frozenset[str]:
    return frozenset({n.casefold() for n in set(NAME.findall(text))} - stories._STOP)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_odd_text_reads_as_the_unicode_patterns_read_it(text: str) -> None:
    assert content_words(text) == unicode_words(text)
    assert names(text) == unicode_names(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_any_ascii_text_reads_as_the_unicode_patterns_read_it(text: str) -> None:
    assert content_words(text) == unicode_words(text)
    assert names(text) == unicode_names(text)


def test_reuters_copy_reads_as_the_unicode_patterns_read_it() -> None:
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
    with REUTERS.open() as lines:
        documents = [json.loads(line) for line in lines]
    for document in documents:
        print_ = fingerprint(document["title"], document["body"], ["Japan"])
        text = f"{document['title']} {document['body']}"
        assert print_.words == unicode_words(text)
        assert print_.names == unicode_names(text) | {"topic:Japan"}


def test_a_capital_later_in_a_word_and_figures_are_names() -> None:
    text = "iPhone sales at McDonald's rose 3.5 pct to 1,234,567 units, said abcDE and x9Yes"
    assert names(text) == {"iphone", "mcdonald", "3.5", "1,234", "567"}
    assert names(text) == unicode_names(text)
