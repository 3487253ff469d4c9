"""Replay protection: each (issuer, jti) is accepted once within the token's lifetime.

CDS Hooks best practices: services should reject a reused `jti`, keeping seen values for the longest
JWT lifetime. The production store must be shared by every worker process and every instance, so it
lives in the service database (``cds_service.persistence.replay``); ``MemoryReplayStore`` serves unit tests and
a single-process development server only.
"""

from __future__ import annotations

import heapq
import threading
from datetime import UTC, datetime
from typing import Protocol


class ReplayStore(Protocol):
    def claim(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        """Record the pair; True when it was not seen before (first use), False when it was (replay).

        ``expires_at`` is when the record may be forgotten: after it the token is rejected as expired
        anyway. Must be atomic across processes (one of two concurrent claims wins).
        """
        ...


class _ClaimsJti(Protocol):
    def claim_jti(self, jti: str, issuer: str, expires_at: datetime) -> bool: ...


class StorageReplayStore:
    """Adapter from the shared database store (``Store.claim_jti``) to ``ReplayStore``."""

    def __init__(self, store: _ClaimsJti) -> None:
        self._store = store

    def claim(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        return self._store.claim_jti(jti, issuer, expires_at)


class MemoryReplayStore:
    """Process-local store for tests: NOT shared between gunicorn workers, never use it in production."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._seen: dict[tuple[str, str], datetime] = {}
        self._expiry_heap: list[tuple[datetime, str, str]] = []

    def claim(self, jti: str, issuer: str, expires_at: datetime) -> bool:
        key = (issuer, jti)
        with self._lock:
            self._forget_expired(datetime.now(UTC))
            if key in self._seen:
                return False
            self._seen[key] = expires_at
            heapq.heappush(self._expiry_heap, (expires_at, issuer, jti))
            return True

    def __len__(self) -> int:
        with self._lock:
            return len(self._seen)

    def _forget_expired(self, now: datetime) -> None:
        while self._expiry_heap and self._expiry_heap[0][0] <= now:
            _, issuer, jti = heapq.heappop(self._expiry_heap)
            self._seen.pop((issuer, jti), None)
