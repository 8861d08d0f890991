"""The topic tree the Topics page browses: the top holds only topics without parents, a
branch lists exactly the topics right below it, its path leads up to the top, and an
unknown name is a TopicError the page shows."""

from __future__ import annotations

import pytest

from alerts.api.web.browse import branch
from alerts.errors import TopicError
from alerts.topics.taxonomy import bundled_taxonomy


def test_the_top_is_every_topic_without_a_parent() -> None:
    taxonomy = bundled_taxonomy()
    top = branch(taxonomy, None)
    assert top.topic is None and top.path == ()
    names = {child.name for child, _ in top.children}
    assert names == {t.name for t in taxonomy if not t.parents}
    assert "Middle East" in names and "Iraq" not in names


def test_a_branch_lists_the_topics_below_with_its_path_up() -> None:
    taxonomy = bundled_taxonomy()
    levant = branch(taxonomy, "levantine")  # an alias opens the topic
    assert levant.topic is not None and levant.topic.name == "Levant"
    assert levant.path == ("Middle East",)
    below = {child.name: more for child, more in levant.children}
    assert set(below) == {t.name for t in taxonomy if "Levant" in t.parents}
    assert below["Syria"] is True  # Syria has cities and groups below it
    assert all(child.parents for child, _ in levant.children)


def test_an_unknown_topic_is_refused_with_suggestions() -> None:
    with pytest.raises(TopicError, match="did you mean"):
        branch(bundled_taxonomy(), "Levnt")
