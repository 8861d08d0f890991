"""A trained model as data: its feature blocks, one weight row per topic, the thresholds,
and how it decides; saved to and read from a model folder with numpy alone.

A model folder holds three files, none of them a pickle (loading one runs no code):
- `manifest.json`: labels, thresholds, decision mode, and each feature block's options
  (`alerts.topics.manifest`; readable without numpy);
- `model.npz`: the intercepts, and per block its terms (UTF-8 JSON, in column order) and idf;
- `weights.npy`: the weights, topics by columns, stored column-major and memory-mapped on
  load: a worker touches only the columns of the words it meets, and the processes of one
  machine share one copy through the page cache.
Files are replaced whole (written beside, then renamed), so a process still mapping the old
weights keeps reading them while a new model is saved over it.

Training (scikit-learn) is `alerts.topics.learned`; this module never imports it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy as np

from alerts.errors import TopicError
from alerts.topics.corpus import TITLE_REPEATS, model_text
from alerts.topics.features import FeatureBlock, FeatureRows, Floats, Rows
from alerts.topics.manifest import read_manifest, write_manifest

ARRAYS_FILE = "model.npz"
WEIGHTS_FILE = "weights.npy"
OLD_PICKLE_FILE = "model.joblib"  # the format before this one: removed when saving over it


@dataclass
class LearnedModel:
    """Feature blocks and one weight row per topic."""

    labels: list[str]
    thresholds: Floats
    single_label: bool
    at_least_one: bool
    blocks: list[FeatureBlock]
    coef: np.ndarray[Any, np.dtype[np.float32]]
    intercept: Floats
    n_docs: int
    title_repeats: int = TITLE_REPEATS  # how often `text` repeats the title, as in training

    def __post_init__(self) -> None:
        # Column-major weights: an article gathers its own columns, each one contiguous.
        self.coef = np.asfortranarray(self.coef)
        columns = sum(len(b.terms) for b in self.blocks)
        if self.coef.shape != (len(self.labels), columns) or len(self.intercept) != len(
            self.labels
        ):
            raise TopicError(
                f"weights of shape {self.coef.shape} do not fit {len(self.labels)} topics "
                f"and {columns} feature columns"
            )

    def text(self, title: str, body: str) -> str:
        """What this model reads of an article: the title weighed as it was in training."""
        return model_text(title, body, self.title_repeats)

    @cached_property
    def _rows(self) -> FeatureRows:
        return FeatureRows(self.blocks)

    def features(self, texts: Sequence[str]) -> Rows:
        """The TF-IDF rows of `texts`, every block's columns side by side (what
        scikit-learn's `transform` gives, at the texts' cost: see `alerts.topics.features`)."""
        return self._rows(texts)

    def margins(self, rows: Rows) -> Floats:
        """Each topic's decision value minus its threshold: > 0 means tagged.

        An article uses a few hundred of the model's hundreds of thousands of columns, so
        each row gathers only its own columns of `coef` (`coef[:, cols] @ values`) rather
        than multiplying the whole dense `coef.T`: the same sums, at the article's cost."""
        by_column = self.coef.T  # C-contiguous: one row per feature column
        decisions = np.empty((rows.shape[0], len(self.labels)), dtype=np.float64)
        for i in range(rows.shape[0]):
            columns, values = rows.row(i)
            weights = np.take(by_column, columns, axis=0)
            decisions[i] = values @ weights.astype(np.float64)
        margins: Floats = decisions + self.intercept - self.thresholds
        return margins

    def decide(self, margins: Floats) -> list[list[int]]:
        """Topic indexes tagged on each row of margins (found for the whole batch at once:
        a row at a time costs more than the rest of the decision)."""
        best = np.argmax(margins, axis=1).tolist() if len(margins) else []
        if self.single_label:
            return [[b] for b in best]
        rows, topics = np.nonzero(margins > 0)  # row by row, each row's topics in order
        ends = np.searchsorted(rows, np.arange(1, len(margins) + 1)).tolist()
        tagged = topics.tolist()
        fallback = self.at_least_one
        return [
            tagged[start:end] or ([top] if fallback else [])
            for start, end, top in zip([0, *ends][:-1], ends, best, strict=True)
        ]

    def predict(self, texts: Sequence[str]) -> list[set[str]]:
        """The topics of each text."""
        margins = self.margins(self.features(texts))
        return [{self.labels[i] for i in row} for row in self.decide(margins)]


def _replace(path: Path, write: Callable[[Any], None]) -> None:
    """Write a file beside `path`, then rename it over `path`: a reader sees the old file
    or the new one, and a mapping of the old one stays valid."""
    partial = path.with_name(f".{path.name}.partial")
    with partial.open("wb") as out:
        write(out)
    os.replace(partial, path)


def save_model(model: LearnedModel, folder: Path) -> None:
    """Write the model folder (created if needed; see the module docstring)."""
    folder.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {"intercept": np.asarray(model.intercept, dtype=np.float64)}
    for i, block in enumerate(model.blocks):
        terms = json.dumps(block.terms, ensure_ascii=False).encode("utf-8")
        arrays[f"terms_{i}"] = np.frombuffer(terms, dtype=np.uint8)
        if block.idf is not None:
            arrays[f"idf_{i}"] = block.idf
    _replace(folder / ARRAYS_FILE, lambda out: np.savez(out, **arrays))
    weights = np.asfortranarray(model.coef, dtype=np.float32)
    _replace(folder / WEIGHTS_FILE, lambda out: np.save(out, weights, allow_pickle=False))
    (folder / OLD_PICKLE_FILE).unlink(missing_ok=True)
    fields = {
        "labels": model.labels,
        "thresholds": [float(t) for t in model.thresholds],  # exact: JSON keeps every bit
        "single_label": model.single_label,
        "at_least_one": model.at_least_one,
        "n_docs": model.n_docs,
        "title_repeats": model.title_repeats,
        "n_features": int(model.coef.shape[1]),
        "blocks": [block.options() for block in model.blocks],
    }
    write_manifest(folder, fields)


def _blocks(manifest: dict[str, Any], arrays: Any) -> list[FeatureBlock]:
    blocks = []
    for i, options in enumerate(manifest["blocks"]):
        terms = json.loads(arrays[f"terms_{i}"].tobytes().decode("utf-8"))
        idf = arrays[f"idf_{i}"] if options["idf"] else None
        blocks.append(FeatureBlock.from_options(options, terms, idf))
    return blocks


def load_model(folder: Path) -> LearnedModel:
    """Read a model folder written by `save_model`. Nothing in it is unpickled: arrays are
    read with `allow_pickle=False`, the rest is JSON."""
    manifest = read_manifest(folder)
    try:
        coef = np.load(folder / WEIGHTS_FILE, mmap_mode="r", allow_pickle=False)
        with np.load(folder / ARRAYS_FILE, allow_pickle=False) as arrays:
            intercept = arrays["intercept"]
            blocks = _blocks(manifest, arrays)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TopicError(f"cannot read the model in {folder}: {exc}") from None
    return LearnedModel(
        labels=list(manifest["labels"]),
        thresholds=np.array(manifest["thresholds"], dtype=np.float64),
        single_label=bool(manifest["single_label"]),
        at_least_one=bool(manifest["at_least_one"]),
        blocks=blocks,
        coef=coef,
        intercept=intercept,
        n_docs=int(manifest["n_docs"]),
        title_repeats=int(manifest.get("title_repeats", TITLE_REPEATS)),
    )
