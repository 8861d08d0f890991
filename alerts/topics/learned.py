"""Learned topics: one linear model per topic over TF-IDF features (scikit-learn lives here
and only here), with a decision threshold tuned per topic.

Features are word 1-2-grams and character 2-5-grams inside word boundaries, both with
sublinear term frequency; the title is read three times (`TITLE_REPEATS`; a model records
the count, and one saved before it was recorded reads the title twice). Each topic gets a
LinearSVC (one versus the rest). On multi-label data each topic's threshold is tuned on
out-of-fold scores (the F1-best threshold, shrunk towards 0 by the number of positives). A
topic with fewer than `MIN_TUNED_POSITIVES` training documents is too rare to tune: its
threshold is the fixed, negative `RARE_THRESHOLD`, because a margin learnt from a few
examples falls short of 0 on most new examples of the topic. When every training document
had a topic, every document gets at least its best one (the fallback label). On single-label
data the best topic wins (the argmax of the margins, no threshold).

A rare topic also gets a prior: the last feature block counts the topic's own name
("platinum", "coconut oil", singular or with an s) and up to `KEYWORDS` terms learnt from
its training documents ("live cattle" for l-cattle, "guilder" for dfl: see `_keywords`),
each with a fixed weight `NAME_PRIOR` on that topic's row, so a story that names a
commodity seen twice in training can still reach the threshold. Inference stays
`margins(features(texts))`: the prior is just more columns.

The constants were chosen by nested 5-fold cross-validation on the Reuters-21578 training
file (thresholds tuned inside each training fold, never on the scored one; figures in
BENCHMARKS.md): macro-F1 over the pooled out-of-fold predictions 0.545 -> 0.613 and
micro-F1 0.900 -> 0.902 (C 1 -> 2, rare cut-off 5 -> 10, rare threshold -0.3 -> -0.4,
keywords; title read once / twice / three times: micro 0.898 / 0.901 / 0.902); BBC News
0.983 -> 0.985 (C 1 -> 2), the title's weight no matter there.
The fitted vectorizers become plain feature blocks, and the model is saved and used as data
without scikit-learn (`alerts.topics.trained`).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from joblib import Parallel, delayed
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.model_selection import KFold
from sklearn.svm import LinearSVC

from alerts.errors import InputError
from alerts.topics.corpus import (
    Document,
    Scores,
    model_text,
    read_documents,
    score,
    split_holdout,
)
from alerts.topics.features import FeatureBlock
from alerts.topics.trained import LearnedModel, load_model, save_model

THRESHOLD_GRID = np.round(np.arange(-1.0, 0.5001, 0.05), 2)  # round: 0 exactly
MIN_TUNED_POSITIVES = 10  # fewer positives than this: RARE_THRESHOLD, not a tuned one
RARE_THRESHOLD = -0.4  # see the module docstring
SHRINK = 3.0  # a topic with n positives keeps n / (n + SHRINK) of its tuned shift
NAME_PRIOR = 0.5  # margin a rare topic gains per name or keyword in the text; see the docstring
KEYWORDS = 5  # learned keywords per rare topic, at most
DEFAULT_C = 2.0  # LinearSVC C, chosen by nested CV (module docstring)
TITLE_REPEATS = 3  # a new model reads the title this many times (module docstring)
TEST_SPLIT_PREFIX = "test"  # `test.jsonl` and the like are for `alerts topics eval` only


def _vectorizers() -> list[TfidfVectorizer]:
    words = TfidfVectorizer(
        ngram_range=(1, 2), sublinear_tf=True, min_df=2, strip_accents="unicode"
    )
    chars = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2, max_features=300_000
    )
    return [words, chars]


def _name_terms(label: str) -> list[str]:
    """A topic's own name as text writes it: "coconut-oil" -> "coconut oil", "coconut oils"."""
    name = " ".join(label.lower().replace("-", " ").split())
    return [name, f"{name}s"] if name else []


def _keywords(
    present: csr_matrix, overall: np.ndarray[Any, Any], positive: np.ndarray[Any, Any]
) -> list[int]:
    """Up to `KEYWORDS` columns of the word block that mark a rare topic: a term found in
    at least half of the topic's documents (and in two), where at least half of the
    documents holding it are the topic's; the most exclusive first, then the most frequent.
    `present` is the binary word block, `overall` its column sums."""
    n = int(positive.sum())
    in_topic = np.asarray(present[positive].sum(axis=0)).ravel()
    chosen = np.flatnonzero((in_topic >= max(2, -(-n // 2))) & (2 * in_topic >= overall))
    rank = in_topic[chosen] / overall[chosen] + 0.01 * in_topic[chosen]
    return [int(i) for i in chosen[np.argsort(-rank, kind="stable")][:KEYWORDS]]


def _name_prior(
    labels: Sequence[str],
    rare: Sequence[bool],
    words: TfidfVectorizer,
    word_rows: csr_matrix,
    targets: np.ndarray[Any, Any],
) -> tuple[CountVectorizer, np.ndarray[Any, np.dtype[np.float32]]]:
    """The prior block: a vectorizer counting each rare topic's name (singular and plural)
    and keywords (`_keywords` over the fitted word block), and the weights that give each
    term to its own topics only."""
    terms = words.get_feature_names_out()
    present = (word_rows > 0).astype(np.int32).tocsr()
    overall = np.asarray(present.sum(axis=0)).ravel()
    topics_of: dict[str, set[int]] = {}
    for topic, label in enumerate(labels):
        if rare[topic]:
            found = [str(terms[i]) for i in _keywords(present, overall, targets[:, topic] == 1)]
            for term in [*_name_terms(label), *found]:
                topics_of.setdefault(term, set()).add(topic)
    vocabulary = sorted(topics_of)
    prior = CountVectorizer(
        vocabulary=vocabulary or ["\x00"], ngram_range=(1, 3), binary=True, strip_accents="unicode"
    )
    weights = np.zeros((len(labels), len(vocabulary) or 1), dtype=np.float32)
    for column, term in enumerate(vocabulary):
        weights[sorted(topics_of[term]), column] = NAME_PRIOR
    return prior, weights


def _fit_one(rows: csr_matrix, y: np.ndarray[Any, Any], c: float) -> tuple[Any, Any]:
    if not y.any() or y.all():  # one class only: a constant decision
        return np.zeros(rows.shape[1]), 10.0 if y.any() else -10.0
    svm = LinearSVC(C=c)
    svm.fit(rows, y)
    return svm.coef_[0], float(svm.intercept_[0])


def _fit(rows: csr_matrix, targets: np.ndarray[Any, Any], c: float, jobs: int) -> tuple[Any, Any]:
    """One LinearSVC per column of `targets`; liblinear releases the GIL, so threads work."""
    fitted = Parallel(n_jobs=jobs, prefer="threads")(
        delayed(_fit_one)(rows, targets[:, j], c) for j in range(targets.shape[1])
    )
    coef = np.vstack([w for w, _ in fitted]).astype(np.float32)
    return coef, np.array([b for _, b in fitted])


def _best_threshold(scores: np.ndarray[Any, Any], positive: np.ndarray[Any, Any]) -> float:
    """The F1-best threshold on out-of-fold scores, shrunk towards 0 by the evidence."""
    n = int(positive.sum())
    if n < MIN_TUNED_POSITIVES:
        return RARE_THRESHOLD
    best_f1, best = 0.0, 0.0
    for threshold in THRESHOLD_GRID:
        tagged = scores > threshold
        tp = int((tagged & positive).sum())
        f1 = 2 * tp / (tp + int(tagged.sum()) + n)
        if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(threshold) < abs(best)):
            best_f1, best = f1, float(threshold)
    return best * n / (n + SHRINK)


def _tune(
    rows: csr_matrix, targets: np.ndarray[Any, Any], c: float, folds: int, jobs: int
) -> np.ndarray[Any, np.dtype[np.float64]]:
    """Per-topic thresholds from out-of-fold decision values."""
    held_out = np.zeros(targets.shape)
    for fit_part, score_part in KFold(folds, shuffle=True, random_state=0).split(targets):
        coef, intercept = _fit(rows[fit_part], targets[fit_part], c, jobs)
        held_out[score_part] = np.asarray(rows[score_part] @ coef.T) + intercept
    columns = range(targets.shape[1])
    return np.array([_best_threshold(held_out[:, j], targets[:, j] == 1) for j in columns])


def _quiet(_step: str) -> None:
    """No progress to report to."""


def train_model(
    docs: Sequence[Document],
    *,
    c: float = DEFAULT_C,
    folds: int = 5,
    jobs: int = 2,
    step: Callable[[str], None] = _quiet,
) -> LearnedModel:
    """Fit a model on labelled documents (see the module docstring for the recipe);
    `step` is told each stage as it starts (a progress display)."""
    labels = sorted({t for d in docs for t in d.topics})
    if not labels:
        raise InputError("the training documents carry no topics")
    targets = np.array([[label in d.topics for label in labels] for d in docs], dtype=np.int8)
    step(f"vectorising {len(docs)} documents")
    vectorizers = _vectorizers()
    texts = [model_text(d.title, d.body, TITLE_REPEATS) for d in docs]
    try:
        blocks = [v.fit_transform(texts) for v in vectorizers]
    except ValueError as exc:
        raise InputError(f"cannot learn from these documents: {exc}") from None
    rows = hstack(blocks).tocsr()
    single_label = all(len(d.topics) == 1 for d in docs)
    folds = min(folds, len(docs))
    tune = not single_label and folds >= 2
    if tune:
        step(f"tuning {len(labels)} thresholds over {folds} folds")
    thresholds = _tune(rows, targets, c, folds, jobs) if tune else np.zeros(len(labels))
    step(f"fitting {len(labels)} topics")
    coef, intercept = _fit(rows, targets, c, jobs)
    rare = targets.sum(axis=0) < MIN_TUNED_POSITIVES
    prior, prior_coef = _name_prior(labels, rare, vectorizers[0], blocks[0], targets)
    vectorizers.append(prior.fit(texts[:1]))
    return LearnedModel(
        labels=labels,
        thresholds=thresholds,
        single_label=single_label,
        at_least_one=all(d.topics for d in docs),
        blocks=[FeatureBlock.fitted(v) for v in vectorizers],
        coef=np.hstack([coef, prior_coef]),
        intercept=intercept,
        n_docs=len(docs),
        title_repeats=TITLE_REPEATS,
    )


def train_folder(
    data: Path,
    out: Path,
    *,
    holdout: float = 0.0,
    c: float = DEFAULT_C,
    folds: int = 5,
    step: Callable[[str], None] = _quiet,
) -> dict[str, object]:
    """`alerts topics train`: fit on a JSONL file (less the held-out share), save the model
    to `out`, and score the held-out share when there is one; `step` as in `train_model`.
    `data` is the only file read, and one named like a test split is refused, so a model
    scored on a test file never saw it."""
    if data.name.startswith(TEST_SPLIT_PREFIX):
        raise InputError(f"{data} looks like a test split: train on training data only")
    step(f"reading {data.name}")
    docs = read_documents(data)
    fit_docs, held = split_holdout(docs, holdout) if holdout else (list(docs), [])
    started = time.monotonic()
    model = train_model(fit_docs, c=c, folds=folds, step=step)
    step(f"saving to {out}")
    save_model(model, out)
    report: dict[str, object] = {
        "model": str(out),
        "topics": len(model.labels),
        "n_docs": len(fit_docs),
        "single_label": model.single_label,
        "seconds": round(time.monotonic() - started, 1),
    }
    if held:
        step(f"scoring {len(held)} held-out documents")
        guesses = model.predict([model.text(d.title, d.body) for d in held])
        dev = score([set(d.topics) for d in held], guesses)
        report["holdout"] = {k: v for k, v in dev.as_dict().items() if k != "per_topic"}
    return report


def evaluate_folder(data: Path, folder: Path, *, holdout: float = 0.0) -> Scores:
    """`alerts topics eval`: score the model in `folder` on a JSONL file (only its held-out
    share with `holdout`, the same share `train_folder` kept out)."""
    docs = read_documents(data)
    docs = split_holdout(docs, holdout)[1] if holdout else docs
    model = load_model(folder)
    return score(
        [set(d.topics) for d in docs], model.predict([model.text(d.title, d.body) for d in docs])
    )
