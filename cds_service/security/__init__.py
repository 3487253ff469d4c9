"""Authentication of the calling EHR (CDS Hooks JWT), trusted-issuer configuration and SSRF allowlist.

The api builds one ``Authenticator`` at start-up (``Authenticator.from_settings``) when ``CDS_AUTH=jwt``
and calls ``authenticate`` on every discovery, service and feedback request, then ``check_fhir_server``
before any outbound FHIR request. See docs/security.md for the threat model.
"""

from __future__ import annotations

from .issuers import TrustedIssuer, load_trusted_issuers, parse_trusted_issuers
from .jwks import KeySet, RemoteKeySets, parse_jwks
from .jwt_verifier import REQUIRED_CLAIMS, Authenticator, Principal
from .replay import MemoryReplayStore, ReplayStore, StorageReplayStore
from .urls import is_loopback_host, url_is_under, url_is_under_any

__all__ = [
    "REQUIRED_CLAIMS",
    "Authenticator",
    "KeySet",
    "MemoryReplayStore",
    "Principal",
    "RemoteKeySets",
    "ReplayStore",
    "StorageReplayStore",
    "TrustedIssuer",
    "is_loopback_host",
    "load_trusted_issuers",
    "parse_jwks",
    "parse_trusted_issuers",
    "url_is_under",
    "url_is_under_any",
]
