"""personal alerts: a subscriber's own query topics, private to their owner

One row per alert; workers compile them in shards by user id (`alerts.topics.personal`) and
recompile a shard when its (count, id sum, latest update) changes, read by one grouped query
over the user_id index.

Revision ID: 0013_personal_alerts
Revises: 0012_one_line
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0013_personal_alerts"
down_revision = "0012_one_line"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "personal_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("created_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "name", name="uq_personal_alerts_name"),
    )
    op.create_index("ix_personal_alerts_user_id", "personal_alerts", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_personal_alerts_user_id", table_name="personal_alerts")
    op.drop_table("personal_alerts")
