"""Shared key-set cache and per-issuer fetch slot (issue 10: key fetching a caller cannot drive).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "jwks_fetch_slot",
        sa.Column("issuer_hash", sa.String(64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("url_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("issuer_hash", name="pk_jwks_fetch_slot"),
    )
    op.create_table(
        "jwks_document",
        sa.Column("entry_hash", sa.String(64), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("document", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("entry_hash", name="pk_jwks_document"),
    )
    op.create_index("ix_jwks_document_fetched_at", "jwks_document", ["fetched_at"])


def downgrade() -> None:
    op.drop_index("ix_jwks_document_fetched_at", table_name="jwks_document")
    op.drop_table("jwks_document")
    op.drop_table("jwks_fetch_slot")
