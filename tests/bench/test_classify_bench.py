"""`alerts bench classify` at a tiny size: both sides measured, figures recorded. Speed
itself is not asserted (wall-clock figures belong in BENCHMARKS.md, not in tests)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from alerts.cli.main import app
from alerts.topics.corpus import Document, score
from alerts.topics.learned import train_model
from alerts.topics.query import parse
from alerts.topics.trained import save_model
from benchmarks.classify import (
    baseline_patterns,
    feed_entry,
    generated_texts,
    markdown,
    run_classify_bench,
    synthetic_topics,
)
from benchmarks.quality import record_eval


def test_synthetic_topics_are_deterministic_valid_queries() -> None:
    texts = generated_texts(40)
    assert texts == generated_texts(40)
    topics = synthetic_topics(25, texts)
    assert [t.query for t in topics] == [t.query for t in synthetic_topics(25, texts)]
    for topic in topics:
        parse(topic.query)
    assert {"AND NOT", "NEAR/5", "title:", "*", "OR"} <= {
        marker
        for t in topics
        for marker in ("AND NOT", "NEAR/5", "title:", "*", "OR")
        if marker in t.query
    }
    names = {name for name, _ in baseline_patterns(topics)}
    assert len(names) == 25


def test_tiny_run_on_generated_texts(tmp_path: Path) -> None:
    result = run_classify_bench(topics=30, articles=20, texts_path=None, min_s=0.01)
    assert result.source == "generated" and result.topics == 30 and result.articles == 20
    for run in (result.feed_entries, result.full_articles):
        assert run.articles_per_s > 0 and run.baseline_articles_per_s > 0
        assert run.speedup == round(run.articles_per_s / run.baseline_articles_per_s, 1)
    assert result.articles_per_s == result.feed_entries.articles_per_s
    assert result.feed_entries.mean_chars <= result.full_articles.mean_chars
    assert result.ceiling_per_s > 0
    assert result.share_of_ceiling == round(result.articles_per_s / result.ceiling_per_s, 3)
    assert result.learned is None
    text = markdown(result)
    assert "| feed entries |" in text and "| full articles |" in text
    assert "Ceiling: the bare automaton" in text and "Learned topics" not in text


def test_tiny_run_with_a_model_measures_the_learned_path(tmp_path: Path) -> None:
    texts = generated_texts(60)
    docs = [
        Document(str(i), title, body, ("even" if i % 2 else "odd",))
        for i, (title, body) in enumerate(texts)
    ]
    save_model(train_model(docs, folds=2, jobs=1), tmp_path / "model")
    result = run_classify_bench(
        topics=5, articles=20, texts_path=None, min_s=0.01, model=tmp_path / "model"
    )
    learned = result.learned
    assert learned is not None and learned.topics == 2 and learned.columns > 0
    rates = (learned.one_per_call_per_s, learned.predict_per_s, learned.dense_per_s)
    assert min(learned.articles_per_s, *rates) > 0 and learned.load_s > 0
    assert learned.share_of_ceiling == round(learned.articles_per_s / learned.ceiling_per_s, 3)
    assert "### Learned topics (`--model model`: 2 topics" in markdown(result)


def test_feed_entry_is_headline_and_lead() -> None:
    body = "First paragraph,\nwrapped.\n    Second paragraph.\n\nThird."
    assert feed_entry("T", body) == ("T", "First paragraph, wrapped.")
    assert len(feed_entry("T", "word " * 500)[1]) == 500


def test_cli_writes_its_section(tmp_path: Path) -> None:
    output = tmp_path / "BENCHMARKS.md"
    texts = tmp_path / "texts.jsonl"
    texts.write_text(
        "".join(json.dumps({"title": t, "body": b}) + "\n" for t, b in generated_texts(30))
    )
    args = ["bench", "classify", "--topics", "10", "--articles", "5", "--seconds", "0.01"]
    result = CliRunner().invoke(
        app, [*args, "--texts", str(texts), "--output", str(output), "--json"]
    )
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["source"] == f"{tmp_path.name}/texts.jsonl"
    assert document["full_articles"]["texts"] == "full articles"
    assert document["ceiling_per_s"] > 0 and document["share_of_ceiling"] > 0
    assert "<!-- bench:classify -->" in output.read_text()


def test_eval_rows_are_replaced_by_label(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    first = score([{"a"}], [{"a"}])
    record_eval("reuters", first, data=Path("train.jsonl"), holdout=0.2, path=path)
    record_eval("bbc", first, data=Path("train.jsonl"), holdout=0.2, path=path)
    record_eval(
        "reuters", score([{"a"}], [{"b"}]), data=Path("train.jsonl"), holdout=0.2, path=path
    )
    text = path.read_text()
    assert text.count("| reuters |") == 1 and "| reuters | 0.2 | 1 | 0.0000 |" in text
    assert text.index("| bbc |") < text.index("| reuters |")


def test_eval_lists_rare_topics_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    gold = [{"earn"}] * 10 + [{"platinum"}, {"naphtha"}]
    record_eval(
        "reuters",
        score(gold, [{"earn"}] * 11 + [{"naphtha"}]),
        data=Path("t"),
        holdout=0.2,
        path=path,
    )
    text = path.read_text()
    assert "| reuters: platinum | 1 | 0.00 | 0.00 | 0.00 |" in text
    assert "| reuters: naphtha | 1 | 1.00 | 1.00 | 1.00 |" in text
    assert "reuters: earn" not in text, "10 gold documents: not rare"
    record_eval("reuters", score([{"earn"}], [{"earn"}]), data=Path("t"), holdout=0.2, path=path)
    assert "reuters: platinum" not in path.read_text(), "a new run replaces the rare rows"
