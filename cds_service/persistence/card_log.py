"""The issued-card log: every card returned to an EHR (no patient data), for feedback and the report.

``record`` never raises: while the database cannot be written, hooks keep answering and the batch is
skipped, counted in ``skipped_writes`` and logged once per outage (``engine``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import SQLAlchemyError

from .engine import Database, SchemaError, StoreUnavailable
from .schema import issued_card

log = logging.getLogger("cds_service.persistence")


@dataclass(frozen=True)
class IssuedCard:
    """One card returned to an EHR. No patient data: the hookInstance is the EHR's random call id."""

    uuid: str
    service_id: str
    card_id: str
    knowledge_version: str
    locale: str
    hook_instance: str
    issued_at: datetime


class CardLog:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._lock = threading.Lock()
        self.skipped_writes = 0

    def record(self, cards: Sequence[IssuedCard]) -> None:
        """Log the cards of one response. Never raises: on failure the batch is skipped and counted."""
        if not cards:
            return
        rows = [
            {
                "card_uuid": c.uuid,
                "service_id": c.service_id,
                "card_id": c.card_id,
                "knowledge_version": c.knowledge_version,
                "locale": c.locale,
                "hook_instance": c.hook_instance,
                "issued_at": c.issued_at,
            }
            for c in cards
        ]
        try:
            with self._database.transaction() as connection:
                connection.execute(self._database.insert_ignoring_duplicates(issued_card, ["card_uuid"]), rows)
        except (StoreUnavailable, SchemaError, SQLAlchemyError, ValueError) as exc:
            with self._lock:
                self.skipped_writes += len(cards)
            if not isinstance(exc, StoreUnavailable):
                log.error("card log write failed (%s); %d card(s) skipped", type(exc).__name__, len(cards))
