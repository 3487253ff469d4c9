"""Compatibility re-export: persistence moved to the ``cds_service.persistence`` package (split by concern).

New code imports from ``cds_service.persistence``; this module keeps ``from cds_service.storage import ...``
working for code written before the split.
"""

from __future__ import annotations

from .persistence import (
    MIGRATIONS_DIR,
    FeedbackRecord,
    FeedbackStoreResult,
    IssuedCard,
    OutcomeCount,
    OverrideReasonCount,
    SchemaError,
    Store,
    StoreUnavailable,
    feedback,
    issued_card,
    metadata,
    normalise_database_url,
    seen_jwt_id,
)

__all__ = [
    "MIGRATIONS_DIR",
    "FeedbackRecord",
    "FeedbackStoreResult",
    "IssuedCard",
    "OutcomeCount",
    "OverrideReasonCount",
    "SchemaError",
    "Store",
    "StoreUnavailable",
    "feedback",
    "issued_card",
    "metadata",
    "normalise_database_url",
    "seen_jwt_id",
]
