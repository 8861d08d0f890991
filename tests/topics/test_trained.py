"""A saved model is data: read back, it decides exactly as before, loading it unpickles
nothing and imports neither scikit-learn nor scipy, and a poll batch is classified in one
call."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from alerts import pipeline
from alerts.config import Settings
from alerts.errors import TopicError
from alerts.models import TopicMatch
from alerts.store.db import session_scope
from alerts.topics.classifier import (
    ArticleText,
    CombinedClassifier,
    LearnedClassifier,
    classify_all,
    default_rule_classifier,
)
from alerts.topics.learned import train_model
from alerts.topics.manifest import MANIFEST
from alerts.topics.trained import ARRAYS_FILE, WEIGHTS_FILE, LearnedModel, load_model, save_model
from tests.helpers import make_article
from tests.topics.test_learned import corpus

TEXTS = [
    "opec crude pipeline brent",
    "central bank yen intervention as the dollar fell",
    "wheat harvest and corn bushels",
    "",
    "zzqx unheard-of words only",
]


@pytest.fixture(scope="module")
def model() -> LearnedModel:
    docs = corpus(90, multi=True)
    return train_model(docs, folds=3, jobs=1)


@pytest.fixture
def saved(model: LearnedModel, tmp_path: Path) -> Path:
    save_model(model, tmp_path / "m")
    return tmp_path / "m"


def test_a_loaded_model_decides_exactly_as_the_trained_one(
    model: LearnedModel, saved: Path
) -> None:
    loaded = load_model(saved)
    np.testing.assert_array_equal(
        loaded.margins(loaded.features(TEXTS)), model.margins(model.features(TEXTS))
    )
    assert loaded.predict(TEXTS) == model.predict(TEXTS)
    texts = [ArticleText(t, t) for t in TEXTS]
    assert LearnedClassifier(loaded).classify_many(texts) == LearnedClassifier(model).classify_many(
        texts
    )
    assert [b.options() for b in loaded.blocks] == [b.options() for b in model.blocks]
    assert sorted(p.name for p in saved.iterdir()) == [MANIFEST, ARRAYS_FILE, WEIGHTS_FILE]


def test_the_title_weight_is_saved_and_an_older_model_keeps_two(
    model: LearnedModel, saved: Path
) -> None:
    assert load_model(saved).title_repeats == model.title_repeats == 3
    manifest = json.loads((saved / MANIFEST).read_text())
    del manifest["title_repeats"]  # saved before the weight was recorded
    (saved / MANIFEST).write_text(json.dumps(manifest))
    older = load_model(saved)
    assert older.title_repeats == 2
    assert older.text("Oil", "b") == "Oil\nOil\nb"
    assert (
        LearnedClassifier(older).classify("Oil", "b")
        == LearnedClassifier(older).classify_many([ArticleText("Oil", "b")])[0]
    )


class _UnpickledError(Exception):
    """Raised by a pickle's payload: it ran."""


def _payload() -> None:
    raise _UnpickledError


class _Hostile:
    def __reduce__(self) -> tuple[object, tuple[()]]:
        return _payload, ()


def test_loading_never_unpickles(saved: Path) -> None:
    """A folder whose arrays hold pickles is refused before anything in them runs."""
    hostile = np.array([_Hostile()], dtype=object)
    np.save(saved / WEIGHTS_FILE, hostile, allow_pickle=True)
    with pytest.raises(TopicError, match="cannot read the model"):
        load_model(saved)
    with np.load(saved / ARRAYS_FILE) as arrays:
        kept = dict(arrays)
    np.save(saved / WEIGHTS_FILE, np.zeros((3, 1), dtype=np.float32))
    np.savez(saved / ARRAYS_FILE, **{**kept, "intercept": hostile})
    with pytest.raises(TopicError, match="cannot read the model"):
        load_model(saved)


def test_loading_imports_neither_scikit_learn_nor_scipy(saved: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from alerts.topics.trained import load_model; "
        f"load_model(Path({str(saved)!r})).predict(['crude oil']); "
        "print(sorted(m for m in ('sklearn', 'scipy', 'joblib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.replace("'", '"')) == []


def test_an_old_pickled_model_asks_to_be_trained_again(tmp_path: Path) -> None:
    (tmp_path / MANIFEST).write_text(json.dumps({"format_version": 1, "labels": ["a"]}))
    (tmp_path / "model.joblib").write_bytes(b"not read")
    with pytest.raises(TopicError, match="another format; train it again"):
        load_model(tmp_path)


def test_saving_over_a_model_replaces_it(model: LearnedModel, saved: Path) -> None:
    mapped = load_model(saved)  # maps the old weights, as a running worker does
    (saved / "model.joblib").write_bytes(b"the pickle of the old format")
    retrained = train_model(corpus(60, multi=False), folds=2, jobs=1)
    save_model(retrained, saved)
    assert not (saved / "model.joblib").exists()
    assert load_model(saved).predict(TEXTS) == retrained.predict(TEXTS)
    assert mapped.predict(TEXTS) == model.predict(TEXTS), "the old mapping is still readable"


def test_a_batch_is_classified_as_each_text_alone(model: LearnedModel) -> None:
    texts = [ArticleText("Crude oil", t, "wire") for t in TEXTS]
    learned = LearnedClassifier(model)
    assert learned.classify_many(texts) == [learned.classify(t.title, t.body) for t in texts]
    both = CombinedClassifier([default_rule_classifier(), learned])
    each = [both.classify(t.title, t.body, source=t.source) for t in texts]
    assert classify_all(both, texts) == each
    assert classify_all(default_rule_classifier(), texts) == [
        default_rule_classifier().classify(t.title, t.body, source=t.source) for t in texts
    ]


class _Recording:
    """A batch classifier that records the batches it is given."""

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        raise AssertionError("the pipeline classifies a batch at once")

    def classify_many(self, texts: list[ArticleText]) -> list[list[TopicMatch]]:
        self.batches.append([t.title for t in texts])
        return [[TopicMatch("Oil", 0.9)] for _ in texts]


def test_the_pipeline_hands_a_batch_over_in_one_call(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        ids = [make_article(session, f"k{i}", f"Story {i}").id for i in range(3)]
        session.commit()
    recording = _Recording()
    with session_scope(settings.database_url) as session:
        pipeline.process_articles(settings, session, recording, ids)
    assert recording.batches == [["Story 0", "Story 1", "Story 2"]]
