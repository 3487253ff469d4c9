"""The validated CDS Hooks request envelope: the first step of the pipeline."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from . import schemas
from .errors import BadRequest
from .security.urls import check_url

PATIENT_VIEW = "patient-view"


@dataclass(frozen=True)
class FhirAuthorization:
    access_token: str = field(repr=False)
    token_type: str
    expires_in: int
    scope: str
    subject: str
    patient: str | None = None


@dataclass(frozen=True)
class HookRequest:
    hook: str
    hook_instance: str
    context: Mapping[str, str]
    prefetch: Mapping[str, Any]
    """Only the keys the client sent; a value may be ``None`` (the client's "no data")."""
    fhir_server: str | None = None
    fhir_authorization: FhirAuthorization | None = field(default=None, repr=False)

    @property
    def patient_id(self) -> str:
        return self.context["patientId"]

    @property
    def user_id(self) -> str:
        return self.context["userId"]


# The same patterns as schemas/hook-request.schema.json; a test checks the two agree.
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_USER_ID = re.compile(r"(Practitioner|PractitionerRole|Patient|RelatedPerson)/[A-Za-z0-9\-\.]{1,64}")
_RESOURCE_ID = re.compile(r"[A-Za-z0-9\-\.]{1,64}")
_FHIR_SERVER = re.compile(r"https?://[^\s]+")


def plainly_valid(body: Mapping[str, Any]) -> bool:
    """True only for an envelope the JSON Schema certainly accepts, checked in a few microseconds.

    The schema validator costs ~0.1 ms per call on the hot path; most requests are well formed, so
    they take this path and anything unusual (``fhirAuthorization``, a bad field) goes to the schema,
    which also words the error. Never True for a body the schema would refuse (tested)."""
    hook, instance, context = body.get("hook"), body.get("hookInstance"), body.get("context")
    if not (isinstance(hook, str) and hook and isinstance(instance, str) and _UUID.fullmatch(instance)):
        return False
    if not isinstance(context, Mapping) or "fhirAuthorization" in body:
        return False
    user, patient = context.get("userId"), context.get("patientId")
    if not (isinstance(user, str) and _USER_ID.fullmatch(user) and isinstance(patient, str)):
        return False
    if not _RESOURCE_ID.fullmatch(patient):
        return False
    if "encounterId" in context:
        encounter = context["encounterId"]
        if not (isinstance(encounter, str) and _RESOURCE_ID.fullmatch(encounter)):
            return False
    if "fhirServer" in body:
        server = body["fhirServer"]
        if not (isinstance(server, str) and _FHIR_SERVER.fullmatch(server)):
            return False
    prefetch = body.get("prefetch", {})
    if not isinstance(prefetch, Mapping):
        return False
    for value in prefetch.values():
        if value is None:
            continue
        if not isinstance(value, Mapping):
            return False
        resource_type = value.get("resourceType")
        if not (isinstance(resource_type, str) and resource_type):
            return False
    return True


def parse_hook_request(body: Any, *, expected_hook: str, allow_http_fhir: bool) -> HookRequest:
    """Validate the envelope and build a ``HookRequest``; raise ``BadRequest`` naming the field."""
    if not isinstance(body, Mapping):
        raise BadRequest("the request body must be a JSON object", field="$")
    if not plainly_valid(body):
        found = schemas.problems("hook-request", body)
        if found:
            where, message = found[0]
            raise BadRequest(f"invalid hook request: {message}", field=where or "$")
    if body["hook"] != expected_hook:
        raise BadRequest(
            f"this service answers the {expected_hook!r} hook, not {body['hook']!r}", field="hook"
        )
    fhir_server = body.get("fhirServer")
    if fhir_server is not None:
        problem = check_url(fhir_server.rstrip("/"), allow_http_on_loopback_only=False)
        if problem:
            # Every URL we fetch must lie under fhirServer (origin and path): it must be a plain base URL.
            raise BadRequest(f"fhirServer {problem}", field="fhirServer")
        scheme = urlsplit(fhir_server).scheme
        if scheme != "https" and not allow_http_fhir:
            raise BadRequest(
                "fhirServer must use https (set CDS_FHIR_ALLOW_HTTP=true for local testing)",
                field="fhirServer",
            )
    auth = body.get("fhirAuthorization")
    return HookRequest(
        hook=body["hook"],
        hook_instance=body["hookInstance"],
        context={k: v for k, v in body["context"].items() if isinstance(v, str)},
        prefetch=dict(body.get("prefetch") or {}),
        fhir_server=fhir_server.rstrip("/") if fhir_server else None,
        fhir_authorization=FhirAuthorization(
            access_token=auth["access_token"],
            token_type=auth["token_type"],
            # JSON Schema's "integer" admits 3600.0; the field is an int (the compiled build enforces it).
            expires_in=int(auth["expires_in"]),
            scope=auth["scope"],
            subject=auth["subject"],
            patient=auth.get("patient"),
        )
        if auth
        else None,
    )
