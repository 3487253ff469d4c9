"""The validated CDS Hooks request envelope: the first step of the pipeline."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from . import schemas
from .errors import BadRequest

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


def parse_hook_request(body: Any, *, expected_hook: str, allow_http_fhir: bool) -> HookRequest:
    """Validate the envelope and build a ``HookRequest``; raise ``BadRequest`` naming the field."""
    if not isinstance(body, Mapping):
        raise BadRequest("the request body must be a JSON object", field="$")
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
            expires_in=auth["expires_in"],
            scope=auth["scope"],
            subject=auth["subject"],
            patient=auth.get("patient"),
        )
        if auth
        else None,
    )
