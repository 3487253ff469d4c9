"""Report queries over the card log and feedback (``cds-service feedback-report``, ``/analytics``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from datetime import time as dt_time

from sqlalchemy import func, select

from .engine import Database
from .schema import feedback, issued_card, snooze_event


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


@dataclass(frozen=True)
class CardAnswer:
    """What the clinician did with one issued card, from every feedback event on it (EHRs may send
    feedback more than once: immediately and in batches, or a changed outcome later)."""

    card_id: str
    final_outcome: str
    """The outcome of the latest event (by outcome time); a changed mind counts once, as it ended."""
    seconds_to_action: float
    """From issue to the first outcome (not below 0: an EHR clock may run behind ours)."""


@dataclass(frozen=True)
class SnoozeCount:
    card_id: str
    event: str
    """"snoozed" (feedback snoozed a card) or "reshown" (new evidence ended a snooze)."""
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

    def card_answers(self, since: date | None = None) -> list[CardAnswer]:
        """One ``CardAnswer`` per issued card with feedback (outcome time from ``since``)."""
        start = _since_datetime(since)
        query = (
            select(
                feedback.c.card_uuid,
                issued_card.c.card_id,
                issued_card.c.issued_at,
                feedback.c.outcome,
                feedback.c.outcome_at,
            )
            .select_from(feedback.join(issued_card, issued_card.c.card_uuid == feedback.c.card_uuid))
            .order_by(feedback.c.card_uuid, feedback.c.outcome_at, feedback.c.id)
        )
        if start is not None:
            query = query.where(feedback.c.outcome_at >= start)
        answers: list[CardAnswer] = []
        with self._database.transaction() as connection:
            current: str | None = None
            for card_uuid, card_id, issued_at, outcome, outcome_at in connection.execute(query):
                if card_uuid != current:
                    current = card_uuid
                    delay = max(0.0, (outcome_at - issued_at).total_seconds())
                    answers.append(CardAnswer(str(card_id), str(outcome), delay))
                else:
                    last = answers[-1]
                    answers[-1] = CardAnswer(last.card_id, str(outcome), last.seconds_to_action)
        return answers

    def snooze_counts(self, since: date | None = None) -> list[SnoozeCount]:
        start = _since_datetime(since)
        query = select(snooze_event.c.card_id, snooze_event.c.event, func.count()).group_by(
            snooze_event.c.card_id, snooze_event.c.event
        )
        if start is not None:
            query = query.where(snooze_event.c.at >= start)
        with self._database.transaction() as connection:
            return [SnoozeCount(str(card), str(event), int(n)) for card, event, n in connection.execute(query)]
