"""apprise channels: a user's Apprise targets (chat services, push, JSON/form receivers)

Follows and notifications name one as `apprise:<id>` in their `channel` column, which
needs no change (16 characters hold ids below 10^8).

Revision ID: 0013_apprise_channels
Revises: 0012_one_line
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_apprise_channels"
down_revision = "0012_one_line"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "apprise_channels",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer(),
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("service", sa.String(64), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("masked_url", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("failing_since", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.UniqueConstraint("user_id", "name", name="uq_apprise_channels_name"),
    )
    op.create_index("ix_apprise_channels_user_id", "apprise_channels", ["user_id"])


def downgrade() -> None:
    op.drop_index("ix_apprise_channels_user_id", table_name="apprise_channels")
    op.drop_table("apprise_channels")
