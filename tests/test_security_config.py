"""Trusted-issuer file loading and validation, the shipped examples, and the remote key-set cache.

Requirement 195 (allowlist of iss and jku urls), 199 (out-of-band key set when there is no jku),
201/203 (no `none`, no symmetric keys).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jwt
import pytest
from support.jwt_keys import SANDBOX_ISSUER, JwksServer, generate_key, jwks, running_jwks_server

from cds_service.config import Settings
from cds_service.errors import ConfigurationError
from cds_service.security import (
    Authenticator,
    MemoryReplayStore,
    RemoteKeySets,
    StorageReplayStore,
    is_loopback_host,
    load_trusted_issuers,
    parse_trusted_issuers,
)
from cds_service.security.jwks import MAX_JWKS_BYTES, JwksError

ROOT = Path(__file__).resolve().parent.parent
_SHARED_SANDBOX_JWKS = ROOT.parent / "shared/cds-hooks/public-sandbox-jwks.json"
SANDBOX_JWKS = json.loads(_SHARED_SANDBOX_JWKS.read_text()) if _SHARED_SANDBOX_JWKS.exists() else None
SANDBOX_KID = "44823f3d-0b01-4a6c-a80e-b9d3e8a7226f"


def _issuer(**fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {"iss": "https://ehr.test.example", "jwks": jwks(generate_key("ES384", kid="k1"))}
    entry.update(fields)
    return {key: value for key, value in entry.items() if value is not None}


# --- shipped examples ------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["trusted-issuers.example.json", "trusted-issuers.example.toml"])
def test_example_files_trust_the_public_sandbox(name: str) -> None:
    """Issue 5: the example trusts https://sandbox.cds-hooks.org with its published key set (199)."""
    issuers = load_trusted_issuers(ROOT / "config" / name)
    sandbox = issuers[SANDBOX_ISSUER]
    assert sandbox.inline_keys is not None and sandbox.inline_keys.kids == (SANDBOX_KID,)
    assert sandbox.inline_keys.key_for(SANDBOX_KID, "ES384") is not None
    assert sandbox.jwks_url is None and sandbox.jku_prefixes == () and sandbox.tenant is None


@pytest.mark.skipif(SANDBOX_JWKS is None, reason="shared reference material not present")
def test_example_file_carries_the_shared_sandbox_key_set() -> None:
    example = json.loads((ROOT / "config/trusted-issuers.example.json").read_text())
    assert example["issuers"][0]["jwks"] == SANDBOX_JWKS


def test_example_json_and_toml_agree() -> None:
    assert load_trusted_issuers(ROOT / "config/trusted-issuers.example.json") == load_trusted_issuers(
        ROOT / "config/trusted-issuers.example.toml"
    )


# --- start-up refuses a bad configuration ----------------------------------------------------------
def test_jwt_auth_without_issuer_file_stops_start_up() -> None:
    settings = Settings.load({"CDS_AUTH": "jwt"}, environ={})
    with pytest.raises(ConfigurationError, match="CDS_TRUSTED_ISSUERS_FILE"):
        Authenticator.from_settings(settings, MemoryReplayStore())


def test_missing_issuer_file_stops_start_up(tmp_path: Path) -> None:
    settings = Settings.load({"CDS_TRUSTED_ISSUERS_FILE": str(tmp_path / "nope.json")}, environ={})
    with pytest.raises(ConfigurationError, match="cannot read"):
        Authenticator.from_settings(settings, MemoryReplayStore())


@pytest.mark.parametrize(("suffix", "text"), [(".json", "{not json"), (".toml", "issuers = [")])
def test_unparsable_issuer_file_stops_start_up(tmp_path: Path, suffix: str, text: str) -> None:
    path = tmp_path / f"issuers{suffix}"
    path.write_text(text)
    with pytest.raises(ConfigurationError, match="not valid"):
        load_trusted_issuers(path)


@pytest.mark.parametrize(
    ("document", "problem"),
    [
        ({"issuers": []}, "empty"),
        ({"trusted": []}, "'issuers' array"),
        ({"issuers": [_issuer(iss=None)]}, "'iss'"),
        ({"issuers": [_issuer(), _issuer()]}, "listed twice"),
        ({"issuers": [_issuer(jwks=None)]}, "exactly one key source"),
        ({"issuers": [_issuer(jwks_url="https://ehr.test.example/jwks.json")]}, "exactly one key source"),
        ({"issuers": [_issuer(jwks_uri="https://ehr.test.example/jwks")]}, "unknown field"),
        ({"issuers": [_issuer(jwks=None, jwks_url="http://ehr.test.example/jwks.json")]}, "https"),
        ({"issuers": [_issuer(jwks=None, jku_prefixes=[])]}, "jku_prefixes is empty"),
        ({"issuers": [_issuer(jwks=None, jku_prefixes="https://ehr.test.example/")]}, "array of URLs"),
        ({"issuers": [_issuer(jwks=None, jku_prefixes=["https://a@ehr.test.example/"])]}, "user info"),
        ({"issuers": [_issuer(fhir_servers=["ftp://ehr.test.example/fhir"])]}, "http"),
        ({"issuers": [_issuer(tenant="")]}, "tenant"),
        ({"issuers": [_issuer(jwks={"keys": [{"kty": "oct", "kid": "s", "k": "c2VjcmV0"}]})]}, "kty"),
        ({"issuers": [_issuer(jwks={"keys": [{"kty": "EC", "crv": "P-384", "x": "a", "y": "b"}]})]}, "kid"),
        ({"issuers": [_issuer(jwks={"keys": []})]}, "no signing key"),
    ],
)
def test_invalid_issuer_entries_are_refused(document: dict[str, Any], problem: str) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        parse_trusted_issuers(document, source="test")


def test_private_key_in_configuration_is_refused() -> None:
    """A JWKS holding a private key means it was pasted by mistake: refuse rather than trust it."""
    key = generate_key("ES384", kid="leaky")
    private_jwk = json.loads(jwt.get_algorithm_by_name("ES384").to_jwk(key.private_key))
    private_jwk["kid"] = "leaky"
    with pytest.raises(ConfigurationError, match="private key"):
        parse_trusted_issuers({"issuers": [_issuer(jwks={"keys": [private_jwk]})]}, source="test")


def test_hmac_algorithm_setting_is_refused() -> None:
    """Requirement 203: CDS_JWT_ALGORITHMS can never include a symmetric algorithm (nor none, 201)."""
    for algorithms in ("ES384,HS384", "none"):
        with pytest.raises(ConfigurationError):
            Settings.load({"CDS_JWT_ALGORITHMS": algorithms}, environ={})


def test_http_key_urls_are_allowed_on_loopback_only() -> None:
    issuers = parse_trusted_issuers(
        {"issuers": [_issuer(jwks=None, jwks_url="http://127.0.0.1:8123/jwks.json")]}, source="test"
    )
    assert issuers["https://ehr.test.example"].jwks_url == "http://127.0.0.1:8123/jwks.json"


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.1", True),
        ("::1", True),
        ("[::1]", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("example.org", False),
        ("::", False),
    ],
)
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


# --- remote key-set cache ----------------------------------------------------------------------------
class _Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with running_jwks_server() as running:
        yield running


def test_stale_key_set_stays_in_use_while_refetch_fails(server: JwksServer) -> None:
    clock = _Clock()
    cache = RemoteKeySets(cache_seconds=60, min_refetch_seconds=10, clock=clock)
    server.documents["/k.json"] = jwks(generate_key("ES384", kid="k1"))
    assert "k1" in cache.key_set(server.url("/k.json"), wanted_kid="k1")
    del server.documents["/k.json"]
    clock.now += 61
    assert "k1" in cache.key_set(server.url("/k.json"), wanted_kid="k1")
    assert server.requests["/k.json"] == 2


def test_failed_first_fetch_is_also_rate_limited(server: JwksServer) -> None:
    clock = _Clock()
    cache = RemoteKeySets(cache_seconds=60, min_refetch_seconds=10, clock=clock)
    for _ in range(3):
        with pytest.raises(JwksError):
            cache.key_set(server.url("/absent.json"), wanted_kid="k1")
    assert server.requests["/absent.json"] == 1


def test_oversized_key_set_is_refused(server: JwksServer) -> None:
    server.documents["/big.json"] = {"keys": [], "padding": "x" * (MAX_JWKS_BYTES + 10)}
    cache = RemoteKeySets(cache_seconds=60, min_refetch_seconds=10)
    with pytest.raises(JwksError):
        cache.key_set(server.url("/big.json"), wanted_kid="k1")


def test_fetched_set_with_symmetric_key_is_refused(server: JwksServer) -> None:
    """Requirement 203: a fetched `oct` key never becomes a verification key."""
    server.documents["/oct.json"] = {"keys": [{"kty": "oct", "kid": "k1", "k": "c2VjcmV0"}]}
    cache = RemoteKeySets(cache_seconds=60, min_refetch_seconds=10)
    with pytest.raises(JwksError):
        cache.key_set(server.url("/oct.json"), wanted_kid="k1")


# --- replay store adapter ------------------------------------------------------------------------------
def test_storage_adapter_delegates_to_claim_jti() -> None:
    from datetime import UTC, datetime

    calls: list[tuple[str, str]] = []

    class FakeStore:
        def claim_jti(self, jti: str, issuer: str, expires_at: datetime) -> bool:
            calls.append((jti, issuer))
            return len(calls) == 1

    store = StorageReplayStore(FakeStore())
    expires = datetime.now(UTC)
    assert store.claim("j", "i", expires) is True
    assert store.claim("j", "i", expires) is False
    assert calls == [("j", "i"), ("j", "i")]


def test_memory_replay_store_forgets_expired_entries() -> None:
    from datetime import UTC, datetime, timedelta

    store = MemoryReplayStore()
    past = datetime.now(UTC) - timedelta(seconds=1)
    assert store.claim("old", "i", past)
    assert store.claim("new", "i", datetime.now(UTC) + timedelta(minutes=5))
    assert not store.claim("new", "i", datetime.now(UTC) + timedelta(minutes=5))
    assert len(store) == 1
