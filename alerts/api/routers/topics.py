"""`GET /topics?q=` (autocomplete over names and aliases), `GET /articles?q=` (search in
the query language of custom topics) and `GET /articles/{id}`."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query
from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.api.deps import ClockDep, SessionDep, TopicsDep, UserDep
from alerts.api.problems import documented, field_errors
from alerts.api.schemas import (
    ArticleOut,
    ArticleTopicOut,
    Problem,
    SearchItemOut,
    SearchPageOut,
    TopicOut,
)
from alerts.errors import NotFoundError
from alerts.models import Topic
from alerts.store.tables import ArticleRow, ArticleTopicRow, FeedRow, FollowRow
from alerts.store.visibility import visible_to
from alerts.topics.catalog import LEARNED_KIND, TopicCatalog
from alerts.topics.custom import CUSTOM_KIND
from alerts.topics.personal import alert_id_of, own_alert_names, shown_topics
from alerts.topics.search import DEFAULT_LIMIT, MAX_LIMIT, search_articles, window_start

router = APIRouter(tags=["topics"], responses={401: {"model": Problem}})
RowId = Annotated[int, Path(ge=1, le=2**31 - 1)]


def _rank(topic: Topic, query: str) -> tuple[int, str] | None:
    """Best (rank, surface) of a topic for a query: exact, prefix, word prefix, substring."""
    best: tuple[int, str] | None = None
    for surface in (topic.name, *topic.aliases):
        folded = surface.casefold()
        if folded == query:
            rank = 0
        elif folded.startswith(query):
            rank = 1
        elif f" {query}" in f" {folded}":
            rank = 2
        elif query in folded:
            rank = 3
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, surface)
    return best


def _every_topic(catalog: TopicCatalog) -> list[Topic]:
    custom = [
        Topic(t.name, CUSTOM_KIND, parents=(t.parent,) if t.parent else ())
        for t in catalog.custom.values()
    ]
    learned = [Topic(label, LEARNED_KIND) for label in catalog.learned.values()]
    return [*custom, *catalog.taxonomy, *learned]


def search_topics(catalog: TopicCatalog, query: str, limit: int) -> list[TopicOut]:
    """Topics (bundled, custom, learned) whose name or an alias contains the query, best
    matches first."""
    wanted = " ".join(query.casefold().split())
    scored = []
    for topic in _every_topic(catalog):
        hit = _rank(topic, wanted) if wanted else (1, topic.name)
        if hit is not None:
            scored.append((hit[0], len(topic.name), topic.name, hit[1], topic))
    scored.sort(key=lambda entry: entry[:3])
    return [
        TopicOut(
            name=t.name, kind=t.kind, parents=list(t.parents), aliases=list(t.aliases), matched=m
        )
        for *_, m, t in scored[:limit]
    ]


@router.get("/topics", response_model=list[TopicOut])
def list_topics(
    user: UserDep,
    topics: TopicsDep,
    q: Annotated[str, Query(max_length=200, description="Part of a name or alias.")] = "",
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[TopicOut]:
    """Search topics by name or alias (ISIS finds Islamic State), for autocomplete."""
    return search_topics(topics, q, limit)


def article_view(session: Session, article_id: int, user_id: int) -> ArticleOut:
    """An article with its topics, best score first, each marked followed or not; another
    user's private source's article is missing, exactly like one that does not exist."""
    article = session.scalars(
        select(ArticleRow).where(ArticleRow.id == article_id, visible_to(user_id))
    ).one_or_none()
    if article is None:
        raise NotFoundError(f"no article {article_id}")
    feed = session.get(FeedRow, article.feed_id)
    followed = set(session.scalars(select(FollowRow.topic).where(FollowRow.user_id == user_id)))
    topics = session.scalars(
        select(ArticleTopicRow)
        .where(ArticleTopicRow.article_id == article.id)
        .order_by(ArticleTopicRow.score.desc(), ArticleTopicRow.topic)
    )
    own = own_alert_names(session, user_id)
    return ArticleOut(
        id=article.id,
        story_id=article.story_id,
        title=article.title,
        url=article.url,
        summary=article.summary,
        published_at=article.published_at,
        source=(feed.name or feed.url) if feed else None,
        topics=[
            ArticleTopicOut(
                name=own.get(t.topic, t.topic),
                score=t.score,
                evidence=t.evidence,
                followed=t.topic in followed,
                alert_id=alert_id_of(t.topic),
            )
            for t in topics
            if shown_topics([t.topic], own)
        ],
    )


@router.get("/articles", response_model=SearchPageOut, responses=documented(422))
def search(
    user: UserDep,
    session: SessionDep,
    clock: ClockDep,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=1000,
            examples=['"climate change" NOT title:football'],
            description="A query in the language of custom topics (`alerts topics add`).",
        ),
    ],
    since: Annotated[
        str | None,
        Query(pattern=r"^[0-9]{1,5}[mhdw]$", examples=["7d"], description="30m, 12h, 7d or 2w."),
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    before_id: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="`next_before_id` of the last page.")
    ] = None,
) -> SearchPageOut:
    """Articles the caller may see that the query holds for, newest first; a query that
    does not parse is a 422 whose message names the column."""
    with field_errors("query", "since"):
        start = window_start(since, clock()) if since is not None else None
    with field_errors("query", "q"):
        page = search_articles(
            session, q, since=start, limit=limit, before_id=before_id, user_id=user.id
        )
    return SearchPageOut(
        items=[
            SearchItemOut(
                id=f.id, title=f.title, url=f.url, published=f.published, topics=list(f.topics)
            )
            for f in page.items
        ],
        next_before_id=page.next_before_id,
    )


@router.get("/articles/{article_id}", response_model=ArticleOut, responses=documented(404))
def get_article(article_id: RowId, user: UserDep, session: SessionDep) -> ArticleOut:
    """An article and the topics it was tagged with, with the evidence for each."""
    return article_view(session, article_id, user.id)
