"""TF-IDF rows built from fitted vectorizers equal scikit-learn's own `transform`."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.sparse import hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from alerts.errors import TopicError
from alerts.topics import features
from alerts.topics.corpus import model_text, read_documents
from alerts.topics.features import FeatureBlock, FeatureRows
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


def rows_of(vectorizers: list[CountVectorizer]) -> FeatureRows:
    """Rows built from the vectorizers' blocks, as a loaded model builds them."""
    return FeatureRows([FeatureBlock.fitted(v) for v in vectorizers])


def unseen_texts() -> list[str]:
    """Reuters texts the vectorizers were not fitted on, and the odd ones."""
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
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
    built = rows_of(vectorizers)
    for _ in range(2):  # the second pass reads the remembered words
        rows = built(texts).tocsr()
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
    rows = rows_of(vectorizers)(texts).tocsr()
    assert rows.shape == expected.shape
    assert abs(rows - expected).max() < 1e-12
    assert rows[-1, -4:].toarray().tolist() == [[1.0, 1.0, 1.0, 1.0]]


def test_forgetting_words_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "MAX_REMEMBERED_WORDS", 5)
    vectorizers = fitted(sublinear_tf=True)
    texts = unseen_texts()
    expected = hstack([v.transform(texts) for v in vectorizers]).tocsr()
    assert abs(rows_of(vectorizers)(texts).tocsr() - expected).max() < 1e-12


def test_no_texts_no_rows() -> None:
    vectorizers = fitted()
    rows = rows_of(vectorizers)([])
    assert rows.shape == (0, sum(len(v.vocabulary_) for v in vectorizers))


@pytest.mark.parametrize(
    "options",
    [
        {"analyzer": "char", "ngram_range": (1, 3)},
        {"ngram_range": (2, 3), "stop_words": "english", "strip_accents": "ascii"},
        {"lowercase": False, "token_pattern": r"(?u)\b(\w+)'?\b"},
        {"ngram_range": (1, 3), "token_pattern": r"(?u)\b\w\w+ \w\b|\b\w\w+\b"},  # spaced tokens
        {"analyzer": "char_wb", "ngram_range": (3, 6), "lowercase": False},
        {"analyzer": "char_wb", "ngram_range": (1, 2), "binary": True, "use_idf": False},
    ],
)
def test_other_analyzers_equal_scikit_learn(options: dict[str, object]) -> None:
    """Every analyzer and text option a block can store builds scikit-learn's rows."""
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
    texts = [model_text(d.title, d.body) for d in read_documents(REUTERS)[:150]]
    vectorizer = TfidfVectorizer(**options).fit(texts + ODD_TEXTS[2:4])
    expected = vectorizer.transform(unseen_texts())
    rows = rows_of([vectorizer])(unseen_texts()).tocsr()
    assert rows.nnz == expected.nnz and abs(rows - expected).max() < 1e-12


def test_a_block_survives_its_stored_form() -> None:
    """What a saved model keeps (options as JSON, terms, idf) gives back the same block."""
    stops = TfidfVectorizer(stop_words=["the", "of"], norm="l1").fit(unseen_texts())
    for vectorizer in [*fitted(sublinear_tf=True), stops]:
        block = FeatureBlock.fitted(vectorizer)
        options = json.loads(json.dumps(block.options()))
        again = FeatureBlock.from_options(options, list(block.terms), block.idf)
        assert again.options() == block.options() and again.terms == block.terms
        texts = unseen_texts()
        assert (
            abs(rows_of([vectorizer])(texts).tocsr() - FeatureRows([again])(texts).tocsr()).max()
            == 0
        )


def test_custom_callables_cannot_be_stored() -> None:
    vectorizer = TfidfVectorizer(analyzer=str.split).fit(["a b", "b c"])
    with pytest.raises(TopicError, match="custom callables"):
        FeatureBlock.fitted(vectorizer)
    block = FeatureBlock.fitted(TfidfVectorizer().fit(["ab cd"]))
    with pytest.raises(TopicError, match="unsupported feature block"):
        FeatureBlock.from_options({**block.options(), "analyzer": "x"}, block.terms, block.idf)
    with pytest.raises(TopicError, match="do not match"):
        FeatureBlock.from_options(block.options(), block.terms[:1], block.idf)


def test_a_batch_equals_its_texts_one_by_one() -> None:
    """A row never runs into the next: the same text twice in a row (in the prior block,
    "crude" twice is one column twice), empty texts between others and accented ones give
    in a batch exactly the rows they give alone."""
    prior = CountVectorizer(
        vocabulary=["crude", "crude oil", "zurich"], ngram_range=(1, 3), binary=True
    )
    built = rows_of([*fitted(sublinear_tf=True), prior.fit(["x"])])
    some = unseen_texts()[:5]
    texts = [some[0], some[0], "", *ODD_TEXTS, some[1], "", "", "crude", "Crude", "Zürich oil"]
    batch = built(texts)
    alone = [built([t]) for t in texts]
    for i, row in enumerate(alone):
        columns, weights = batch.row(i)
        assert columns.tolist() == row.indices.tolist()
        assert weights.tolist() == row.data.tolist()
    assert batch.row(2)[0].size == 0 and batch.row(len(texts) - 1)[0].size > 0


@pytest.mark.parametrize("few_heads", [0, 10**9])
def test_n_grams_from_every_token_or_from_heads_alone(
    monkeypatch: pytest.MonkeyPatch, few_heads: int
) -> None:
    """Whether a word block makes n-grams from every token or only from the tokens that
    start a known term, the rows are scikit-learn's."""
    monkeypatch.setattr(features, "FEW_HEADS", few_heads)
    spaced = TfidfVectorizer(ngram_range=(1, 3), token_pattern=r"(?u)\b\w\w+ \w\b|\b\w\w+\b")
    vectorizers = [*fitted(sublinear_tf=True), spaced.fit(unseen_texts()[:20])]
    texts = unseen_texts()
    expected = hstack([v.transform(texts) for v in vectorizers]).tocsr()
    rows = rows_of(vectorizers)(texts).tocsr()
    assert rows.nnz == expected.nnz and abs(rows - expected).max() < 1e-12


@given(
    st.text(alphabet=st.sampled_from(list("ab_1 -'\n\u00e9\u0301\u00df\u4e2d\u0663.")), max_size=40)
)
def test_a_faster_token_pattern_finds_the_same_tokens(text: str) -> None:
    for pattern, faster in features.SAME_TOKENS.items():
        assert re.findall(faster, text) == re.findall(pattern, text)
