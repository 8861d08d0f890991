"""custom topics: user-defined query topics shared by every worker

Revision ID: 0003
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "custom_topics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("parent", sa.String(length=200), nullable=True),
        sa.Column("created_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
    )
    op.create_index("ix_custom_topics_updated_at", "custom_topics", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_custom_topics_updated_at", table_name="custom_topics")
    op.drop_table("custom_topics")
