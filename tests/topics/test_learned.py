"""Learned topics: training, thresholds, saving and loading, explanations, evaluation."""

from __future__ import annotations

import json
import random
from dataclasses import asdict
from pathlib import Path

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from alerts.errors import InputError, TopicError
from alerts.models import Evidence, TopicMatch
from alerts.topics.classifier import CombinedClassifier, LearnedClassifier
from alerts.topics.corpus import Document, model_text, read_documents, score, split_holdout
from alerts.topics.learned import (
    NAME_PRIOR,
    RARE_THRESHOLD,
    _best_threshold,
    _keywords,
    train_folder,
    train_model,
)
from alerts.topics.manifest import MANIFEST, labels, read_manifest
from alerts.topics.trained import LearnedModel, load_model, save_model
from tests.conftest import SHARED_DATA

VOCABULARY = {
    "oil": "crude barrels opec refinery pipeline brent drilling",
    "grain": "wheat harvest corn bushels farmers silo export",
    "money": "dollar yen currency central bank rate intervention",
}
COMMON = "the said on in of to and for with officials week year"


def corpus(n: int, *, multi: bool, seed: int = 1) -> list[Document]:
    """Deterministic toy news: each document draws words from its topics' vocabularies."""
    rng = random.Random(seed)
    topics = sorted(VOCABULARY)
    docs = []
    for i in range(n):
        chosen = [topics[i % 3]] + ([topics[(i + 1) % 3]] if multi and i % 4 == 0 else [])
        words = [w for t in chosen for w in rng.sample(VOCABULARY[t].split(), 4)]
        words += rng.sample(COMMON.split(), 5)
        rng.shuffle(words)
        docs.append(Document(str(i), " ".join(words[:4]), " ".join(words), tuple(chosen)))
    return docs


@pytest.fixture(scope="module")
def multi_model() -> LearnedModel:
    return train_model(corpus(90, multi=True), folds=3, jobs=1)


def test_model_text_repeats_the_title() -> None:
    assert model_text("Oil", "Prices rose.") == "Oil\nOil\nPrices rose."
    assert model_text("Oil", "Prices rose.", 3) == "Oil\nOil\nOil\nPrices rose."


def test_a_new_model_reads_the_title_three_times(multi_model: LearnedModel) -> None:
    # nested CV on Reuters: title once / twice / three times, micro 0.8975 / 0.9005 / 0.9025
    assert multi_model.title_repeats == 3
    assert multi_model.text("Oil", "b") == model_text("Oil", "b", 3)


def test_multi_label_model_tags_each_topic(multi_model: LearnedModel) -> None:
    assert multi_model.labels == ["grain", "money", "oil"]
    assert not multi_model.single_label and multi_model.at_least_one
    assert len(multi_model.thresholds) == 3
    held = corpus(30, multi=True, seed=2)
    predicted = multi_model.predict([multi_model.text(d.title, d.body) for d in held])
    assert score([set(d.topics) for d in held], predicted).micro_f1 >= 0.9
    assert all(predicted), "every document gets at least its best topic"


def test_thresholds_are_the_f1_best_on_held_out_scores() -> None:
    positive = np.array([True] * 12 + [False] * 12)
    # positives score -0.5..-0.25 out of fold, negatives -0.9..-0.65: the best cut lies between
    scores = np.concatenate([np.linspace(-0.5, -0.25, 12), np.linspace(-0.9, -0.65, 12)])
    assert -0.65 <= _best_threshold(scores, positive) / (12 / 15) < -0.5
    # already separated at 0: no shift
    assert _best_threshold(scores + 0.6, positive) == 0.0
    assert _best_threshold(scores[:8], positive[:8] & (np.arange(8) < 2)) == RARE_THRESHOLD


def test_rare_topics_get_the_rare_threshold() -> None:
    rare = [
        Document(f"r{i}", "platinum", f"platinum {w}", ("platinum",))
        for i, w in enumerate(["mine output", "prices rise"])
    ]
    docs = [*corpus(90, multi=True), *rare]
    model = train_model(docs, folds=3, jobs=1)
    assert model.thresholds[model.labels.index("platinum")] == RARE_THRESHOLD
    assert {"platinum"} <= model.predict(["platinum output at the mine"])[0]
    # the name prior: the last block counts "platinum", weighed for platinum only
    names = model.blocks[-1].terms
    column = model.coef.shape[1] - len(names) + names.index("platinum")
    assert model.coef[model.labels.index("platinum"), column] == NAME_PRIOR
    assert np.count_nonzero(model.coef[:, column]) == 1 and "grain" not in names
    counted = model.features(["Platinum", "platinums", "plat inum"]).tocsr()[:, -len(names) :]
    assert counted.sum(axis=1).tolist() == [[1], [1], [0]], "singular and plural count"


def test_rare_topics_learn_keywords_beyond_their_name() -> None:
    cattle = [
        Document(f"c{i}", "live cattle", f"live cattle {w} futures", ("l-cattle",))
        for i, w in enumerate(["herd", "prices", "feedlot"])
    ]
    model = train_model([*corpus(90, multi=True), *cattle], folds=3, jobs=1)
    topic = model.labels.index("l-cattle")
    names = model.blocks[-1].terms
    start = model.coef.shape[1] - len(names)
    weighed = {t for col, t in enumerate(names) if model.coef[topic, start + col] == NAME_PRIOR}
    assert {"live cattle", "cattle"} <= weighed and "l cattle" in weighed, "keywords and name"
    assert "herd" not in weighed, "a word of one document only is no keyword"
    assert model.predict(["cattle traders expect live cattle to rally"])[0] == {"l-cattle"}


def test_keywords_are_exclusive_and_shared() -> None:
    # columns: 0 in every positive and nowhere else; 1 in one positive only; 2 everywhere;
    # 3 in both positives and in two other documents (half of its documents are positives)
    present = csr_matrix(
        np.array([[1, 1, 1, 1], [1, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 1], [0, 0, 1, 0]])
    )
    positive = np.array([True, True, False, False, False])
    overall = np.asarray(present.sum(axis=0)).ravel()
    assert _keywords(present, overall, positive) == [0, 3]


def test_fallback_label_when_no_topic_passes(multi_model: LearnedModel) -> None:
    below = np.array([[-1.0, -0.2, -3.0]])
    assert multi_model.decide(below) == [[1]]
    assert multi_model.decide(np.array([[0.5, -0.2, 0.1]])) == [[0, 2]]
    multi_model.at_least_one = False
    try:
        assert multi_model.decide(below) == [[]]
    finally:
        multi_model.at_least_one = True


def test_training_reads_only_the_training_file(tmp_path: Path) -> None:
    def write(path: Path, docs: list[Document]) -> Path:
        path.write_text("".join(json.dumps(asdict(d)) + "\n" for d in docs))
        return path

    train = write(tmp_path / "train.jsonl", corpus(40, multi=False))
    test = write(tmp_path / "test.jsonl", [Document("t", "leak", "leak", ("leaked",))])
    report = train_folder(train, tmp_path / "model", folds=2)
    assert report["n_docs"] == 40
    assert labels(tmp_path / "model") == ["grain", "money", "oil"]
    with pytest.raises(InputError, match="looks like a test split"):
        train_folder(test, tmp_path / "other")
    assert not (tmp_path / "other").exists()


def test_single_label_model_picks_exactly_one() -> None:
    model = train_model(corpus(60, multi=False), folds=3, jobs=1)
    assert model.single_label
    predicted = model.predict(["crude barrels wheat harvest", "yen"])
    assert [len(p) for p in predicted] == [1, 1]


def test_save_and_load_round_trip(multi_model: LearnedModel, tmp_path: Path) -> None:
    save_model(multi_model, tmp_path / "m")
    manifest = read_manifest(tmp_path / "m")
    assert manifest["labels"] == ["grain", "money", "oil"] and manifest["format_version"] == 2
    assert labels(tmp_path / "m") == manifest["labels"]
    loaded = load_model(tmp_path / "m")
    texts = ["opec crude pipeline", "central bank yen"]
    assert loaded.predict(texts) == multi_model.predict(texts) == [{"oil"}, {"money"}]


def test_missing_or_foreign_model_is_a_topic_error(tmp_path: Path) -> None:
    with pytest.raises(TopicError, match="no model in"):
        read_manifest(tmp_path)
    (tmp_path / MANIFEST).write_text(json.dumps({"format_version": 99}))
    with pytest.raises(TopicError, match="another format"):
        load_model(tmp_path)


def test_learned_evidence_names_the_weighing_words(multi_model: LearnedModel) -> None:
    (match,) = LearnedClassifier(multi_model).classify("Crude oil", "opec cut crude output")
    assert match.name == "oil" and 0 < match.score <= 1
    assert match.evidence and all(e.field == "model" and e.weight for e in match.evidence)
    assert "crude" in {e.text for e in match.evidence}
    assert set(match.evidence[0].as_dict()) == {"text", "field", "weight"}


class _Fixed:
    def __init__(self, *matches: TopicMatch) -> None:
        self.matches = list(matches)

    def classify(self, title: str, body: str, *, source: str = "") -> list[TopicMatch]:
        return self.matches


def test_combined_classifier_merges_by_name() -> None:
    rule = _Fixed(TopicMatch("oil", 0.4, (Evidence("crude", "body", 0, 5),)))
    model = _Fixed(
        TopicMatch("oil", 0.7, (Evidence("opec", "model", weight=0.3),)), TopicMatch("x", 0.9)
    )
    merged = CombinedClassifier([rule, model]).classify("t", "b")
    assert [m.name for m in merged] == ["x", "oil"]
    assert merged[1].score == 0.7 and [e.text for e in merged[1].evidence] == ["crude", "opec"]


def test_training_needs_topics_and_words() -> None:
    with pytest.raises(InputError, match="carry no topics"):
        train_model([Document("1", "a", "b", ())])
    with pytest.raises(InputError, match="cannot learn"):
        train_model([Document("1", "", "", ("x",)), Document("2", "", "", ("y",))])


def test_reading_documents(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text('{"id": "1", "title": "T", "body": "B", "topics": ["a"]}\n\n{"id": 2}\n')
    assert [d.topics for d in read_documents(path)] == [("a",), ()]
    path.write_text('{"id": "1"}\nnot json\n')
    with pytest.raises(InputError, match=r"d.jsonl:2: not a document record"):
        read_documents(path)
    path.write_text('{"id": "1", "topics": "a"}\n')
    with pytest.raises(InputError, match="list of strings"):
        read_documents(path)
    path.write_text("\n")
    with pytest.raises(InputError, match="holds no documents"):
        read_documents(path)
    with pytest.raises(InputError, match="cannot read"):
        read_documents(tmp_path / "missing.jsonl")


def test_holdout_split_is_fixed_by_id() -> None:
    docs = corpus(400, multi=False)
    fit, held = split_holdout(docs, 0.2)
    assert len(fit) + len(held) == 400 and 50 < len(held) < 110
    assert split_holdout(list(reversed(docs)), 0.2)[1] == list(reversed(held))


def test_scores_per_topic() -> None:
    report = score([{"a"}, {"b"}, {"a", "b"}], [{"a"}, {"a"}, {"b"}])
    assert report.n_docs == 3
    assert report.per_topic["a"].precision == 0.5 and report.per_topic["a"].recall == 0.5
    assert report.per_topic["b"].precision == 1.0 and report.per_topic["b"].support == 2
    assert report.as_dict()["micro_f1"] == report.micro_f1


@pytest.mark.skipif(not (SHARED_DATA / "bbc_news").exists(), reason="shared BBC data absent")
def test_bbc_sample_learns_well() -> None:
    docs = read_documents(SHARED_DATA / "bbc_news" / "train.jsonl")[::4]
    fit, held = split_holdout(docs, 0.25)
    model = train_model(fit, folds=3, jobs=1)
    predicted = model.predict([model.text(d.title, d.body) for d in held])
    assert score([set(d.topics) for d in held], predicted).micro_f1 >= 0.9
