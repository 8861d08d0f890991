"""TF-IDF rows built from fitted vectorizers equal scikit-learn's own `transform`."""

from __future__ import annotations

import pytest
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from alerts.topics import features
from alerts.topics.corpus import model_text, read_documents
from alerts.topics.features import FeatureRows
from tests.conftest import SHARED_DATA

REUTERS = SHARED_DATA / "reuters21578" / "train.jsonl"
ODD_TEXTS = [
    "",
    "   ",
    "Café déjà-vu at the Zürich ÉCOLE, naïve coöperation",
    "tabs\tand\u00a0non-breaking\u2003spaces, a¨b and ﬁve ligatures",
    "OPEC OPEC opec: crude crude crude oil; 1987 output rose 3.5 pct",
    "x",
]


def fitted(**options: object) -> list[TfidfVectorizer]:
    """Vectorizers like the model's (and variants), fitted on a little Reuters."""
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
    texts = [model_text(d.title, d.body) for d in read_documents(REUTERS)[:300]]
    words = TfidfVectorizer(ngram_range=(1, 2), strip_accents="unicode", **options)
    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), **options)
    for vectorizer in (words, chars):
        vectorizer.fit(texts + ODD_TEXTS[2:4])
    return [words, chars]


def unseen_texts() -> list[str]:
    docs = read_documents(REUTERS)[300:340]
    return [model_text(d.title, d.body) for d in docs] + ODD_TEXTS


@pytest.mark.parametrize(
    "options",
    [
        {"sublinear_tf": True, "min_df": 2},
        {"binary": True, "norm": "l1"},
        {"use_idf": False, "norm": None},
    ],
)
def test_rows_equal_scikit_learn_transform(options: dict[str, object]) -> None:
    vectorizers = fitted(**options)
    texts = unseen_texts()
    expected = hstack([v.transform(texts) for v in vectorizers]).tocsr()
    built = FeatureRows(vectorizers)
    for _ in range(2):  # the second pass reads the remembered words
        rows = built(texts)
        assert rows.shape == expected.shape
        assert abs(rows - expected).max() < 1e-12
        assert rows.nnz == expected.nnz


def test_a_count_block_beside_the_tf_idf_blocks() -> None:
    """A model's name-prior block is a plain binary CountVectorizer with a fixed vocabulary:
    no idf, no norm, n-grams of up to three words."""
    prior = CountVectorizer(
        vocabulary=["coconut oil", "crude", "crude oil", "opec"],
        ngram_range=(1, 3),
        binary=True,
        strip_accents="unicode",
    )
    vectorizers = [*fitted(sublinear_tf=True), prior.fit(["x"])]
    texts = [*unseen_texts(), "Coconut oil and crude oil: OPEC, opec"]
    expected = hstack([v.transform(texts) for v in vectorizers]).tocsr()
    rows = FeatureRows(vectorizers)(texts)
    assert rows.shape == expected.shape
    assert abs(rows - expected).max() < 1e-12
    assert rows[-1, -4:].toarray().tolist() == [[1.0, 1.0, 1.0, 1.0]]


def test_forgetting_words_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "MAX_REMEMBERED_WORDS", 5)
    vectorizers = fitted(sublinear_tf=True)
    texts = unseen_texts()
    expected = hstack([v.transform(texts) for v in vectorizers]).tocsr()
    assert abs(FeatureRows(vectorizers)(texts) - expected).max() < 1e-12


def test_no_texts_no_rows() -> None:
    vectorizers = fitted()
    rows = FeatureRows(vectorizers)([])
    assert rows.shape == (0, sum(len(v.vocabulary_) for v in vectorizers))
