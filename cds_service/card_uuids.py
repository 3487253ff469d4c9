"""Card uuids that say who issued them: a random part and a keyed marker, in the layout of a UUID v4.

Why. The issued-card log is written off the request path (``persistence.card_log``): a card issued a moment
ago by another worker or instance may not be in the table yet when its feedback arrives. The feedback's
"unknown card" flag must still be right, without a database read or a wait for the other process's flush.
So the uuid itself proves that this deployment issued it: 9 random bytes (66 random bits once the UUID
version and variant bits are set) followed by 7 bytes of a keyed MAC (BLAKE2b) of those bytes under the deployment's
key. ``is_ours`` recomputes the MAC: one hash, under a microsecond. (A timestamp in the uuid would only
help a reader who trusts it; the MAC needs no clock and no window.)

The key: ``CDS_CARD_UUID_KEY`` when set; otherwise derived from ``CDS_DATABASE_URL``, which every instance
that shares the card log shares too (``use_key_for``). The marker is a data-quality check, not a security
control (feedback needs a valid JWT anyway): the derived key keeps a confused client's uuids (random, or
from another service) flagged as unknown; a deployment whose instances name their database by different
URLs sets ``CDS_CARD_UUID_KEY`` on all of them.

The string is a well-formed UUID (version 4, RFC 9562 variant): to the EHR it is an opaque id, as CDS Hooks
requires; its bits are indistinguishable from random to anyone without the key.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading

_NONCE_BYTES = 9
_TAG_BYTES = 16 - _NONCE_BYTES
_key = os.urandom(32)
"""Until ``use_key`` is called (the store does, at start-up): a random key, so no two processes agree."""


# Random bytes are drawn from the kernel a page at a time, not per id: each getrandom() call releases the
# interpreter lock, and with two threads per worker every release is a thread switch (py-spy under wrk:
# uuid4() and the first mint() were 9 % of a worker's samples, one call per card and suggestion).
_POOL_BYTES = 4096
_pool = b""
_pool_position = 0
_pool_lock = threading.Lock()


def _reset_pool() -> None:
    """In a forked child: never hand out the bytes the parent (or a sibling) will hand out too."""
    global _pool, _pool_position, _pool_lock
    _pool, _pool_position, _pool_lock = b"", 0, threading.Lock()


os.register_at_fork(after_in_child=_reset_pool)


def random_bytes(count: int) -> bytes:
    """``count`` (at most ``_POOL_BYTES``) bytes from the OS's CSPRNG, through this process's pool."""
    global _pool, _pool_position
    with _pool_lock:
        if _pool_position + count > len(_pool):
            _pool, _pool_position = os.urandom(_POOL_BYTES), 0
        chunk = _pool[_pool_position : _pool_position + count]
        _pool_position += count
    return chunk


def random_uuid4() -> str:
    """A random UUID v4 string, as ``str(uuid.uuid4())`` but from the pool (for suggestion uuids)."""
    raw = bytearray(random_bytes(16))
    raw[6] = (raw[6] & 0x0F) | 0x40
    raw[8] = (raw[8] & 0x3F) | 0x80
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def key_for(database_url: str, explicit_key: str = "") -> bytes:
    """The marker key: ``explicit_key`` (``CDS_CARD_UUID_KEY``) or one derived from the database URL."""
    material = explicit_key if explicit_key else f"cds-service card uuid key\0{database_url}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).digest()


def use_key(key: bytes) -> None:
    """Mint and check with ``key`` from now on, in this process (and in the workers forked from it)."""
    global _key
    _key = key


def mint() -> str:
    """A fresh card uuid carrying the marker."""
    nonce = bytearray(random_bytes(_NONCE_BYTES))
    nonce[6] = (nonce[6] & 0x0F) | 0x40  # version 4
    nonce[8] = (nonce[8] & 0x3F) | 0x80  # RFC 9562 variant
    tag = _mac(bytes(nonce))
    text = (bytes(nonce) + tag).hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _mac(nonce: bytes) -> bytes:
    # Keyed BLAKE2b (RFC 7693's MAC mode) rather than HMAC-SHA256: the same guarantee, and measured in the
    # hook path at a fraction of OpenSSL's HMAC set-up cost (17 µs a card under load, 0.5 µs here).
    return hashlib.blake2b(nonce, key=_key, digest_size=_TAG_BYTES).digest()


def is_ours(card_uuid: str) -> bool:
    """True when ``card_uuid`` was minted under this process's key. Never raises on any string."""
    if len(card_uuid) != 36:
        return False
    try:
        raw = bytes.fromhex(card_uuid.replace("-", ""))
    except ValueError:
        return False
    if len(raw) != 16 or card_uuid[8] != "-" or card_uuid[13] != "-" or card_uuid[18] != "-" or card_uuid[23] != "-":
        return False
    expected = _mac(raw[:_NONCE_BYTES])
    return hmac.compare_digest(expected, raw[_NONCE_BYTES:])
