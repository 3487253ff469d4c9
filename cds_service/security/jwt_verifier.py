"""Authenticate the EHR: verify the CDS Hooks bearer JWT on discovery, service and feedback calls.

CDS Hooks 2.0 §Trusting CDS Clients (requirements 176, 177, 195, 199) and §JWT signing algorithm
(201: never ``none``; 203: never a symmetric algorithm; 205: ES384 and RS384 recommended). The header
must carry ``alg`` and ``kid``; ``typ`` may be absent or ``JWT`` in any case (the specification asks for
it, but RFC 7519 §5.1 makes it optional and EHRs leave it out), any other ``typ`` is refused. The payload
must carry ``iss``, ``aud`` (the exact URL called, alone or in a list), ``exp``, ``iat`` and ``jti``;
``nbf`` is honoured with the clock skew; ``sub`` (Epic and others send their client id) is accepted and
neither checked nor logged; ``tenant`` is checked when the issuer's configuration names one.

Order of checks: everything that can be judged without keys first (cheap, and no key fetch for junk),
then the key (``jku`` is only fetched when it lies under the issuer's allowed prefixes), the signature,
the time and audience claims, and last the ``jti``: it is recorded only for a token that is otherwise
valid, so a forged token cannot burn a genuine token's ``jti``.

Every failure raises ``Unauthorized(reason, message)`` where ``reason`` is a fixed category. Neither
the message nor the log line contains the token or its ``jti``.
"""

from __future__ import annotations

import base64
import json
import logging
import math
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import jwt
import orjson

from .. import metrics
from ..config import Settings
from ..errors import BadRequest, ConfigurationError, ServiceUnavailable, Unauthorized
from .issuers import TrustedIssuer, load_trusted_issuers
from .jwks import JwksError, KeyMismatch, KeySet, KeySetCache, RemoteKeySets
from .replay import ReplayStore
from .urls import url_is_under, url_is_under_any

log = logging.getLogger(__name__)

MAX_TOKEN_CHARS = 16 * 1024
"""A CDS Hooks JWT is well under 2 KB; refusing bigger ones bounds the work an unauthenticated caller causes."""

REQUIRED_CLAIMS = ("iss", "aud", "exp", "iat", "jti")
_FORBIDDEN_ALGORITHM_PREFIXES = ("HS",)
_SUPPORTED_CRIT: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Principal:
    """Who called: the verified issuer, its tenant claim, and the FHIR servers it may send us to."""

    issuer: str
    tenant: str | None
    allowed_fhir_servers: tuple[str, ...]


def _reject(reason: str, message: str) -> Unauthorized:
    return Unauthorized(reason, message)


def _safe(value: object, limit: int = 120) -> str:
    """A client-supplied value made safe for a log line or message: repr (no newlines), truncated."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class Authenticator:
    def __init__(
        self,
        issuers: Mapping[str, TrustedIssuer],
        replay_store: ReplayStore,
        *,
        algorithms: tuple[str, ...],
        clock_skew_seconds: int,
        max_lifetime_seconds: int,
        remote_key_sets: RemoteKeySets,
        clock: Callable[[], float] = time.time,
    ) -> None:
        unsafe = [a for a in algorithms if a.lower() == "none" or a.upper().startswith(_FORBIDDEN_ALGORITHM_PREFIXES)]
        if unsafe or not algorithms:
            raise ConfigurationError(f"JWT algorithms must be a non-empty list of asymmetric algorithms: {unsafe}")
        self._issuers = dict(issuers)
        self._replay_store = replay_store
        self._algorithms = tuple(algorithms)
        self._skew = clock_skew_seconds
        self._max_lifetime = max_lifetime_seconds
        self._remote = remote_key_sets
        self._clock = clock

    @classmethod
    def from_settings(
        cls,
        settings: Settings,
        replay_store: ReplayStore,
        *,
        clock: Callable[[], float] = time.time,
        fetch: Callable[[str], Any] | None = None,
        key_set_cache: KeySetCache | None = None,
    ) -> Authenticator:
        """Build from settings; raises ``ConfigurationError`` (start-up stops) if the issuer file is bad.

        ``key_set_cache``: where fetch slots and fetched key sets are shared between processes (the
        store's ``key_sets``); without it each process has its own slot per issuer."""
        if not settings.CDS_TRUSTED_ISSUERS_FILE:
            raise ConfigurationError(
                "CDS_AUTH=jwt needs CDS_TRUSTED_ISSUERS_FILE (see config/trusted-issuers.example.json and "
                "docs/security.md); for a loopback-only trial run set CDS_AUTH=off"
            )
        issuers = load_trusted_issuers(settings.CDS_TRUSTED_ISSUERS_FILE)
        if settings.CDS_JWT_MAX_LIFETIME_SECONDS <= 0 or settings.CDS_JWT_CLOCK_SKEW_SECONDS < 0:
            raise ConfigurationError("CDS_JWT_MAX_LIFETIME_SECONDS must be > 0 and CDS_JWT_CLOCK_SKEW_SECONDS >= 0")
        log.info(
            "JWT authentication on: %d trusted issuer(s) from %s; algorithms %s",
            len(issuers),
            settings.CDS_TRUSTED_ISSUERS_FILE,
            ", ".join(settings.CDS_JWT_ALGORITHMS),
        )
        return cls(
            issuers,
            replay_store,
            algorithms=settings.CDS_JWT_ALGORITHMS,
            clock_skew_seconds=settings.CDS_JWT_CLOCK_SKEW_SECONDS,
            max_lifetime_seconds=settings.CDS_JWT_MAX_LIFETIME_SECONDS,
            remote_key_sets=RemoteKeySets(
                cache_seconds=settings.CDS_JWKS_CACHE_SECONDS,
                min_refetch_seconds=settings.CDS_JWKS_MIN_REFETCH_SECONDS,
                fetch_budget_seconds=settings.CDS_JWKS_FETCH_BUDGET_SECONDS,
                clock=clock,
                fetch=fetch,
                shared=key_set_cache,
            ),
            clock=clock,
        )

    @property
    def issuers(self) -> Mapping[str, TrustedIssuer]:
        return self._issuers

    # ------------------------------------------------------------------------------------------------
    @metrics.counts_jwt_rejections
    def authenticate(self, authorization_header: str | None, audience: str) -> Principal:
        """Verify ``Authorization: Bearer <JWT>`` for a call to ``audience`` (the exact URL called)."""
        issuer: str | None = None
        try:
            token = _bearer_token(authorization_header)
            compact = _split_compact(token)
            header, claims = self._read_unverified(compact)
            issuer = self._issuer_claim(claims)
            trusted = self._issuers.get(issuer)
            if trusted is None:
                raise _reject("unknown_issuer", f"issuer {_safe(issuer)} is not trusted by this service")
            key, key_url = self._key(trusted, header)
            self._verify_signature(compact, header["alg"], key)
            if key_url is not None:
                self._remote.mark_verified(trusted.issuer, key_url)  # the genuine set: never evicted
            expires_at = self._check_claims(claims, trusted, audience)
            self._claim_jti(claims["jti"], trusted.issuer, expires_at)
        except Unauthorized as exc:
            log.warning("JWT rejected: reason=%s issuer=%s", exc.reason, _safe(issuer) if issuer else "-")
            raise
        tenant = claims.get("tenant")
        return Principal(
            issuer=trusted.issuer,
            tenant=tenant if isinstance(tenant, str) else None,
            allowed_fhir_servers=trusted.fhir_servers,
        )

    def check_fhir_server(self, principal: Principal, fhir_server: str | None) -> None:
        """SSRF guard: our access to a FHIR server (with the EHR's token) goes only where the issuer allows."""
        if fhir_server is None:
            return
        if not url_is_under_any(fhir_server, principal.allowed_fhir_servers):
            log.warning("fhirServer refused: not allowed for issuer %s", _safe(principal.issuer))
            raise BadRequest(
                "fhirServer is not one of the FHIR servers this issuer is allowed to send us to "
                "(fhir_servers in the trusted-issuer file)",
                field="fhirServer",
            )

    # ------------------------------------------------------------------------------------------------
    def _read_unverified(self, compact: _CompactJws) -> tuple[dict[str, Any], dict[str, Any]]:
        header = _json_value(compact.header)
        if header is _NOT_JSON:
            raise _reject("malformed_token", "the JWT header is not JSON")
        if not isinstance(header, dict):
            raise _reject("malformed_token", "the JWT header is not a JSON object")
        alg = header.get("alg")
        if (
            not isinstance(alg, str)
            or alg not in self._algorithms
            or alg.upper().startswith(_FORBIDDEN_ALGORITHM_PREFIXES)
        ):
            raise _reject(
                "unsupported_algorithm",
                f"alg {_safe(alg)} is not accepted; accepted: {', '.join(self._algorithms)}",
            )
        typ = header.get("typ")
        if typ is not None and (not isinstance(typ, str) or typ.upper() != "JWT"):
            raise _reject("malformed_token", "the JWT header typ, when present, must be 'JWT'")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise _reject("malformed_token", "the JWT header must have a kid naming the signing key")
        crit = header.get("crit")
        if crit is not None and (not isinstance(crit, list) or set(crit) - _SUPPORTED_CRIT):
            raise _reject("malformed_token", "the JWT header has critical extensions this service does not support")
        jku = header.get("jku")
        if jku is not None and not isinstance(jku, str):
            raise _reject("malformed_token", "the JWT header jku must be a URL string")
        if header.get("b64", True) is not True:  # RFC 7797 unencoded payloads: not a CDS Hooks JWT
            raise _reject("malformed_token", "the JWT header b64, when present, must be true")
        claims = _json_value(compact.payload)
        if claims is _NOT_JSON:
            raise _reject("malformed_token", "the JWT payload is not JSON")
        if not isinstance(claims, dict):
            raise _reject("malformed_token", "the JWT payload is not a JSON object")
        return header, claims

    @staticmethod
    def _issuer_claim(claims: Mapping[str, Any]) -> str:
        iss = claims.get("iss")
        if iss is None:
            raise _reject("missing_claim", "the JWT has no iss claim")
        if not isinstance(iss, str) or not iss:
            raise _reject("malformed_token", "the iss claim must be a non-empty string")
        return iss

    def _key(self, trusted: TrustedIssuer, header: Mapping[str, Any]) -> tuple[jwt.PyJWK, str | None]:
        """The verification key, and the URL its set came from (None for inline keys)."""
        kid: str = header["kid"]
        alg: str = header["alg"]
        jku: str | None = header.get("jku")
        key_set, url = self._key_set(trusted, kid, jku)
        try:
            key = key_set.key_for(kid, alg)
        except KeyMismatch as exc:
            raise _reject("unknown_key", str(exc)) from None
        if key is None:
            raise _reject("unknown_key", f"no key with kid {_safe(kid)} for issuer {_safe(trusted.issuer)}")
        return key, url

    def _key_set(self, trusted: TrustedIssuer, kid: str, jku: str | None) -> tuple[KeySet, str | None]:
        if trusted.inline_keys is not None:
            # Keys exchanged out of band (requirement 199) are authoritative; a jku is never fetched.
            return trusted.inline_keys, None
        url: str | None = trusted.jwks_url
        if trusted.jku_prefixes:
            if jku is None:
                raise _reject("untrusted_jku", "this issuer's keys are found through the jku header, which is missing")
            # Parsed as URLs, never compared as strings: scheme, host and port exactly, the path on a segment
            # boundary, nothing an HTTP library could rewrite (dot segments, encoded slashes, non-ASCII).
            if not jku.isascii() or not any(url_is_under(jku, prefix) for prefix in trusted.jku_prefixes):
                raise _reject("untrusted_jku", f"jku is not under the URLs allowed for issuer {_safe(trusted.issuer)}")
            url = jku
        if url is None:  # parse_trusted_issuers guarantees one key source; defend anyway
            raise _reject("unknown_key", "no key source configured for this issuer")
        try:
            key_set = self._remote.key_set(
                url, wanted_kid=kid, issuer=trusted.issuer, pinned=url == trusted.jwks_url
            )
        except JwksError:
            raise _reject(
                "jwks_unavailable", "the issuer's key set could not be had (fetch failed, or not again yet)"
            ) from None
        return key_set, url

    def _verify_signature(self, compact: _CompactJws, alg: str, key: jwt.PyJWK) -> None:
        """The signature, by PyJWT's algorithm for the key (what ``PyJWS.decode_complete`` would run, without
        decoding the token a second time). The key's own algorithm verifies, and must be the header's."""
        if alg != key.algorithm_name:
            raise _reject("unsupported_algorithm", "the JWT alg does not match the key")
        algorithm = key.Algorithm
        try:
            verified = algorithm.verify(compact.signing_input, algorithm.prepare_key(key.key), compact.signature)
        except (ValueError, TypeError, jwt.PyJWTError):
            raise _reject("malformed_token", "the JWT could not be verified") from None
        if not verified:
            raise _reject("bad_signature", "the JWT signature does not verify")

    def _check_claims(self, claims: Mapping[str, Any], trusted: TrustedIssuer, audience: str) -> datetime:
        missing = [name for name in REQUIRED_CLAIMS if claims.get(name) is None]
        if missing:
            raise _reject("missing_claim", f"the JWT lacks required claim(s): {', '.join(missing)}")
        exp = _numeric_date(claims, "exp")
        iat = _numeric_date(claims, "iat")
        jti = claims["jti"]
        if not isinstance(jti, str) or not jti:
            raise _reject("malformed_token", "the jti claim must be a non-empty string")
        aud = claims["aud"]
        audiences = aud if isinstance(aud, list) else [aud]
        if audience not in audiences or not all(isinstance(a, str) for a in audiences):
            raise _reject("bad_audience", f"aud must be the exact URL called: {audience}")
        now = self._clock()
        if now >= exp + self._skew:
            raise _reject("expired", "the JWT has expired")
        if iat > now + self._skew:
            raise _reject("issued_in_future", "the JWT iat is in the future (check the EHR's clock)")
        nbf = claims.get("nbf")
        if nbf is not None and _numeric_date(claims, "nbf") > now + self._skew:
            raise _reject("not_yet_valid", "the JWT nbf is in the future")
        if exp <= iat:
            raise _reject("malformed_token", "the JWT exp is not after its iat")
        if exp - iat > self._max_lifetime:
            raise _reject(
                "lifetime_too_long",
                f"the JWT lifetime (exp - iat) exceeds {self._max_lifetime} seconds",
            )
        if trusted.tenant is not None:
            tenant = claims.get("tenant")
            if tenant is None:
                raise _reject("missing_claim", "the JWT lacks the tenant claim this issuer requires")
            if tenant != trusted.tenant:
                raise _reject("bad_tenant", "the JWT tenant is not the one configured for this issuer")
        # Keep the jti until the token can no longer pass the exp check.
        return datetime.fromtimestamp(exp + self._skew, UTC)

    def _claim_jti(self, jti: str, issuer: str, expires_at: datetime) -> None:
        try:
            first_use = self._replay_store.claim(jti, issuer, expires_at)
        except Exception:
            log.exception("replay store failed; refusing the call (fail closed)")
            raise ServiceUnavailable("the token replay check is unavailable; try again later") from None
        if not first_use:
            raise _reject("replayed", "this JWT (jti) was already used")


@dataclass(frozen=True)
class _CompactJws:
    header: bytes
    payload: bytes
    signing_input: bytes
    signature: bytes


_BASE64URL = re.compile(rb"[A-Za-z0-9_-]*")


def _split_compact(token: str) -> _CompactJws:
    """The three segments of a compact JWS (RFC 7515 §7.1), each strictly base64url-decoded.

    By hand, not ``PyJWS.decode_complete``: PyJWT 2.15 checks each segment's alphabet one character at a
    time in Python, and the token was read twice (unverified for the header, then verified): 170 µs of a
    call's CPU on the 2-core machine, against 20 µs for this (bench/run.py, issue 11). The same rules as
    PyJWT's: the base64url alphabet only, at most two trailing ``=`` on a segment of whole quads, and only the
    canonical encoding of the bytes (no ignored low bits), so a token has one spelling."""
    try:
        raw = token.encode("ascii")
    except UnicodeEncodeError:
        raw = b"!"
    signing_input, dot, signature = raw.rpartition(b".")
    header, dot_too, payload = signing_input.partition(b".")
    if not dot or not dot_too:
        raise _reject("malformed_token", "the bearer token is not a compact JWS (header.payload.signature)")
    return _CompactJws(
        _base64url_segment(header), _base64url_segment(payload), signing_input, _base64url_segment(signature)
    )


def _base64url_segment(segment: bytes) -> bytes:
    stripped = segment.rstrip(b"=")
    padding = len(segment) - len(stripped)
    if (
        padding > 2
        or (padding and len(segment) % 4)
        or len(stripped) % 4 == 1
        or _BASE64URL.fullmatch(stripped) is None
    ):
        raise _reject("malformed_token", "the bearer token is not a compact JWS (header.payload.signature)")
    decoded = base64.urlsafe_b64decode(stripped + b"=" * (-len(stripped) % 4))
    if base64.urlsafe_b64encode(decoded).rstrip(b"=") != stripped:
        raise _reject("malformed_token", "the bearer token is not a compact JWS (header.payload.signature)")
    return decoded


def _bearer_token(authorization_header: str | None) -> str:
    if authorization_header is None or not authorization_header.strip():
        raise _reject("missing_token", "an Authorization: Bearer <JWT> header is required")
    scheme, _, token = authorization_header.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise _reject("malformed_token", "the Authorization header must be 'Bearer <JWT>'")
    if len(token) > MAX_TOKEN_CHARS:
        raise _reject("malformed_token", f"the bearer token is longer than {MAX_TOKEN_CHARS} characters")
    return token


_NOT_JSON: Any = object()


def _json_value(segment: bytes) -> Any:
    """The segment's JSON value, or ``_NOT_JSON``. orjson first (a few µs less per segment than the
    standard library, twice per call); what orjson refuses (NaN, an integer beyond 64 bits, a lone
    surrogate) is decided by the standard library, as before."""
    try:
        return orjson.loads(segment)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(segment)
    except (ValueError, RecursionError):
        return _NOT_JSON


def _numeric_date(claims: Mapping[str, Any], name: str) -> float:
    value = claims[name]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _reject("malformed_token", f"the {name} claim must be a NumericDate (seconds since 1970)")
    return float(value)
