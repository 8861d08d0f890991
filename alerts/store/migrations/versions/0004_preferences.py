"""subscriber preferences, per-follow overrides, held reasons

Revision ID: 0004
Revises: 0001

Adds what subscribers choose: digest weekday, quiet hours, pause and snooze, default channel
and an hourly cap on instant notifications (users); keyword exclusions, snooze and a
quiet-hours override per follow (follows); and why an instant match was held (notifications).
An independent branch from 0001: `alerts.store.db.upgrade` goes to every head.
"""

import sqlalchemy as sa
from alembic import op

import alerts.store.tables

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def _utc(name: str) -> sa.Column[object]:
    return sa.Column(name, alerts.store.tables.UtcDateTime(timezone=True), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("weekly_weekday", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("quiet_start", sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column("quiet_end", sa.String(length=5), nullable=True))
        batch_op.add_column(
            sa.Column("quiet_mode", sa.String(length=8), server_default="hold", nullable=False)
        )
        batch_op.add_column(
            sa.Column("paused", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(_utc("snoozed_until"))
        batch_op.add_column(
            sa.Column(
                "default_channel", sa.String(length=16), server_default="email", nullable=False
            )
        )
        batch_op.add_column(sa.Column("instant_cap_per_hour", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("cap_notice_due", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(_utc("cap_noticed_at"))
    with op.batch_alter_table("follows", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("exclude", sa.JSON(), server_default=sa.text("'[]'"), nullable=False)
        )
        batch_op.add_column(_utc("snoozed_until"))
        batch_op.add_column(
            sa.Column("ignore_quiet", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(sa.Column("held_reason", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("held_reason")
    with op.batch_alter_table("follows", schema=None) as batch_op:
        for name in ("ignore_quiet", "snoozed_until", "exclude"):
            batch_op.drop_column(name)
    with op.batch_alter_table("users", schema=None) as batch_op:
        for name in (
            "cap_noticed_at",
            "cap_notice_due",
            "instant_cap_per_hour",
            "default_channel",
            "snoozed_until",
            "paused",
            "quiet_mode",
            "quiet_end",
            "quiet_start",
            "weekly_weekday",
        ):
            batch_op.drop_column(name)
