"""web links only: article links stored before links were checked keep only http(s) ones

New entries are checked before storage (`alerts.feeds.links`); this clears the links of
entries stored earlier whose link is not an http(s) URL (`javascript:`, `data:`, relative
paths, ...), so no channel shows them again. The entry is kept, shown without a link.

Revision ID: 0010_web_links
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_web_links"
down_revision = "0009"
branch_labels = None
depends_on = None

_articles = sa.table("articles", sa.column("url", sa.String))


def upgrade() -> None:
    url = sa.func.lower(sa.func.trim(_articles.c.url))
    op.execute(
        _articles.update()
        .where(_articles.c.url != "", ~url.like("http://%"), ~url.like("https://%"))
        .values(url="")
    )


def downgrade() -> None:
    """Nothing to restore: the links cleared were never safe to show."""
