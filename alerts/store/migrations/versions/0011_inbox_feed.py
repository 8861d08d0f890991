"""inbox feed: the token in each user's personal feed URLs

Adds `users.inbox_token`, the capability in `/feeds/inbox/{token}.atom` and `.json`
(`alerts.inbox.tokens`). Empty until a user first asks for their feed URLs; unique, so a
token names one user.

Revision ID: 0011_inbox_feed
Revises: 0010_web_links
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_inbox_feed"
down_revision = "0010_web_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("inbox_token", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_users_inbox_token", ["inbox_token"], unique=True)


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_index("ix_users_inbox_token")
        batch_op.drop_column("inbox_token")
