"""Seen JWT ids: the replay store shared by every instance.

Revision ID: 0002
Revises: 0001
Create Date: 2025-01-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "seen_jwt_id",
        sa.Column("jti_hash", sa.String(64), nullable=False),
        sa.Column("issuer", sa.Text(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("jti_hash", name="pk_seen_jwt_id"),
    )
    op.create_index("ix_seen_jwt_id_expires_at", "seen_jwt_id", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_seen_jwt_id_expires_at", table_name="seen_jwt_id")
    op.drop_table("seen_jwt_id")
