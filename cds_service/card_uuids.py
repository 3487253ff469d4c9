"""Card uuids that say who issued them, and when: a time prefix, a random part and a keyed marker.

Why the marker. The issued-card log is written off the request path (``persistence.card_log``): a card issued
a moment ago by another worker or instance may not be in the table yet when its feedback arrives. The
feedback's "unknown card" flag must still be right, without a database read or a wait for the other
process's flush. So the uuid itself proves that this deployment issued it: ``is_ours`` recomputes a keyed
MAC (BLAKE2b) under the deployment's key, one hash, under a microsecond.

Why the time prefix. The log's primary key is the uuid. Random keys land on a random page of that index, so
with 1,000,000 stored cards (SQLite) every card of a flush dirtied a page of its own, each written to the WAL
and again at the checkpoint: 15-30 µs of system CPU a card against 1-2 µs in an empty log (one thread,
500-card flushes, six rounds in two runs). Keys that begin with the second they were minted in are appended
where the index ends, as UUID v7 does for the same reason (RFC 9562 §6.10): 0.6-3.8 µs at 1,000,000 cards,
as when empty (0.7-3.2). The prefix only orders (and says when the card was issued, which the EHR knows);
nothing trusts it (the MAC needs no clock and no window).

Layout (16 bytes, a UUID version 8, RFC 9562 §5.8, "custom", with the RFC's variant bits):

- bytes 0-3: seconds since the Unix epoch, big-endian (until 2106);
- bytes 4-11: random from the OS's CSPRNG, but for the version and variant bits: 58 random bits, so two
  cards minted in the same second collide with a chance of about n^2 / 2^59 (n cards in that second);
- bytes 12-15: the keyed BLAKE2b MAC of bytes 0-11, 4 bytes: a foreign uuid passes for ours once in 2^32.

Uuids of the earlier layout (a version 4: 9 random bytes and a 7-byte MAC of them) are still recognised,
so feedback on a card issued before an upgrade is not flagged as unknown.

The key: ``CDS_CARD_UUID_KEY`` when set; otherwise derived from ``CDS_DATABASE_URL``, which every instance
that shares the card log shares too (``use_key_for``). The marker is a data-quality check, not a security
control (feedback needs a valid JWT anyway): the derived key keeps a confused client's uuids (random, or
from another service) flagged as unknown; a deployment whose instances name their database by different
URLs sets ``CDS_CARD_UUID_KEY`` on all of them. To the EHR the string is an opaque, well-formed UUID, as
CDS Hooks requires.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
import time

_TIME_BYTES = 4
_RANDOM_BYTES = 8
_SIGNED_BYTES = _TIME_BYTES + _RANDOM_BYTES
_TAG_BYTES = 16 - _SIGNED_BYTES
_SECONDS = struct.Struct(">I")
_EARLIER_NONCE_BYTES = 9
"""The version 4 layout minted before the time prefix: 9 random bytes, then a 7-byte MAC of them."""
_clock = time.time
"""Seconds since the epoch for the prefix (a test sets it; nothing else should)."""
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
    return _uuid_text(bytes(raw))


def key_for(database_url: str, explicit_key: str = "") -> bytes:
    """The marker key: ``explicit_key`` (``CDS_CARD_UUID_KEY``) or one derived from the database URL."""
    material = explicit_key if explicit_key else f"cds-service card uuid key\0{database_url}"
    return hashlib.sha256(material.encode("utf-8", "surrogatepass")).digest()


def use_key(key: bytes) -> None:
    """Mint and check with ``key`` from now on, in this process (and in the workers forked from it)."""
    global _key
    _key = key


def mint() -> str:
    """A fresh card uuid: the current second, random bits and the marker (the layout above)."""
    signed = bytearray(_SECONDS.pack(int(_clock()) & 0xFFFFFFFF) + random_bytes(_RANDOM_BYTES))
    signed[6] = (signed[6] & 0x0F) | 0x80  # version 8 (custom)
    signed[8] = (signed[8] & 0x3F) | 0x80  # RFC 9562 variant
    return _uuid_text(bytes(signed) + _mac(bytes(signed), _TAG_BYTES))


def _uuid_text(raw: bytes) -> str:
    # By hand, not str(uuid.UUID(bytes=raw)): the uuid module's constructor checks and converts what these
    # 16 bytes already are (python -m timeit: 2.6 µs against 0.4 µs), once per card and suggestion.
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _mac(message: bytes, size: int) -> bytes:
    # Keyed BLAKE2b (RFC 7693's MAC mode) rather than HMAC-SHA256: the same guarantee, and measured in the
    # hook path at a fraction of OpenSSL's HMAC set-up cost (17 µs a card under load, 0.5 µs here).
    return hashlib.blake2b(message, key=_key, digest_size=size).digest()


def is_ours(card_uuid: str) -> bool:
    """True when ``card_uuid`` was minted under this process's key, in either layout. Never raises."""
    if len(card_uuid) != 36:
        return False
    try:
        raw = bytes.fromhex(card_uuid.replace("-", ""))
    except ValueError:
        return False
    if len(raw) != 16 or card_uuid[8] != "-" or card_uuid[13] != "-" or card_uuid[18] != "-" or card_uuid[23] != "-":
        return False
    version = raw[6] >> 4
    if version == 8:
        return hmac.compare_digest(_mac(raw[:_SIGNED_BYTES], _TAG_BYTES), raw[_SIGNED_BYTES:])
    if version == 4:  # the earlier layout: feedback on a card issued before the upgrade is still ours
        nonce, tag = raw[:_EARLIER_NONCE_BYTES], raw[_EARLIER_NONCE_BYTES:]
        return hmac.compare_digest(_mac(nonce, len(tag)), tag)
    return False
