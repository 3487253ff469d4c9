"""JSON Web Key Sets: parsing, and a cache of remote sets (an issuer's `jwks_url`, or an allowed `jku`).

This module does its own network I/O (fetching key sets is security plumbing, not FHIR access). It only
ever fetches URLs the caller has already checked against the trusted-issuer configuration; it follows
no redirects, reads at most ``MAX_JWKS_BYTES`` and uses short timeouts.

Caching: a fetched set is trusted for ``cache_seconds``. A token whose ``kid`` is not in the cached set
triggers a refetch (the issuer may have rotated keys), but at most once per ``min_refetch_seconds`` per
URL, so a stream of tokens with made-up kids cannot turn us into a request amplifier.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import jwt
import requests

log = logging.getLogger(__name__)

JWKS_CONNECT_TIMEOUT_SECONDS = 1.0
JWKS_READ_TIMEOUT_SECONDS = 2.0
MAX_JWKS_BYTES = 256 * 1024
MAX_CACHED_URLS = 64
"""Bound on distinct remote key-set URLs held (an allowed jku prefix may cover many URLs)."""

_ASYMMETRIC_KEY_TYPES = ("EC", "RSA", "OKP")
_EC_CURVE_FOR_ALG = {"ES256": "P-256", "ES384": "P-384", "ES512": "P-521", "ES256K": "secp256k1"}
_PRIVATE_MEMBERS = ("d", "p", "q", "dp", "dq", "qi", "k")


class JwksError(Exception):
    """A key set could not be read (bad document, or fetch failed)."""


class KeyMismatch(Exception):
    """The key with this kid cannot verify this algorithm (wrong type, curve or declared alg)."""


class KeySet:
    """Public keys by ``kid``. Parsed keys are memoised per (kid, alg), so verification stays cheap."""

    def __init__(self, jwks_by_kid: Mapping[str, Mapping[str, Any]]) -> None:
        self._jwks_by_kid = MappingProxyType(dict(jwks_by_kid))
        self._parsed: dict[tuple[str, str], jwt.PyJWK] = {}
        self._lock = threading.Lock()

    def __contains__(self, kid: object) -> bool:
        return kid in self._jwks_by_kid

    def __len__(self) -> int:
        return len(self._jwks_by_kid)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, KeySet) and dict(self._jwks_by_kid) == dict(other._jwks_by_kid)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self._jwks_by_kid)))

    def __repr__(self) -> str:
        return f"KeySet(kids={list(self._jwks_by_kid)!r})"

    @property
    def kids(self) -> tuple[str, ...]:
        return tuple(self._jwks_by_kid)

    def key_for(self, kid: str, alg: str) -> jwt.PyJWK | None:
        """The key to verify an ``alg`` signature made with ``kid``; None if no such kid.

        Raises ``KeyMismatch`` when the key exists but is not usable with ``alg``.
        """
        cached = self._parsed.get((kid, alg))
        if cached is not None:
            return cached
        jwk_data = self._jwks_by_kid.get(kid)
        if jwk_data is None:
            return None
        declared = jwk_data.get("alg")
        if declared is not None and declared != alg:
            raise KeyMismatch(f"key {kid!r} is declared for {declared}, the token uses {alg}")
        expected_curve = _EC_CURVE_FOR_ALG.get(alg)
        if expected_curve is not None and jwk_data.get("crv") != expected_curve:
            raise KeyMismatch(f"key {kid!r} is not a {expected_curve} key, which {alg} needs")
        try:
            parsed = jwt.PyJWK(dict(jwk_data), algorithm=alg)
        except (jwt.PyJWKError, jwt.InvalidKeyError, ValueError, TypeError) as exc:
            raise KeyMismatch(f"key {kid!r} cannot verify {alg}: {exc.__class__.__name__}") from None
        with self._lock:
            self._parsed[(kid, alg)] = parsed
        return parsed


def parse_jwks(document: Any, *, source: str) -> KeySet:
    """Validate a JWKS document: public asymmetric signing keys, each with a unique ``kid``.

    Keys meant for encryption (``use`` other than ``sig``) are left out. A private or symmetric key
    is an error: it means the issuer published something it must not, so nothing from it is trusted.
    """
    if not isinstance(document, Mapping) or not isinstance(document.get("keys"), list):
        raise JwksError(f"{source}: a JWKS must be an object with a 'keys' array")
    by_kid: dict[str, Mapping[str, Any]] = {}
    for index, key in enumerate(document["keys"]):
        where = f"{source}: keys[{index}]"
        if not isinstance(key, Mapping):
            raise JwksError(f"{where} is not an object")
        kid = key.get("kid")
        if not isinstance(kid, str) or not kid:
            raise JwksError(f"{where} has no 'kid' (every key must have one: tokens name their key by kid)")
        if key.get("kty") not in _ASYMMETRIC_KEY_TYPES:
            raise JwksError(f"{where} ({kid}): kty must be one of {', '.join(_ASYMMETRIC_KEY_TYPES)}")
        if any(member in key for member in _PRIVATE_MEMBERS):
            raise JwksError(f"{where} ({kid}) contains private key material; publish the public key only")
        if key.get("use", "sig") != "sig":
            continue
        if kid in by_kid:
            raise JwksError(f"{where}: duplicate kid {kid!r}")
        by_kid[kid] = MappingProxyType(dict(key))
    return KeySet(by_kid)


def fetch_jwks_document(url: str) -> Any:
    """GET a JWKS over the network. Raises ``JwksError`` on any failure (the message has no secrets)."""
    try:
        with requests.get(
            url,
            timeout=(JWKS_CONNECT_TIMEOUT_SECONDS, JWKS_READ_TIMEOUT_SECONDS),
            allow_redirects=False,
            stream=True,
            headers={"Accept": "application/json, application/jwk-set+json"},
        ) as response:
            if response.status_code != 200:
                raise JwksError(f"{url}: HTTP {response.status_code}")
            body = response.raw.read(MAX_JWKS_BYTES + 1, decode_content=True)
    except requests.RequestException as exc:
        raise JwksError(f"{url}: {exc.__class__.__name__}") from None
    if len(body) > MAX_JWKS_BYTES:
        raise JwksError(f"{url}: key set larger than {MAX_JWKS_BYTES} bytes")
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise JwksError(f"{url}: not JSON") from None


@dataclass
class _CacheEntry:
    key_set: KeySet | None
    fetched_at: float
    last_attempt_at: float


class RemoteKeySets:
    """Thread-safe cache of remote key sets, keyed by URL."""

    def __init__(
        self,
        *,
        cache_seconds: float,
        min_refetch_seconds: float,
        clock: Callable[[], float] = time.time,
        fetch: Callable[[str], Any] = fetch_jwks_document,
    ) -> None:
        self._cache_seconds = cache_seconds
        self._min_refetch_seconds = min_refetch_seconds
        self._clock = clock
        self._fetch = fetch
        self._entries: dict[str, _CacheEntry] = {}
        self._lock = threading.Lock()

    def key_set(self, url: str, *, wanted_kid: str) -> KeySet:
        """The key set at ``url``, refetched when stale or when it lacks ``wanted_kid`` (rate-limited).

        Raises ``JwksError`` when there is no usable set (first fetch failed). A stale set is kept in
        use while refetching fails, so a key-server outage does not stop the service.
        """
        entry = self._entries.get(url)
        now = self._clock()
        if (
            entry is not None
            and entry.key_set is not None
            and wanted_kid in entry.key_set
            and now - entry.fetched_at < self._cache_seconds
        ):
            return entry.key_set
        with self._lock:
            entry = self._entries.get(url)
            now = self._clock()
            if entry is None or now - entry.last_attempt_at >= self._min_refetch_seconds:
                entry = self._refresh(url, entry, now)
            if entry.key_set is None:
                raise JwksError(f"{url}: no key set could be fetched")
            return entry.key_set

    def _refresh(self, url: str, entry: _CacheEntry | None, now: float) -> _CacheEntry:
        try:
            key_set = parse_jwks(self._fetch(url), source=url)
        except JwksError as exc:
            log.warning("JWKS fetch failed (%s); %s", exc, "keeping the cached set" if entry else "no set")
            if entry is None:
                entry = _CacheEntry(key_set=None, fetched_at=now, last_attempt_at=now)
            else:
                entry.last_attempt_at = now
        else:
            entry = _CacheEntry(key_set=key_set, fetched_at=now, last_attempt_at=now)
        self._entries[url] = entry
        self._evict_oldest()
        return entry

    def _evict_oldest(self) -> None:
        while len(self._entries) > MAX_CACHED_URLS:
            oldest = min(self._entries, key=lambda u: self._entries[u].last_attempt_at)
            del self._entries[oldest]
