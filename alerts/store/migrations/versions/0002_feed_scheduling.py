"""feed scheduling (per-feed interval, observed update rate, server holds); story fingerprints

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("interval_s", sa.Float(), nullable=True))
        batch.add_column(sa.Column("update_interval_s", sa.Float(), nullable=True))
        batch.add_column(
            sa.Column(
                "last_new_entry_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=True
            )
        )
        batch.add_column(
            sa.Column("hold_until", alerts.store.tables.UtcDateTime(timezone=True), nullable=True)
        )
    op.create_index("ix_feeds_next_poll_at", "feeds", ["next_poll_at"])
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("fingerprint", sa.JSON(), nullable=True))
    op.create_index("ix_stories_created_at", "stories", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_stories_created_at", table_name="stories")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("fingerprint")
    op.drop_index("ix_feeds_next_poll_at", table_name="feeds")
    with op.batch_alter_table("feeds") as batch:
        for column in ("hold_until", "last_new_entry_at", "update_interval_s", "interval_s"):
            batch.drop_column(column)
