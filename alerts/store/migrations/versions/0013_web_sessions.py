"""web sessions: e-mailed sign-in links and the browser sessions they open

Both tables keep only the SHA-256 of their token, so a leaked database opens no account.
A link row is kept after use (`used_at`) so that a second use is told apart from a bad link;
a session row is deleted when it is signed out.

Revision ID: 0013_web_sessions
Revises: 0012_one_line
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_web_sessions"
down_revision = "0012_one_line"
branch_labels = None
depends_on = None


def _token_table(name: str, *extra: sa.Column[object]) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id",
            sa.Integer,
            sa.ForeignKey("users.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        *extra,
    )


def upgrade() -> None:
    _token_table("signin_links", sa.Column("used_at", sa.DateTime(timezone=True)))
    _token_table("web_sessions")


def downgrade() -> None:
    op.drop_table("web_sessions")
    op.drop_table("signin_links")
