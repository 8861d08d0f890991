"""personal sources: feeds subscribers add for themselves, private to them

Adds `feeds.shared` (true for every feed stored before: the operator added them) and
`user_feeds`, one row per (user, feed) a subscriber added. A feed only subscribers added is
not shared: its articles reach only the users who link it (`alerts.store.visibility`).

Revision ID: 0013_personal_sources
Revises: 0012_one_line
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0013_personal_sources"
down_revision = "0012_one_line"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("shared", sa.Boolean(), server_default=sa.true(), nullable=False)
        )
    op.create_table(
        "user_feeds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("feed_id", sa.Integer(), nullable=False),
        sa.Column("created_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["feed_id"], ["feeds.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("user_id", "feed_id", name="uq_user_feeds"),
    )
    op.create_index("ix_user_feeds_feed_id", "user_feeds", ["feed_id"])


def downgrade() -> None:
    op.drop_index("ix_user_feeds_feed_id", table_name="user_feeds")
    op.drop_table("user_feeds")
    with op.batch_alter_table("feeds", schema=None) as batch_op:
        batch_op.drop_column("shared")
