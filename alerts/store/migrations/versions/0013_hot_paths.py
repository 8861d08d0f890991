"""hot paths: the watcher's once-a-cycle log line reads two indexes, not two tables

Each watch cycle logs the articles first seen and the notifications sent since the previous
line (`alerts.pipeline.cycle_counts`). Without an index both counts scanned their table on
every cycle. `ix_articles_first_seen` is one more entry per stored article (articles are
written a poll batch at a time); `ix_notifications_sent_at` is partial, over sent rows only,
so the rows a fan-out writes (not sent yet) add nothing to it and the fan-out stays as lean
as migration 0007 made it.

Revision ID: 0013_hot_paths
Revises: 0012_one_line
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_hot_paths"
down_revision = "0012_one_line"
branch_labels = None
depends_on = None

_SENT = sa.text("sent_at IS NOT NULL")


def upgrade() -> None:
    op.create_index("ix_articles_first_seen", "articles", ["first_seen_at"])
    op.create_index(
        "ix_notifications_sent_at",
        "notifications",
        ["sent_at"],
        postgresql_where=_SENT,
        sqlite_where=_SENT,
    )


def downgrade() -> None:
    op.drop_index("ix_notifications_sent_at", table_name="notifications")
    op.drop_index("ix_articles_first_seen", table_name="articles")
