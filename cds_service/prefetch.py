"""prefetch.resolve: prefetch ∪ fetched-from-FHIR -> PatientRecord.

CDS Hooks 2.0 §Prefetch: a key the client did not satisfy is omitted, "no data" is ``null``, a failed
fetch on the client's side may come back as an OperationOutcome, and results may be paginated. The service
"must check prefetched data against its template" and SHALL answer 412 when it cannot reach the FHIR
server for data it needs. Per key this module therefore:

- uses the prefetched resource or Bundle when it is complete;
- takes ``null`` as no data;
- fetches the key from ``fhirServer`` (that key only) when it is absent, an OperationOutcome, a Bundle with
  an error OperationOutcome entry, or a Bundle with a ``next`` link (the remaining pages are read from
  the link when it is on fhirServer, else the whole search is read again).

Missing keys are fetched concurrently under one deadline (``CDS_FHIR_BUDGET_SECONDS``). ``patient`` and
``conditions`` are required: a failure is a 412 naming the key and the cause. The medication keys degrade
into ``UnavailableData`` so the cards can say that the medication cautions were not checked.

A list read only in part (rules.md §5.4) is kept, whatever its key, and named in ``PatientRecord.incomplete``
with the cause (``record.INCOMPLETE_CAUSES``): a search cut by the resource cap, a paging loop, the budget or
an unreadable later page (``fhir_client.search``); a paged prefetch whose remaining pages could not be read
(``page-unreadable``, or ``budget``), or for which the request names no fhirServer (``not-fetched``); then the
prefetched page is used together with whatever was read after it. So a 412 (or, for a medication key, the
"not checked" degradation) only ever means that nothing of the key could be read.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from concurrent.futures import TimeoutError as FuturesTimeout
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from . import fhir_client
from .config import Settings
from .errors import BadRequest, PayloadTooLarge, PreconditionFailed
from .fhir_client import FhirClient, FhirFetchError, FhirServer, read_searchset
from .hook_request import HookRequest
from .record import (
    BUDGET,
    MEDICATION_KEYS,
    NOT_FETCHED,
    PAGE_UNREADABLE,
    PREFETCH_TEMPLATES,
    REQUIRED_KEYS,
    PatientRecord,
    Resource,
    UnavailableData,
)

log = logging.getLogger(__name__)

_KEY_ORDER: tuple[str, ...] = ("patient", "conditions", "medications", "medicationRequests")
_RESOURCE_TYPE: Mapping[str, str] = {
    "patient": "Patient",
    "conditions": "Condition",
    "medications": "MedicationStatement",
    "medicationRequests": "MedicationRequest",
}
_TOKEN = re.compile(r"\{\{\s*([A-Za-z][A-Za-z0-9_.]*)\s*\}\}")
_USER_TOKENS: Mapping[str, str] = {
    "userPractitionerId": "Practitioner",
    "userPractitionerRoleId": "PractitionerRole",
    "userPatientId": "Patient",
    "userRelatedPersonId": "RelatedPerson",
}
_COMPLETION_GRACE_SECONDS = 0.1
"""Each request's socket timeouts end at the deadline; this slack lets a thread report its own precise
cause (timeout, unreachable) instead of the generic budget_exceeded."""


@dataclass(frozen=True)
class _Fetch:
    """A key to read from fhirServer: from its template, or on from a prefetched page's ``next`` link."""

    key: str
    start: str
    reason: str
    prefetched: tuple[Resource, ...] | None = None
    """The part of the list the prefetch holds (a page with a ``next`` link), kept whatever the fetch gives."""
    continues: bool = False
    """``start`` is the prefetched page's next link: the search goes on from ``prefetched``."""
    prefetched_url: str | None = None
    """The prefetched page's ``self`` link: a next link back to it ends paging."""


@dataclass(frozen=True)
class _Fetched:
    resources: tuple[Resource, ...]
    cut: str | None = None
    """Why the list is incomplete (``record.INCOMPLETE_CAUSES``), None when it was read whole."""


def resolve(request: HookRequest, settings: Settings, *, client: FhirClient | None = None) -> PatientRecord:
    """Build the PatientRecord from the prefetch, fetching what is missing; raise 412/413/400 as ApiError."""
    deadline = time.monotonic() + settings.CDS_FHIR_BUDGET_SECONDS
    found: dict[str, tuple[Resource, ...]] = {}
    to_fetch: list[_Fetch] = []
    prefetched_count = 0
    for key in _KEY_ORDER:
        outcome = _from_prefetch(key, request)
        if isinstance(outcome, _Fetch):
            to_fetch.append(outcome)
            prefetched_count += len(outcome.prefetched or ())
        else:
            found[key] = outcome
            prefetched_count += len(outcome)
        if prefetched_count > settings.CDS_MAX_PREFETCH_RESOURCES:
            raise PayloadTooLarge(
                f"the prefetch holds more than {settings.CDS_MAX_PREFETCH_RESOURCES} resources "
                f"(CDS_MAX_PREFETCH_RESOURCES), reached at key {key!r}",
                field=f"prefetch.{key}",
            )
    unavailable: list[UnavailableData] = []
    incomplete: list[UnavailableData] = []
    if to_fetch:
        fetched, failures = _fetch_missing(to_fetch, request, settings, client, deadline)
        found.update((key, result.resources) for key, result in fetched.items())
        for key in _KEY_ORDER:
            failure = failures.get(key)
            if failure is None:
                cut = fetched[key].cut if key in fetched else None
                if cut is not None:
                    incomplete.append(UnavailableData(key, cut))
                continue
            if key in REQUIRED_KEYS:
                raise PreconditionFailed(key, failure.cause, f"could not read {key!r}: {failure.message}")
            unavailable.append(UnavailableData(key, failure.cause))
    return _record(request, found, unavailable, incomplete)


def _from_prefetch(key: str, request: HookRequest) -> tuple[Resource, ...] | _Fetch:
    """The prefetched resources of ``key``, or what to fetch instead (the usual path builds no URL)."""

    def from_template(reason: str) -> _Fetch:
        return _Fetch(key, _fill_template(PREFETCH_TEMPLATES[key], request), reason)

    if key not in request.prefetch:
        return from_template("absent")
    value: Any = request.prefetch[key]
    if value is None:
        return ()
    if not isinstance(value, Mapping) or not isinstance(value.get("resourceType"), str):
        raise BadRequest("a prefetch value must be a FHIR resource, a Bundle or null", field=f"prefetch.{key}")
    if value["resourceType"] == "OperationOutcome":
        return from_template("operation_outcome")
    if value["resourceType"] != "Bundle":
        return (value,)
    try:
        page = read_searchset(value, label=key)
    except FhirFetchError as exc:
        raise BadRequest(f"prefetch {key!r}: {exc.message}", field=f"prefetch.{key}") from None
    if page.errors:
        return from_template("operation_outcome_entry")
    if page.next_url is None:
        return page.resources
    if request.fhir_server and fhir_client.on_server(request.fhir_server, page.next_url):
        return _Fetch(
            key,
            page.next_url,
            "paged",
            prefetched=page.resources,
            continues=True,
            prefetched_url=fhir_client.self_link(value),
        )
    # A next link elsewhere (or no fhirServer to follow it on): the whole search is read again from
    # fhirServer; the prefetched page is kept should that fail (or there be no fhirServer).
    return _Fetch(key, _fill_template(PREFETCH_TEMPLATES[key], request), "paged_elsewhere", page.resources)


def _fill_template(template: str, request: HookRequest) -> str:
    """Replace ``{{context.x}}`` and ``{{userPractitionerId}}``-style tokens, percent-encoding each value.

    Encoding keeps a context value from adding query parameters or path segments of its own.
    """

    def value(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.startswith("context."):
            found = request.context.get(token.removeprefix("context."))
        elif token in _USER_TOKENS:
            kind, _, ident = request.user_id.partition("/")
            found = ident if kind == _USER_TOKENS[token] and ident else None
        else:
            found = None
        if not found:
            raise ValueError(f"prefetch template token {token!r} has no value in this request")
        return quote(found, safe="")

    return _TOKEN.sub(value, template)


def _fetch_missing(
    to_fetch: list[_Fetch],
    request: HookRequest,
    settings: Settings,
    client: FhirClient | None,
    deadline: float,
) -> tuple[dict[str, _Fetched], dict[str, FhirFetchError]]:
    """Fetch the keys concurrently; stop early once a required key has failed (the answer is a 412).

    A key the prefetch holds part of never fails: its failure becomes the prefetched part, cut.
    """
    fetched: dict[str, _Fetched] = {}
    failures: dict[str, FhirFetchError] = {}

    def failed(fetch: _Fetch, error: FhirFetchError) -> None:
        if fetch.prefetched is not None:
            cut = _cut_cause(error, deadline)
            fetched[fetch.key] = _Fetched(fetch.prefetched, cut)
            _log_cut(fetch.key, cut, len(fetch.prefetched), error.cause)
            return
        failures[fetch.key] = error
        log.warning("prefetch key=%s reason=%s cause=%s status=%s", fetch.key, fetch.reason, error.cause, error.status)

    if not request.fhir_server:
        for fetch in to_fetch:
            failed(
                fetch,
                FhirFetchError(
                    fhir_client.NO_FHIR_SERVER,
                    f"it was not prefetched ({fetch.reason}) and the request names no fhirServer",
                ),
            )
        return fetched, failures
    if urlsplit(request.fhir_server).scheme != "https" and not settings.CDS_FHIR_ALLOW_HTTP:
        raise BadRequest(
            "fhirServer must use https (set CDS_FHIR_ALLOW_HTTP=true for local testing)", field="fhirServer"
        )
    token = request.fhir_authorization.access_token if request.fhir_authorization else None
    server = FhirServer(request.fhir_server, token)
    client = client or fhir_client.shared_client(settings)
    started = time.monotonic()
    executor = ThreadPoolExecutor(max_workers=len(to_fetch), thread_name_prefix="fhir-fetch")
    futures: dict[Future[_Fetched], _Fetch] = {
        executor.submit(_fetch_one, client, server, fetch, settings, deadline, request.patient_id): fetch
        for fetch in to_fetch
    }
    try:
        for future in as_completed(futures, timeout=_time_left(deadline) + _COMPLETION_GRACE_SECONDS):
            fetch = futures[future]
            error = future.exception()
            if error is None:
                result = future.result()
                fetched[fetch.key] = result
                if result.cut is not None:
                    _log_cut(fetch.key, result.cut, len(result.resources))
                continue
            if not isinstance(error, FhirFetchError):
                raise error
            failed(fetch, error)
            if fetch.key in failures and fetch.key in REQUIRED_KEYS:
                # The answer is a 412 for this key: the keys still in flight no longer matter.
                return fetched, failures
    except FuturesTimeout:
        pass
    finally:
        # Threads still waiting on a socket end by their own timeout (never past the deadline by much);
        # their results are not waited for.
        executor.shutdown(wait=False, cancel_futures=True)
        log.info(
            "prefetch fetched keys=%d failed=%d duration_ms=%.0f",
            len(fetched),
            len(failures),
            (time.monotonic() - started) * 1000,
        )
    for fetch in to_fetch:
        if fetch.key not in fetched and fetch.key not in failures:
            failed(
                fetch,
                FhirFetchError(
                    fhir_client.BUDGET_EXCEEDED,
                    f"not read within the {settings.CDS_FHIR_BUDGET_SECONDS:g} s budget",
                ),
            )
    return fetched, failures


def _fetch_one(
    client: FhirClient, server: FhirServer, fetch: _Fetch, settings: Settings, deadline: float, patient_id: str
) -> _Fetched:
    if fetch.key == "patient":
        patient = client.read(server, fetch.start, deadline=deadline, label=fetch.key)
        if patient.get("resourceType") != "Patient":
            raise FhirFetchError(fhir_client.INVALID_RESPONSE, "the FHIR server did not answer with a Patient")
        if isinstance(patient.get("id"), str) and patient["id"] != patient_id:
            # Nothing was prefetched: the server answered the read of Patient/{patientId} with another
            # patient. Its fault, not the client's (412, not 400); that record must never drive the advice.
            raise FhirFetchError(
                fhir_client.INVALID_RESPONSE, "the FHIR server answered the read of the patient with another patient"
            )
        return _Fetched((patient,))
    continued = fetch.prefetched if fetch.continues and fetch.prefetched is not None else ()
    result = client.search(
        server,
        fetch.start,
        deadline=deadline,
        max_resources=settings.CDS_FHIR_MAX_RESOURCES,
        label=fetch.key,
        already_read=continued,
        already_requested=(fetch.prefetched_url,) if fetch.continues and fetch.prefetched_url else (),
        continuing=fetch.continues,
    )
    if result.cut is not None and fetch.prefetched is not None and not fetch.continues:
        # The search was read again from its start and cut: the prefetched page may hold what it missed.
        return _Fetched(_merge(result.resources, fetch.prefetched), result.cut)
    return _Fetched(result.resources, result.cut)


def _cut_cause(error: FhirFetchError, deadline: float) -> str:
    """The incomplete-list cause of a prefetched part whose remaining pages could not be read."""
    if error.cause == fhir_client.NO_FHIR_SERVER:
        return NOT_FETCHED
    if fhir_client.ran_out_of_budget(error, deadline):
        return BUDGET
    return PAGE_UNREADABLE


def _log_cut(key: str, cut: str, count: int, error: str | None = None) -> None:
    """The one WARNING line of a list read in part: key, cause and count only (no URL, token or id)."""
    if error is None:
        log.warning("prefetch key=%s incomplete cause=%s resources=%d", key, cut, count)
    else:
        log.warning("prefetch key=%s incomplete cause=%s resources=%d error=%s", key, cut, count, error)


def _merge(first: tuple[Resource, ...], more: tuple[Resource, ...]) -> tuple[Resource, ...]:
    """``first`` and then those of ``more`` it does not hold (same type and id, or equal when id-less)."""
    ids = {(r.get("resourceType"), r["id"]) for r in first if isinstance(r.get("id"), str)}
    extra = [
        r
        for r in more
        if ((r.get("resourceType"), r["id"]) not in ids if isinstance(r.get("id"), str) else r not in first)
    ]
    return (*first, *extra)


def _record(
    request: HookRequest,
    found: Mapping[str, tuple[Resource, ...]],
    unavailable: list[UnavailableData],
    incomplete: list[UnavailableData],
) -> PatientRecord:
    patients = [r for r in found.get("patient", ()) if r.get("resourceType") == "Patient"]
    if found.get("patient") and not patients:
        raise BadRequest("prefetch 'patient' must be a Patient resource", field="prefetch.patient")
    patient = patients[0] if patients else None
    if patient is not None and isinstance(patient.get("id"), str) and patient["id"] != request.patient_id:
        # Another patient's record must never drive this patient's advice.
        raise BadRequest("prefetch 'patient' is not the patient of context.patientId", field="prefetch.patient")
    by_key: dict[str, tuple[Resource, ...]] = {key: () for key in _KEY_ORDER[1:]}
    medications: dict[str, Resource] = {}
    for key, resources in found.items():
        resource_type = _RESOURCE_TYPE[key]
        # One pass per list (it was three: wanted, ignored, Medication): each resource's type read once.
        wanted: list[Resource] = []
        ignored = 0
        for resource in resources:
            kind = resource.get("resourceType")
            if kind == resource_type:
                wanted.append(resource)
            elif kind == "Medication":
                if isinstance(resource_id := resource.get("id"), str):
                    medications[f"Medication/{resource_id}"] = resource
            else:
                ignored += 1
        if key == "patient":
            continue  # the patient was read above
        if ignored:
            log.warning("prefetch key=%s ignored=%d resources of an unexpected type", key, ignored)
        by_key[key] = tuple(wanted)
    return PatientRecord(
        patient=patient,
        conditions=by_key["conditions"],
        medication_statements=by_key["medications"],
        medication_requests=by_key["medicationRequests"],
        medications=medications,
        unavailable=tuple(u for u in unavailable if u.key in MEDICATION_KEYS),
        incomplete=tuple(incomplete),
    )


def _time_left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())
