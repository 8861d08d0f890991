"""TF-IDF rows from a model's feature blocks, at the cost of the texts and without
scikit-learn.

A model's columns come in blocks, one per fitted vectorizer (word n-grams, character
n-grams, the name-prior counts). `FeatureBlock` is such a vectorizer's fitted state as plain
data: its text options, its terms in column order and its idf, so a model can be saved and
read back without pickles and used without importing scikit-learn (whose import costs more
than a whole poll batch). A text becomes terms by the steps of scikit-learn's
`build_analyzer` for `analyzer="word"`, `"char"` and `"char_wb"`: lower-case, strip accents,
then word n-grams of the token pattern less the stop words, or character n-grams (inside
word boundaries for `char_wb`); tests check the rows against scikit-learn's `transform`.
A `char_wb` block cuts n-grams inside words only, so the columns of each word are remembered
(news repeats its words) and a known word costs one dictionary look-up. Weighting is the
vectorizer's: binary or sublinear term frequency, times idf, normalised per block.

`FeatureRows` builds a whole batch's rows with a few array operations per block, so the
per-text cost is the analysis alone: each text is tokenised once for all the blocks that
read it alike (the word n-grams and the name prior), and each text's columns are sorted on
their own (a few hundred numbers: far cheaper than sorting the whole batch's at once) before
the batch's counts are read off the runs.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from alerts.errors import TopicError

MAX_REMEMBERED_WORDS = 200_000  # a char_wb block forgets every word past this many
# A word block whose multi-word terms start with fewer distinct tokens than this (a name
# prior) makes n-grams only from those tokens: most tokens are none of them. A larger one (a
# whole language's n-grams) starts them with nearly every token: checking costs more than it saves.
FEW_HEADS = 1_000
ANALYZERS = ("word", "char", "char_wb")
_WHITE_SPACES = re.compile(r"\s\s+")  # scikit-learn's: single spaces stay as they are
# Token patterns that find exactly the tokens of a faster one: scikit-learn's default finds
# the runs of two or more word characters, each whole (`\b` holds only at a run's ends, and
# the search resumes past a run), which `\w\w+` finds in about two thirds of the time.
SAME_TOKENS = {r"(?u)\b\w\w+\b": r"\w\w+"}
Floats = np.ndarray[Any, np.dtype[np.float64]]
Ints = np.ndarray[Any, np.dtype[np.int64]]
Columns = np.ndarray[Any, np.dtype[np.int32]]
_NONE: Columns = np.empty(0, dtype=np.int32)


def _strip_unicode(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _strip_ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ASCII", "ignore").decode("ASCII")


_STRIP: dict[str | None, Callable[[str], str] | None] = {
    None: None,
    "unicode": _strip_unicode,
    "ascii": _strip_ascii,
}


@dataclass(frozen=True)
class FeatureBlock:
    """One fitted vectorizer as plain data: how a text becomes terms, which column each
    known term is, and how its counts are weighed. `options()` and `terms`/`idf` are what a
    saved model stores."""

    analyzer: str
    ngram_range: tuple[int, int]
    lowercase: bool
    strip_accents: str | None
    token_pattern: str
    stop_words: tuple[str, ...] | None
    binary: bool
    sublinear_tf: bool
    norm: str | None
    terms: list[str]  # in column order
    idf: Floats | None  # None: plain counts (a `CountVectorizer`, or `use_idf=False`)

    def __post_init__(self) -> None:
        if self.analyzer not in ANALYZERS or self.strip_accents not in _STRIP:
            raise TopicError(
                f"unsupported feature block: analyzer {self.analyzer!r}, "
                f"strip_accents {self.strip_accents!r}"
            )
        if self.idf is not None and len(self.idf) != len(self.terms):
            raise TopicError(f"{len(self.idf)} idf weights for {len(self.terms)} terms")

    @classmethod
    def fitted(cls, vectorizer: Any) -> FeatureBlock:
        """The block of a fitted scikit-learn `CountVectorizer` or `TfidfVectorizer`. Custom
        callables (analyzer, preprocessor, tokenizer) cannot be stored as data: refused."""
        custom = [
            name
            for name in ("preprocessor", "tokenizer")
            if getattr(vectorizer, name, None) is not None
        ]
        if callable(vectorizer.analyzer) or callable(vectorizer.strip_accents) or custom:
            raise TopicError("a vectorizer with custom callables cannot be saved as data")
        if vectorizer.input != "content":
            raise TopicError("a model's vectorizers read text content, not files")
        stop_words = vectorizer.get_stop_words()
        vocabulary: dict[str, int] = vectorizer.vocabulary_
        terms = [""] * len(vocabulary)
        for term, column in vocabulary.items():
            terms[column] = term
        use_idf = getattr(vectorizer, "use_idf", False)
        return cls(
            analyzer=vectorizer.analyzer,
            ngram_range=(int(vectorizer.ngram_range[0]), int(vectorizer.ngram_range[1])),
            lowercase=bool(vectorizer.lowercase),
            strip_accents=vectorizer.strip_accents or None,
            token_pattern=vectorizer.token_pattern,
            stop_words=tuple(sorted(stop_words)) if stop_words is not None else None,
            binary=bool(vectorizer.binary),
            sublinear_tf=bool(getattr(vectorizer, "sublinear_tf", False)),
            norm=getattr(vectorizer, "norm", None),
            terms=terms,
            idf=np.asarray(vectorizer.idf_, dtype=np.float64) if use_idf else None,
        )

    def options(self) -> dict[str, Any]:
        """The block's text and weighting options, as JSON values."""
        return {
            "analyzer": self.analyzer,
            "ngram_range": list(self.ngram_range),
            "lowercase": self.lowercase,
            "strip_accents": self.strip_accents,
            "token_pattern": self.token_pattern,
            "stop_words": list(self.stop_words) if self.stop_words is not None else None,
            "binary": self.binary,
            "sublinear_tf": self.sublinear_tf,
            "norm": self.norm,
            "idf": self.idf is not None,
            "width": len(self.terms),
        }

    @classmethod
    def from_options(
        cls, options: dict[str, Any], terms: list[str], idf: Floats | None
    ) -> FeatureBlock:
        """The block `options()` described, with its stored terms and idf."""
        stop_words = options["stop_words"]
        if bool(options["idf"]) != (idf is not None) or options["width"] != len(terms):
            raise TopicError("the stored terms or idf do not match the block's options")
        low, high = options["ngram_range"]
        return cls(
            analyzer=str(options["analyzer"]),
            ngram_range=(int(low), int(high)),
            lowercase=bool(options["lowercase"]),
            strip_accents=options["strip_accents"],
            token_pattern=str(options["token_pattern"]),
            stop_words=tuple(stop_words) if stop_words is not None else None,
            binary=bool(options["binary"]),
            sublinear_tf=bool(options["sublinear_tf"]),
            norm=options["norm"],
            terms=terms,
            idf=idf,
        )


def _word_ngrams(tokens: list[str], low: int, high: int, heads: frozenset[str] | None) -> list[str]:
    """scikit-learn's `_word_ngrams` (every n-gram of `low` to `high` tokens). With `heads`
    (the texts before a space in the known terms: see `_heads`), less the n-grams of two or
    more tokens that cannot be known, those whose first token is not one of them (an n-gram
    is its first token, a space and the rest, so none known is left out)."""
    grams = list(tokens) if low == 1 else []
    longest = min(high, len(tokens))
    if heads is None:  # n-grams of every token
        for n in range(max(low, 2), longest + 1):
            grams += map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False))
        return grams
    at = list(itertools.compress(range(len(tokens)), map(heads.__contains__, tokens)))
    for n in range(max(low, 2), longest + 1):
        grams += [" ".join(tokens[i : i + n]) for i in at if i + n <= len(tokens)]
    return grams


def _heads(terms: list[str]) -> frozenset[str]:
    """Every text that comes before a space in one of the terms."""
    found = set()
    for term in terms:
        at = term.find(" ")
        while at >= 0:
            found.add(term[:at])
            at = term.find(" ", at + 1)
    return frozenset(found)


def _char_ngrams(text: str, low: int, high: int) -> list[str]:
    """scikit-learn's `_char_ngrams`, on text whose white space is already normalised."""
    grams = []
    for n in range(low, min(high, len(text)) + 1):
        grams += [text[i : i + n] for i in range(len(text) - n + 1)]
    return grams


def _word_char_ngrams(word: str, low: int, high: int) -> list[str]:
    """scikit-learn's `_char_wb_ngrams` for one word: padded with a space each side, and a
    word shorter than an n-gram counted once."""
    padded = f" {word} "
    grams = []
    for n in range(low, high + 1):
        grams += [padded[i : i + n] for i in range(max(len(padded) - n + 1, 1))]
        if len(padded) <= n:
            break
    return grams


class _RememberedWords(dict[str, bytes]):
    """A `char_wb` block's columns of each word met (news repeats its words, and n-grams
    never cross a space), so a known word costs one look-up; past `MAX_REMEMBERED_WORDS`
    words every one is forgotten. Columns are kept as the bytes of 32-bit integers: a text's
    words' bytes join in one C call, where as arrays they concatenate one by one."""

    def __init__(self, known: Callable[[list[str]], Columns], ngram_range: tuple[int, int]):
        super().__init__()
        self._known = known
        self._range = ngram_range

    def __missing__(self, word: str) -> bytes:
        if len(self) >= MAX_REMEMBERED_WORDS:
            self.clear()
        columns = self[word] = self._known(_word_char_ngrams(word, *self._range)).tobytes()
        return columns


def _sort_each(columns: Columns, lengths: Ints) -> None:
    """Sort each text's slice of `columns` in place: a text's few hundred columns sort far
    faster alone than the batch's all at once."""
    ends = np.cumsum(lengths).tolist()
    for start, end in zip([0, *ends], ends, strict=False):
        if end - start > 1:
            columns[start:end].sort()


class _Columns:
    """One block at work: texts' pieces in, the columns of their known terms out. Blocks
    that read a text the same way share its pieces (`reading`)."""

    def __init__(self, block: FeatureBlock) -> None:
        self.block = block
        self.vocabulary = dict(zip(block.terms, range(len(block.terms)), strict=True))
        self._strip = _STRIP[block.strip_accents]
        pattern = SAME_TOKENS.get(block.token_pattern, block.token_pattern)
        self._tokens = re.compile(pattern).findall
        self._stop = frozenset(block.stop_words) if block.stop_words is not None else None
        self._heads: frozenset[str] | None = None  # see `_word_ngrams`
        if block.analyzer == "word" and block.ngram_range[1] > 1:
            heads = _heads(block.terms)
            self._heads = heads if len(heads) < FEW_HEADS else None
        self._words = _RememberedWords(self._known, block.ngram_range)
        text_options = (block.analyzer, block.lowercase, block.strip_accents)
        word_options = (block.token_pattern, block.stop_words) if block.analyzer == "word" else ()
        self.reading = (*text_options, *word_options)

    def preprocess(self, text: str) -> str:
        """scikit-learn's preprocessor: lower-case, then strip accents."""
        text = text.lower() if self.block.lowercase else text
        return self._strip(text) if self._strip is not None else text

    def pieces(self, text: str) -> list[str]:
        """What the block's n-grams are cut from: the tokens less the stop words (`word`),
        the words (`char_wb`: its n-grams never cross a space) or the whole text with its
        white space normalised (`char`). The same for every block of the same `reading`."""
        text = self.preprocess(text)
        if self.block.analyzer == "char_wb":
            return text.split()
        if self.block.analyzer == "char":
            return [_WHITE_SPACES.sub(" ", text)]
        tokens: list[str] = self._tokens(text)
        if self._stop is not None:
            tokens = [t for t in tokens if t not in self._stop]
        return tokens

    def _lookup(self, terms: list[str]) -> Columns:
        """Each term's column, -1 for an unknown one."""
        return np.fromiter(
            map(self.vocabulary.get, terms, itertools.repeat(-1)), dtype=np.int32, count=len(terms)
        )

    def _known(self, terms: list[str]) -> Columns:
        found = self._lookup(terms)
        return found[found >= 0]

    def _grams(self, pieces: list[str]) -> list[str]:
        low, high = self.block.ngram_range
        if self.block.analyzer == "char":
            return _char_ngrams(pieces[0], low, high)
        return _word_ngrams(pieces, low, high, self._heads)

    def columns(self, texts: Sequence[list[str]]) -> tuple[Columns, Ints]:
        """The columns of every known term of each text (given as its `pieces`), one per
        occurrence, sorted within each text; and how many each text has."""
        if self.block.analyzer == "char_wb":  # the words' remembered columns
            remembered = self._words.__getitem__
            found = [b"".join(map(remembered, pieces)) for pieces in texts]
            columns = np.frombuffer(b"".join(found), dtype=np.int32).copy()
            lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
            lengths //= columns.itemsize
        else:  # every text's n-grams looked up at once
            grams = [self._grams(pieces) for pieces in texts]
            looked = self._lookup(list(itertools.chain.from_iterable(grams)))
            known = looked >= 0
            sizes = np.fromiter(map(len, grams), dtype=np.int64, count=len(grams))
            columns = looked[known]
            rows = np.repeat(np.arange(len(texts)), sizes)
            lengths = np.bincount(rows[known], minlength=len(texts))
        _sort_each(columns, lengths)
        return columns, lengths

    def weigh(self, texts: Sequence[list[str]]) -> tuple[Ints, Columns, Floats]:
        """(row, column, weight) of every non-zero of the texts' rows (given as their
        `pieces`), by row then column."""
        columns, lengths = self.columns(texts)
        ends = np.cumsum(lengths)
        starts = np.ones(columns.size, dtype=bool)  # a count's first column: a new column ...
        starts[1:] = columns[1:] != columns[:-1]
        starts[(ends - lengths)[lengths > 0]] = True  # ... or a new row
        first = np.flatnonzero(starts)
        counts = np.diff(np.append(first, columns.size))
        rows: Ints = np.searchsorted(ends, first, side="right")
        known = columns[first]
        tf = counts.astype(np.float64)
        if self.block.binary:
            tf[:] = 1.0
        elif self.block.sublinear_tf:
            tf = np.log(tf) + 1.0
        if self.block.idf is not None:
            tf *= self.block.idf[known]
        if self.block.norm is not None:
            squares = tf * tf if self.block.norm == "l2" else np.abs(tf)
            size = np.bincount(rows, weights=squares, minlength=len(texts))
            size = np.sqrt(size) if self.block.norm == "l2" else size
            tf /= np.where(size > 0, size, 1.0)[rows]
        return rows, known, tf


@dataclass(frozen=True)
class Rows:
    """TF-IDF rows in compressed sparse row form (what `scipy.sparse.csr_matrix` holds),
    without importing scipy: row `i`'s columns are `indices[indptr[i]:indptr[i + 1]]`,
    sorted, and their weights the same slice of `data`."""

    indptr: Ints
    indices: Columns
    data: Floats
    shape: tuple[int, int]

    def row(self, i: int) -> tuple[Any, Floats]:
        """Row `i`'s sorted columns and their weights."""
        start, end = self.indptr[i], self.indptr[i + 1]
        return self.indices[start:end], self.data[start:end]

    def tocsr(self) -> Any:
        """As a scipy `csr_matrix` (for comparisons; scipy is imported here only)."""
        from scipy.sparse import csr_matrix

        return csr_matrix((self.data, self.indices, self.indptr), shape=self.shape)


class FeatureRows:
    """The rows `hstack([v.transform(texts) for v in vectorizers])` would give for the
    vectorizers the blocks were read from.

    Parameters:
        blocks: the model's feature blocks, in column order.
    """

    def __init__(self, blocks: Sequence[FeatureBlock]) -> None:
        self._blocks = [_Columns(b) for b in blocks]
        self._offsets = np.cumsum([0] + [len(b.terms) for b in blocks]).tolist()

    def __call__(self, texts: Sequence[str]) -> Rows:
        """One row per text, columns sorted. Each text is read once per way of reading it
        (the word n-grams and the name prior share their tokens)."""
        pieces: dict[tuple[object, ...], list[list[str]]] = {}
        for block in self._blocks:
            if block.reading not in pieces:
                pieces[block.reading] = [block.pieces(t) for t in texts]
        parts = [block.weigh(pieces[block.reading]) for block in self._blocks]
        rows = np.concatenate([r for r, _, _ in parts]) if parts else np.empty(0, np.int64)
        order = np.argsort(rows, kind="stable")  # blocks' columns side by side in each row
        columns = np.concatenate(
            [c + offset for (_, c, _), offset in zip(parts, self._offsets, strict=False)] or [_NONE]
        )
        data = np.concatenate([w for _, _, w in parts] or [np.empty(0)])
        indptr = np.zeros(len(texts) + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=len(texts)), out=indptr[1:])
        return Rows(
            indptr=indptr,
            indices=columns[order],
            data=data[order],
            shape=(len(texts), int(self._offsets[-1])),
        )
