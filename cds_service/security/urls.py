"""URL allowlist matching for `jku` prefixes and FHIR server base URLs, and loopback detection.

A string prefix test is not safe for URLs: ``https://ehr.example.org`` is a string prefix of
``https://ehr.example.org.evil.test/`` and of ``https://ehr.example.org@evil.test/``. So both URLs are
parsed, scheme, host and port are compared exactly, and the path must continue the allowed path on a
path-segment boundary. Candidates that an HTTP library might rewrite before sending (dot segments,
encoded dots or slashes, backslashes, user info) are refused outright rather than normalised.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}
_FORBIDDEN_IN_PATH = ("%2e", "%2f", "%5c", "\\")


@dataclass(frozen=True)
class _Origin:
    scheme: str
    host: str
    port: int
    segments: tuple[str, ...]


def is_loopback_host(host: str) -> bool:
    """True for ``localhost`` and for loopback IP literals (127.0.0.0/8, ::1), bracketed or not."""
    name = host.strip().strip("[]").rstrip(".").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_url(url: str, *, allow_http_on_loopback_only: bool) -> str | None:
    """The problem with ``url`` as an allowlist entry or key-set URL, or None when it is acceptable.

    ``allow_http_on_loopback_only``: plain http is accepted only for a loopback host (local testing);
    otherwise http and https are both accepted (the FHIR server scheme is policed by CDS_FHIR_ALLOW_HTTP).
    """
    origin = _parse(url)
    if origin is None:
        return "must be an absolute http(s) URL without user info, query, fragment or dot segments"
    if allow_http_on_loopback_only and origin.scheme == "http" and not is_loopback_host(origin.host):
        return "must use https (plain http is accepted only for a loopback host)"
    return None


def url_is_under(candidate: str, allowed_base: str) -> bool:
    """True when ``candidate`` is ``allowed_base`` itself or a URL below it on a path-segment boundary."""
    base = _parse(allowed_base)
    target = _parse(candidate)
    if base is None or target is None:
        return False
    if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
        return False
    return target.segments[: len(base.segments)] == base.segments


def url_is_under_any(candidate: str, allowed_bases: tuple[str, ...]) -> bool:
    return any(url_is_under(candidate, base) for base in allowed_bases)


def fetch_url_is_under(candidate: str, base_url: str) -> bool:
    """Whether a URL we are about to GET with the EHR's token (a read, a search, a paging link) lies
    under ``base_url`` (fhirServer): same scheme, host and port, and a path continuing the base path on a
    segment boundary. Unlike an allowlist entry, the candidate may carry a query (searches and paging
    links do); a fragment is never sent and is ignored. Dot segments, encoded dots, slashes or
    backslashes and user info are refused, as an HTTP library or server might rewrite them."""
    base = _parse(base_url)
    if base is None or not isinstance(candidate, str):
        return False
    without_fragment = candidate.split("#", 1)[0]
    without_query = without_fragment.split("?", 1)[0]
    if "?" in without_fragment and not without_query:
        return False
    target = _parse(without_query)
    if target is None:
        return False
    if (target.scheme, target.host, target.port) != (base.scheme, base.host, base.port):
        return False
    return target.segments[: len(base.segments)] == base.segments


def _parse(url: str) -> _Origin | None:
    if not isinstance(url, str) or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return None
    try:
        parts: SplitResult = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return None
    if parts.query or parts.fragment or url.endswith(("?", "#")):
        return None
    lowered_path = parts.path.lower()
    if any(bad in lowered_path for bad in _FORBIDDEN_IN_PATH):
        return None
    segments = tuple(s for s in parts.path.split("/") if s)
    if any(s in (".", "..") for s in segments):
        return None
    host = parts.hostname.rstrip(".").lower()
    return _Origin(scheme, host, port if port is not None else _DEFAULT_PORTS[scheme], segments)
