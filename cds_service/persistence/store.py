"""``Store``: the one object the app holds, composing the persistence concerns over one ``Database``.

``store.cards`` (issued-card log), ``store.feedback`` (feedback rows), ``store.replay`` (the jti replay
store, a ``security.ReplayStore``), ``store.key_sets`` (fetched key sets and fetch slots shared by every
process, a ``security.jwks.KeySetCache``) and ``store.reports`` (report queries) share the engine and its
availability state. The methods below are the interface the rest of the service uses; each delegates to
the concern that owns it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from .. import card_uuids
from .card_log import CardLog, IssuedCard
from .engine import Database, normalise_database_url
from .feedback_store import FeedbackRecord, FeedbackStore, FeedbackStoreResult
from .key_sets import DatabaseKeySetCache
from .migrations import current_revision
from .replay import DatabaseReplayStore, RedisReplayStore
from .reports import OutcomeCount, OverrideReasonCount, Reports

if TYPE_CHECKING:
    from ..config import Settings


class Store:
    """One per process. Thread-safe. Forked workers get fresh connections."""

    def __init__(
        self,
        url: str,
        *,
        retry_after_seconds: float = 1.0,
        connect_timeout_seconds: int = 3,
        sqlite_busy_timeout_seconds: float = 15.0,
        card_log_flush_seconds: float = 1.0,
        card_log_batch_cards: int = 500,
        replay_url: str = "",
    ) -> None:
        self.database = Database(
            url,
            retry_after_seconds=retry_after_seconds,
            connect_timeout_seconds=connect_timeout_seconds,
            sqlite_busy_timeout_seconds=sqlite_busy_timeout_seconds,
        )
        self.cards = CardLog(
            self.database, flush_seconds=card_log_flush_seconds, batch_cards=card_log_batch_cards
        )
        self.feedback = FeedbackStore(self.database)
        self.replay: DatabaseReplayStore | RedisReplayStore = self._replay_store(replay_url, retry_after_seconds)
        self.reports = Reports(self.database)
        self.key_sets = DatabaseKeySetCache(self.database)

    def _replay_store(self, replay_url: str, retry_after_seconds: float) -> DatabaseReplayStore | RedisReplayStore:
        """``CDS_REPLAY_URL``: empty follows the database; a Redis URL, Redis; another SQLAlchemy URL, that
        database (its own schema, upgraded on first use)."""
        if not replay_url or normalise_database_url(replay_url) == self.database.url:
            return DatabaseReplayStore(self.database)
        if replay_url.startswith(("redis://", "rediss://", "unix://")):
            return RedisReplayStore(replay_url, retry_after_seconds=retry_after_seconds)
        return DatabaseReplayStore(Database(replay_url, retry_after_seconds=retry_after_seconds))

    @classmethod
    def from_settings(cls, settings: Settings) -> Store:
        # The card uuids' marker key is the deployment's: every instance on this database shares it.
        card_uuids.use_key(card_uuids.key_for(settings.CDS_DATABASE_URL, settings.CDS_CARD_UUID_KEY))
        return cls(
            settings.CDS_DATABASE_URL,
            card_log_flush_seconds=settings.CDS_CARD_LOG_FLUSH_SECONDS,
            card_log_batch_cards=settings.CDS_CARD_LOG_BATCH_CARDS,
            replay_url=settings.CDS_REPLAY_URL,
        )

    @property
    def url(self) -> str:
        return self.database.url

    @property
    def dialect(self) -> str:
        return self.database.dialect

    # -- engine, schema, availability ---------------------------------------------------------

    def upgrade(self) -> bool:
        return self.database.upgrade()

    def current_revision(self) -> str | None:
        return current_revision(self.database)

    def ping(self) -> bool:
        return self.database.ping()

    def dispose(self) -> None:
        self.database.dispose()

    @property
    def is_down(self) -> bool:
        return self.database.is_down

    # -- the concerns ---------------------------------------------------------------------------

    def record_issued_cards(self, cards: Sequence[IssuedCard]) -> None:
        """Write now (tests, tools); the hook's request path uses ``log_issued_cards``."""
        self.cards.record(cards)

    def log_issued_cards(self, cards: Sequence[IssuedCard]) -> None:
        """Buffer for the background flush: no database write on the request path (card_log)."""
        self.cards.submit(cards)

    def flush_card_log(self) -> int:
        return self.cards.flush()

    def store_feedback(self, records: Sequence[FeedbackRecord], received_at: datetime) -> FeedbackStoreResult:
        self.cards.flush()  # this process's own cards are in the table before it is read
        return self.feedback.store(records, received_at)

    def feedback_count(self) -> int:
        return self.feedback.count()

    def claim_jti(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        return self.replay.claim(jti, issuer, expires_at)

    def purge_expired_jtis(self, now: datetime | None = None) -> int:
        return self.replay.purge_expired(now)

    def shown_counts(self, since: date | None = None) -> dict[str, int]:
        self.cards.flush()
        return self.reports.shown_counts(since)

    def outcome_counts(self, since: date | None = None) -> list[OutcomeCount]:
        self.cards.flush()
        return self.reports.outcome_counts(since)

    def override_reason_counts(self, since: date | None = None) -> list[OverrideReasonCount]:
        self.cards.flush()
        return self.reports.override_reason_counts(since)

    # -- counters ---------------------------------------------------------------------------------

    @property
    def skipped_card_writes(self) -> int:
        return self.cards.skipped_writes

    @property
    def jti_fallback_claims(self) -> int:
        return self.replay.fallback_claims

    @property
    def unavailable_errors(self) -> int:
        return self.database.unavailable_errors

    def stats(self) -> dict[str, int | bool]:
        """Counters for /metrics or /readyz."""
        return {
            "database_down": self.is_down,
            "skipped_card_writes": self.skipped_card_writes,
            "pending_card_writes": self.cards.pending,
            "jti_fallback_claims": self.jti_fallback_claims,
            "jti_memory_entries": self.replay.memory_entries,
            "jti_purged_rows": self.replay.purged_rows,
            "unavailable_errors": self.unavailable_errors,
        }
