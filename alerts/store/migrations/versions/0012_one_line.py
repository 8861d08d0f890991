"""one line: joins the three 0011 revisions, so later revisions have one parent

No schema change.

Revision ID: 0012_one_line
Revises: 0011_inbox_feed, 0011_read_state, 0011_search
"""

revision = "0012_one_line"
down_revision = ("0011_inbox_feed", "0011_read_state", "0011_search")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
