"""``GET /openapi.json``: the service's HTTP API as an OpenAPI 3.1 document, built from the shipped JSON Schemas.

One source of truth: the message shapes are ``cds_service/schemas/*.schema.json``, the same files the
service validates requests (and the tests validate responses) with. ``document`` reads them as shipped and
places each one, with its ``$defs``, under ``components/schemas`` (``HookRequest``, ``HookRequest.<def>``,
...), rewriting only the ``#/$defs/<def>`` references to point there; nothing is copied by hand. OpenAPI
3.1 schema objects are JSON Schema 2020-12, the schemas' own dialect, so nothing else changes.

The document describes this instance: the security scheme appears when ``CDS_AUTH=jwt`` (and the 401
answers with it), ``/analytics`` when it is enabled, ``servers`` when ``CDS_PUBLIC_BASE_URL`` is set.
It is public (no patient data, like the CDS Hooks discovery document it points to) and built once at
start-up. ``tests/test_openapi.py`` runs schemathesis against a live service with it.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any

from flask import Blueprint, Flask, Response, current_app

from .config import Settings

if TYPE_CHECKING:
    from .knowledge import Knowledge

EXTENSION_KEY = "cds_openapi"
PATH = "/openapi.json"
OPENAPI_VERSION = "3.1.0"
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILES = {
    "HookRequest": "hook-request",
    "CardResponse": "card-response",
    "DiscoveryResponse": "discovery-response",
    "Feedback": "feedback",
    "FeedbackResponse": "feedback-response",
    "Error": "error-response",
    "Health": "health-response",
}
_DEFS_PREFIX = "#/$defs/"

bp = Blueprint("openapi", __name__)


def shipped_schema(name: str) -> dict[str, Any]:
    """``cds_service/schemas/<name>.schema.json`` as shipped."""
    text = resources.files("cds_service.schemas").joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def components_from(component: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """One shipped schema as OpenAPI components: itself under ``component`` (without ``$schema``, ``$id``
    and ``$defs``), each of its ``$defs`` under ``<component>.<def>``, references rewritten to match."""

    def rewrite(value: Any) -> Any:
        if isinstance(value, dict):
            out = {k: rewrite(v) for k, v in value.items()}
            ref = out.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith(_DEFS_PREFIX):
                    raise ValueError(f"{component}: only local #/$defs references can be placed, not {ref!r}")
                out["$ref"] = f"#/components/schemas/{component}.{ref[len(_DEFS_PREFIX):]}"
            return out
        if isinstance(value, list):
            return [rewrite(v) for v in value]
        return value

    top = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}
    placed = {component: rewrite(top)}
    for name, definition in schema.get("$defs", {}).items():
        placed[f"{component}.{name}"] = rewrite(definition)
    return placed


def _ref(component: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{component}"}


def _json_content(component: str) -> dict[str, Any]:
    return {"application/json": {"schema": _ref(component)}}


def _error(description: str) -> dict[str, Any]:
    return {"description": description, "content": _json_content("Error")}


def _example(value: Mapping[str, Any] | None, summary: str) -> dict[str, Any]:
    return {"examples": {"example": {"summary": summary, "value": value}}} if value is not None else {}


def _package_version() -> str:
    try:
        return metadata.version("cds-service")
    except metadata.PackageNotFoundError:
        return "0+unknown"


EXAMPLE_ID = "lbp-subacute"
"""The example patient whose request the document shows (``cds_service.examples``)."""


def examples_for(knowledge: Knowledge, today: date) -> tuple[dict[str, Any] | None, dict[str, Any]]:
    """A hook request (the shipped example, dated for ``today``; None if the examples are not installed)
    and a feedback body as the CDS Hooks sandbox sends it (the override reason with code and system only)."""
    from . import examples

    instance = str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:lbp-cds:openapi-example:{today.isoformat()}"))
    try:
        example = examples.find(examples.load_index(), EXAMPLE_ID)
        hook_request: dict[str, Any] | None = examples.request_for(example, today, hook_instance=instance)
    except examples.ExampleError:
        hook_request = None
    reason = knowledge.cards.override_reasons[0].code
    feedback = {
        "feedback": [
            {
                "card": instance,
                "outcome": "overridden",
                "outcomeTimestamp": f"{today.isoformat()}T12:00:00Z",
                "overrideReason": {"reason": {"system": knowledge.cards.override_reason_system, "code": reason}},
            }
        ]
    }
    return hook_request, feedback


def build(settings: Settings, knowledge: Knowledge, today: date) -> dict[str, Any]:
    """The document for this service (its settings and knowledge), its examples dated for ``today``."""
    from .api import SERVICE_ID
    from .cards import LOCALES

    hook_request, feedback = examples_for(knowledge, today)
    return document(
        settings,
        service_id=SERVICE_ID,
        knowledge_version=knowledge.version,
        plan_ids=sorted(knowledge.plans.plans),
        locales=LOCALES,
        hook_request_example=hook_request,
        feedback_example=feedback,
    )


def document(
    settings: Settings,
    *,
    service_id: str,
    knowledge_version: str,
    plan_ids: Sequence[str],
    locales: Sequence[str],
    hook_request_example: Mapping[str, Any] | None = None,
    feedback_example: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The OpenAPI 3.1 document for a service with these settings and knowledge. The request body of the
    service is the shipped HookRequest schema narrowed to the one hook this service answers."""
    auth = settings.auth_enabled
    security: list[dict[str, list[str]]] = [{"cdsHooksJwt": []}] if auth else []
    unauthorized = {"401": _error("No valid CDS Hooks JWT (the body's reason says why)")} if auth else {}
    service_parameter = {
        "name": "service_id",
        "in": "path",
        "required": True,
        "description": "The CDS service id from discovery (any other id: 404)",
        "schema": {"type": "string", "enum": [service_id]},
    }
    any_service = {**service_parameter, "description": "Any path under /cds-services", "schema": {"type": "string"}}
    preflight = {
        "summary": "CORS preflight (no JWT: browsers send none); always 204, the headers say what is allowed",
        "parameters": [
            {"name": "Origin", "in": "header", "schema": {"type": "string"}},
            {"name": "Access-Control-Request-Method", "in": "header", "schema": {"type": "string"}},
            {
                "name": "Access-Control-Request-Private-Network",
                "in": "header",
                "description": "true: answered with Access-Control-Allow-Private-Network: true",
                "schema": {"type": "string"},
            },
        ],
        "responses": {"204": {"description": "Allowed methods and headers in the Access-Control-* headers"}},
    }
    paths: dict[str, Any] = {
        "/cds-services": {
            "get": {
                "operationId": "discovery",
                "summary": "CDS Hooks discovery: the services, their hooks and prefetch templates",
                "security": security,
                "responses": {"200": {"description": "The services", "content": _json_content("DiscoveryResponse")}}
                | unauthorized,
            },
            "options": {**preflight, "operationId": "discoveryPreflight"},
        },
        "/cds-services/{service_id}": {
            "post": {
                "operationId": "invokeService",
                "summary": "Call the service (hook patient-view): cards for the patient",
                "security": security,
                "parameters": [
                    service_parameter,
                    {
                        "name": "Accept-Language",
                        "in": "header",
                        "description": f"Card language ({', '.join(locales)}; default CDS_LOCALE)",
                        "schema": {"type": "string"},
                    },
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "allOf": [_ref("HookRequest")],
                                "properties": {"hook": {"const": "patient-view"}},
                            },
                            **_example(hook_request_example, "The shipped example lbp-subacute, dated for today"),
                        }
                    },
                },
                "responses": {
                    "200": {"description": "Cards (possibly none)", "content": _json_content("CardResponse")},
                    "400": _error("Invalid request (the field says where)"),
                    **unauthorized,
                    "404": _error("Unknown service id"),
                    "412": _error("Required data could be had neither from prefetch nor from fhirServer"),
                    "413": _error("Body or prefetch larger than the limits"),
                    "415": _error("Body not sent as JSON"),
                },
            },
            "options": {**preflight, "operationId": "invokeServicePreflight", "parameters": [
                any_service, *preflight["parameters"]
            ]},
        },
        "/cds-services/{service_id}/feedback": {
            "post": {
                "operationId": "feedback",
                "summary": "What the clinician did with each card (CDS Hooks feedback)",
                "security": security,
                "parameters": [service_parameter],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": _ref("Feedback"),
                            **_example(feedback_example, "An override as the CDS Hooks sandbox sends it"),
                        }
                    },
                },
                "responses": {
                    "200": {"description": "What was stored", "content": _json_content("FeedbackResponse")},
                    "400": _error("Invalid feedback (nothing of the body stored; the field names the item)"),
                    **unauthorized,
                    "404": _error("Unknown service id"),
                    "413": _error("Body larger than the limit"),
                    "415": _error("Body not sent as JSON"),
                    "503": _error("The database is unavailable; nothing stored, retry later"),
                },
            },
            "options": {**preflight, "operationId": "feedbackPreflight", "parameters": [
                any_service, *preflight["parameters"]
            ]},
        },
        "/activity-plan": {
            "get": {
                "operationId": "activityPlan",
                "summary": "The patient's printable activity plan (public, no patient data)",
                "parameters": [
                    {"name": "plan", "in": "query", "required": True, "schema": {"enum": list(plan_ids)}},
                    {"name": "lang", "in": "query", "required": True, "schema": {"enum": list(locales)}},
                ],
                "responses": {
                    "200": {"description": "The page", "content": {"text/html": {"schema": {"type": "string"}}}},
                    "400": _error("Missing, repeated or unknown plan or lang"),
                },
            }
        },
        "/healthz": {
            "get": {
                "operationId": "health",
                "summary": "Alive",
                "responses": {"200": {"description": "Alive", "content": _json_content("Health")}},
            }
        },
        "/readyz": {
            "get": {
                "operationId": "readiness",
                "summary": "Knowledge loaded and database reachable",
                "responses": {
                    "200": {"description": "Ready", "content": _json_content("Health")},
                    "503": {"description": "Not ready (the checks say what)", "content": _json_content("Health")},
                },
            }
        },
        PATH: {
            "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {
                    "200": {
                        "description": "OpenAPI 3.1",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        },
    }
    security_schemes: dict[str, Any] = {}
    if auth:
        security_schemes["cdsHooksJwt"] = {
            "type": "http",
            "scheme": "bearer",
            "bearerFormat": "JWT",
            "description": (
                "CDS Hooks 2.0 JWT signed (ES384 or RS384) by a trusted issuer (CDS_TRUSTED_ISSUERS_FILE); "
                "aud is the exact URL called; each jti once"
            ),
        }
    if settings.CDS_ANALYTICS_ENABLED:
        security_schemes["analyticsToken"] = {
            "type": "http",
            "scheme": "bearer",
            "description": "CDS_ANALYTICS_TOKEN (or the sign-in form's token field); never in the URL",
        }
        html = {"text/html": {"schema": {"type": "string"}}}
        analytics_responses = {
            "200": {"description": "The report page", "content": html},
            "400": _error("since is not a date"),
            "401": {"description": "The sign-in page (no or a wrong token)", "content": html},
            "503": _error("The database is unavailable"),
        }
        paths["/analytics"] = {
            "get": {
                "operationId": "analytics",
                "summary": "Feedback figures and a chart",
                "security": [{"analyticsToken": []}],
                "parameters": [
                    {
                        "name": "since",
                        "in": "query",
                        "description": "Only feedback from this date on; empty: from the beginning",
                        "schema": {"anyOf": [{"type": "string", "format": "date"}, {"const": ""}]},
                    }
                ],
                "responses": analytics_responses,
            },
            "post": {
                "operationId": "analyticsSignIn",
                "summary": "The report page, signed in by the page's form",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "properties": {"token": {"type": "string"}, "since": {"type": "string"}},
                            }
                        }
                    }
                },
                "responses": analytics_responses,
            },
        }
    schemas: dict[str, Any] = {}
    for component, name in SCHEMA_FILES.items():
        schemas.update(components_from(component, shipped_schema(name)))
    components: dict[str, Any] = {"schemas": schemas}
    if security_schemes:
        components["securitySchemes"] = security_schemes
    doc: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "jsonSchemaDialect": JSON_SCHEMA_DIALECT,
        "info": {
            "title": "Low back pain CDS service",
            "version": _package_version(),
            "description": (
                "A CDS Hooks 2.0 service (hook patient-view) for low back pain and physical activity, "
                f"knowledge version {knowledge_version}. The message schemas are the service's own "
                "(cds_service/schemas); CDS Hooks publishes none."
            ),
        },
        "paths": paths,
        "components": components,
    }
    if settings.CDS_PUBLIC_BASE_URL:
        doc["servers"] = [{"url": settings.CDS_PUBLIC_BASE_URL.rstrip("/")}]
    return doc


@dataclass
class _Served:
    """The document as JSON text, rebuilt when the clinic's day changes (its examples are dated for today)."""

    make: Callable[[date], Mapping[str, Any]]
    today: Callable[[], date]
    _day: date | None = None
    _text: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def text(self) -> str:
        today = self.today()
        with self._lock:
            if today != self._day:
                self._text = json.dumps(self.make(today), ensure_ascii=False, separators=(",", ":"))
                self._day = today
            return self._text


def init_app(app: Flask, settings: Settings, knowledge: Knowledge) -> None:
    """Serve the document at ``GET /openapi.json``; built now (a bad schema file stops start-up) and again
    on the first call of each new day in the clinic's zone."""
    from .pipeline import clinical_today

    served = _Served(make=lambda day: build(settings, knowledge, day), today=lambda: clinical_today(settings))
    served.text()
    app.extensions[EXTENSION_KEY] = served
    app.register_blueprint(bp)


@bp.get(PATH)
def openapi_json() -> Response:
    served: _Served = current_app.extensions[EXTENSION_KEY]
    response = Response(served.text(), mimetype="application/json")
    response.headers["Cache-Control"] = "public, max-age=300"
    return response
