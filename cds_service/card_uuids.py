"""Card uuids that say who issued them: a random part and a keyed marker, in the layout of a UUID v4.

Why. The issued-card log is written off the request path (``persistence.card_log``): a card issued a moment
ago by another worker or instance may not be in the table yet when its feedback arrives. The feedback's
"unknown card" flag must still be right, without a database read or a wait for the other process's flush.
So the uuid itself proves that this deployment issued it: 9 random bytes (66 random bits once the UUID
version and variant bits are set) followed by 7 bytes of HMAC-SHA256 of those bytes under the deployment's
key. ``is_ours`` recomputes the HMAC: one hash, about a microsecond. (A timestamp in the uuid would only
help a reader who trusts it; the HMAC needs no clock and no window.)

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

_NONCE_BYTES = 9
_TAG_BYTES = 16 - _NONCE_BYTES
_key = os.urandom(32)
"""Until ``use_key`` is called (the store does, at start-up): a random key, so no two processes agree."""


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
    nonce = bytearray(os.urandom(_NONCE_BYTES))
    nonce[6] = (nonce[6] & 0x0F) | 0x40  # version 4
    nonce[8] = (nonce[8] & 0x3F) | 0x80  # RFC 9562 variant
    tag = hmac.digest(_key, nonce, "sha256")[:_TAG_BYTES]
    text = (bytes(nonce) + tag).hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


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
    expected = hmac.digest(_key, raw[:_NONCE_BYTES], "sha256")[:_TAG_BYTES]
    return hmac.compare_digest(expected, raw[_NONCE_BYTES:])
