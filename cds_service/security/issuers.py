"""The trusted-issuer file: which EHRs may call us, how we get their keys, and where they may send us.

CDS Hooks 2.0 (requirement 195): "CDS Services SHOULD limit the CDS Clients they trust by maintaining an
allowlist of iss and jku urls." The file (JSON, or TOML by ``.toml`` suffix) has one entry per issuer::

    {"issuers": [{
        "iss": "https://ehr.example.org",            # exact match with the token's iss claim
        "jwks": {"keys": [...]},                      # key source: exactly one of jwks / jwks_url / jku_prefixes
        "tenant": "hospital-a",                       # optional: the token's tenant claim must equal it
        "fhir_servers": ["https://ehr.example.org/fhir/r4"]   # fhirServer values we may send a token to
    }]}

Key sources: ``jwks`` is a key set exchanged out of band (requirement 199); ``jwks_url`` is fetched and
cached; ``jku_prefixes`` lets the token's ``jku`` header name the key set, but only under these URLs.
An invalid file stops start-up with a message naming the file, the issuer and the problem.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError
from .jwks import JwksError, KeySet, parse_jwks
from .urls import check_url

_KNOWN_FIELDS = frozenset({"iss", "jwks", "jwks_url", "jku_prefixes", "tenant", "fhir_servers", "description"})
_KEY_SOURCES = ("jwks", "jwks_url", "jku_prefixes")


@dataclass(frozen=True)
class TrustedIssuer:
    issuer: str
    inline_keys: KeySet | None
    jwks_url: str | None
    jku_prefixes: tuple[str, ...]
    tenant: str | None
    fhir_servers: tuple[str, ...]
    """Base URLs; a request's fhirServer must equal one of them or lie below it on a path boundary."""


def load_trusted_issuers(path: str | Path) -> dict[str, TrustedIssuer]:
    """Read and validate the file; raises ``ConfigurationError`` on any problem."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"CDS_TRUSTED_ISSUERS_FILE {file}: cannot read ({exc.strerror})") from None
    try:
        document: Any = tomllib.loads(text) if file.suffix.lower() == ".toml" else json.loads(text)
    except (ValueError, tomllib.TOMLDecodeError) as exc:
        kind = "TOML" if file.suffix.lower() == ".toml" else "JSON"
        raise ConfigurationError(f"CDS_TRUSTED_ISSUERS_FILE {file}: not valid {kind}: {exc}") from None
    return parse_trusted_issuers(document, source=str(file))


def parse_trusted_issuers(document: Any, *, source: str) -> dict[str, TrustedIssuer]:
    if not isinstance(document, Mapping) or not isinstance(document.get("issuers"), list):
        raise ConfigurationError(f"{source}: expected an object with an 'issuers' array")
    unknown_top = sorted(set(document) - {"issuers", "description", "$comment"})
    if unknown_top:
        raise ConfigurationError(f"{source}: unknown top-level field(s): {', '.join(unknown_top)}")
    if not document["issuers"]:
        raise ConfigurationError(f"{source}: 'issuers' is empty, so no EHR could call the service")
    issuers: dict[str, TrustedIssuer] = {}
    for index, entry in enumerate(document["issuers"]):
        issuer = _parse_issuer(entry, f"{source}: issuers[{index}]")
        if issuer.issuer in issuers:
            raise ConfigurationError(f"{source}: issuer {issuer.issuer!r} is listed twice")
        issuers[issuer.issuer] = issuer
    return issuers


def _parse_issuer(entry: Any, where: str) -> TrustedIssuer:
    if not isinstance(entry, Mapping):
        raise ConfigurationError(f"{where}: must be an object")
    iss = entry.get("iss")
    if not isinstance(iss, str) or not iss.strip():
        raise ConfigurationError(f"{where}: 'iss' (the issuer's exact iss claim) is required")
    where = f"{where} ({iss})"
    unknown = sorted(set(entry) - _KNOWN_FIELDS)
    if unknown:
        raise ConfigurationError(
            f"{where}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(_KNOWN_FIELDS))}"
        )
    sources = [name for name in _KEY_SOURCES if entry.get(name) is not None]
    if len(sources) != 1:
        raise ConfigurationError(
            f"{where}: give exactly one key source of {', '.join(_KEY_SOURCES)} (found {len(sources)})"
        )
    inline_keys: KeySet | None = None
    if entry.get("jwks") is not None:
        try:
            inline_keys = parse_jwks(entry["jwks"], source=f"{where}: jwks")
        except JwksError as exc:
            raise ConfigurationError(str(exc)) from None
        if not len(inline_keys):
            raise ConfigurationError(f"{where}: jwks has no signing key")
    jwks_url = entry.get("jwks_url")
    if jwks_url is not None:
        _require_key_url(jwks_url, f"{where}: jwks_url")
    jku_prefixes = _url_list(entry.get("jku_prefixes"), f"{where}: jku_prefixes", key_url=True)
    if entry.get("jku_prefixes") is not None and not jku_prefixes:
        raise ConfigurationError(f"{where}: jku_prefixes is empty")
    tenant = entry.get("tenant")
    if tenant is not None and (not isinstance(tenant, str) or not tenant):
        raise ConfigurationError(f"{where}: tenant must be a non-empty string")
    fhir_servers = _url_list(entry.get("fhir_servers"), f"{where}: fhir_servers", key_url=False)
    return TrustedIssuer(
        issuer=iss,
        inline_keys=inline_keys,
        jwks_url=jwks_url,
        jku_prefixes=jku_prefixes,
        tenant=tenant,
        fhir_servers=tuple(url.rstrip("/") for url in fhir_servers),
    )


def _url_list(value: Any, where: str, *, key_url: bool) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigurationError(f"{where}: must be an array of URLs")
    for index, url in enumerate(value):
        if key_url:
            _require_key_url(url, f"{where}[{index}]")
        else:
            problem = check_url(url, allow_http_on_loopback_only=False)
            if problem:
                raise ConfigurationError(f"{where}[{index}] {url!r}: {problem}")
    return tuple(value)


def _require_key_url(url: Any, where: str) -> None:
    if not isinstance(url, str):
        raise ConfigurationError(f"{where}: must be a URL string")
    problem = check_url(url, allow_http_on_loopback_only=True)
    if problem:
        raise ConfigurationError(f"{where} {url!r}: {problem}")
