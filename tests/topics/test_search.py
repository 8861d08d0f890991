"""Searching stored articles: the index narrows, the query engine decides, and the result
is exactly what evaluating the query over every article gives (SQLite FTS5 and
PostgreSQL), newest first, a page at a time."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.orm import Session

from alerts.config import Settings
from alerts.store.db import session_scope
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow, StoryRow, utcnow
from alerts.topics.backfill import source_text
from alerts.topics.query import QueryError, parse
from alerts.topics.rules import RuleSet, RuleTopic
from alerts.topics.search import search_articles

FEEDS = {"reuters": "https://reuters.example/world.xml", "local": "https://paper.example/rss"}
CORPUS = [  # (feed, title, summary)
    ("reuters", "Climate change talks stall in Bonn", "Delegates argue over the climate fund."),
    ("local", "Climatologists warn of hotter summers", "A study of Zürich's heat waves."),
    ("reuters", "Assad meets Putin in Moscow", "The two leaders spoke about Syria."),
    ("local", "Putin praises army", "Far from Damascus, Assad was not mentioned by anyone."),
    ("reuters", "Syria Cup final", "Football fans in Damascus celebrate the Syria Cup."),
    ("local", "Car bomb in Baghdad", "A car bomb killed six people near a market."),
    ("reuters", "ISIS claims attack", "The Islamic State group said it was behind the car-bomb."),
    ("local", "Isis the goddess", "An exhibition about the Egyptian goddess Isis opens."),
    ("reuters", "Zurich insurer profits rise", "Zurich Insurance beat forecasts."),
    ("local", "U.S. Army drills", "The US army held drills near the border."),
    ("reuters", "Café culture in Paris", "Paris cafés reopen after the strike."),
    ("local", "Climate of fear in Syria", "Residents of Idlib describe a climate of fear."),
    ("reuters", "Budget vote delayed", "Parliament delayed the vote on the budget."),
    ("local", "Covid_19 data published", "Numbers for covid-19 cases fell."),
]
QUERIES = [
    "climate",
    "climat*",
    '"climate change"',
    "climate NOT Syria",
    "Assad NEAR/3 Putin",
    "Assad NEAR/10 Putin",
    'Syria AND NOT (football OR "Syria Cup")',
    'title:"car bomb" OR body:"car bomb"',
    "title:Syria",
    "ISIS",
    "isis",
    "zurich",
    "cafe OR cafés",
    '"U.S. Army"',
    "source:reuters",
    "source:paper climate",
    "budget OR source:paper",
    "covid",
    "NOT football Damascus",
    "(Putin OR Assad) NOT Moscow",
]


def store_corpus(session: Session) -> list[int]:
    """The corpus in order, one story per article; ids ascending."""
    feeds = {}
    for name, url in FEEDS.items():
        feeds[name] = FeedRow(url=url, name=name.title())
        session.add(feeds[name])
    session.flush()
    ids = []
    for index, (feed, title, summary) in enumerate(CORPUS):
        story = StoryRow(key=f"s{index}", title=title)
        session.add(story)
        session.flush()
        article = ArticleRow(
            feed_id=feeds[feed].id,
            story_id=story.id,
            entry_key=f"e{index}",
            url=f"https://news.example/{index}",
            title=title,
            summary=summary,
        )
        session.add(article)
        session.flush()
        ids.append(article.id)
    return ids


def brute_force(query: str, ids: list[int]) -> list[int]:
    """Every article the query engine accepts, newest first, without any index."""
    rules = RuleSet([RuleTopic("q", parse(query))])
    hits = []
    for article_id, (feed, title, summary) in zip(ids, CORPUS, strict=True):
        if rules.match(title, summary, source_text(feed.title(), FEEDS[feed])):
            hits.append(article_id)
    return hits[::-1]


@pytest.fixture
def stored(settings: Settings) -> list[int]:
    with session_scope(settings.database_url) as session:
        return store_corpus(session)


def test_results_equal_a_brute_force_evaluation(settings: Settings, stored: list[int]) -> None:
    with session_scope(settings.database_url) as session:
        for query in QUERIES:
            page = search_articles(session, query, limit=100)
            assert [f.id for f in page.items] == brute_force(query, stored), query
            assert page.next_before_id is None


def test_the_corpus_exercises_the_hard_cases(stored: list[int]) -> None:
    """Guards against a corpus that makes the comparison above trivially true."""
    assert len(brute_force("zurich", stored)) == 2  # "Zürich" folds to zurich
    assert len(brute_force("Assad NEAR/3 Putin", stored)) == 1
    assert len(brute_force("Assad NEAR/10 Putin", stored)) == 1
    assert len(brute_force("ISIS", stored)) == 1 and len(brute_force("isis", stored)) == 2
    assert len(brute_force("source:reuters", stored)) == 7
    assert brute_force("covid", stored) == [stored[-1]]  # from "covid-19", not "Covid_19"


def test_pages_follow_before_id(settings: Settings, stored: list[int]) -> None:
    query = "climate OR Syria OR Assad OR Putin"
    expected = brute_force(query, stored)
    seen: list[int] = []
    before: int | None = None
    with session_scope(settings.database_url) as session:
        while True:
            page = search_articles(session, query, limit=2, before_id=before)
            seen += [f.id for f in page.items]
            assert len(page.items) <= 2
            if page.next_before_id is None:
                break
            assert page.next_before_id == page.items[-1].id
            before = page.next_before_id
    assert seen == expected and len(expected) > 4


def test_since_topics_and_output(settings: Settings, stored: list[int]) -> None:
    with session_scope(settings.database_url) as session:
        old = utcnow() - timedelta(days=10)
        session.execute(
            update(ArticleRow).where(ArticleRow.id.in_(stored[:6])).values(first_seen_at=old)
        )
        session.add(ArticleTopicRow(article_id=stored[2], topic="Syria", score=0.9, evidence=[]))
        session.add(ArticleTopicRow(article_id=stored[2], topic="Russia", score=0.5, evidence=[]))
    with session_scope(settings.database_url) as session:
        recent = search_articles(session, "Syria", since=utcnow() - timedelta(days=7))
        every = search_articles(session, "Syria")
        assert [f.id for f in recent.items] == [stored[11]]
        found = {f.id: f for f in every.items}
        assert found[stored[2]].as_dict()["topics"] == ["Syria", "Russia"]
        assert set(found) == set(brute_force("Syria", stored))
        assert search_articles(session, "nothingmatchesthis").as_dict() == {
            "items": [],
            "next_before_id": None,
        }


def test_a_bad_query_names_its_column(settings: Settings) -> None:
    with session_scope(settings.database_url) as session, pytest.raises(QueryError) as caught:
        search_articles(session, 'climate AND "unfinished')
    assert caught.value.column == 13
