"""article search: each article's folded words, indexed for full-text search

`articles.search_text` holds the title and summary folded as the matcher folds them
(`alerts.topics.prefilter.index_text`); existing rows are filled in here. PostgreSQL keeps
`to_tsvector('simple', search_text)` as a stored generated column `search_vector` (no
stemming: the query engine decides exactly, the index only narrows) with a GIN index; stored,
so that walking the newest ids for a common word tests each row without re-parsing it.
SQLite keeps an FTS5 table over the column, in step by triggers and rebuilt here from the
rows already stored.

Revision ID: 0011_search
Revises: 0010_web_links
"""

import sqlalchemy as sa
from alembic import op

from alerts.topics.prefilter import index_text

revision = "0011_search"
down_revision = "0010_web_links"
branch_labels = None
depends_on = None

BATCH = 2000
_articles = sa.table(
    "articles",
    sa.column("id", sa.Integer),
    sa.column("title", sa.Text),
    sa.column("summary", sa.Text),
    sa.column("search_text", sa.Text),
)
_SQLITE = (
    "CREATE VIRTUAL TABLE articles_search USING fts5("
    "search_text, content='articles', content_rowid='id')",
    "CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER articles_search_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_search(articles_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER articles_search_update AFTER UPDATE OF search_text ON articles BEGIN "
    "INSERT INTO articles_search(articles_search, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO articles_search(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO articles_search(articles_search) VALUES ('rebuild')",
)


def _fill() -> None:
    """Fold the articles stored before this revision, a batch at a time."""
    conn = op.get_bind()
    last = 0
    while True:
        rows = conn.execute(
            sa.select(_articles.c.id, _articles.c.title, _articles.c.summary)
            .where(_articles.c.id > last)
            .order_by(_articles.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            return
        conn.execute(
            _articles.update().where(_articles.c.id == sa.bindparam("row_id")),
            [{"row_id": r.id, "search_text": index_text(r.title, r.summary or "")} for r in rows],
        )
        last = rows[-1].id


def upgrade() -> None:
    op.add_column(
        "articles", sa.Column("search_text", sa.Text(), nullable=False, server_default="")
    )
    _fill()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN search_vector tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search_vector)")
        # Statistics on the new column now, not at autovacuum's leisure: without them the
        # planner may walk every article for a common word.
        op.execute("ANALYZE articles")
    else:
        for statement in _SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index("ix_articles_search", table_name="articles")
        op.drop_column("articles", "search_vector")
    else:
        for name in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER articles_search_{name}")
        op.execute("DROP TABLE articles_search")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("search_text")
