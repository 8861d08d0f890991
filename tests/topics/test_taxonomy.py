"""The bundled taxonomy is a sound DAG, and names resolve as users type them."""

from __future__ import annotations

import pytest

from alerts.errors import TopicError
from alerts.models import Topic
from alerts.topics.taxonomy import Taxonomy, bundled_taxonomy


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
