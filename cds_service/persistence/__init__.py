"""Persistence, split by concern (design.md): issued cards, clinician feedback, seen JWT ids, reports.

- ``engine``: the SQLAlchemy engine per dialect (SQLite file by default, PostgreSQL by URL), fork
  safety and the availability contract (``StoreUnavailable``, the retry window, recovery callbacks);
- ``migrations``: the Alembic revisions in ``cds_service/migrations``, applied at start-up under a lock;
- ``schema``: the tables; ``card_log``, ``feedback_store``, ``replay``, ``key_sets``, ``reports``: one
  concern each;
- ``store.Store``: the one object the app holds, composing them.

Availability (the hooks keep answering while the database is down): the card log skips and counts;
feedback and reports raise ``StoreUnavailable`` (503); the replay store decides from a bounded process
memory until the database returns. No patient identifier or name is stored.
"""

from __future__ import annotations

from .card_log import CardLog, IssuedCard
from .engine import Database, SchemaError, StoreUnavailable, normalise_database_url
from .feedback_store import FeedbackRecord, FeedbackStore, FeedbackStoreResult
from .key_sets import DatabaseKeySetCache
from .migrations import MIGRATIONS_DIR
from .replay import DatabaseReplayStore, RedisReplayStore, ReplayMemoryFull
from .reports import OutcomeCount, OverrideReasonCount, Reports
from .schema import feedback, issued_card, jwks_document, jwks_fetch_slot, metadata, seen_jwt_id
from .store import Store

__all__ = [
    "MIGRATIONS_DIR",
    "CardLog",
    "Database",
    "DatabaseKeySetCache",
    "DatabaseReplayStore",
    "FeedbackRecord",
    "FeedbackStore",
    "FeedbackStoreResult",
    "IssuedCard",
    "OutcomeCount",
    "OverrideReasonCount",
    "RedisReplayStore",
    "ReplayMemoryFull",
    "Reports",
    "SchemaError",
    "Store",
    "StoreUnavailable",
    "feedback",
    "issued_card",
    "jwks_document",
    "jwks_fetch_slot",
    "metadata",
    "normalise_database_url",
    "seen_jwt_id",
]
