"""The shipped examples: per card id, a CDS Hooks request and the same patient as a FHIR transaction Bundle.

``examples/`` (in the wheel: ``cds_service/_examples``) is written by ``tools/make_examples.py`` from the
clinical scenarios, with every date set relative to one anchor day (``index.json`` ``"today"``). Nothing
here uses those dates as they stand: ``request_for`` and ``bundle_for`` move every FHIR date and dateTime
by (today - anchor), so the days since onset, since a medication started and the patient's age in days
are those the scenario was written with, whatever day it is. ``cds-service examples`` serves them:

- ``list``: id, description, the cards it raises;
- ``request ID [--today DATE] [--fhir-server URL [--fhir-token T]]``: the hook request on stdout, with
  its prefetch, or without it and pointing at a FHIR server the examples were loaded into;
- ``load --fhir-server URL [--token T]``: the transaction Bundles POSTed to a FHIR server.

Only values of FHIR date-typed elements are moved (``birthDate``, ``onsetDateTime``, ``start``, ...):
a code such as RxNorm ``5640`` looks like a year but is not one.

``load_into`` is the one network call here. It is a command-line helper for integrators, never on the
service's request path (where ``fhir_client`` alone does network I/O).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

_PACKAGE_DIR = Path(__file__).resolve().parent
INDEX_FILE = "index.json"
_DATE = re.compile(r"^(\d{4})(-\d{2})?(-\d{2})?(T.*)?$")
# FHIR R4 names its date, dateTime and instant elements like this (Patient.birthDate, Condition.onsetDateTime,
# Period.start, MedicationRequest.authoredOn, Bundle.timestamp, Meta.lastUpdated, Timing.event, ...).
_DATE_SUFFIXES = ("Date", "DateTime", "Instant")
_DATE_ELEMENTS = frozenset(
    {"date", "start", "end", "authoredOn", "issued", "lastUpdated", "recorded", "dateAsserted", "event", "timestamp"}
)
# What a request pointing at a FHIR server asks for: read access to the four prefetch resource types.
FHIR_SCOPE = " ".join(
    f"patient/{kind}.read" for kind in ("Patient", "Condition", "MedicationStatement", "MedicationRequest")
)


def default_examples_dir() -> Path:
    """The shipped examples: inside the wheel, or ``examples/`` of the repository in a source checkout."""
    installed = _PACKAGE_DIR / "_examples"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "examples"


class ExampleError(Exception):
    """An unknown example id, an unreadable examples folder, or a FHIR server that refused a Bundle."""


@dataclass(frozen=True)
class Example:
    card_id: str
    """The example's id: the card it is there to show."""
    description: str
    scenario: str
    anchor: date
    """The day the stored files are dated for."""
    expected_cards: tuple[str, ...]
    """The card ids the request raises, in response order, when it is evaluated on its own dates."""
    request_path: Path
    bundle_path: Path
    patient_id: str
    """The Patient's id in the transaction Bundle (prefixed with the card id, so examples can share a server)."""


def load_index(root: Path | None = None) -> tuple[Example, ...]:
    root = root or default_examples_dir()
    path = root / INDEX_FILE
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ExampleError(f"{path}: not found (the examples ship with the package; reinstall it)") from None
    except json.JSONDecodeError as exc:
        raise ExampleError(f"{path}: not JSON: {exc}") from None
    try:
        return tuple(
            Example(
                card_id=entry["card_id"],
                description=entry["description"],
                scenario=entry["scenario"],
                anchor=date.fromisoformat(entry["today"]),
                expected_cards=tuple(entry["expected_cards"]),
                request_path=root / entry["request"],
                bundle_path=root / entry["fhir_transaction"],
                patient_id=entry["patient_id"],
            )
            for entry in entries
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ExampleError(f"{path}: an entry is malformed ({type(exc).__name__}: {exc})") from None


def find(examples: Sequence[Example], example_id: str) -> Example:
    for example in examples:
        if example.card_id == example_id:
            return example
    known = ", ".join(e.card_id for e in examples)
    raise ExampleError(f"no example {example_id!r}; the examples are: {known}")


# --- dates --------------------------------------------------------------------------------------------


def is_date_element(key: str | None) -> bool:
    return key is not None and (key in _DATE_ELEMENTS or key.endswith(_DATE_SUFFIXES))


def shift_dates(value: Any, delta: timedelta, key: str | None = None) -> Any:
    """Every FHIR date, dateTime and instant moved by ``delta`` days, keeping its precision and its time part
    (with the offset as written). ``key`` is the element name the value sits under."""
    if isinstance(value, dict):
        return {k: shift_dates(v, delta, k) for k, v in value.items()}
    if isinstance(value, list):
        return [shift_dates(v, delta, key) for v in value]
    if isinstance(value, str) and is_date_element(key) and (match := _DATE.match(value)):
        year, month, day, time_part = match.groups()
        moved = date(int(year), int(month[1:]) if month else 1, int(day[1:]) if day else 1) + delta
        text = moved.isoformat()[: 4 + len(month or "") + len(day or "")]
        return text + (time_part or "")
    return value


# --- requests and Bundles -------------------------------------------------------------------------------


def resources_of(request: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Every resource in a request's prefetch: the resources themselves and the entries of Bundles."""
    found: list[dict[str, Any]] = []
    for value in request.get("prefetch", {}).values():
        if not isinstance(value, dict):
            continue
        if value.get("resourceType") == "Bundle":
            found.extend(e["resource"] for e in value.get("entry", ()) if isinstance(e.get("resource"), dict))
        else:
            found.append(value)
    return found


def transaction(request: Mapping[str, Any], prefix: str) -> dict[str, Any]:
    """The request's patient as a transaction Bundle with ids ``<prefix>-<id>`` and references to match."""
    resources = json.loads(json.dumps(resources_of(request)))  # a deep copy of plain JSON
    id_map = {f"{r['resourceType']}/{r['id']}": f"{r['resourceType']}/{prefix}-{r['id']}" for r in resources}

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: rewrite(v) for k, v in value.items()}
            if isinstance(out.get("reference"), str) and out["reference"] in id_map:
                out["reference"] = id_map[out["reference"]]
            return out
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    entries = []
    for resource in resources:
        new = rewrite(resource)
        new["id"] = f"{prefix}-{resource['id']}"
        entries.append({"resource": new, "request": {"method": "PUT", "url": f"{new['resourceType']}/{new['id']}"}})
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ExampleError(f"{path}: cannot be read ({exc})") from None
    return data


def request_for(
    example: Example,
    today: date,
    *,
    fhir_server: str | None = None,
    fhir_token: str | None = None,
    hook_instance: str | None = None,
) -> dict[str, Any]:
    """The example's hook request dated for ``today``, with a fresh ``hookInstance``.

    With ``fhir_server``: no prefetch, ``fhirServer`` set and ``context.patientId`` the Patient of the
    example's Bundle, so the service reads the patient from a server ``load_into`` filled. With
    ``fhir_token`` also ``fhirAuthorization`` (a bearer token the service presents to that server)."""
    request: dict[str, Any] = shift_dates(_read_json(example.request_path), today - example.anchor)
    request["hookInstance"] = hook_instance or str(uuid.uuid4())
    if fhir_server is None:
        if fhir_token is not None:
            raise ExampleError("a FHIR token goes with a FHIR server (--fhir-server)")
        return request
    request.pop("prefetch", None)
    request.pop("fhirAuthorization", None)
    request["fhirServer"] = fhir_server.rstrip("/")
    request["context"] = {**request["context"], "patientId": example.patient_id}
    if fhir_token is not None:
        request["fhirAuthorization"] = {
            "access_token": fhir_token,
            "token_type": "Bearer",
            "expires_in": 3600,
            "scope": FHIR_SCOPE,
            "subject": "cds-service-examples",
            "patient": example.patient_id,
        }
    return request


def bundle_for(example: Example, today: date) -> dict[str, Any]:
    """The example's transaction Bundle dated for ``today``."""
    bundle: dict[str, Any] = shift_dates(_read_json(example.bundle_path), today - example.anchor)
    return bundle


# --- loading into a FHIR server -------------------------------------------------------------------------


@dataclass(frozen=True)
class Loaded:
    example: Example
    resources: int


def load_into(
    fhir_server: str, bundles: Iterable[tuple[Example, Mapping[str, Any]]], *, token: str | None = None,
    timeout_seconds: float = 30.0,
) -> list[Loaded]:
    """POST each transaction Bundle to ``fhir_server`` (the base URL); ``ExampleError`` on the first refusal."""
    import requests

    headers = {"Content-Type": "application/fhir+json", "Accept": "application/fhir+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    base = fhir_server.rstrip("/")
    loaded = []
    with requests.Session() as session:
        session.trust_env = False  # the token goes to this server only, never through an environment proxy
        for example, bundle in bundles:
            try:
                response = session.post(
                    base, data=json.dumps(bundle), headers=headers, timeout=timeout_seconds, allow_redirects=False
                )
            except requests.RequestException as exc:
                raise ExampleError(f"{base}: cannot be reached ({type(exc).__name__}: {exc})") from None
            if response.status_code != 200:
                raise ExampleError(
                    f"{base} refused the Bundle of {example.card_id}: HTTP {response.status_code}"
                    f"{_outcome_text(response.text)}"
                )
            loaded.append(Loaded(example=example, resources=len(bundle.get("entry", ()))))
    return loaded


def _outcome_text(body: str) -> str:
    """The diagnostics of an OperationOutcome answer, or the start of whatever the server said."""
    try:
        outcome = json.loads(body)
    except ValueError:
        return f": {body[:300]}" if body.strip() else ""
    if isinstance(outcome, dict) and outcome.get("resourceType") == "OperationOutcome":
        texts = [
            str(issue.get("diagnostics") or issue.get("details", {}).get("text") or issue.get("code"))
            for issue in outcome.get("issue", ())
            if isinstance(issue, dict)
        ]
        return f": {'; '.join(texts)[:500]}" if texts else ""
    return f": {body[:300]}"
