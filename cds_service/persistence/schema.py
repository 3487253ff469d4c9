"""The tables, as SQLAlchemy Core ``Table`` objects. The shipped Alembic migrations describe the same schema
(``tests/test_storage.py`` compares the two).

No patient identifier or name is stored: the card log holds card uuid, service id, card id, knowledge
version, locale, hookInstance and time; the replay store a hash of (issuer, jti), the issuer and an expiry;
the snooze tables keyed digests (HMAC-SHA256 under a secret the database does not hold), card ids and times.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Boolean, Column, DateTime, Dialect, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, on both dialects.

    SQLite has no time zone type; values are stored as naive UTC text there, which keeps the
    lexicographic order equal to time order for ``--since`` filters and expiry scans.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: the store only accepts aware datetimes")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
    }
)

issued_card = Table(
    "issued_card",
    metadata,
    Column("card_uuid", String(64), primary_key=True),
    Column("service_id", String(64), nullable=False),
    Column("card_id", String(64), nullable=False),
    Column("knowledge_version", String(64), nullable=False),
    Column("locale", String(16), nullable=False),
    Column("hook_instance", String(64), nullable=False),
    Column("issued_at", UtcDateTime(), nullable=False),
    Index(None, "card_id", "issued_at"),
)

feedback = Table(
    "feedback",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("item_key", String(64), nullable=False, unique=True),
    Column("service_id", String(64), nullable=False),
    Column("card_uuid", String(128), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("outcome_at", UtcDateTime(), nullable=False),
    Column("accepted_suggestions", Text, nullable=True),
    Column("override_system", Text, nullable=True),
    Column("override_code", Text, nullable=True),
    Column("override_display", Text, nullable=True),
    Column("user_comment", Text, nullable=True),
    Column("unknown_card", Boolean, nullable=False),
    Column("received_at", UtcDateTime(), nullable=False),
    Index(None, "card_uuid"),
    Index(None, "outcome_at"),
)

seen_jwt_id = Table(
    "seen_jwt_id",
    metadata,
    # sha256(issuer NUL jti): fixed width whatever the client's jti length, and no raw token data. The
    # primary key makes a claim one index probe (O(log n), flat in practice) at any table size.
    Column("jti_hash", String(64), primary_key=True),
    Column("issuer", Text, nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    # Expired rows are found through this index and deleted in small batches (persistence.replay).
    Index(None, "expires_at"),
)

# Key sets fetched for a trusted issuer (security.jwks), shared by every worker and instance, and each
# issuer's fetch slot: at most one outbound fetch per issuer per interval for the whole deployment.
# Only hashes of issuer and URL are stored (a jku is whatever a caller wrote), and the public JWKS text.
jwks_fetch_slot = Table(
    "jwks_fetch_slot",
    metadata,
    Column("issuer_hash", String(64), primary_key=True),
    Column("claimed_at", UtcDateTime(), nullable=False),
    Column("url_hash", String(64), nullable=False),
)

jwks_document = Table(
    "jwks_document",
    metadata,
    Column("entry_hash", String(64), primary_key=True),
    Column("fetched_at", UtcDateTime(), nullable=False),
    Column("document", Text, nullable=True),
    Index(None, "fetched_at"),
)


# Snooze (issue 13, ``persistence.snooze``). No patient identifier: the keys are HMAC-SHA256 digests under
# CDS_SNOOZE_SECRET, which the database never holds (see ``cds_service.snooze``).
# An issued non-critical card, while feedback may still snooze it (CDS_SNOOZE_FEEDBACK_WINDOW_HOURS).
snooze_candidate = Table(
    "snooze_candidate",
    metadata,
    Column("card_uuid", String(64), primary_key=True),
    Column("card_id", String(64), nullable=False),
    Column("indicator", String(16), nullable=False),
    Column("subject_key", String(64), nullable=False),
    Column("evidence_key", String(64), nullable=False),
    Column("issued_at", UtcDateTime(), nullable=False),
    Index(None, "issued_at"),
)

# One active snooze per patient and card (the subject key), until ``expires_at``.
snooze = Table(
    "snooze",
    metadata,
    Column("subject_key", String(64), primary_key=True),
    Column("evidence_key", String(64), nullable=False),
    Column("card_id", String(64), nullable=False),
    Column("snoozed_at", UtcDateTime(), nullable=False),
    Column("expires_at", UtcDateTime(), nullable=False),
    Index(None, "expires_at"),
)

# What the report counts: "snoozed" (feedback snoozed a card) and "reshown" (new evidence ended a snooze).
snooze_event = Table(
    "snooze_event",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("card_id", String(64), nullable=False),
    Column("event", String(16), nullable=False),
    Column("at", UtcDateTime(), nullable=False),
    Index(None, "at"),
)
