"""JWT verification against ``Authenticator`` directly (issue 5), keys signed in the test.

CDS Hooks 2.0 service requirements cited by number (shared/cds-hooks/service-requirements-2.0.txt):
176 (JWT authenticates the client), 177 (require auth when data is at risk), 195 (allowlist of iss and
jku), 199 (no jku: key set exchanged out of band), 201 (never `none`), 203 (never symmetric),
205 (ES384 and RS384 recommended).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from support.jwt_keys import (
    SANDBOX_ISSUER,
    SANDBOX_JKU,
    TEST_ISSUER,
    JwksServer,
    TestKey,
    generate_key,
    jwks,
    make_token,
    raw_token,
    running_jwks_server,
    tamper_signature,
)

from cds_service.config import Settings
from cds_service.errors import BadRequest, ServiceUnavailable, Unauthorized
from cds_service.security import REQUIRED_CLAIMS, Authenticator, MemoryReplayStore, Principal

NOW = 1_800_000_000.0
BASE = "https://cds.test.example"
DISCOVERY = f"{BASE}/cds-services"
SERVICE = f"{BASE}/cds-services/low-back-pain"
FEEDBACK = f"{BASE}/cds-services/low-back-pain/feedback"
JKU_ISSUER = "https://jku-ehr.test.example"
URL_ISSUER = "https://url-ehr.test.example"
TENANT_ISSUER = "https://tenant-ehr.test.example"
FHIR_BASE = "https://fhir.test.example/r4"
SANDBOX_KID = "44823f3d-0b01-4a6c-a80e-b9d3e8a7226f"


class FakeClock:
    def __init__(self, now: float = NOW) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def es_key() -> TestKey:
    return generate_key("ES384", kid="ehr-es384")


@pytest.fixture(scope="module")
def rs_key() -> TestKey:
    return generate_key("RS384", kid="ehr-rs384")


@pytest.fixture(scope="module")
def other_key() -> TestKey:
    return generate_key("ES384", kid="someone-else")


@pytest.fixture(scope="module")
def sandbox_shaped_key() -> TestKey:
    """Stands in for the sandbox's key (same kid); we do not hold the sandbox's private key in tests."""
    return generate_key("ES384", kid=SANDBOX_KID)


@pytest.fixture
def jwks_server() -> Iterator[JwksServer]:
    with running_jwks_server() as server:
        yield server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fetched_urls() -> list[str]:
    return []


@pytest.fixture
def make_authenticator(
    tmp_path: Path,
    es_key: TestKey,
    rs_key: TestKey,
    sandbox_shaped_key: TestKey,
    jwks_server: JwksServer,
    clock: FakeClock,
    fetched_urls: list[str],
) -> Callable[..., Authenticator]:
    """An Authenticator from a trusted-issuer file covering every key source, via ``from_settings``."""

    def build(**settings: Any) -> Authenticator:
        jwks_server.documents["/ehr/jwks.json"] = jwks(es_key)
        jwks_server.documents["/url-ehr/jwks.json"] = jwks(rs_key)
        document = {
            "issuers": [
                {"iss": TEST_ISSUER, "jwks": jwks(es_key, rs_key), "fhir_servers": [FHIR_BASE]},
                {"iss": SANDBOX_ISSUER, "jwks": jwks(sandbox_shaped_key)},
                {"iss": JKU_ISSUER, "jku_prefixes": [jwks_server.url("/ehr/")]},
                {"iss": URL_ISSUER, "jwks_url": jwks_server.url("/url-ehr/jwks.json")},
                {"iss": TENANT_ISSUER, "jwks": jwks(es_key), "tenant": "hospital-a"},
            ]
        }
        path = tmp_path / "issuers.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        # A generous fetch budget: these tests count fetches from a loopback key host, and on a loaded CI
        # machine a fetch can take longer than the 1 s default (the token then verifies on the cached set and
        # the count is short). The budget itself is tested in test_key_fetch.py.
        loaded = Settings.load(
            {"CDS_TRUSTED_ISSUERS_FILE": str(path), "CDS_JWKS_FETCH_BUDGET_SECONDS": 15, **settings}, environ={}
        )
        from cds_service.security.jwks import fetch_jwks_document

        def recording_fetch(url: str) -> Any:
            fetched_urls.append(url)
            return fetch_jwks_document(url, budget_seconds=loaded.CDS_JWKS_FETCH_BUDGET_SECONDS)

        return Authenticator.from_settings(loaded, MemoryReplayStore(), clock=clock, fetch=recording_fetch)

    return build


@pytest.fixture
def auth(make_authenticator: Callable[..., Authenticator]) -> Authenticator:
    return make_authenticator()


def bearer(token: str) -> str:
    return f"Bearer {token}"


def rejected(auth: Authenticator, header: str | None, audience: str = SERVICE) -> Unauthorized:
    with pytest.raises(Unauthorized) as caught:
        auth.authenticate(header, audience)
    return caught.value


# --- accepted tokens -------------------------------------------------------------------------------
@pytest.mark.parametrize("audience", [DISCOVERY, SERVICE, FEEDBACK])
@pytest.mark.parametrize("alg", ["ES384", "RS384"])
def test_accepts_es384_and_rs384_on_every_endpoint(
    auth: Authenticator, es_key: TestKey, rs_key: TestKey, alg: str, audience: str
) -> None:
    """Requirements 176 and 205: ES384 and RS384 tokens verify, on discovery, service and feedback audiences."""
    key = es_key if alg == "ES384" else rs_key
    principal = auth.authenticate(bearer(make_token(key, audience, now=NOW)), audience)
    assert principal == Principal(issuer=TEST_ISSUER, tenant=None, allowed_fhir_servers=(FHIR_BASE,))


def test_accepts_sandbox_shaped_token_without_fetching_its_jku(
    auth: Authenticator, sandbox_shaped_key: TestKey, fetched_urls: list[str]
) -> None:
    """Requirement 199: the sandbox's exact shape (alg, typ, kid, jku; iss, aud, exp = iat + 300, iat,
    jti; no sub, no tenant) is accepted when configured with its key set out of band, jku not fetched."""
    token = make_token(sandbox_shaped_key, SERVICE, iss=SANDBOX_ISSUER, jku=SANDBOX_JKU, now=NOW, lifetime=300)
    header = json.loads(_b64decode(token.split(".")[0]))
    claims = json.loads(_b64decode(token.split(".")[1]))
    assert set(header) == {"alg", "typ", "kid", "jku"} and header["alg"] == "ES384"
    assert set(claims) == {"iss", "aud", "exp", "iat", "jti"} and claims["exp"] == claims["iat"] + 300
    principal = auth.authenticate(bearer(token), SERVICE)
    assert principal.issuer == SANDBOX_ISSUER and principal.tenant is None
    assert fetched_urls == []


def test_accepts_rsa_key_published_without_alg(tmp_path: Path, rs_key: TestKey) -> None:
    """Requirement 205: an RSA JWK without `alg` still verifies RS384 (the alg comes from our allowlist)."""
    path = tmp_path / "issuers.json"
    path.write_text(json.dumps({"issuers": [{"iss": TEST_ISSUER, "jwks": jwks(rs_key, with_alg=False)}]}))
    settings = Settings.load({"CDS_TRUSTED_ISSUERS_FILE": str(path)}, environ={})
    auth = Authenticator.from_settings(settings, MemoryReplayStore(), clock=FakeClock())
    assert auth.authenticate(bearer(make_token(rs_key, SERVICE, now=NOW)), SERVICE).issuer == TEST_ISSUER


def test_accepts_configured_tenant(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, iss=TENANT_ISSUER, now=NOW, claims={"tenant": "hospital-a"})
    assert auth.authenticate(bearer(token), SERVICE).tenant == "hospital-a"


def test_accepts_small_clock_skew(auth: Authenticator, es_key: TestKey) -> None:
    """iat up to CDS_JWT_CLOCK_SKEW_SECONDS (30) ahead of our clock is tolerated."""
    token = make_token(es_key, SERVICE, now=NOW + 25)
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


# --- tokens as EHRs sign them (issue 13) ----------------------------------------------------------------
EPIC_LIFETIME = 900
"""Epic's default JWT lifetime for CDS Hooks calls (exp = iat + 900 s)."""


def epic_shaped_token(key: TestKey, *, now: float = NOW, aud: object = None, **header: Any) -> str:
    """As Epic signs a CDS Hooks JWT: RS384, typ JWT, kid; iss, sub (its client id), aud as a list holding
    the service URL, jti, nbf = iat, iat, exp = iat + 900."""
    claims = {
        "sub": "epic-client-id-2f9c",
        "aud": [SERVICE] if aud is None else aud,
        "nbf": int(now),
    }
    return make_token(key, SERVICE, now=now, lifetime=EPIC_LIFETIME, claims=claims, header=header or None)


def test_accepts_token_signed_the_way_epic_signs_it(auth: Authenticator, rs_key: TestKey) -> None:
    """Issue 13: list aud, sub, nbf and a 900 s lifetime together, with the default settings."""
    token = epic_shaped_token(rs_key)
    claims = json.loads(_b64decode(token.split(".")[1]))
    assert {"sub", "nbf"} <= set(claims) and claims["exp"] - claims["iat"] == EPIC_LIFETIME
    assert isinstance(claims["aud"], list)
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


def test_default_lifetime_limit_admits_epics_900_seconds(
    auth: Authenticator, rs_key: TestKey, clock: FakeClock
) -> None:
    """CDS_JWT_MAX_LIFETIME_SECONDS defaults to 3600 (best practice: no more than an hour), above 900 s;
    the token is still good near its end (the clock moved 890 s on)."""
    assert Settings.load({}, environ={}).CDS_JWT_MAX_LIFETIME_SECONDS >= EPIC_LIFETIME
    token = epic_shaped_token(rs_key)
    clock.now = NOW + EPIC_LIFETIME - 10
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


@pytest.mark.parametrize("header", [{"typ": None}, {"typ": "JWT"}, {"typ": "jwt"}, {"typ": "Jwt"}])
def test_accepts_typ_absent_or_jwt_in_any_case(auth: Authenticator, rs_key: TestKey, header: dict[str, Any]) -> None:
    """RFC 7519 §5.1: typ is optional, and "JWT" is compared without case; EHRs leave it out."""
    token = epic_shaped_token(rs_key, **header)
    assert ("typ" in json.loads(_b64decode(token.split(".")[0]))) == (header["typ"] is not None)
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


@pytest.mark.parametrize("sub", ["epic-client-id-2f9c", "", 12345, {"nested": ["odd"]}])
def test_sub_is_accepted_and_ignored(auth: Authenticator, rs_key: TestKey, sub: object) -> None:
    """sub names the EHR's client, not a user we act for: any value is accepted and changes nothing."""
    token = make_token(rs_key, SERVICE, now=NOW, claims={"sub": sub})
    assert auth.authenticate(bearer(token), SERVICE) == Principal(
        issuer=TEST_ISSUER, tenant=None, allowed_fhir_servers=(FHIR_BASE,)
    )


def test_sub_is_never_logged(auth: Authenticator, rs_key: TestKey, caplog: pytest.LogCaptureFixture) -> None:
    """Neither an accepted nor a refused (here: replayed, then expired) token puts its sub in a log line."""
    caplog.set_level(logging.DEBUG)
    sub = "clinician-7731-sub-value"
    token = make_token(rs_key, SERVICE, now=NOW, claims={"sub": sub})
    auth.authenticate(bearer(token), SERVICE)
    assert rejected(auth, bearer(token)).reason == "replayed"
    assert rejected(auth, bearer(make_token(rs_key, SERVICE, now=NOW - 1000, claims={"sub": sub}))).reason == "expired"
    assert "JWT rejected" in caplog.text and sub not in caplog.text


@pytest.mark.parametrize("ahead", [0, 29])
def test_nbf_within_the_clock_skew_is_accepted(auth: Authenticator, rs_key: TestKey, ahead: int) -> None:
    """nbf up to CDS_JWT_CLOCK_SKEW_SECONDS (30) ahead of our clock is tolerated, as iat is."""
    token = make_token(rs_key, SERVICE, now=NOW, claims={"nbf": int(NOW) + ahead})
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


def test_nbf_past_the_clock_skew_is_refused_until_it_is_reached(
    auth: Authenticator, rs_key: TestKey, clock: FakeClock
) -> None:
    token = make_token(rs_key, SERVICE, now=NOW, claims={"nbf": int(NOW) + 31})
    assert rejected(auth, bearer(token)).reason == "not_yet_valid"
    clock.now = NOW + 2  # now nbf is within the skew: the same token (its jti never recorded) is good
    assert auth.authenticate(bearer(token), SERVICE).issuer == TEST_ISSUER


def test_nbf_skew_is_the_setting(make_authenticator: Callable[..., Authenticator], rs_key: TestKey) -> None:
    auth = make_authenticator(CDS_JWT_CLOCK_SKEW_SECONDS=0)
    assert rejected(auth, bearer(make_token(rs_key, SERVICE, now=NOW, claims={"nbf": int(NOW) + 1}))).reason == (
        "not_yet_valid"
    )


@pytest.mark.parametrize("nbf", ["1800000000", True, [1_800_000_000]])
def test_nbf_that_is_not_a_numeric_date_is_refused(auth: Authenticator, rs_key: TestKey, nbf: object) -> None:
    token = make_token(rs_key, SERVICE, now=NOW, claims={"nbf": nbf})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


@pytest.mark.parametrize(
    "aud",
    [[SERVICE], [DISCOVERY, SERVICE, FEEDBACK], ["https://other.test.example/cds-services/low-back-pain", SERVICE]],
)
def test_aud_as_a_list_holding_our_url_is_accepted(auth: Authenticator, rs_key: TestKey, aud: list[str]) -> None:
    """RFC 7519 §4.1.3: aud may be an array; one of its values must be the exact URL called."""
    assert auth.authenticate(bearer(epic_shaped_token(rs_key, aud=aud)), SERVICE).issuer == TEST_ISSUER


@pytest.mark.parametrize("aud", [[], [DISCOVERY], [f"{SERVICE}/"], [SERVICE, 7], [[SERVICE]]])
def test_aud_list_without_our_exact_url_is_refused(auth: Authenticator, rs_key: TestKey, aud: list[Any]) -> None:
    assert rejected(auth, bearer(epic_shaped_token(rs_key, aud=aud))).reason == "bad_audience"


# --- rejected tokens: each its own test --------------------------------------------------------------
def test_rejects_missing_authorization_header(auth: Authenticator) -> None:
    """Requirement 176: a call without a JWT is refused when authentication is on."""
    assert rejected(auth, None).reason == "missing_token"


def test_rejects_non_bearer_authorization(auth: Authenticator, es_key: TestKey) -> None:
    assert rejected(auth, f"Basic {make_token(es_key, SERVICE, now=NOW)}").reason == "malformed_token"


def test_rejects_alg_none(auth: Authenticator, es_key: TestKey) -> None:
    """Requirement 201: unsecured JWS (alg none) is never accepted."""
    assert rejected(auth, bearer(make_token(es_key, SERVICE, now=NOW, alg="none"))).reason == "unsupported_algorithm"


def test_rejects_hs384_signed_with_public_key(auth: Authenticator, es_key: TestKey) -> None:
    """Requirement 203: HMAC keyed with the issuer's public key (algorithm confusion) is refused."""
    token = make_token(es_key, SERVICE, now=NOW, alg="HS384")
    assert rejected(auth, bearer(token)).reason == "unsupported_algorithm"


def test_rejects_asymmetric_alg_outside_allowlist(auth: Authenticator) -> None:
    """Requirement 207: only algorithms we chose (CDS_JWT_ALGORITHMS) are accepted; ES256 is not."""
    key = generate_key("ES256", kid="ehr-es384")
    assert rejected(auth, bearer(make_token(key, SERVICE, now=NOW))).reason == "unsupported_algorithm"


def test_rejects_unknown_kid(auth: Authenticator, other_key: TestKey) -> None:
    """Requirement 176: a key the issuer never published cannot authenticate it."""
    assert rejected(auth, bearer(make_token(other_key, SERVICE, now=NOW))).reason == "unknown_key"


def test_rejects_kid_used_with_other_algorithm(auth: Authenticator, es_key: TestKey) -> None:
    """An RS384 token naming the issuer's ES384 key is refused (the key decides the algorithm family)."""
    impostor = generate_key("RS384", kid=es_key.kid)
    assert rejected(auth, bearer(make_token(impostor, SERVICE, now=NOW))).reason == "unknown_key"


def test_rejects_key_embedded_in_header(auth: Authenticator) -> None:
    """A token carrying its own key (`jwk` header) proves nothing: the key must come from our configuration."""
    attacker = generate_key("ES384", kid="ehr-es384")
    token = make_token(attacker, SERVICE, now=NOW, header={"jwk": attacker.public_jwk()})
    assert rejected(auth, bearer(token)).reason == "bad_signature"


def test_rejects_tampered_signature(auth: Authenticator, es_key: TestKey) -> None:
    """Requirement 176: the signature must verify."""
    token = tamper_signature(make_token(es_key, SERVICE, now=NOW))
    assert rejected(auth, bearer(token)).reason == "bad_signature"


def test_rejects_tampered_claims(auth: Authenticator, es_key: TestKey) -> None:
    """A payload swapped under a valid signature (here: another audience) fails the signature check."""
    good = make_token(es_key, SERVICE, now=NOW).split(".")
    other = make_token(es_key, DISCOVERY, now=NOW).split(".")
    assert rejected(auth, bearer(f"{good[0]}.{other[1]}.{good[2]}")).reason == "bad_signature"


def test_rejects_signature_by_key_of_same_kid(auth: Authenticator, sandbox_shaped_key: TestKey) -> None:
    """Knowing a kid is not enough: a token signed by another key under the sandbox kid fails."""
    forger = generate_key("ES384", kid=f"{SANDBOX_KID}-x")
    token = make_token(forger, SERVICE, iss=SANDBOX_ISSUER, now=NOW, header={"kid": SANDBOX_KID})
    assert rejected(auth, bearer(token)).reason == "bad_signature"


def test_rejects_expired(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW - 400, lifetime=300)
    assert rejected(auth, bearer(token)).reason == "expired"


def test_rejects_iat_in_future(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW + 120)
    assert rejected(auth, bearer(token)).reason == "issued_in_future"


def test_rejects_nbf_in_future(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, claims={"nbf": int(NOW) + 120})
    assert rejected(auth, bearer(token)).reason == "not_yet_valid"


def test_rejects_lifetime_too_long(auth: Authenticator, es_key: TestKey) -> None:
    """Best practice: jtis are kept for the longest lifetime (CDS_JWT_MAX_LIFETIME_SECONDS, 1 h)."""
    token = make_token(es_key, SERVICE, now=NOW, lifetime=3601)
    assert rejected(auth, bearer(token)).reason == "lifetime_too_long"


def test_lifetime_limit_is_a_setting(make_authenticator: Callable[..., Authenticator], es_key: TestKey) -> None:
    auth = make_authenticator(CDS_JWT_MAX_LIFETIME_SECONDS=300)
    assert auth.authenticate(bearer(make_token(es_key, SERVICE, now=NOW, lifetime=300)), SERVICE)
    assert rejected(auth, bearer(make_token(es_key, SERVICE, now=NOW, lifetime=301))).reason == "lifetime_too_long"


def test_rejects_discovery_audience_used_on_service(auth: Authenticator, es_key: TestKey) -> None:
    """`aud` must be the exact URL called: a discovery token does not open the service."""
    token = make_token(es_key, DISCOVERY, now=NOW)
    failure = rejected(auth, bearer(token), audience=SERVICE)
    assert failure.reason == "bad_audience"
    assert SERVICE in failure.message


def test_rejects_audience_of_another_host(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, "https://other.test.example/cds-services/low-back-pain", now=NOW)
    assert rejected(auth, bearer(token)).reason == "bad_audience"


def test_rejects_audience_with_trailing_slash(auth: Authenticator, es_key: TestKey) -> None:
    """Exact match, no normalisation: `…/low-back-pain/` is not `…/low-back-pain`."""
    assert rejected(auth, bearer(make_token(es_key, f"{SERVICE}/", now=NOW))).reason == "bad_audience"


def test_rejects_unknown_issuer(auth: Authenticator, es_key: TestKey) -> None:
    """Requirement 195: only issuers on the allowlist are trusted, even with a known kid."""
    token = make_token(es_key, SERVICE, iss="https://evil.test.example", now=NOW)
    assert rejected(auth, bearer(token)).reason == "unknown_issuer"


def test_rejects_key_of_one_issuer_used_for_another(auth: Authenticator, es_key: TestKey) -> None:
    """Keys are per issuer: the test issuer's key cannot sign for the sandbox issuer."""
    token = make_token(es_key, SERVICE, iss=SANDBOX_ISSUER, now=NOW)
    assert rejected(auth, bearer(token)).reason == "unknown_key"


@pytest.mark.parametrize("claim", REQUIRED_CLAIMS)
def test_rejects_each_required_claim_missing(auth: Authenticator, es_key: TestKey, claim: str) -> None:
    """CDS Hooks §Trusting CDS Clients: iss, aud, exp, iat and jti are REQUIRED."""
    token = make_token(es_key, SERVICE, now=NOW, claims={claim: None})
    assert rejected(auth, bearer(token)).reason == "missing_claim"


def test_rejects_missing_kid_header(auth: Authenticator, es_key: TestKey) -> None:
    """CDS Hooks §Trusting CDS Clients: kid is REQUIRED in the JWT header (it names the signing key)."""
    token = make_token(es_key, SERVICE, now=NOW, header={"kid": None})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


def test_rejects_missing_alg_header(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, header={"alg": None})
    assert rejected(auth, bearer(token)).reason == "unsupported_algorithm"


@pytest.mark.parametrize("typ", ["at+jwt", "JWS", "JOSE", "", 1, ["JWT"]])
def test_rejects_wrong_typ(auth: Authenticator, es_key: TestKey, typ: object) -> None:
    """typ may be left out (see the EHR-shaped tests above), but a typ naming another kind of token is refused."""
    token = make_token(es_key, SERVICE, now=NOW, header={"typ": typ})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


def test_rejects_malformed_header(auth: Authenticator) -> None:
    """A header segment that is not base64url JSON."""
    assert rejected(auth, bearer("not-json.eyJpc3MiOiJ4In0.c2ln")).reason == "malformed_token"


def test_rejects_header_that_is_not_an_object(auth: Authenticator) -> None:
    assert rejected(auth, bearer(raw_token(["ES384"], {"iss": TEST_ISSUER}))).reason == "malformed_token"


def test_rejects_token_without_three_segments(auth: Authenticator) -> None:
    assert rejected(auth, bearer("abc.def")).reason == "malformed_token"


def test_rejects_unknown_critical_header(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, header={"crit": ["exp-ext"], "exp-ext": 1})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


def test_rejects_non_numeric_exp(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, claims={"exp": str(int(NOW) + 300)})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


def test_rejects_oversized_token(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, claims={"padding": "x" * 20_000})
    assert rejected(auth, bearer(token)).reason == "malformed_token"


def test_rejects_wrong_tenant(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, iss=TENANT_ISSUER, now=NOW, claims={"tenant": "hospital-b"})
    assert rejected(auth, bearer(token)).reason == "bad_tenant"


def test_rejects_missing_tenant_when_configured(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, iss=TENANT_ISSUER, now=NOW)
    assert rejected(auth, bearer(token)).reason == "missing_claim"


def test_rejects_jku_outside_allowed_prefixes_without_fetching_it(
    auth: Authenticator, es_key: TestKey, jwks_server: JwksServer, fetched_urls: list[str]
) -> None:
    """Requirement 195: a jku not under the issuer's allowed prefixes is refused and never requested.

    The attacker's key set is really served (on the same loopback server, another path), so a
    verifier that fetched it would accept the token: the request counter proves it was not asked."""
    attacker = generate_key("ES384", kid="attacker")
    jwks_server.documents["/attacker/jwks.json"] = jwks(attacker)
    token = make_token(attacker, SERVICE, iss=JKU_ISSUER, jku=jwks_server.url("/attacker/jwks.json"), now=NOW)
    assert rejected(auth, bearer(token)).reason == "untrusted_jku"
    assert jwks_server.requests["/attacker/jwks.json"] == 0
    assert jwks_server.total_requests == 0 and fetched_urls == []


@pytest.mark.parametrize(
    "jku_path",
    ["/ehr-evil/jwks.json", "/ehr/../attacker/jwks.json", "/ehr/%2e%2e/attacker/jwks.json", "/ehr/jwks.json?x=1"],
)
def test_rejects_jku_prefix_tricks(
    auth: Authenticator, es_key: TestKey, jwks_server: JwksServer, jku_path: str
) -> None:
    """String-prefix, dot-segment, encoded-dot and query tricks do not pass the jku allowlist."""
    token = make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jwks_server.url(jku_path), now=NOW)
    assert rejected(auth, bearer(token)).reason == "untrusted_jku"
    assert jwks_server.total_requests == 0


def test_rejects_jku_on_other_host_with_prefix_as_userinfo(
    auth: Authenticator, es_key: TestKey, jwks_server: JwksServer
) -> None:
    jku = f"{jwks_server.base_url}@evil.test.example/ehr/jwks.json"
    token = make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=NOW)
    assert rejected(auth, bearer(token)).reason == "untrusted_jku"
    assert jwks_server.total_requests == 0


def test_rejects_missing_jku_when_issuer_uses_jku(auth: Authenticator, es_key: TestKey) -> None:
    assert rejected(auth, bearer(make_token(es_key, SERVICE, iss=JKU_ISSUER, now=NOW))).reason == "untrusted_jku"


def test_rejects_replayed_jti(auth: Authenticator, es_key: TestKey) -> None:
    """Best practice: a reused jti is refused (one token, one call)."""
    token = make_token(es_key, SERVICE, now=NOW)
    auth.authenticate(bearer(token), SERVICE)
    assert rejected(auth, bearer(token)).reason == "replayed"


def test_replay_is_per_issuer_and_jti(auth: Authenticator, es_key: TestKey) -> None:
    """The same jti from two issuers is two tokens."""
    first = make_token(es_key, SERVICE, now=NOW, claims={"jti": "shared"})
    second = make_token(es_key, SERVICE, iss=TENANT_ISSUER, now=NOW, claims={"jti": "shared", "tenant": "hospital-a"})
    auth.authenticate(bearer(first), SERVICE)
    auth.authenticate(bearer(second), SERVICE)


def test_invalid_token_does_not_burn_a_genuine_jti(auth: Authenticator, es_key: TestKey) -> None:
    """The jti is recorded only after every other check passed: a forged token with a stolen jti
    (here: tampered signature, then wrong audience) cannot lock the genuine token out."""
    genuine = make_token(es_key, SERVICE, now=NOW, claims={"jti": "jti-1"})
    assert rejected(auth, bearer(tamper_signature(genuine))).reason == "bad_signature"
    wrong_audience = make_token(es_key, DISCOVERY, now=NOW, claims={"jti": "jti-1"})
    assert rejected(auth, bearer(wrong_audience)).reason == "bad_audience"
    assert auth.authenticate(bearer(genuine), SERVICE).issuer == TEST_ISSUER


def test_replay_store_failure_fails_closed(make_authenticator: Callable[..., Authenticator], es_key: TestKey) -> None:
    class BrokenStore:
        def claim(self, jti: str, issuer: str, expires_at: object) -> bool:
            raise RuntimeError("database gone")

    auth = make_authenticator()
    auth._replay_store = BrokenStore()  # type: ignore[assignment]
    with pytest.raises(ServiceUnavailable):
        auth.authenticate(bearer(make_token(es_key, SERVICE, now=NOW)), SERVICE)


# --- no token in messages or logs --------------------------------------------------------------------
def test_rejections_never_echo_token_or_jti(
    auth: Authenticator, es_key: TestKey, caplog: pytest.LogCaptureFixture
) -> None:
    """Issue 5: the reason is logged and returned by category, never the token (or its jti)."""
    caplog.set_level(logging.DEBUG)
    jti = "secret-jti-4f1c"
    tokens = [
        make_token(es_key, DISCOVERY, now=NOW, claims={"jti": jti}),
        make_token(es_key, SERVICE, now=NOW - 1000, claims={"jti": jti}),
        tamper_signature(make_token(es_key, SERVICE, now=NOW, claims={"jti": jti})),
        make_token(es_key, SERVICE, iss="https://evil.test.example", now=NOW, claims={"jti": jti}),
    ]
    for token in tokens:
        failure = rejected(auth, bearer(token))
        exposed = json.dumps(failure.body()) + caplog.text
        for secret in (token, token.split(".")[1], token.split(".")[2], jti):
            assert secret not in exposed
    assert caplog.text.count("JWT rejected: reason=") == len(tokens)


def test_rejection_log_names_reason_and_issuer(
    auth: Authenticator, es_key: TestKey, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    rejected(auth, bearer(make_token(es_key, SERVICE, now=NOW - 1000)))
    assert f"reason=expired issuer='{TEST_ISSUER}'" in caplog.text


# --- fhirServer allowlist (SSRF) --------------------------------------------------------------------
@pytest.mark.parametrize(
    "fhir_server",
    [None, FHIR_BASE, f"{FHIR_BASE}/", f"{FHIR_BASE}/tenant-1", "HTTPS://FHIR.test.example:443/r4"],
)
def test_fhir_server_allowed_for_issuer(auth: Authenticator, fhir_server: str | None) -> None:
    principal = Principal(issuer=TEST_ISSUER, tenant=None, allowed_fhir_servers=(FHIR_BASE,))
    auth.check_fhir_server(principal, fhir_server)


@pytest.mark.parametrize(
    "fhir_server",
    [
        "https://fhir.test.example/r4x",
        "https://fhir.test.example/",
        "https://fhir.test.example.evil.test/r4",
        "https://fhir.test.example@evil.test/r4",
        "https://fhir.test.example:8443/r4",
        "http://fhir.test.example/r4",
        "https://fhir.test.example/r4/../admin",
        "https://fhir.test.example/r4/%2e%2e/admin",
        "https://169.254.169.254/latest/meta-data",
        "file:///etc/passwd",
    ],
)
def test_fhir_server_not_allowed_for_issuer(auth: Authenticator, fhir_server: str) -> None:
    principal = Principal(issuer=TEST_ISSUER, tenant=None, allowed_fhir_servers=(FHIR_BASE,))
    with pytest.raises(BadRequest) as caught:
        auth.check_fhir_server(principal, fhir_server)
    assert caught.value.field == "fhirServer"


def test_issuer_without_fhir_servers_may_not_send_one(auth: Authenticator, sandbox_shaped_key: TestKey) -> None:
    token = make_token(sandbox_shaped_key, SERVICE, iss=SANDBOX_ISSUER, now=NOW)
    principal = auth.authenticate(bearer(token), SERVICE)
    assert principal.allowed_fhir_servers == ()
    with pytest.raises(BadRequest):
        auth.check_fhir_server(principal, FHIR_BASE)


def _b64decode(segment: str) -> bytes:
    import base64

    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


# --- remote key sets through the authenticator ------------------------------------------------------
def test_accepts_jku_under_allowed_prefix_and_caches_the_set(
    auth: Authenticator, es_key: TestKey, jwks_server: JwksServer
) -> None:
    """Requirement 195: a jku on the allowlist is fetched once, then served from the cache."""
    jku = jwks_server.url("/ehr/jwks.json")
    for _ in range(3):
        token = make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=NOW)
        assert auth.authenticate(bearer(token), SERVICE).issuer == JKU_ISSUER
    assert jwks_server.requests["/ehr/jwks.json"] == 1


def test_accepts_issuer_with_jwks_url(auth: Authenticator, rs_key: TestKey, jwks_server: JwksServer) -> None:
    """A jwks_url issuer ignores any jku in the token and uses its configured URL."""
    token = make_token(rs_key, SERVICE, iss=URL_ISSUER, jku="https://evil.test.example/jwks.json", now=NOW)
    assert auth.authenticate(bearer(token), SERVICE).issuer == URL_ISSUER
    assert dict(jwks_server.requests) == {"/url-ehr/jwks.json": 1}


def test_unknown_kid_refetches_at_most_once_per_interval(
    auth: Authenticator, es_key: TestKey, jwks_server: JwksServer, clock: FakeClock
) -> None:
    """Key rotation: an unknown kid refetches the set, but only once per CDS_JWKS_MIN_REFETCH_SECONDS."""
    jku = jwks_server.url("/ehr/jwks.json")
    auth.authenticate(bearer(make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=NOW)), SERVICE)
    rotated = generate_key("ES384", kid="ehr-rotated")

    def try_rotated_key(times: int) -> None:
        for _ in range(times):
            token = make_token(rotated, SERVICE, iss=JKU_ISSUER, jku=jku, now=clock.now)
            assert rejected(auth, bearer(token)).reason == "unknown_key"

    try_rotated_key(5)  # the set was fetched just now: no refetch yet
    assert jwks_server.requests["/ehr/jwks.json"] == 1
    clock.now += 61
    try_rotated_key(5)  # one refetch (still without the key), then rate-limited
    assert jwks_server.requests["/ehr/jwks.json"] == 2
    jwks_server.documents["/ehr/jwks.json"] = jwks(es_key, rotated)
    clock.now += 61
    token = make_token(rotated, SERVICE, iss=JKU_ISSUER, jku=jku, now=clock.now)
    assert auth.authenticate(bearer(token), SERVICE).issuer == JKU_ISSUER
    assert jwks_server.requests["/ehr/jwks.json"] == 3


def test_key_set_is_refetched_after_cache_ttl(
    make_authenticator: Callable[..., Authenticator], es_key: TestKey, jwks_server: JwksServer, clock: FakeClock
) -> None:
    auth = make_authenticator(CDS_JWKS_CACHE_SECONDS=600)
    jku = jwks_server.url("/ehr/jwks.json")
    auth.authenticate(bearer(make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=clock.now)), SERVICE)
    clock.now += 599
    auth.authenticate(bearer(make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=clock.now)), SERVICE)
    assert jwks_server.requests["/ehr/jwks.json"] == 1
    clock.now += 2
    auth.authenticate(bearer(make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=clock.now)), SERVICE)
    assert jwks_server.requests["/ehr/jwks.json"] == 2


def test_unreachable_key_set_is_jwks_unavailable(auth: Authenticator, es_key: TestKey, jwks_server: JwksServer) -> None:
    jku = jwks_server.url("/ehr/missing.json")
    token = make_token(es_key, SERVICE, iss=JKU_ISSUER, jku=jku, now=NOW)
    assert rejected(auth, bearer(token)).reason == "jwks_unavailable"
    assert jwks_server.requests["/ehr/missing.json"] == 1


# --- the compact form, read by hand (one decode per call; issue 11) -------------------------------------------
def _respelled(token: str, segment: int, spell: Callable[[str], str]) -> str:
    parts = token.split(".")
    parts[segment] = spell(parts[segment])
    return ".".join(parts)


def _flip_low_bits(segment: str) -> str:
    """The same bytes with the unused low bits of the last character set: a second spelling of one token."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    unused = {2: 0b1111, 3: 0b11}.get(len(segment) % 4)
    assert unused is not None, "a segment of whole quads has no unused bits"
    return segment[:-1] + alphabet[alphabet.index(segment[-1]) | unused]


@pytest.mark.parametrize(
    ("segment", "spell"),
    [
        (0, lambda s: s[:5] + "!" + s[5:]),  # outside the alphabet
        (1, lambda s: s[:5] + "+" + s[5:]),  # base64, not base64url
        (2, lambda s: s[:5] + "/" + s[5:]),
        (1, lambda s: s + "A" * ((1 - len(s)) % 4 or 4)),  # a length no base64 has (4n + 1)
        (1, lambda s: s[:4] + "=" + s[4:]),  # padding inside
        (2, lambda s: s + "==="),  # three padding characters
        (1, _flip_low_bits),  # not the canonical spelling of its bytes
        (1, lambda s: s[:8] + " " + s[8:]),
    ],
)
def test_a_segment_pyjwt_refuses_is_refused(auth: Authenticator, es_key: TestKey, segment: int, spell: Any) -> None:
    """The hand-read compact form keeps PyJWT's rules (GHSA-hxm8-2xgr-2p9m: one spelling per token)."""
    import jwt

    # A jti length that leaves the payload segment short of whole quads (so it has unused low bits).
    token = next(
        t
        for t in (make_token(es_key, SERVICE, now=NOW, claims={"jti": "x" * n}) for n in range(4, 10))
        if len(t.split(".")[1]) % 4
    )
    spelled = _respelled(token, segment, spell)
    assert spelled != token
    with pytest.raises(jwt.PyJWTError):
        jwt.PyJWS().decode_complete(spelled, options={"verify_signature": False})
    assert rejected(auth, bearer(spelled)).reason == "malformed_token"


def test_a_padded_signature_is_accepted_as_pyjwt_accepts_it(auth: Authenticator, rs_key: TestKey) -> None:
    """Trailing '=' on the signature segment (AWS ALB pads): the same token, so accepted once. (Padding the
    header or payload changes the signed text itself, so the signature no longer verifies, with PyJWT too.)"""
    token = make_token(rs_key, SERVICE, now=NOW)
    padded = _respelled(token, 2, lambda s: s + "=" * (-len(s) % 4))
    assert padded != token  # RS384: 256 bytes, 342 characters and two '='
    assert auth.authenticate(bearer(padded), SERVICE).issuer == TEST_ISSUER
    assert rejected(auth, bearer(token)).reason == "replayed"  # the same jti: one token, two spellings


def test_a_signature_of_the_wrong_length_is_refused_not_an_error(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW)
    short = _respelled(token, 2, lambda s: s[:40])
    assert rejected(auth, bearer(short)).reason in {"bad_signature", "malformed_token"}


def test_a_token_signed_by_one_algorithm_and_labelled_another_is_refused(
    auth: Authenticator, es_key: TestKey, rs_key: TestKey
) -> None:
    """The key's own algorithm verifies; a header naming another (allowed) one is refused before any verify."""
    token = make_token(rs_key, SERVICE, now=NOW, header={"kid": es_key.kid})
    assert rejected(auth, bearer(token)).reason in {"unsupported_algorithm", "unknown_key"}


def test_an_unencoded_payload_header_is_refused(auth: Authenticator, es_key: TestKey) -> None:
    token = make_token(es_key, SERVICE, now=NOW, header={"b64": False})
    assert rejected(auth, bearer(token)).reason == "malformed_token"
