"""feed content hash: a 200 whose body has not changed since the last poll costs no parse

Many servers send neither `ETag` nor `Last-Modified`, so every poll of an unchanged feed used
to be parsed and its entries looked up again. `content_hash` is the SHA-256 of the last body
that was read in full; the watcher compares it before parsing. `last_outcome` is the health
of the last poll as `alerts feeds list` shows it: parsed, unchanged, not_modified or failed.

This revision also joins the branches of 0013, so the schema has one head again.

Revision ID: 0014_feed_content_hash
Revises: 0013_apprise_channels, 0013_hot_paths, 0013_personal_alerts, 0013_personal_sources,
    0013_web_sessions
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_feed_content_hash"
down_revision = (
    "0013_apprise_channels",
    "0013_hot_paths",
    "0013_personal_alerts",
    "0013_personal_sources",
    "0013_web_sessions",
)
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.add_column(sa.Column("content_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("last_outcome", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("feeds") as batch:
        batch.drop_column("last_outcome")
        batch.drop_column("content_hash")
