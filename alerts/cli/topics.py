"""`alerts topics …` and `alerts classify`: browse topics, define custom ones, try them on a
text or on stored articles, and train and evaluate learned topics."""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table
from sqlalchemy.orm import Session

from alerts.cli.bench import from_checkout
from alerts.cli.common import (
    JsonOption,
    YesOption,
    confirm,
    console,
    dispatcher_for,
    print_json,
    print_table,
    settings,
)
from alerts.cli.progress import progress_bar
from alerts.errors import InputError
from alerts.models import TopicMatch

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from alerts.topics.backfill import StoredMatch
    from alerts.topics.corpus import Scores
    from alerts.topics.explain import TopicExplanation
    from alerts.topics.live import Trial

app = typer.Typer(help="Browse, define, test and train topics.", no_args_is_help=True)
TopicRow = tuple[str, str, list[str], list[str]]  # name, kind, parents, aliases
TABLE_LIMIT = 50  # rows `alerts topics list` prints unless told otherwise
SinceOption = typer.Option(None, "--since", help="Look back over stored articles: 12h, 7d, 2w.")


def _read_text(path: str) -> str:
    if path == "-":
        if sys.stdin.isatty():
            raise InputError("give a file with the article text, or pipe it in: … - < story.txt")
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from None


def _why(match: TopicMatch) -> str:
    parts = []
    for e in match.evidence:
        if e.via:
            parts.append(f"via {e.via}")
        elif e.weight is not None:
            parts.append(f"{e.text!r} ({e.weight:+.2f})")
        else:
            parts.append(f"{e.text!r} in {e.field}")
    return "; ".join(parts)


def _topic_rows(session: Session) -> list[TopicRow]:
    from alerts.topics.custom import custom_topics
    from alerts.topics.taxonomy import bundled_taxonomy

    rows = [(t.name, t.kind, list(t.parents), list(t.aliases)) for t in bundled_taxonomy()]
    rows += [(t.name, "custom", [t.parent] if t.parent else [], []) for t in custom_topics(session)]
    return sorted(rows, key=lambda r: r[0].casefold())


def _matches(row: TopicRow, search: str | None, kind: str | None) -> bool:
    name, row_kind, _, aliases = row
    if kind is not None and row_kind != kind.strip().lower():
        return False
    wanted = (search or "").strip().casefold()
    return not wanted or any(wanted in text.casefold() for text in (name, *aliases))


@app.command("list")
def list_(
    search: str | None = typer.Option(
        None, "--search", "-s", help="Only topics whose name or an alias contains this."
    ),
    kind: str | None = typer.Option(
        None, "--kind", help="Only this kind: country, city, theme, person, custom, …"
    ),
    limit: int | None = typer.Option(
        None,
        "--limit",
        min=0,
        help=f"At most this many (default: {TABLE_LIMIT} in the table, all with --json; 0: all).",
    ),
    json_out: bool = JsonOption,
) -> None:
    """List topics (bundled and custom) with their parents and aliases.

    \b
    Examples:
      alerts topics list --search syria
      alerts topics list --kind custom --json
    """
    from alerts.store.db import session_scope

    with session_scope(settings().database_url) as session:
        every = _topic_rows(session)
    kinds = sorted({r[1] for r in every} | {"custom"})
    if kind is not None and kind.strip().lower() not in kinds:
        raise InputError(f"--kind {kind!r} is not a kind of topic; use one of {', '.join(kinds)}")
    rows = [r for r in every if _matches(r, search, kind)]
    shown = limit if limit is not None else (0 if json_out else TABLE_LIMIT)
    kept = rows[:shown] if shown else rows
    if json_out:
        keys = ("name", "kind", "parents", "aliases")
        print_json([dict(zip(keys, row, strict=True)) for row in kept])
        return
    table = Table("topic", "kind", "parents", "aliases")
    for name, row_kind, parents, aliases in kept:
        table.add_row(name, row_kind, ", ".join(parents), ", ".join(aliases[:6]))
    print_table(table)
    if len(kept) < len(rows):
        more = len(rows) - len(kept)
        console.print(
            f"… {more} more; narrow with --search or --kind, or use --limit", highlight=False
        )


@app.command("add")
def add(
    name: str = typer.Argument(..., help="The new topic's name."),
    query: str = typer.Option(..., "--query", help="e.g. '\"Albu Kamal\" OR Hosaiba'."),
    parent: str | None = typer.Option(None, "--parent", help="Following it includes this."),
    replace: bool = typer.Option(False, "--replace", help="Change an existing custom topic."),
    json_out: bool = JsonOption,
) -> None:
    """Define a custom topic by a query.

    Workers pick it up without a restart.

    \b
    Example: alerts topics add "Albu Kamal" --query '"Albu Kamal" NEAR/5 strike*' --parent Syria
    """
    from alerts.store.db import session_scope
    from alerts.topics.custom import save_custom_topic
    from alerts.topics.query import describe, parse
    from alerts.topics.taxonomy import bundled_taxonomy

    with session_scope(settings().database_url) as session:
        topic = save_custom_topic(
            session, bundled_taxonomy(), name, query, parent=parent, replace=replace
        )
    if json_out:
        print_json(topic.as_dict())
    else:
        console.print(f"saved {topic.name}: {describe(parse(topic.query))}", highlight=False)


@app.command("show")
def show(
    name: str = typer.Argument(..., help="A topic name or alias."), json_out: bool = JsonOption
) -> None:
    """Show a topic: its aliases and context, its query, or its threshold.

    \b
    Example: alerts topics show ISIS
    """
    from alerts.store.db import session_scope
    from alerts.topics.catalog import topic_catalog

    with session_scope(settings().database_url) as session:
        details = topic_catalog(session, settings()).details(name)
    if json_out:
        print_json(details)
        return
    for key, value in details.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        console.print(f"[bold]{key}[/]: {shown}", highlight=False)


@app.command("remove")
def remove(
    name: str = typer.Argument(..., help="A custom topic's name."),
    yes: bool = YesOption,
    json_out: bool = JsonOption,
) -> None:
    """Delete a custom topic; its follows end with it.

    Bundled topics cannot be removed. Tags already recorded on articles stay.

    \b
    Example: alerts topics remove "Albu Kamal offensive" --yes
    """
    from alerts.store.db import session_scope
    from alerts.topics.custom import removable_custom_topic, remove_custom_topic
    from alerts.topics.taxonomy import bundled_taxonomy

    with session_scope(settings().database_url) as session:
        found = removable_custom_topic(session, bundled_taxonomy(), name).name
    confirm(f"delete the custom topic {found!r} and the follows of it?", yes=yes)
    with session_scope(settings().database_url) as session:
        topic, ended = remove_custom_topic(session, bundled_taxonomy(), name)
    if json_out:
        print_json(topic.as_dict() | {"follows_ended": ended})
    else:
        console.print(f"removed {topic.name} ({ended} follows ended)", highlight=False)


QueryOption = typer.Option(None, "--query", help="Try this query instead of the saved one.")
ParentOption = typer.Option(None, "--parent", help="With --query: the parent to try.")
NotifyOption = typer.Option(False, "--notify", help="Also tell its followers (once per story).")


def _scan_stored(
    session: Session, trial: Trial, back: timedelta, json_out: bool
) -> list[StoredMatch]:
    """The trial over stored articles, with a progress bar over them."""
    from alerts.store.tables import utcnow
    from alerts.topics.backfill import count_stored

    total = count_stored(session, since=utcnow() - back)
    with progress_bar(f"reading articles for {trial.name}", total, json_out=json_out) as bar:
        return trial.on_stored(session, back, on_article=bar.advance)


def _show_stored(name: str, found: list[StoredMatch], json_out: bool) -> None:
    if json_out:
        print_json({"topic": name, "matches": [m.as_dict() for m in found]})
        return
    for m in found:
        line = f"#{m.article_id} {m.match.score:4.2f} {m.title} — {_why(m.match)}"
        console.print(line, highlight=False)
    counted = (
        "1 stored article matches" if len(found) == 1 else f"{len(found)} stored articles match"
    )
    console.print(f"{counted} {name}", highlight=False)


def _show_text(name: str, matches: list[TopicMatch], json_out: bool) -> None:
    if json_out:
        found = {"topic": name, "matched": bool(matches), "topics": [m.as_dict() for m in matches]}
        print_json(found)
    elif matches:
        console.print(f"{matches[0].score:4.2f} {name}: {_why(matches[0])}", highlight=False)
    else:
        console.print(f"{name} does not match", highlight=False)


@app.command("test")
def test(
    name: str = typer.Argument(..., help="A topic (bundled, custom or learned) or a new name."),
    path: str | None = typer.Argument(None, help="Article text (first line: title); - for stdin."),
    query: str | None = QueryOption,
    parent: str | None = ParentOption,
    since: str | None = SinceOption,
    json_out: bool = JsonOption,
) -> None:
    """Show what a topic matches, and why.

    In one text, or in the articles stored since --since. Nothing is recorded; see
    `alerts topics reapply`.

    \b
    Example: alerts topics test "Islamic State" --since 7d
    """
    from alerts.store.db import session_scope
    from alerts.topics.backfill import parse_since
    from alerts.topics.live import topic_trial

    config = settings()
    if since is None and path is None:
        raise InputError("give an article (a file, or - for stdin) or --since 7d")
    with session_scope(config.database_url) as session:
        trial = topic_trial(session, config, name, query=query, parent=parent)
        if since is not None:
            found = _scan_stored(session, trial, parse_since(since), json_out)
            _show_stored(trial.name, found, json_out)
            return
    title, _, body = _read_text(path or "-").strip().partition("\n")
    _show_text(trial.name, trial.on_text(title.strip(), body.strip()), json_out)


def _notify(session: Session, found: list[StoredMatch], topics: list[str]) -> list[int]:
    """Fan the matches out to the topic's followers (one notification per story)."""
    from alerts.matching.fanout import fan_out
    from alerts.store.tables import utcnow

    ids: list[int] = []
    for m in found:
        ids += fan_out(
            session, article_id=m.article_id, story_id=m.story_id, topics=topics, now=utcnow()
        )
    return ids


@app.command("reapply")
def reapply(
    name: str = typer.Argument(..., help="A topic name."),
    since: str = typer.Option(..., "--since", help="Look back over stored articles: 12h, 7d, 2w."),
    notify: bool = NotifyOption,
    json_out: bool = JsonOption,
) -> None:
    """Record a topic on the stored articles it matches.

    For a topic just added or changed; followers are told only with --notify.

    \b
    Example: alerts topics reapply "Albu Kamal offensive" --since 7d
    """
    from alerts.store.db import session_scope
    from alerts.topics.backfill import parse_since, record_matches
    from alerts.topics.live import topic_trial

    config = settings()
    with session_scope(config.database_url) as session:
        trial = topic_trial(session, config, name)
        found = _scan_stored(session, trial, parse_since(since), json_out)
        added = record_matches(session, found, trial.ancestors)
        sent = _notify(session, found, [trial.name, *trial.ancestors]) if notify else []
    if sent:
        with dispatcher_for(config) as dispatcher:
            for notification_id in sent:
                dispatcher.deliver(notification_id)
            dispatcher.flush()
    result = {"topic": trial.name, "matched": len(found), "tags_added": added}
    if json_out:
        print_json({**result, "notifications": len(sent)})
    else:
        summary = f"{len(found)} matched, {added} tags added, {len(sent)} notifications"
        console.print(f"{trial.name}: {summary}", highlight=False)


@app.command("train")
def train(
    data: Path = typer.Option(..., "--data", help='JSONL: {"id","title","body","topics":[…]}.'),
    out: Path = typer.Option(..., "--out", help="Model folder to write."),
    holdout: float = typer.Option(
        0.0, "--holdout", min=0.0, max=0.9, help="Keep this share out (dev split)."
    ),
    c: float = typer.Option(2.0, "--c", min=1e-4, help="LinearSVC regularisation C."),
    folds: int = typer.Option(5, "--folds", min=2, help="Folds for tuning thresholds."),
    json_out: bool = JsonOption,
) -> None:
    """Train learned topics from labelled articles.

    One linear model per topic over TF-IDF, thresholds tuned per topic; with --holdout,
    report scores on the held-out part.

    \b
    Example: alerts topics train --data train.jsonl --out models/reuters --holdout 0.2
    """
    from alerts.topics.learned import train_folder  # scikit-learn: only where needed

    with progress_bar("training", None, json_out=json_out) as bar:
        report = train_folder(data, out, holdout=holdout, c=c, folds=folds, step=bar.step)
    if json_out:
        print_json(report)
    else:
        console.print(", ".join(f"{k}: {v}" for k, v in report.items()), highlight=False)


ModelOption = typer.Option(None, "--model", help="Model folder (default: ALERTS_MODELS_DIR).")
HoldoutOption = typer.Option(
    0.0, "--holdout", min=0.0, max=0.9, help="Only the share `train --holdout` kept out."
)
RecordOption = typer.Option(None, "--record", help="Write this row of BENCHMARKS.md topics-eval.")
OutputOption = typer.Option(Path("BENCHMARKS.md"), "--output", help="Where --record writes.")


def _show_scores(scores: Scores) -> None:
    summary = f"micro-F1 {scores.micro_f1:.4f}, macro-F1 {scores.macro_f1:.4f}"
    console.print(f"{scores.n_docs} documents: {summary}", highlight=False)
    table = Table("topic", "precision", "recall", "F1", "support")
    for topic, s in scores.per_topic.items():
        table.add_row(topic, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    console.print(table)


@app.command("eval")
def eval_(
    data: Path = typer.Option(..., "--data", help="Labelled JSONL to score the model on."),
    model: Path | None = ModelOption,
    holdout: float = HoldoutOption,
    record: str | None = RecordOption,
    output: Path = OutputOption,
    json_out: bool = JsonOption,
) -> None:
    """Score a model on labelled documents.

    Micro/macro F1 and per-topic precision/recall.

    \b
    Example: alerts topics eval --data test.jsonl --model models/reuters --json
    """
    from alerts.topics.learned import evaluate_folder  # scikit-learn: only where needed

    folder = model or settings().models_dir
    if folder is None:
        raise InputError("give --model DIR or set ALERTS_MODELS_DIR")
    scores = evaluate_folder(data, folder, holdout=holdout)
    if record:
        with from_checkout():  # BENCHMARKS.md belongs to the source checkout
            from benchmarks.quality import record_eval
        record_eval(record, scores, data=data, holdout=holdout, path=output)
    if json_out:
        print_json({"data": str(data), "model": str(folder), **scores.as_dict()})
    else:
        _show_scores(scores)


@app.command("explain")
def explain_(
    text: str = typer.Argument(
        ..., help="The article text (first line: title), or - to read it from stdin."
    ),
    source: str = typer.Option("", "--source", help="The feed's name or URL, for source: terms."),
    json_out: bool = JsonOption,
) -> None:
    """Show why each candidate topic was or was not tagged: spans, context, discounts.

    Uses the bundled taxonomy and its gazetteer (not custom or learned topics).

    \b
    Example: alerts topics explain "Investigators found no links to Hamas." --json
    """
    from alerts.topics.classifier import default_rule_classifier
    from alerts.topics.explain import explain

    raw = _read_text("-") if text == "-" else text
    title, _, body = raw.strip().partition("\n")
    found = explain(default_rule_classifier(), title.strip(), body.strip(), source=source)
    if json_out:
        print_json({"topics": [e.as_dict() for e in found]})
        return
    if not found:
        console.print("no candidate topics")
    for item in found:
        _show_explanation(item)


def _show_explanation(item: TopicExplanation) -> None:
    verdict = "[green]tagged[/]" if item.tagged else "[red]not tagged[/]"
    console.print(f"{item.score:5.2f}  [bold]{item.name}[/]  {verdict}", highlight=False)
    lines = [
        ("spans", ", ".join(f"{e.text!r} in {e.field}" for e in item.spans)),
        ("context", ", ".join(f"{e.text!r} in {e.field}" for e in item.context)),
        ("discounted", "; ".join(f"{e.text!r} in {e.field}: {why}" for e, why in item.discounted)),
        ("inherited from", ", ".join(item.inherited_from)),
        ("parents", ", ".join(item.parents)),
    ]
    for label, value in lines:
        if value:
            console.print(f"       {label}: {value}", highlight=False)


def classify(
    path: str = typer.Argument(
        "-", help="File with the article text (first line: title); - for stdin."
    ),
    source: str = typer.Option("", "--source", help="The feed's name or URL, for source: terms."),
    json_out: bool = JsonOption,
) -> None:
    """Tag an article's text with topics, and show why.

    Every topic (bundled, custom, learned) is tried, with the evidence for each.

    \b
    Example: alerts classify story.txt --json
    """
    from alerts.topics.live import classifier_for

    title, _, body = _read_text(path).strip().partition("\n")
    matches = classifier_for(settings()).classify(title.strip(), body.strip(), source=source)
    if json_out:
        print_json({"topics": [m.as_dict() for m in matches]})
        return
    if not matches:
        console.print("no topics found")
    for m in matches:
        console.print(f"{m.score:5.2f}  [bold]{m.name}[/]  {_why(m)}", highlight=False)
