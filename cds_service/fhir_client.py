"""The only module doing network I/O: reads from the EHR's FHIR server named in the hook request.

Rules this module keeps, each for a reason:
- The access token goes only to the request's ``fhirServer``: redirects are not followed (requests would
  carry the header across schemes), and every URL fetched (a read, a search, a paging link) must lie under
  fhirServer's origin *and* path (``security.urls.fetch_url_is_under``): a next link to another tenant's
  path on the same host is refused like one to another host.
- Nothing about a request is logged except a label (the prefetch key), the status, counts and durations:
  URLs hold patient ids and headers hold the token. Exception texts from ``requests`` quote the URL, so
  they are never logged or passed on either; errors carry a ``cause`` category and a plain message.
- Every request is bounded twice: the connect/read timeouts and an absolute deadline (``time.monotonic``)
  that the caller derives from its overall budget. A body that trickles in slowly is cut at the deadline.
- A search that fails after part of the list was read returns that part with a ``cut`` cause (rules.md §5.4:
  nothing read is dropped, and the list is named as incomplete); only a failure before anything of the list
  was read is an error.
"""

from __future__ import annotations

import http.cookiejar
import logging
import os
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter

from . import jsontext, metrics
from .config import Settings
from .record import BUDGET, PAGE_UNREADABLE, PAGING_LOOP, RESOURCE_CAP, Resource
from .security.urls import fetch_url_is_under

log = logging.getLogger(__name__)

# urllib3 logs every request line, path and query included (patient ids), at DEBUG. A service run with
# CDS_LOG_LEVEL=DEBUG must still keep patient identifiers out of its logs.
logging.getLogger("urllib3.connectionpool").setLevel(logging.INFO)

FHIR_JSON = "application/fhir+json"
_CHUNK_BYTES = 64 * 1024
DEFAULT_MAX_PAGE_BYTES = 32 * 1024 * 1024
"""A single page larger than this is refused: a searchset page of a few hundred resources is far smaller."""
DEFAULT_MAX_JSON_DEPTH = 64
"""An answer nested deeper is refused (``CDS_MAX_JSON_DEPTH``): FHIR R4 resources nest a dozen levels."""

# Causes (categories) of a failed fetch; the 412 body and UnavailableData carry exactly these strings.
UNAUTHORIZED = "unauthorized"
FORBIDDEN = "forbidden"
NOT_FOUND = "not_found"
TIMEOUT = "timeout"
UNREACHABLE = "unreachable"
SERVER_ERROR = "server_error"
INVALID_RESPONSE = "invalid_response"
BUDGET_EXCEEDED = "budget_exceeded"
NO_FHIR_SERVER = "no_fhir_server"
"""Not a network failure: the key was not prefetched and the request names no fhirServer."""
CAUSES: frozenset[str] = frozenset(
    {
        UNAUTHORIZED,
        FORBIDDEN,
        NOT_FOUND,
        TIMEOUT,
        UNREACHABLE,
        SERVER_ERROR,
        INVALID_RESPONSE,
        BUDGET_EXCEEDED,
        NO_FHIR_SERVER,
    }
)


class FhirFetchError(Exception):
    """A read from the FHIR server failed. ``message`` is safe to show and log: no URL, id or token."""

    def __init__(self, cause: str, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.cause = cause
        self.message = message
        self.status = status


@dataclass(frozen=True)
class FhirServer:
    """Where to read and with which token; the token is never part of ``repr``."""

    base_url: str
    access_token: str | None = field(default=None, repr=False)

    @property
    def origin(self) -> tuple[str, str, int]:
        return _origin(self.base_url)


@dataclass(frozen=True)
class SearchResult:
    resources: tuple[Resource, ...]
    """``match`` and ``include`` entries of every page read (``already_read`` first), in server order."""
    pages: int
    """Pages read by this call (a paged prefetch's own page not counted)."""
    cut: str | None = None
    """None when the list was read to its end; else why it was read only in part, one of
    ``record.RESOURCE_CAP``, ``PAGING_LOOP``, ``BUDGET``, ``PAGE_UNREADABLE``."""
    warnings: int = 0
    """OperationOutcome entries of severity information/warning, dropped from ``resources``."""


@dataclass(frozen=True)
class Timeouts:
    connect_seconds: float
    read_seconds: float


class FhirClient:
    """One per worker process: a pooled ``requests.Session`` shared by the fetch threads of every call.

    The session holds no per-call state: no cookies are kept (a cookie set by one EHR must not ride along
    on another call), no credentials from ``.netrc`` or proxy settings from the environment (the token
    decides access, nothing else), and each request carries its own Authorization header.
    """

    def __init__(
        self,
        timeouts: Timeouts,
        *,
        pool_maxsize: int = 16,
        max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES,
        max_json_depth: int = DEFAULT_MAX_JSON_DEPTH,
    ) -> None:
        self.timeouts = timeouts
        self.max_page_bytes = max_page_bytes
        self.max_json_depth = max_json_depth
        self._session = requests.Session()
        self._session.trust_env = False
        self._session.cookies = requests.cookies.RequestsCookieJar(
            policy=http.cookiejar.DefaultCookiePolicy(allowed_domains=[])
        )
        self._session.headers.update({"Accept": FHIR_JSON, "User-Agent": "cds-service (low-back-pain)"})
        adapter = HTTPAdapter(pool_connections=8, pool_maxsize=pool_maxsize, max_retries=0)
        self._session.mount("https://", adapter)
        self._session.mount("http://", adapter)

    def close(self) -> None:
        self._session.close()

    def read(self, server: FhirServer, path: str, *, deadline: float, label: str) -> Resource:
        """GET ``{base}/{path}`` and return the resource; a 404 is ``not_found``."""
        started = time.monotonic()
        body = self._get_json(server, _join(server.base_url, path), deadline=deadline, label=label)
        log.debug("fhir read key=%s duration_ms=%.0f", label, (time.monotonic() - started) * 1000)
        return body

    def search(
        self,
        server: FhirServer,
        query_or_url: str,
        *,
        deadline: float,
        max_resources: int,
        label: str,
        already_read: tuple[Resource, ...] = (),
        already_requested: tuple[str, ...] = (),
        continuing: bool = False,
    ) -> SearchResult:
        """GET a search (relative to the base, or an absolute ``next`` link) and follow ``next`` links.

        ``already_read`` carries the resources of pages the caller already holds (a paged prefetch), so the
        cap counts them too, and ``already_requested`` the URLs of those pages (their ``self`` links), so a
        ``next`` link back to them ends paging. With ``continuing`` the caller holds part of the list, so
        even a failure of the first request here only cuts the list.

        Paging ends, and the list is returned with ``cut`` set (rules.md §5.4), when: ``max_resources``
        are held and there is a next page (``resource-cap``; every resource of the pages read is kept, so
        the list may hold up to one page more than the cap); a ``next`` link names a page already requested
        in this search, compared by scheme, host, port, path and query (``paging-loop``); the deadline
        passes after a page was read (``budget``); a later page fails in any way, or its next link leaves
        fhirServer (``page-unreadable``; resources listed beside an error OperationOutcome are kept).
        A failure before anything of the list was read raises ``FhirFetchError`` as before.
        """
        started = time.monotonic()
        resources = list(already_read)
        warnings = 0
        pages = 0
        requested = {_page_identity(_join(server.base_url, u)) for u in already_requested}
        url: str | None = self._checked_link(server, query_or_url, label)
        cut: str | None = None
        while url is not None:
            identity = _page_identity(url)
            if identity in requested:
                cut = PAGING_LOOP
                break
            if len(resources) >= max_resources:
                cut = RESOURCE_CAP
                break
            partial = continuing or pages > 0
            if time.monotonic() >= deadline:
                if partial:
                    cut = BUDGET
                    break
                raise FhirFetchError(BUDGET_EXCEEDED, f"the time budget ran out before reading {label!r}")
            requested.add(identity)
            try:
                bundle = self._get_json(server, url, deadline=deadline, label=label)
                page = read_searchset(bundle, label=label)
            except FhirFetchError as exc:
                if not partial:
                    raise
                cut = BUDGET if ran_out_of_budget(exc, deadline) else PAGE_UNREADABLE
                break
            pages += 1
            warnings += page.warnings
            if page.errors:
                if not partial:
                    raise FhirFetchError(
                        SERVER_ERROR, f"the FHIR server reported an error (OperationOutcome) in {label!r}"
                    )
                resources.extend(page.resources)
                cut = PAGE_UNREADABLE
                break
            resources.extend(page.resources)
            own = self_link(bundle)
            if own is not None and on_server(server.base_url, own):
                requested.add(_page_identity(_join(server.base_url, own)))
            if page.next_url is None:
                url = None
            elif on_server(server.base_url, page.next_url):
                url = _join(server.base_url, page.next_url)
            else:
                # The token must never go anywhere but fhirServer: the rest of the list is not read.
                cut = PAGE_UNREADABLE
                break
        log.info(
            "fhir search key=%s pages=%d resources=%d cut=%s outcome_warnings=%d duration_ms=%.0f",
            label,
            pages,
            len(resources),
            cut,
            warnings,
            (time.monotonic() - started) * 1000,
        )
        return SearchResult(tuple(resources), pages, cut, warnings)

    def _checked_link(self, server: FhirServer, link: str, label: str) -> str:
        absolute = _join(server.base_url, link)
        if not fetch_url_is_under(absolute, server.base_url):
            # The token must never go anywhere but fhirServer; a server sending us elsewhere is broken.
            raise FhirFetchError(INVALID_RESPONSE, f"a paging link of {label!r} points outside fhirServer")
        return absolute

    @metrics.counts_fhir_fetches
    def _get_json(self, server: FhirServer, url: str, *, deadline: float, label: str) -> Mapping[str, Any]:
        if not fetch_url_is_under(url, server.base_url):
            # The one place every request passes: nothing leaves for a URL outside fhirServer's path.
            raise FhirFetchError(INVALID_RESPONSE, f"a URL to read {label!r} lies outside fhirServer")
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FhirFetchError(BUDGET_EXCEEDED, f"the time budget ran out before reading {label!r}")
        headers = {"Authorization": f"Bearer {server.access_token}"} if server.access_token else {}
        timeout = (min(self.timeouts.connect_seconds, remaining), min(self.timeouts.read_seconds, remaining))
        started = time.monotonic()
        try:
            response = self._session.get(url, headers=headers, timeout=timeout, allow_redirects=False, stream=True)
        except requests.exceptions.ConnectTimeout:
            raise FhirFetchError(TIMEOUT, f"connecting to the FHIR server timed out after {timeout[0]:.1f} s") from None
        except requests.exceptions.ReadTimeout:
            raise FhirFetchError(TIMEOUT, f"the FHIR server did not answer within {timeout[1]:.1f} s") from None
        except requests.exceptions.SSLError:
            raise FhirFetchError(UNREACHABLE, "the TLS handshake with the FHIR server failed") from None
        except requests.exceptions.ConnectionError:
            raise FhirFetchError(UNREACHABLE, "the FHIR server could not be reached") from None
        except requests.exceptions.RequestException:
            raise FhirFetchError(UNREACHABLE, "the request to the FHIR server failed") from None
        with response:
            status = response.status_code
            log.debug(
                "fhir GET key=%s status=%d duration_ms=%.0f",
                label,
                status,
                (time.monotonic() - started) * 1000,
            )
            _raise_for_status(status, label)
            content = self._read_body(response, deadline=deadline, label=label)
        try:
            # Depth-checked before parsing (100,000 nested "[" must not reach the recursive parser) and
            # no lone surrogates (not Unicode text; would fail at the response, the log or the database).
            body = jsontext.loads(content, max_depth=self.max_json_depth)
        except jsontext.JsonTextError as exc:
            raise FhirFetchError(
                INVALID_RESPONSE, f"the FHIR server's answer for {label!r} is not acceptable JSON ({exc.message})"
            ) from None
        if not isinstance(body, Mapping) or not isinstance(body.get("resourceType"), str):
            raise FhirFetchError(INVALID_RESPONSE, f"the FHIR server's answer for {label!r} is not a FHIR resource")
        return body

    def _read_body(self, response: requests.Response, *, deadline: float, label: str) -> bytes:
        """Read the body in pieces as they arrive, checking size and deadline between pieces.

        ``read1`` returns what the socket has (``iter_content`` would wait for a whole chunk), and before
        each piece the socket timeout is cut to the time left, so a body trickling in byte by byte still
        ends at the deadline.
        """
        raw = response.raw
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FhirFetchError(BUDGET_EXCEEDED, f"the time budget ran out while reading {label!r}")
                _set_socket_timeout(raw, min(self.timeouts.read_seconds, remaining))
                chunk = raw.read1(_CHUNK_BYTES, decode_content=True)
                if not chunk:
                    break
                size += len(chunk)
                if size > self.max_page_bytes:
                    raise FhirFetchError(
                        INVALID_RESPONSE, f"a page of {label!r} is larger than {self.max_page_bytes} bytes"
                    )
                chunks.append(chunk)
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            if time.monotonic() >= deadline:
                raise FhirFetchError(BUDGET_EXCEEDED, f"the time budget ran out while reading {label!r}") from None
            raise FhirFetchError(TIMEOUT, f"the FHIR server stopped sending {label!r}") from None
        except (urllib3.exceptions.HTTPError, OSError):
            raise FhirFetchError(UNREACHABLE, f"the connection broke while reading {label!r}") from None
        return b"".join(chunks)


@dataclass(frozen=True)
class SearchsetPage:
    resources: tuple[Resource, ...]
    next_url: str | None
    errors: int
    """OperationOutcome entries with an issue of severity error or fatal (or no readable severity)."""
    warnings: int


def read_searchset(bundle: Mapping[str, Any], *, label: str) -> SearchsetPage:
    """Split one searchset page into its resources, its ``next`` link and its OperationOutcome entries.

    Servers put OperationOutcome entries (search.mode ``outcome``) into successful searches for warnings
    such as an ignored parameter; only error/fatal issues mean the data is incomplete.
    """
    if bundle.get("resourceType") != "Bundle":
        raise FhirFetchError(INVALID_RESPONSE, f"the answer for {label!r} is not a Bundle")
    resources: list[Resource] = []
    errors = warnings = 0
    entries = bundle.get("entry", [])
    if not isinstance(entries, list):
        raise FhirFetchError(INVALID_RESPONSE, f"the Bundle for {label!r} has an invalid entry list")
    for entry in entries:
        # ``type(...) is dict`` first: parsed JSON is always a dict, and the Mapping check is an ABC look-up
        # (a third of this loop's instructions at 50 resources, callgrind). Other Mappings still pass.
        if type(entry) is not dict and not isinstance(entry, Mapping):
            continue
        resource = entry.get("resource")
        if type(resource) is not dict and not isinstance(resource, Mapping):
            continue
        if resource.get("resourceType") == "OperationOutcome":
            if is_error_outcome(resource):
                errors += 1
            else:
                warnings += 1
            continue
        resources.append(resource)
    return SearchsetPage(tuple(resources), next_link(bundle), errors, warnings)


def is_error_outcome(outcome: Mapping[str, Any]) -> bool:
    issues = outcome.get("issue")
    if not isinstance(issues, list) or not issues:
        return True
    return any(not isinstance(i, Mapping) or i.get("severity") not in ("information", "warning") for i in issues)


def next_link(bundle: Mapping[str, Any]) -> str | None:
    return _link(bundle, "next")


def self_link(bundle: Mapping[str, Any]) -> str | None:
    """The page's own URL as the server wrote it (``link`` relation ``self``), if any."""
    return _link(bundle, "self")


def _link(bundle: Mapping[str, Any], relation: str) -> str | None:
    links = bundle.get("link")
    if not isinstance(links, list):
        return None
    for link in links:
        if isinstance(link, Mapping) and link.get("relation") == relation and isinstance(link.get("url"), str):
            url: str = link["url"]
            return url
    return None


def _raise_for_status(status: int, label: str) -> None:
    if 200 <= status < 300:
        return
    if status == 401:
        raise FhirFetchError(
            UNAUTHORIZED, f"the FHIR server refused the access token for {label!r} (401)", status=status
        )
    if status == 403:
        raise FhirFetchError(FORBIDDEN, f"the access token does not allow reading {label!r} (403)", status=status)
    if status in (404, 410):
        raise FhirFetchError(NOT_FOUND, f"the FHIR server has no {label!r} ({status})", status=status)
    if status >= 500:
        raise FhirFetchError(SERVER_ERROR, f"the FHIR server failed reading {label!r} ({status})", status=status)
    if 300 <= status < 400:
        raise FhirFetchError(
            INVALID_RESPONSE,
            f"the FHIR server redirected the read of {label!r} ({status}); redirects are not "
            "followed so that the access token stays with fhirServer",
            status=status,
        )
    raise FhirFetchError(INVALID_RESPONSE, f"the FHIR server answered {status} for {label!r}", status=status)


def _set_socket_timeout(raw: urllib3.BaseHTTPResponse, seconds: float) -> None:
    connection = getattr(raw, "connection", None)
    sock = getattr(connection, "sock", None)
    if isinstance(sock, socket.socket):
        sock.settimeout(max(seconds, 0.001))


def on_server(base_url: str, url: str) -> bool:
    """Whether ``url`` (absolute, or relative to ``base_url``) lies under ``base_url``: origin and path."""
    return fetch_url_is_under(_join(base_url, url), base_url)


_shared_lock = threading.Lock()
_shared: dict[tuple[int, Timeouts, int], FhirClient] = {}


def shared_client(settings: Settings) -> FhirClient:
    """The client of this worker process for these timeouts, created on first use.

    Keyed by process id: a session inherited over ``fork`` (gunicorn with preload) would share pooled
    sockets with the parent, so each worker builds its own.
    """
    timeouts = Timeouts(settings.CDS_FHIR_CONNECT_TIMEOUT_SECONDS, settings.CDS_FHIR_READ_TIMEOUT_SECONDS)
    key = (os.getpid(), timeouts, settings.CDS_MAX_JSON_DEPTH)
    with _shared_lock:
        client = _shared.get(key)
        if client is None:
            client = _shared[key] = FhirClient(timeouts, max_json_depth=settings.CDS_MAX_JSON_DEPTH)
        return client


_DEADLINE_SLACK_SECONDS = 0.01
"""A request whose socket timeout was cut to the time left ends at the deadline, give or take a tick."""


def ran_out_of_budget(error: FhirFetchError, deadline: float) -> bool:
    """Whether a failed page failed because the budget ran out (a timeout shortened to the deadline)."""
    if error.cause == BUDGET_EXCEEDED:
        return True
    return error.cause == TIMEOUT and time.monotonic() >= deadline - _DEADLINE_SLACK_SECONDS


def _page_identity(url: str) -> tuple[str, str, int, str, str]:
    """What makes two page URLs the same page: scheme, host, port (defaulted), path and query; no fragment."""
    parts = urlsplit(url)
    scheme, host, port = _origin(url)
    return scheme, host, port, parts.path or "/", parts.query


def _join(base_url: str, path_or_url: str) -> str:
    return urljoin(base_url.rstrip("/") + "/", path_or_url)


def _origin(url: str) -> tuple[str, str, int]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    port = parts.port or (443 if scheme == "https" else 80)
    return scheme, (parts.hostname or "").lower(), port
