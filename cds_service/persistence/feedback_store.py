"""Clinician feedback rows: one transaction per body (all or nothing), each item stored once by its key."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from .. import card_uuids
from .engine import Database
from .schema import feedback, issued_card


@dataclass(frozen=True)
class FeedbackRecord:
    """One validated feedback item, ready to store. ``item_key`` identifies "the same item"."""

    item_key: str
    service_id: str
    card_uuid: str
    outcome: str
    outcome_at: datetime
    accepted_suggestions: tuple[str, ...]
    override_system: str | None
    override_code: str | None
    override_display: str | None
    user_comment: str | None


@dataclass(frozen=True)
class FeedbackStoreResult:
    stored: int
    duplicates: int
    unknown_cards: int
    """Newly stored items whose card uuid is not in the issued-card log (stored, and flagged)."""


class FeedbackStore:
    def __init__(self, database: Database) -> None:
        self._database = database

    def store(self, records: Sequence[FeedbackRecord], received_at: datetime) -> FeedbackStoreResult:
        """All records in one transaction (all or nothing); a record whose key is stored already is a
        duplicate and is not stored again. Raises ``StoreUnavailable``: then the commit may or may not
        have happened (the connection can break after it), so callers must not say nothing was stored."""
        if not records:
            return FeedbackStoreResult(stored=0, duplicates=0, unknown_cards=0)
        uuids = sorted({r.card_uuid for r in records})
        stored = duplicates = unknown = 0
        # RETURNING says whether the row went in (rowcount is not reliable for ON CONFLICT on psycopg).
        statement = self._database.insert_ignoring_duplicates(feedback, ["item_key"]).returning(feedback.c.id)
        with self._database.transaction() as connection:
            known = set(
                connection.execute(select(issued_card.c.card_uuid).where(issued_card.c.card_uuid.in_(uuids)))
                .scalars()
                .all()
            )
            for record in records:
                # Not in the log yet may still be ours: issued a moment ago by another worker or instance
                # whose buffer is not flushed (card_log). The uuid's marker says so (card_uuids).
                is_unknown = record.card_uuid not in known and not card_uuids.is_ours(record.card_uuid)
                result = connection.execute(
                    statement,
                    {
                        "item_key": record.item_key,
                        "service_id": record.service_id,
                        "card_uuid": record.card_uuid,
                        "outcome": record.outcome,
                        "outcome_at": record.outcome_at,
                        "accepted_suggestions": "\n".join(record.accepted_suggestions) or None,
                        "override_system": record.override_system,
                        "override_code": record.override_code,
                        "override_display": record.override_display,
                        "user_comment": record.user_comment,
                        "unknown_card": is_unknown,
                        "received_at": received_at,
                    },
                )
                if result.first() is not None:
                    stored += 1
                    unknown += is_unknown
                else:
                    duplicates += 1
        return FeedbackStoreResult(stored=stored, duplicates=duplicates, unknown_cards=unknown)

    def count(self) -> int:
        with self._database.transaction() as connection:
            return int(connection.execute(select(func.count()).select_from(feedback)).scalar_one())
