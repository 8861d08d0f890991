"""Custom topics in the database: saving, naming rules, parents, following, the live
classifier picking up changes without a restart, and trying a topic on stored articles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from alerts import pipeline
from alerts.accounts.follows import follow
from alerts.accounts.users import add_user
from alerts.config import Settings
from alerts.errors import InputError, NotFoundError, TopicError
from alerts.models import Channel, Mode
from alerts.store.db import session_scope
from alerts.store.tables import ArticleTopicRow, utcnow
from alerts.topics.backfill import parse_since, record_matches, stored_matches
from alerts.topics.catalog import topic_catalog
from alerts.topics.custom import custom_version, get_custom_topic, save_custom_topic
from alerts.topics.live import LiveClassifier, topic_trial
from alerts.topics.query import QueryError
from alerts.topics.taxonomy import bundled_taxonomy
from tests.helpers import make_article

TAXONOMY = bundled_taxonomy()


def save(settings: Settings, name: str, query: str, **options: object) -> None:
    with session_scope(settings.database_url) as session:
        save_custom_topic(session, TAXONOMY, name, query, **options)  # type: ignore[arg-type]


def test_save_replace_and_version(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        empty = custom_version(session)
        saved = save_custom_topic(
            session, TAXONOMY, " Albu  Kamal push ", '"Albu Kamal"', parent="syria"
        )
        assert (saved.name, saved.parent) == ("Albu Kamal push", "Syria")
        added = custom_version(session)
        with pytest.raises(TopicError, match="use --replace"):
            save_custom_topic(session, TAXONOMY, "albu kamal push", "kamal")
        save_custom_topic(session, TAXONOMY, "albu kamal push", "kamal", replace=True)
        assert get_custom_topic(session, "ALBU KAMAL PUSH").query == "kamal"
        assert empty != added != custom_version(session)


def test_names_parents_and_queries_are_checked(settings: Settings) -> None:
    save(settings, "Raqqa front", "raqqa", parent="isis")
    with session_scope(settings.database_url) as session:
        assert get_custom_topic(session, "raqqa front").parent == "Islamic State"
        with pytest.raises(TopicError, match="already names the taxonomy topic 'Islamic State'"):
            save_custom_topic(session, TAXONOMY, "ISIL", "x")
        with pytest.raises(QueryError, match="column 7"):
            save_custom_topic(session, TAXONOMY, "New", "(raqqa")
        with pytest.raises(TopicError, match="unknown topic"):
            save_custom_topic(session, TAXONOMY, "New", "x", parent="Atlantis")
        save_custom_topic(session, TAXONOMY, "Child", "x", parent="Raqqa front")
        with pytest.raises(TopicError, match="makes a cycle"):
            save_custom_topic(session, TAXONOMY, "Raqqa front", "x", parent="Child", replace=True)
        with pytest.raises(NotFoundError):
            get_custom_topic(session, "nothing")


def test_live_classifier_follows_the_table(settings: Settings) -> None:
    live = LiveClassifier(settings.database_url, refresh_s=0)
    text = ("Strikes near Albu Kamal", "Jets hit the town again.")
    assert "Albu Kamal push" not in {m.name for m in live.classify(*text)}
    save(settings, "Albu Kamal push", '"Albu Kamal" AND strike*', parent="Syria")
    assert {"Albu Kamal push", "Syria"} <= {m.name for m in live.classify(*text)}
    save(settings, "Albu Kamal push", '"Albu Kamal" AND NOT jets', replace=True)
    assert "Albu Kamal push" not in {m.name for m in live.classify(*text)}


def test_follow_accepts_custom_topics(settings: Settings) -> None:
    save(settings, "Raqqa front", "raqqa")
    with session_scope(settings.database_url) as session:
        add_user(settings, session, "ana@example.org")
        catalog = topic_catalog(session, settings)
        row = follow(
            session,
            catalog,
            "ana@example.org",
            "raqqa FRONT",
            channel=Channel.EMAIL,
            mode=Mode.DAILY,
        )
        assert row.topic == "Raqqa front"
        assert (
            follow(
                session, catalog, "ana@example.org", "isis", channel=Channel.EMAIL, mode=Mode.DAILY
            ).topic
            == "Islamic State"
        )
        details = catalog.details("raqqa front")
        assert details["kind"] == "custom" and details["understood_as"] == "raqqa"
        assert "Mosul" in catalog.details("Iraq")["children"]


def test_processing_an_article_uses_custom_topics_and_source(settings: Settings) -> None:
    save(settings, "From the wire", "source:wire AND raqqa")
    with session_scope(settings.database_url) as session:
        article = make_article(
            session, "k1", "Raqqa shelled", feed_url="https://wire.example.org/x.rss"
        )
        session.commit()
        pipeline.process_article(
            settings, session, LiveClassifier(settings.database_url), article.id
        )
        topics = set(session.scalars(select(ArticleTopicRow.topic)))
    assert {"From the wire", "Raqqa"} <= topics


def test_try_and_reapply_on_stored_articles(settings: Settings) -> None:
    with session_scope(settings.database_url) as session:
        make_article(session, "k1", "Fighting in Raqqa")
        make_article(session, "k2", "Markets calm")
        session.commit()
        trial = topic_trial(session, settings, "Raqqa front", query="raqqa", parent="Syria")
        assert trial.ancestors[:2] == ["Syria", "Levant"]
        found = list(
            stored_matches(
                session, trial.classifier, trial.name, since=utcnow() - timedelta(days=1)
            )
        )
        assert [m.title for m in found] == ["Fighting in Raqqa"]
        assert found[0].as_dict()["evidence"]
        assert record_matches(session, found, trial.ancestors) == 1 + len(trial.ancestors)
        assert record_matches(session, found, trial.ancestors) == 0
        assert not list(
            stored_matches(
                session, trial.classifier, trial.name, since=utcnow() + timedelta(days=1)
            )
        )


def test_parse_since() -> None:
    assert parse_since("12h") == timedelta(hours=12)
    assert parse_since(" 2W ") == timedelta(weeks=2)
    with pytest.raises(InputError, match=r"e\.g\. 30m"):
        parse_since("yesterday")
