"""Labelled documents for training and evaluating learned topics: reading JSONL
(`{"id", "title", "body", "topics": [...]}` per line), a deterministic held-out split, and
the scores `alerts topics eval` prints.

>>> report = score([{"a"}, {"a", "b"}], [{"a"}, {"a"}])
>>> report.micro_f1, report.macro_f1, report.per_topic["b"].recall
(0.8, 0.5, 0.0)
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from alerts.errors import InputError

TITLE_REPEATS = 2  # models saved before the count was recorded read the title twice


def model_text(title: str, body: str, title_repeats: int = TITLE_REPEATS) -> str:
    """What a learned model reads: the title `title_repeats` times (it is the densest part),
    then the body. A model records its own count (`LearnedModel.title_repeats`)."""
    return f"{title}\n" * title_repeats + body


@dataclass(frozen=True)
class Document:
    """One labelled article."""

    id: str
    title: str
    body: str
    topics: tuple[str, ...]


def _document(line: str, where: str) -> Document:
    try:
        record = json.loads(line)
        topics = record.get("topics", [])
        if not isinstance(topics, list) or not all(isinstance(t, str) for t in topics):
            raise ValueError("'topics' must be a list of strings")
        return Document(
            str(record.get("id", "")),
            str(record.get("title") or ""),
            str(record.get("body") or ""),
            tuple(topics),
        )
    except (ValueError, AttributeError) as exc:
        raise InputError(f"{where}: not a document record ({exc})") from None


def read_documents(path: Path) -> list[Document]:
    """Every record of a JSONL file; a malformed line is an `InputError` naming it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None
    docs = [_document(line, f"{path}:{n}") for n, line in enumerate(lines, 1) if line.strip()]
    if not docs:
        raise InputError(f"{path} holds no documents")
    return docs


def in_holdout(doc: Document, fraction: float) -> bool:
    """Whether a document belongs to the held-out part: decided by a hash of its id, so the
    split is the same on every run and every machine."""
    digest = int(hashlib.sha1(doc.id.encode()).hexdigest(), 16)  # noqa: S324 - not security
    return digest % 10_000 < fraction * 10_000


def split_holdout(
    docs: Sequence[Document], fraction: float
) -> tuple[list[Document], list[Document]]:
    """(train, held out) with about `fraction` of the documents held out."""
    held = [d for d in docs if in_holdout(d, fraction)]
    return [d for d in docs if not in_holdout(d, fraction)], held


@dataclass(frozen=True)
class TopicScore:
    """Precision, recall and F1 of one topic, over `support` gold documents."""

    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Scores:
    """Micro scores pool every decision; macro-F1 averages the topics that occur in the
    gold labels, so rare topics weigh as much as frequent ones."""

    n_docs: int
    micro_precision: float
    micro_recall: float
    micro_f1: float
    macro_f1: float
    per_topic: dict[str, TopicScore]

    def as_dict(self) -> dict[str, object]:
        """As `alerts topics eval --json` prints it."""
        return asdict(self)


def _ratio(part: float, whole: int) -> float:
    return part / whole if whole else 0.0


def _topic_score(tp: int, fp: int, fn: int) -> TopicScore:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return TopicScore(
        round(precision, 4), round(recall, 4), _ratio(2 * tp, 2 * tp + fp + fn), tp + fn
    )


def score(gold: Sequence[set[str]], predicted: Sequence[set[str]]) -> Scores:
    """Compare predicted topic sets with gold ones, document by document."""
    counts: dict[str, list[int]] = {}
    for truth, guess in zip(gold, predicted, strict=True):
        for topic in truth | guess:
            tp_fp_fn = counts.setdefault(topic, [0, 0, 0])
            tp_fp_fn[0 if topic in truth and topic in guess else 1 if topic in guess else 2] += 1
    tp, fp, fn = (sum(c[i] for c in counts.values()) for i in range(3))
    per_topic = {t: _topic_score(*c) for t, c in sorted(counts.items())}
    in_gold = [s.f1 for s in per_topic.values() if s.support]
    micro = _topic_score(tp, fp, fn)
    return Scores(
        n_docs=len(gold),
        micro_precision=micro.precision,
        micro_recall=micro.recall,
        micro_f1=round(micro.f1, 4),
        macro_f1=round(_ratio(round(sum(in_gold), 10), len(in_gold)), 4),
        per_topic={
            t: TopicScore(s.precision, s.recall, round(s.f1, 4), s.support)
            for t, s in per_topic.items()
        },
    )
