"""The bundled taxonomy is a sound DAG, and names resolve as users type them."""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.errors import TopicError
from alerts.models import Topic
from alerts.topics.classifier import RuleClassifier
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy, load_taxonomy


def test_bundled_taxonomy_is_large_and_acyclic() -> None:
    taxonomy = bundled_taxonomy()
    assert len(taxonomy) >= 400
    for topic in taxonomy:
        assert topic.name not in taxonomy.ancestors(topic.name), f"cycle through {topic.name}"


def test_hierarchy() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.ancestors("Mosul")[:2] == ["Iraq", "Middle East"]
    assert "Mosul" in taxonomy.descendants("Middle East")


def test_resolve_by_alias_and_case() -> None:
    taxonomy = bundled_taxonomy()
    assert taxonomy.resolve("isis").name == "Islamic State"
    assert taxonomy.resolve("  syria ").name == "Syria"


def test_unknown_topic_suggests_close_names() -> None:
    with pytest.raises(TopicError, match=r"did you mean: .*Syria"):
        bundled_taxonomy().resolve("Syira")


def test_unknown_parent_is_refused() -> None:
    with pytest.raises(TopicError, match="unknown parent"):
        Taxonomy([Topic("A", "theme", parents=("Nowhere",))])


def test_a_cased_alias_names_its_topic_only_with_its_capitals(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text(
        '[[topics]]\nname = "Turkey"\nkind = "country"\ncased = ["Turkey"]\n', encoding="utf-8"
    )
    classifier = RuleClassifier(load_taxonomy(path))
    assert [m.name for m in classifier.classify("Quake", "A quake hit Turkey.")] == ["Turkey"]
    assert classifier.classify("Dinner", "The turkey was dry.") == []


def test_cased_must_be_a_list_of_strings(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text('[[topics]]\nname = "Turkey"\ncased = "Turkey"\n', encoding="utf-8")
    with pytest.raises(TopicError, match="'cased' must be a list of strings"):
        load_taxonomy(path)
