"""Learned margins at sparse cost: the same decision values as the dense product."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

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
