"""feed counters for metrics: polls and fetch errors since the feed was added

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("polls_total", sa.Integer(), nullable=False, server_default="0"))
        batch.add_column(
            sa.Column("fetch_errors_total", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("fetch_errors_total")
        batch.drop_column("polls_total")
