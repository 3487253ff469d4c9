"""The shared key-set cache (``security.jwks.KeySetCache``) on the service database.

Every worker process and instance sees the same per-issuer fetch slot and the same fetched key sets, so
"at most one outbound fetch per issuer per interval" holds for the whole deployment, and a set one worker
fetched is used by the others without a fetch of their own. A slot is taken with one conditional UPDATE
(it wins only if the last claim is older than the interval); the database decides between racing claims.

Never raises: while the database is unavailable ``load`` finds nothing, ``claim_fetch`` grants the slot
(each process's own gate still allows one fetch per interval) and ``save`` is skipped.
"""

from __future__ import annotations

import hashlib
import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from ..security.jwks import FetchSlotTaken, SharedKeySet
from .engine import Database, SchemaError, StoreUnavailable
from .schema import jwks_document, jwks_fetch_slot

log = logging.getLogger("cds_service.persistence")

RETENTION = timedelta(days=1)
"""Shared fetch results older than this are deleted (each process keeps the sets it uses in memory)."""
_PURGE_EVERY_SECONDS = 3600.0
_UNAVAILABLE = (StoreUnavailable, SchemaError, SQLAlchemyError)


def _hash(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _at(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


class DatabaseKeySetCache:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._last_purge = time.monotonic()

    def load(self, issuer: str, url: str) -> SharedKeySet | None:
        query = select(jwks_document.c.document, jwks_document.c.fetched_at).where(
            jwks_document.c.entry_hash == _hash(issuer, url)
        )
        try:
            with self._database.transaction() as connection:
                row = connection.execute(query).first()
        except _UNAVAILABLE:
            return None
        if row is None:
            return None
        return SharedKeySet(row.document, row.fetched_at.timestamp())

    def claim_fetch(self, issuer: str, url: str, now: float, interval: float) -> FetchSlotTaken | None:
        issuer_hash, url_hash = _hash(issuer), _hash(issuer, url)
        slot = jwks_fetch_slot.c
        claim = (
            jwks_fetch_slot.update()
            .where(slot.issuer_hash == issuer_hash, slot.claimed_at <= _at(now - interval))
            .values(claimed_at=_at(now), url_hash=url_hash)
            .returning(slot.issuer_hash)
        )
        try:
            with self._database.transaction() as connection:
                connection.execute(
                    self._database.insert_ignoring_duplicates(jwks_fetch_slot, ["issuer_hash"]),
                    {"issuer_hash": issuer_hash, "claimed_at": _at(0), "url_hash": ""},
                )
                if connection.execute(claim).first() is not None:
                    return None
                held = connection.execute(
                    select(slot.claimed_at, slot.url_hash).where(slot.issuer_hash == issuer_hash)
                ).one()
        except _UNAVAILABLE as exc:
            log.debug("shared JWKS slot unavailable (%s); this process's gate decides", type(exc).__name__)
            return None
        claimed_at = held.claimed_at.timestamp()
        return FetchSlotTaken(free_at=claimed_at + interval, claimed_at=claimed_at, same_url=held.url_hash == url_hash)

    def save(self, issuer: str, url: str, result: SharedKeySet) -> None:
        values = {"entry_hash": _hash(issuer, url), "fetched_at": _at(result.fetched_at), "document": result.document}
        upsert: Any
        if self._database.dialect == "postgresql":
            pg_insert = postgresql.insert(jwks_document).values(values)
            upsert = pg_insert.on_conflict_do_update(
                index_elements=["entry_hash"],
                set_={"fetched_at": pg_insert.excluded.fetched_at, "document": pg_insert.excluded.document},
            )
        else:
            lite_insert = sqlite.insert(jwks_document).values(values)
            upsert = lite_insert.on_conflict_do_update(
                index_elements=["entry_hash"],
                set_={"fetched_at": lite_insert.excluded.fetched_at, "document": lite_insert.excluded.document},
            )
        try:
            with self._database.transaction() as connection:
                connection.execute(upsert)
                if time.monotonic() - self._last_purge > _PURGE_EVERY_SECONDS:
                    self._last_purge = time.monotonic()
                    connection.execute(
                        jwks_document.delete().where(jwks_document.c.fetched_at < datetime.now(UTC) - RETENTION)
                    )
        except _UNAVAILABLE as exc:
            log.debug("shared JWKS result not saved (%s)", type(exc).__name__)
