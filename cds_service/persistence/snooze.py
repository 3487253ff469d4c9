"""Snooze rows (issue 13): issued cards feedback may snooze, active snoozes, and the events reports count.

What is stored (no patient identifier: the keys are HMAC digests made in ``cds_service.snooze``):

- ``snooze_candidate``: per issued non-critical card, its uuid, card id, indicator, subject key and
  evidence key, and the issue time; purged after the feedback window;
- ``snooze``: per snoozed patient and card, the subject key, evidence key, card id, when and until when;
  purged once expired;
- ``snooze_event``: card id, "snoozed" or "reshown", and the time (kept like the feedback rows).

Every method raises ``StoreUnavailable`` while the database is down; the caller decides (the hook fails
open and shows every card).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dt_time
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from .engine import Database
from .schema import snooze, snooze_candidate, snooze_event

# Expired rows are deleted at most this often per process, on the hook path (an indexed range delete).
PURGE_INTERVAL_SECONDS = 600.0
SNOOZED = "snoozed"
RESHOWN = "reshown"


@dataclass(frozen=True)
class SnoozeCandidate:
    card_uuid: str
    card_id: str
    indicator: str
    subject_key: str
    evidence_key: str
    issued_at: datetime


@dataclass(frozen=True)
class IssueResult:
    hidden: frozenset[str]
    """Card uuids to take out of the response."""
    reshown: int


def start_of(day: date) -> datetime:
    """A snooze runs in whole clinic days: it ends at the start of its last day (UTC midnight of it)."""
    return datetime.combine(day, dt_time.min, tzinfo=UTC)


class SnoozeStore:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._lock = threading.Lock()
        self._next_purge = 0.0
        self.purged_rows = 0
        # Built once: a statement object made per call costs its cache-key walk on every hook call.
        self._insert_candidates = database.insert_ignoring_duplicates(snooze_candidate, ["card_uuid"])

    def issue(
        self,
        candidates: Sequence[SnoozeCandidate],
        *,
        today: date,
        candidates_before: datetime | None = None,
    ) -> IssueResult:
        """One transaction per hook call (a single lock and commit on SQLite): read the snoozes running on
        ``today`` for these cards; a card whose snooze has the same evidence key is hidden; one whose
        evidence changed ends its snooze ("reshown", counted); every card shown is recorded for the
        feedback to snooze. Purges expired rows now and then."""
        if not candidates:
            return IssueResult(frozenset(), 0)
        subjects = sorted({c.subject_key for c in candidates})
        query = select(snooze.c.subject_key, snooze.c.evidence_key).where(
            snooze.c.subject_key.in_(subjects), snooze.c.expires_at > start_of(today)
        )
        hidden: set[str] = set()
        reshown: list[SnoozeCandidate] = []
        shown: list[SnoozeCandidate] = []
        with self._database.transaction() as connection:
            active = {str(subject): str(evidence) for subject, evidence in connection.execute(query)}
            for candidate in candidates:
                snoozed_evidence = active.get(candidate.subject_key)
                if snoozed_evidence == candidate.evidence_key:
                    hidden.add(candidate.card_uuid)
                    continue
                if snoozed_evidence is not None:
                    reshown.append(candidate)
                shown.append(candidate)
            if shown:
                connection.execute(
                    self._insert_candidates,
                    [
                        {
                            "card_uuid": c.card_uuid,
                            "card_id": c.card_id,
                            "indicator": c.indicator,
                            "subject_key": c.subject_key,
                            "evidence_key": c.evidence_key,
                            "issued_at": c.issued_at,
                        }
                        for c in shown
                    ],
                )
            if reshown:
                ended = sorted({c.subject_key for c in reshown})
                connection.execute(delete(snooze).where(snooze.c.subject_key.in_(ended)))
                connection.execute(
                    snooze_event.insert(),
                    [{"card_id": c.card_id, "event": RESHOWN, "at": c.issued_at} for c in reshown],
                )
        if candidates_before is not None:
            self.maybe_purge(today=today, candidates_before=candidates_before)
        return IssueResult(frozenset(hidden), len(reshown))

    def snooze(
        self,
        card_uuids: Sequence[str],
        days_by_indicator: Mapping[str, int],
        *,
        today: date,
        issued_after: datetime,
    ) -> int:
        """Snooze each issued card of ``card_uuids`` still in the feedback window whose indicator has a
        period; how many were. A repeat (the same card snoozed again) only renews the period."""
        now = datetime.now(UTC)
        with self._database.transaction() as connection:
            rows = connection.execute(
                select(
                    snooze_candidate.c.card_id,
                    snooze_candidate.c.indicator,
                    snooze_candidate.c.subject_key,
                    snooze_candidate.c.evidence_key,
                ).where(
                    snooze_candidate.c.card_uuid.in_(sorted(set(card_uuids))),
                    snooze_candidate.c.issued_at >= issued_after,
                )
            ).all()
            count = 0
            for card_id, indicator, subject_key, evidence_key in rows:
                days = days_by_indicator.get(str(indicator))
                if days is None:
                    continue
                values = {
                    "subject_key": subject_key,
                    "evidence_key": evidence_key,
                    "card_id": card_id,
                    "snoozed_at": now,
                    "expires_at": start_of(today + timedelta(days=days)),
                }
                connection.execute(self._upsert(values))
                connection.execute(snooze_event.insert(), {"card_id": card_id, "event": SNOOZED, "at": now})
                count += 1
        return count

    def _upsert(self, values: dict[str, Any]) -> Any:
        """Insert the snooze, or replace the one the same patient and card already have (both dialects)."""
        insert = (postgresql.insert if self._database.dialect == "postgresql" else sqlite.insert)(snooze)
        changed = {key: value for key, value in values.items() if key != "subject_key"}
        return insert.values(**values).on_conflict_do_update(index_elements=["subject_key"], set_=changed)

    def maybe_purge(self, *, today: date, candidates_before: datetime) -> int:
        with self._lock:
            if time.monotonic() < self._next_purge:
                return 0
            self._next_purge = time.monotonic() + PURGE_INTERVAL_SECONDS
        return self.purge(today=today, candidates_before=candidates_before)

    def purge(self, *, today: date, candidates_before: datetime) -> int:
        """Delete expired snoozes and candidates past the feedback window; how many rows."""
        with self._database.transaction() as connection:
            expired = connection.execute(delete(snooze).where(snooze.c.expires_at <= start_of(today))).rowcount
            old = connection.execute(
                delete(snooze_candidate).where(snooze_candidate.c.issued_at < candidates_before)
            ).rowcount
        removed = int(expired or 0) + int(old or 0)
        with self._lock:
            self.purged_rows += removed
        return removed
