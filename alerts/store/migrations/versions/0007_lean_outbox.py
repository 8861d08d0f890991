"""lean outbox: fewer checks and indexes on every notification row a fan-out writes, and
followers of a topic read in user-id order

Revision ID: 0007
Revises: 0006

A fan-out to a million followers writes a million rows in a few statements; on PostgreSQL
each row paid for three foreign-key triggers (user, story, article), a unique index on a
random delivery id and a user index that repeats the leading column of the
(user, channel, story) key. Together they were over two thirds of the write time. Rows are
only ever created by the fan-out, for users it has just read and an article and story that
are committed before it starts; users and articles are never deleted, and a story is only
deleted while it is empty (a near-duplicate merged into an older one, before any fan-out),
so the triggers guarded nothing. The delivery id is 96 random bits (a name, not a key); the
digest index only needs rows that are in a digest.
An index on follows (topic, user_id) replaces the one on topic: fan-out ranges are bounded
by a topic's lowest and highest follower ids, and each range reads its followers in order.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Names of constraints the initial schema left unnamed (what SQLite batch mode reflects).
NAMING = {
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
}
FOREIGN_KEYS = {"user_id": "users", "story_id": "stories", "article_id": "articles"}


def _postgresql() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def _names() -> tuple[dict[str, str], str]:
    """Foreign key names by column, and the delivery id's unique constraint name, as the
    database calls them (PostgreSQL's defaults, or NAMING under SQLite batch mode)."""
    if _postgresql():
        return {c: f"notifications_{c}_fkey" for c in FOREIGN_KEYS}, "notifications_delivery_id_key"
    fks = {c: f"fk_notifications_{c}_{t}" for c, t in FOREIGN_KEYS.items()}
    return fks, "uq_notifications_delivery_id"


def upgrade() -> None:
    op.create_index("ix_follows_topic_user", "follows", ["topic", "user_id"])
    op.drop_index("ix_follows_topic", table_name="follows")
    op.drop_index("ix_notifications_user_id", table_name="notifications")
    op.drop_index("ix_notifications_digest_id", table_name="notifications")
    fks, unique = _names()
    with op.batch_alter_table("notifications", naming_convention=NAMING) as batch:
        for name in fks.values():
            batch.drop_constraint(name, type_="foreignkey")
        batch.drop_constraint(unique, type_="unique")
    op.create_index(
        "ix_notifications_digest_id",
        "notifications",
        ["digest_id"],
        postgresql_where=sa.text("digest_id IS NOT NULL"),
        sqlite_where=sa.text("digest_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_notifications_digest_id", table_name="notifications")
    fks, unique = _names()
    with op.batch_alter_table("notifications", naming_convention=NAMING) as batch:
        batch.create_unique_constraint(unique, ["delivery_id"])
        for column, table in FOREIGN_KEYS.items():
            ondelete = "CASCADE" if column == "user_id" else None
            batch.create_foreign_key(fks[column], table, [column], ["id"], ondelete=ondelete)
    op.create_index("ix_notifications_digest_id", "notifications", ["digest_id"])
    op.create_index("ix_notifications_user_id", "notifications", ["user_id"])
    op.create_index("ix_follows_topic", "follows", ["topic"])
    op.drop_index("ix_follows_topic_user", table_name="follows")
