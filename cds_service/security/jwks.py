"""JSON Web Key Sets: parsing, and remote sets (an issuer's ``jwks_url``, or an allowed ``jku``) fetched so
that an unauthenticated caller cannot drive the fetching.

This module does its own network I/O (fetching key sets is security plumbing, not FHIR access). It only
ever fetches URLs the caller has already checked against the trusted-issuer configuration; it follows
no redirects, reads at most ``MAX_JWKS_BYTES`` and ends every fetch within its budget.

Anyone can send a token naming a trusted issuer and a ``jku`` under its allowed prefixes (plus a random
suffix), or a ``kid`` the cached set lacks; the signature is checked only once a key is in hand. So:

- **One fetch per issuer per interval, whatever the URL.** Each issuer has one fetch slot, free once every
  ``min_refetch_seconds``. A token that needs a fetch while the slot is taken gets the cached set (stale,
  or without its kid) or ``jwks_unavailable``. With a shared ``KeySetCache`` (the database,
  ``persistence.key_sets``) the slot and the fetched sets are shared by every worker process and instance,
  so the bound holds for the whole deployment; without one it holds per process.
- **Failures cached.** A URL whose fetch failed is not asked again for ``NEGATIVE_CACHE_SECONDS`` (at least
  the interval), so a dead URL does not spend the slot again.
- **The genuine set is never evicted by unknown URLs.** A set that verified a token, or the configured
  ``jwks_url``'s, is pinned; unknown URLs (at most one new per interval anyway) are held in a small bounded
  pool of their own, oldest dropped first.
- **A short fetch budget.** The fetch runs on a small thread pool; the caller waits at most
  ``fetch_budget_seconds`` (name resolution included), so a key host that hangs or trickles holds a call
  that long at most, once per interval. A late answer is still recorded for the next call.
- Other callers in the same process that need the URL being fetched wait for that fetch (within the
  budget); in another process they wait for its result in the shared cache, if it is fetching that URL.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol
from urllib.parse import urlsplit

import jwt
import requests
import urllib3

from .urls import check_url

log = logging.getLogger(__name__)

DEFAULT_FETCH_BUDGET_SECONDS = 1.0
"""Longest a call waits for a key-set fetch (``CDS_JWKS_FETCH_BUDGET_SECONDS``)."""
MAX_JWKS_BYTES = 256 * 1024
NEGATIVE_CACHE_SECONDS = 300.0
"""A URL whose fetch failed is not fetched again for this long (or the refetch interval, if longer)."""
MAX_PINNED_URLS = 16
"""Per issuer: key sets that verified a token (or the configured jwks_url); only these survive unknown URLs."""
MAX_UNPINNED_URLS = 16
"""Per issuer: other URLs held (fetched or failed); at most one new one per interval can arrive."""
_SHARED_POLL_SECONDS = 0.05

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


def canonical_key_url(url: str) -> str:
    """The one spelling of a key-set URL used as a cache key and fetched: scheme and host lower case, the
    default port dropped, path and query as written. ``JwksError`` for a URL no key set may live at
    (non-ASCII, user info, dot segments, encoded slashes...): such a URL is never fetched."""
    if not isinstance(url, str) or not url.isascii() or check_url(url, allow_http_on_loopback_only=False):
        raise JwksError("not an acceptable key-set URL")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == (443 if scheme == "https" else 80) else f"{host}:{port}"
    return f"{scheme}://{netloc}{parts.path or '/'}"


def _host_of(url: str) -> str:
    """For log lines: the host only (the path of a jku is whatever the caller made up)."""
    return urlsplit(url).hostname or "?"


def fetch_jwks_document(url: str, *, budget_seconds: float = DEFAULT_FETCH_BUDGET_SECONDS) -> Any:
    """GET a JWKS over the network, all of it within ``budget_seconds`` (connect, headers and a body that
    trickles are all cut at the deadline; name resolution is bounded by the caller's wait). Raises
    ``JwksError`` on any failure; the message names the host, never the path or a secret."""
    deadline = time.monotonic() + budget_seconds
    host = _host_of(url)
    try:
        with requests.get(
            url,
            timeout=(budget_seconds, budget_seconds),
            allow_redirects=False,
            stream=True,
            headers={"Accept": "application/json, application/jwk-set+json"},
        ) as response:
            if response.status_code != 200:
                raise JwksError(f"key set at {host}: HTTP {response.status_code}")
            body = _read_within(response.raw, deadline, host)
    except requests.RequestException as exc:
        raise JwksError(f"key set at {host}: {exc.__class__.__name__}") from None
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise JwksError(f"key set at {host}: not JSON") from None


def _read_within(raw: urllib3.BaseHTTPResponse, deadline: float, host: str) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise JwksError(f"key set at {host}: not read within the fetch budget")
            sock = getattr(getattr(raw, "connection", None), "sock", None)
            if isinstance(sock, socket.socket):
                sock.settimeout(max(remaining, 0.001))
            chunk = raw.read1(64 * 1024, decode_content=True)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > MAX_JWKS_BYTES:
                raise JwksError(f"key set at {host}: larger than {MAX_JWKS_BYTES} bytes")
            chunks.append(chunk)
    except (urllib3.exceptions.HTTPError, OSError):
        raise JwksError(f"key set at {host}: not read within the fetch budget") from None


# --- sharing between processes ----------------------------------------------------------------------
@dataclass(frozen=True)
class SharedKeySet:
    """A fetch result as processes share it: the JWKS text, or None when the fetch failed."""

    document: str | None
    fetched_at: float
    """Seconds since the epoch."""


@dataclass(frozen=True)
class FetchSlotTaken:
    """The issuer's fetch slot is held (by another process): free again at ``free_at``."""

    free_at: float
    claimed_at: float
    same_url: bool
    """The holder is fetching the URL asked about (so its result is worth waiting for)."""


class KeySetCache(Protocol):
    """Where fetch slots and fetched key sets are shared between processes (``persistence.key_sets``).

    Every method must be quick and must not raise: when the shared store is unavailable, ``load`` returns
    None, ``claim_fetch`` grants the slot (the per-process gate still holds) and ``save`` does nothing."""

    def load(self, issuer: str, url: str) -> SharedKeySet | None: ...

    def claim_fetch(self, issuer: str, url: str, now: float, interval: float) -> FetchSlotTaken | None:
        """Take the issuer's slot for ``url`` (None: taken by this call), unless it was taken within
        ``interval`` seconds before ``now``."""
        ...

    def save(self, issuer: str, url: str, result: SharedKeySet) -> None: ...


class ProcessKeySetCache:
    """No sharing: every process has its own slot per issuer (the per-process bound only)."""

    def load(self, issuer: str, url: str) -> SharedKeySet | None:
        return None

    def claim_fetch(self, issuer: str, url: str, now: float, interval: float) -> FetchSlotTaken | None:
        return None

    def save(self, issuer: str, url: str, result: SharedKeySet) -> None:
        return None


# --- the cache --------------------------------------------------------------------------------------
@dataclass
class _Entry:
    key_set: KeySet | None
    """None: the fetch failed (a cached failure)."""
    fetched_at: float
    pinned: bool = False


@dataclass
class _IssuerState:
    pinned: OrderedDict[str, _Entry] = field(default_factory=OrderedDict)
    unpinned: OrderedDict[str, _Entry] = field(default_factory=OrderedDict)
    slot_until: float = 0.0
    """No fetch by this process before this time (the slot was used, here or elsewhere)."""
    inflight: dict[str, Future[_Entry | None]] = field(default_factory=dict)

    def get(self, url: str) -> _Entry | None:
        return self.pinned.get(url) or self.unpinned.get(url)

    def put(self, url: str, entry: _Entry) -> None:
        if entry.pinned or url in self.pinned:
            entry.pinned = True
            self.unpinned.pop(url, None)
            self.pinned[url] = entry
            self.pinned.move_to_end(url)
            while len(self.pinned) > MAX_PINNED_URLS:
                self.pinned.popitem(last=False)
            return
        self.unpinned[url] = entry
        self.unpinned.move_to_end(url)
        while len(self.unpinned) > MAX_UNPINNED_URLS:
            self.unpinned.popitem(last=False)


class RemoteKeySets:
    """Thread-safe cache of remote key sets per issuer, with one fetch slot per issuer (see module doc)."""

    def __init__(
        self,
        *,
        cache_seconds: float,
        min_refetch_seconds: float,
        fetch_budget_seconds: float = DEFAULT_FETCH_BUDGET_SECONDS,
        clock: Callable[[], float] = time.time,
        fetch: Callable[[str], Any] | None = None,
        shared: KeySetCache | None = None,
    ) -> None:
        self._cache_seconds = cache_seconds
        self._interval = min_refetch_seconds
        self._negative_seconds = max(NEGATIVE_CACHE_SECONDS, min_refetch_seconds)
        self._budget = fetch_budget_seconds
        self._clock = clock
        self._fetch = fetch or (lambda url: fetch_jwks_document(url, budget_seconds=fetch_budget_seconds))
        self._shared: KeySetCache = shared or ProcessKeySetCache()
        self._issuers: dict[str, _IssuerState] = {}
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._executor_pid = 0
        self.fetches = 0
        """Outbound fetches started by this process (for tests and the soak report)."""

    # -- the one entry point ------------------------------------------------------------------------
    def key_set(self, url: str, *, wanted_kid: str, issuer: str | None = None, pinned: bool = False) -> KeySet:
        """The key set at ``url`` for ``issuer``: cached, shared by another process, or fetched if the
        issuer's fetch slot is free. A set that lacks ``wanted_kid`` or is stale is returned when no fetch
        may happen now (the caller then refuses an unknown kid). Raises ``JwksError`` when no set is had.

        ``pinned``: the URL is configured (``jwks_url``), so its set is kept like one that verified a token.
        """
        canonical = canonical_key_url(url)
        owner = issuer if issuer is not None else canonical
        state = self._state(owner)
        now = self._clock()
        entry = state.get(canonical)
        if pinned and entry is not None and not entry.pinned:
            with self._lock:
                entry.pinned = True
                state.put(canonical, entry)
        if entry is not None:
            if entry.key_set is None and now - entry.fetched_at < self._negative_seconds:
                raise JwksError("this key-set URL failed recently (cached failure)")
            if self._fresh_with(entry, wanted_kid, now):
                return entry.key_set  # type: ignore[return-value]
        shared = self._shared.load(owner, canonical)
        if shared is not None and (entry is None or shared.fetched_at > entry.fetched_at):
            entry = self._remember(state, canonical, shared, pinned=pinned)
            if self._fresh_with(entry, wanted_kid, now):
                return entry.key_set  # type: ignore[return-value]
            if entry.key_set is None and now - entry.fetched_at < self._negative_seconds:
                raise JwksError("this key-set URL failed recently (cached failure)")
        fetched = self._fetch_if_allowed(state, owner, canonical, now, pinned)
        if fetched is not None:
            entry = fetched
        if entry is not None and entry.key_set is not None:
            return entry.key_set
        raise JwksError("no key set could be had for this URL (fetch failed, or not allowed again yet)")

    def mark_verified(self, issuer: str | None, url: str) -> None:
        """A token verified with the set at ``url``: it is the genuine set, kept whatever else arrives."""
        try:
            canonical = canonical_key_url(url)
        except JwksError:
            return
        state = self._state(issuer if issuer is not None else canonical)
        with self._lock:
            entry = state.get(canonical)
            if entry is not None and not entry.pinned:
                entry.pinned = True
                state.put(canonical, entry)

    # -- internals --------------------------------------------------------------------------------------
    def _state(self, owner: str) -> _IssuerState:
        state = self._issuers.get(owner)
        if state is None:
            with self._lock:
                state = self._issuers.setdefault(owner, _IssuerState())
        return state

    def _fresh_with(self, entry: _Entry, kid: str, now: float) -> bool:
        return entry.key_set is not None and kid in entry.key_set and now - entry.fetched_at < self._cache_seconds

    def _remember(self, state: _IssuerState, url: str, result: SharedKeySet, *, pinned: bool) -> _Entry:
        """Record a fetch result (ours or another process's). A failure never replaces a set we hold: the
        stale set stays in use while the key host is down."""
        key_set: KeySet | None = None
        if result.document is not None:
            try:
                key_set = parse_jwks(json.loads(result.document), source=f"key set at {_host_of(url)}")
            except (JwksError, ValueError, RecursionError) as exc:
                log.warning("JWKS from %s refused: %s", _host_of(url), exc)
        with self._lock:
            previous = state.get(url)
            keep_pin = pinned or (previous is not None and previous.pinned)
            if key_set is None and previous is not None and previous.key_set is not None:
                entry = previous  # keep the stale set; the slot already limits retries
            else:
                entry = _Entry(key_set, result.fetched_at, pinned=keep_pin)
            state.put(url, entry)
            return entry

    def _fetch_if_allowed(
        self, state: _IssuerState, owner: str, url: str, now: float, pinned: bool
    ) -> _Entry | None:
        with self._lock:
            running = state.inflight.get(url)
            if running is not None and running.done():  # its result is recorded already
                state.inflight.pop(url, None)
                running = None
            mine = running is None and now >= state.slot_until
            if mine:
                state.slot_until = now + self._interval
        if running is not None:
            return self._wait(running)
        if not mine:
            return None
        taken = self._shared.claim_fetch(owner, url, now, self._interval)
        if taken is not None:
            with self._lock:
                state.slot_until = taken.free_at
            if taken.same_url and now - taken.claimed_at < self._budget + 1.0:
                return self._wait_for_shared(state, owner, url, pinned)
            return None
        pool = self._pool()
        # Submitted and recorded under the lock: ``_download`` removes the entry under the same lock, so a
        # fetch that ends before ``submit`` returns cannot leave a finished future marked in flight (found
        # under load: the URL was then never fetched again, and a rotated key never seen).
        with self._lock:
            future = pool.submit(self._download, state, owner, url, now, pinned)
            state.inflight[url] = future
        return self._wait(future)

    def _wait(self, future: Future[_Entry | None]) -> _Entry | None:
        try:
            return future.result(timeout=self._budget)
        except FuturesTimeout:
            return None  # the fetch goes on in the background; its result is recorded when it comes

    def _download(self, state: _IssuerState, owner: str, url: str, started: float, pinned: bool) -> _Entry | None:
        self.fetches += 1
        try:
            document = self._fetch(url)
            parse_jwks(document, source=f"key set at {_host_of(url)}")  # refuse before sharing
            result = SharedKeySet(json.dumps(document, separators=(",", ":")), started)
        except JwksError as exc:
            log.warning("JWKS fetch for issuer %r failed: %s", owner[:120], exc)
            result = SharedKeySet(None, started)
        except Exception:  # a bug in a fetch function must not leave the URL marked in flight
            log.exception("JWKS fetch for issuer %r failed unexpectedly", owner[:120])
            result = SharedKeySet(None, started)
        try:
            entry = self._remember(state, url, result, pinned=pinned)
            self._shared.save(owner, url, result)
            return entry
        finally:
            with self._lock:
                state.inflight.pop(url, None)

    def _wait_for_shared(self, state: _IssuerState, owner: str, url: str, pinned: bool) -> _Entry | None:
        """Another process holds the slot for this very URL: wait (within the budget) for its result."""
        deadline = time.monotonic() + self._budget
        while time.monotonic() < deadline:
            time.sleep(_SHARED_POLL_SECONDS)
            shared = self._shared.load(owner, url)
            if shared is not None:
                return self._remember(state, url, shared, pinned=pinned)
        return None

    def _pool(self) -> ThreadPoolExecutor:
        pid = os.getpid()
        with self._lock:
            if self._executor is None or self._executor_pid != pid:  # never use a pool inherited over fork
                self._executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="jwks-fetch")
                self._executor_pid = pid
            return self._executor
