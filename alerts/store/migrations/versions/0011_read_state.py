"""read state: a notification remembers when its user read it

`read_at` is null until the user marks the notification's story read (`alerts.notify.history`).
The column is nullable with no default, so adding it rewrites no rows, and no index is added:
every row a fan-out writes starts unread, so an index on unread rows would be one more entry
per row on the path migration 0007 made lean. A user's unread rows are found through the
(user_id, channel, story_id) key, whose leading column is the user. Measured on PostgreSQL
(2.5M rows, a 100k-row fan-out): a partial index on unread rows' user made the fan-out 2.4 s ->
3.2 s and a user's unread count 0.7 ms -> 0.3 ms; the count is cheap enough without it.

Revision ID: 0011_read_state
Revises: 0010_web_links
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_read_state"
down_revision = "0010_web_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("notifications", sa.Column("read_at", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("notifications") as batch:
        batch.drop_column("read_at")
