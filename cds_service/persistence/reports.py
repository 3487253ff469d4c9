"""Report queries over the card log and feedback (``cds-service feedback-report``, ``/analytics``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as dt_time

from sqlalchemy import func, select

from .engine import Database
from .schema import feedback, issued_card


@dataclass(frozen=True)
class OutcomeCount:
    card_id: str | None
    """None: feedback on a card uuid this service has no record of issuing."""
    outcome: str
    count: int


@dataclass(frozen=True)
class OverrideReasonCount:
    card_id: str | None
    system: str
    code: str
    display: str | None
    count: int


def _since_datetime(since: date | None) -> datetime | None:
    return None if since is None else datetime.combine(since, dt_time.min, tzinfo=UTC)


class Reports:
    """Every query raises ``StoreUnavailable`` while the database is down."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def shown_counts(self, since: date | None = None) -> dict[str, int]:
        start = _since_datetime(since)
        query = select(issued_card.c.card_id, func.count()).group_by(issued_card.c.card_id)
        if start is not None:
            query = query.where(issued_card.c.issued_at >= start)
        with self._database.transaction() as connection:
            return {str(card_id): int(count) for card_id, count in connection.execute(query)}

    def outcome_counts(self, since: date | None = None) -> list[OutcomeCount]:
        start = _since_datetime(since)
        joined = feedback.outerjoin(issued_card, issued_card.c.card_uuid == feedback.c.card_uuid)
        query = (
            select(issued_card.c.card_id, feedback.c.outcome, func.count())
            .select_from(joined)
            .group_by(issued_card.c.card_id, feedback.c.outcome)
        )
        if start is not None:
            query = query.where(feedback.c.outcome_at >= start)
        with self._database.transaction() as connection:
            return [OutcomeCount(card_id, str(outcome), int(n)) for card_id, outcome, n in connection.execute(query)]

    def override_reason_counts(self, since: date | None = None) -> list[OverrideReasonCount]:
        start = _since_datetime(since)
        joined = feedback.outerjoin(issued_card, issued_card.c.card_uuid == feedback.c.card_uuid)
        query = (
            select(
                issued_card.c.card_id,
                feedback.c.override_system,
                feedback.c.override_code,
                func.max(feedback.c.override_display),
                func.count(),
            )
            .select_from(joined)
            .where(feedback.c.outcome == "overridden", feedback.c.override_code.is_not(None))
            .group_by(issued_card.c.card_id, feedback.c.override_system, feedback.c.override_code)
        )
        if start is not None:
            query = query.where(feedback.c.outcome_at >= start)
        with self._database.transaction() as connection:
            return [
                OverrideReasonCount(card_id, str(system), str(code), display, int(n))
                for card_id, system, code, display, n in connection.execute(query)
            ]
