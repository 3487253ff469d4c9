"""Test keys and CDS Hooks JWTs: generate ES384/RS384 key pairs, publish them as JWKS, sign tokens.

``make_token`` builds a token shaped like the CDS Hooks sandbox's by default (header alg, typ, kid and
optionally jku; claims iss, aud, exp = iat + 300, iat, jti) and lets a test override or delete any
header field or claim (``None`` deletes), or sign with ``none`` / an HMAC keyed with the public key
(the classic algorithm-confusion attack). ``JwksServer`` serves key sets on loopback and counts requests.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes, PublicKeyTypes

TEST_ISSUER = "https://ehr.test.example"
SANDBOX_ISSUER = "https://sandbox.cds-hooks.org"
SANDBOX_JKU = "https://sandbox.cds-hooks.org/.well-known/jwks.json"
_DELETE = None


@dataclass(frozen=True)
class TestKey:
    __test__ = False  # not a pytest test class

    alg: str
    kid: str
    private_key: PrivateKeyTypes

    @property
    def public_key(self) -> PublicKeyTypes:
        return self.private_key.public_key()  # type: ignore[union-attr]

    def public_pem(self) -> bytes:
        return self.public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

    def public_jwk(self, *, with_alg: bool = True) -> dict[str, Any]:
        algorithm = jwt.get_algorithm_by_name(self.alg)
        jwk: dict[str, Any] = json.loads(algorithm.to_jwk(self.public_key))
        jwk.update({"kid": self.kid, "use": "sig"})
        if with_alg:
            jwk["alg"] = self.alg
        return jwk


def generate_key(alg: str = "ES384", kid: str | None = None) -> TestKey:
    """A fresh key pair for ES256/ES384/ES512 or RS256/RS384/RS512 (RSA 2048); always a new key, even
    for a kid used before (so a test can forge a token under a trusted kid)."""
    kid = kid or f"test-{alg.lower()}-{uuid.uuid4().hex[:8]}"
    private_key: PrivateKeyTypes
    if alg.startswith("ES"):
        curve = {"ES256": ec.SECP256R1(), "ES384": ec.SECP384R1(), "ES512": ec.SECP521R1()}[alg]
        private_key = ec.generate_private_key(curve)
    elif alg.startswith(("RS", "PS")):
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    else:
        raise ValueError(f"no test key type for {alg}")
    return TestKey(alg=alg, kid=kid, private_key=private_key)


def jwks(*keys: TestKey, with_alg: bool = True) -> dict[str, Any]:
    return {"keys": [k.public_jwk(with_alg=with_alg) for k in keys]}


def claims_for(aud: str, *, iss: str = TEST_ISSUER, lifetime: int = 300, now: float | None = None) -> dict[str, Any]:
    """The sandbox's claim set: iss, aud, exp = iat + 300, iat, jti (no sub, no tenant)."""
    issued_at = int(now if now is not None else time.time())
    return {"iss": iss, "aud": aud, "exp": issued_at + lifetime, "iat": issued_at, "jti": str(uuid.uuid4())}


def make_token(
    key: TestKey,
    aud: str,
    *,
    iss: str = TEST_ISSUER,
    lifetime: int = 300,
    now: float | None = None,
    jku: str | None = None,
    alg: str | None = None,
    claims: Mapping[str, Any] | None = None,
    header: Mapping[str, Any] | None = None,
) -> str:
    """Sign a CDS Hooks JWT. ``claims`` / ``header`` override fields; a ``None`` value deletes the field.

    ``alg`` different from the key's: ``none`` gives an unsigned token; ``HS256/384/512`` an HMAC keyed
    with the key's public PEM (what a verifier that trusts the header's alg would accept).
    """
    payload = claims_for(aud, iss=iss, lifetime=lifetime, now=now)
    payload = _apply(payload, claims)
    signing_alg = alg or key.alg
    jose_header: dict[str, Any] = {"alg": signing_alg, "typ": "JWT", "kid": key.kid}
    if jku is not None:
        jose_header["jku"] = jku
    jose_header = _apply(jose_header, header)
    signing_input = f"{_b64(json.dumps(jose_header).encode())}.{_b64(json.dumps(payload).encode())}"
    if signing_alg == key.alg:
        algorithm = jwt.get_algorithm_by_name(key.alg)
        signature = algorithm.sign(signing_input.encode(), algorithm.prepare_key(key.private_key))
        return f"{signing_input}.{_b64(signature)}"
    if signing_alg.lower() == "none":
        return f"{signing_input}."
    if signing_alg.upper().startswith("HS"):
        digest = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}[signing_alg.upper()]
        signature = hmac.new(key.public_pem(), signing_input.encode(), digest).digest()
        return f"{signing_input}.{_b64(signature)}"
    raise ValueError(f"cannot sign {signing_alg} with a {key.alg} key")


def raw_token(header: Any, payload: Any, signature: bytes = b"sig") -> str:
    """Assemble a token from arbitrary JSON parts (for malformed-token tests)."""
    return ".".join((_b64(json.dumps(header).encode()), _b64(json.dumps(payload).encode()), _b64(signature)))


def tamper_signature(token: str) -> str:
    """Flip bits in the middle of the signature (the last character may only hold padding bits)."""
    head, _, signature = token.rpartition(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4)))
    raw[len(raw) // 2] ^= 0x5A
    return f"{head}.{_b64(bytes(raw))}"


def _apply(base: dict[str, Any], overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    result = dict(base)
    for name, value in (overrides or {}).items():
        if value is _DELETE:
            result.pop(name, None)
        else:
            result[name] = value
    return result


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


# --- a loopback HTTP server publishing key sets ------------------------------------------------------
class JwksServer:
    """Serves JSON documents by path on 127.0.0.1 and counts every request (by path)."""

    def __init__(self) -> None:
        self.documents: dict[str, Any] = {}
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        server_ref = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server_ref._lock:
                    server_ref.requests[self.path] += 1
                    document = server_ref.documents.get(self.path)
                if document is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                body = json.dumps(document).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    @property
    def total_requests(self) -> int:
        with self._lock:
            return sum(self.requests.values())

    def start(self) -> JwksServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@contextmanager
def running_jwks_server() -> Iterator[JwksServer]:
    server = JwksServer().start()
    try:
        yield server
    finally:
        server.stop()
