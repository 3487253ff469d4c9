"""Snooze: issued cards that feedback may snooze, active snoozes, and snooze events (issue 13).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "snooze_candidate",
        sa.Column("card_uuid", sa.String(64), nullable=False),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("indicator", sa.String(16), nullable=False),
        sa.Column("subject_key", sa.String(64), nullable=False),
        sa.Column("evidence_key", sa.String(64), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("card_uuid", name="pk_snooze_candidate"),
    )
    op.create_index("ix_snooze_candidate_issued_at", "snooze_candidate", ["issued_at"])
    op.create_table(
        "snooze",
        sa.Column("subject_key", sa.String(64), nullable=False),
        sa.Column("evidence_key", sa.String(64), nullable=False),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("snoozed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("subject_key", name="pk_snooze"),
    )
    op.create_index("ix_snooze_expires_at", "snooze", ["expires_at"])
    op.create_table(
        "snooze_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("event", sa.String(16), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_snooze_event"),
    )
    op.create_index("ix_snooze_event_at", "snooze_event", ["at"])


def downgrade() -> None:
    op.drop_index("ix_snooze_event_at", table_name="snooze_event")
    op.drop_table("snooze_event")
    op.drop_index("ix_snooze_expires_at", table_name="snooze")
    op.drop_table("snooze")
    op.drop_index("ix_snooze_candidate_issued_at", table_name="snooze_candidate")
    op.drop_table("snooze_candidate")
