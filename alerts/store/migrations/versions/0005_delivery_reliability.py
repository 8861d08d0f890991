"""delivery reliability: endpoint failure tracking, per-notification endpoint, suppressions

Revision ID: 0005
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("webhook_endpoints") as batch:
        batch.add_column(
            sa.Column(
                "failing_since", alerts.store.tables.UtcDateTime(timezone=True), nullable=True
            )
        )
        batch.add_column(sa.Column("last_error", sa.Text(), nullable=True))
    with op.batch_alter_table("notifications") as batch:
        batch.add_column(sa.Column("endpoint_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_notifications_endpoint",
            "webhook_endpoints",
            ["endpoint_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "suppressions",
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("hard_failures", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("suppressed_at", alerts.store.tables.UtcDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("address"),
    )


def downgrade() -> None:
    op.drop_table("suppressions")
    with op.batch_alter_table("notifications") as batch:
        batch.drop_constraint("fk_notifications_endpoint", type_="foreignkey")
        batch.drop_column("endpoint_id")
    with op.batch_alter_table("webhook_endpoints") as batch:
        batch.drop_column("last_error")
        batch.drop_column("failing_since")
