"""TF-IDF rows from fitted vectorizers at the cost of the text, not of the library call.

`TfidfVectorizer.transform` pays a fixed cost per call (input checks, sparse bookkeeping)
larger than the work of one feed entry, and cuts every word into character n-grams again on
every call. `FeatureRows` reads what the vectorizers learned (vocabulary, idf, options) and
builds the same rows. Terms come from each vectorizer's own analyzer (`build_analyzer`), so
they are the ones it was fitted on; a `char_wb` vectorizer cuts n-grams inside words only,
so the columns of each word are remembered (news repeats its words) and a known word costs
one dictionary look-up. Weighting is the vectorizer's: binary or sublinear term frequency,
times idf, normalised per vectorizer; the vectorizers' columns sit side by side.

A fitted vectorizer is read, never changed: training stays scikit-learn's business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import CountVectorizer

MAX_REMEMBERED_WORDS = 200_000  # a char_wb vectorizer forgets every word past this many


class _Columns:
    """One fitted vectorizer: text in, (columns, weights) of its block out."""

    def __init__(self, vectorizer: CountVectorizer) -> None:
        self.vocabulary: dict[str, int] = vectorizer.vocabulary_
        self.analyze: Callable[[str], list[str]] = vectorizer.build_analyzer()
        self.by_word = vectorizer.analyzer == "char_wb"
        self.preprocess: Callable[[str], str] = vectorizer.build_preprocessor()
        # A plain CountVectorizer (a model's name-prior block) has no idf, scaling or norm.
        self.idf = vectorizer.idf_ if getattr(vectorizer, "use_idf", False) else None
        self.binary = vectorizer.binary
        self.sublinear: bool = getattr(vectorizer, "sublinear_tf", False)
        self.norm: str | None = getattr(vectorizer, "norm", None)
        self.width = len(vectorizer.vocabulary_)
        self._words: dict[str, Any] = {}

    def _word(self, word: str) -> Any:
        columns = self._words.get(word)
        if columns is None:
            columns = self._known(self.analyze(word))
            if len(self._words) >= MAX_REMEMBERED_WORDS:
                self._words.clear()
            self._words[word] = columns
        return columns

    def _known(self, terms: list[str]) -> Any:
        vocabulary = self.vocabulary
        return np.array([vocabulary[t] for t in terms if t in vocabulary], dtype=np.int32)

    def weigh(self, text: str) -> tuple[Any, Any]:
        """The sorted columns of `text` in this block and their TF-IDF weights."""
        if self.by_word:  # n-grams never cross a space: each word's remembered columns
            words = [self._word(w) for w in self.preprocess(text).split()]
            found = np.concatenate(words) if words else np.empty(0, dtype=np.int32)
        else:
            found = self._known(self.analyze(text))
        columns, counts = np.unique(found, return_counts=True)
        tf = counts.astype(np.float64)
        if self.binary:
            tf[:] = 1.0
        elif self.sublinear:
            tf = np.log(tf) + 1.0
        if self.idf is not None:
            tf *= self.idf[columns]
        if self.norm is not None and tf.size:
            size = np.sqrt(tf @ tf) if self.norm == "l2" else np.abs(tf).sum()
            if size > 0:
                tf /= size
        return columns, tf


class FeatureRows:
    """The TF-IDF rows `hstack([v.transform(texts) for v in vectorizers])` would give.

    Parameters:
        vectorizers: fitted `TfidfVectorizer`s (or plain `CountVectorizer`s), in the model's
            column order.
    """

    def __init__(self, vectorizers: Sequence[CountVectorizer]) -> None:
        self._blocks = [_Columns(v) for v in vectorizers]
        self._offsets = np.cumsum([0] + [b.width for b in self._blocks]).tolist()

    def __call__(self, texts: Sequence[str]) -> csr_matrix:
        """One CSR row per text, columns sorted."""
        indices: list[Any] = []
        data: list[Any] = []
        indptr = [0]
        for text in texts:
            size = indptr[-1]
            for block, offset in zip(self._blocks, self._offsets, strict=False):
                columns, weights = block.weigh(text)
                indices.append(columns + offset)
                data.append(weights)
                size += columns.size
            indptr.append(size)
        shape = (len(texts), self._offsets[-1])
        if not indices:
            return csr_matrix(shape, dtype=np.float64)
        return csr_matrix(
            (np.concatenate(data), np.concatenate(indices).astype(np.int32), indptr), shape=shape
        )
