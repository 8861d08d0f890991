"""Learned margins, decisions and evidence at sparse cost: the same as the plain dense
computation, row by row."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from alerts.topics.classifier import MAX_FEATURES_SHOWN, ArticleText, LearnedClassifier
from alerts.topics.corpus import model_text, read_documents
from alerts.topics.learned import train_model
from alerts.topics.trained import LearnedModel
from tests.conftest import SHARED_DATA

REUTERS = SHARED_DATA / "reuters21578" / "train.jsonl"


@pytest.fixture(scope="module")
def reuters_model() -> tuple[LearnedModel, list[str]]:
    """A multi-label model on a slice of Reuters, and texts it has not seen."""
    if not REUTERS.exists():
        pytest.skip("shared Reuters data absent")
    docs = read_documents(REUTERS)
    model = train_model(docs[:600:2], folds=2, jobs=1)
    unseen = [model_text(d.title, d.body) for d in docs[1:600:20]]
    return model, [*unseen, "", "zzqx unheard-of words only"]


def dense_margins(model: LearnedModel, rows: Any) -> Any:
    """The plain computation: every row times the whole dense weight matrix."""
    return (
        np.asarray(rows.tocsr() @ model.coef.T, dtype=np.float64)
        + model.intercept
        - model.thresholds
    )


def test_sparse_margins_equal_the_dense_product(
    reuters_model: tuple[LearnedModel, list[str]],
) -> None:
    model, texts = reuters_model
    rows = model.features(texts)
    sparse = model.margins(rows)
    assert sparse.shape == (len(texts), len(model.labels))
    np.testing.assert_allclose(sparse, dense_margins(model, rows), rtol=1e-6, atol=1e-6)
    assert (sparse > 0).any(), "the comparison covers tagged topics too"


def test_one_row_at_a_time_equals_the_batch(
    reuters_model: tuple[LearnedModel, list[str]],
) -> None:
    model, texts = reuters_model
    batch = model.margins(model.features(texts))
    for i, text in enumerate(texts):
        np.testing.assert_allclose(model.margins(model.features([text]))[0], batch[i], atol=1e-9)
    assert model.predict(texts) == [model.predict([t])[0] for t in texts]


def test_a_text_without_known_features_gets_the_bias_alone(
    reuters_model: tuple[LearnedModel, list[str]],
) -> None:
    model, _ = reuters_model
    margins = model.margins(model.features([""]))
    np.testing.assert_allclose(margins[0], model.intercept - model.thresholds)


def plain_decisions(model: LearnedModel, margins: Any) -> list[list[int]]:
    """One row at a time: the best topic alone, or every positive one (the best if none)."""
    chosen = []
    for row in margins:
        best = int(np.argmax(row))
        tagged = [int(i) for i in np.flatnonzero(row > 0)]
        if model.single_label:
            chosen.append([best])
        else:
            chosen.append(tagged or ([best] if model.at_least_one else []))
    return chosen


@pytest.mark.parametrize("mode", ["multi", "no fallback", "single"])
def test_decisions_equal_the_row_by_row_rule(
    reuters_model: tuple[LearnedModel, list[str]], mode: str
) -> None:
    model, texts = reuters_model
    model = replace(model, at_least_one=mode != "no fallback", single_label=mode == "single")
    margins = model.margins(model.features(texts))
    margins[0] = -1.0  # a row with no topic above its threshold
    margins[1, :3] = 1.0  # one with several
    decided = model.decide(margins)
    assert decided == plain_decisions(model, margins)
    assert [] in decided if mode == "no fallback" else all(decided)
    assert model.decide(margins[:0]) == []


def test_evidence_is_the_heaviest_words_of_the_dense_row(
    reuters_model: tuple[LearnedModel, list[str]],
) -> None:
    """Each tagged topic's evidence: the row's word n-grams by value times weight, the
    heaviest positive ones first, as the dense row and weight matrix give them."""
    model, texts = reuters_model
    words = model.blocks[0].terms
    dense = model.features(texts).tocsr().toarray()[:, : len(words)]
    found = LearnedClassifier(model).classify_many([ArticleText("", t) for t in texts])
    assert sum(len(m.evidence) for matches in found for m in matches) > len(texts)
    for row, matches in zip(dense, found, strict=True):
        for match in matches:
            topic = model.labels.index(match.name)
            weights = row * model.coef[topic, : len(words)]
            heaviest = sorted(weights[weights > 0], reverse=True)[:MAX_FEATURES_SHOWN]
            shown = [e.weight for e in match.evidence if e.weight is not None]
            assert len(shown) == len(match.evidence)
            np.testing.assert_allclose(shown, heaviest, rtol=1e-12)
            for evidence in match.evidence:
                assert evidence.weight == pytest.approx(weights[words.index(evidence.text)])
