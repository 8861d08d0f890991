"""fan-out ranges: a large fan-out split into one task per follower range

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fanout_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("low", sa.Integer(), nullable=False),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("dispatched_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("done_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("article_id", "low", name="uq_fanout_ranges"),
    )
    op.create_index("ix_fanout_ranges_open", "fanout_ranges", ["done_at", "dispatched_at"])


def downgrade() -> None:
    op.drop_index("ix_fanout_ranges_open", table_name="fanout_ranges")
    op.drop_table("fanout_ranges")
