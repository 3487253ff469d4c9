"""HTTP: the CDS Hooks routes, CORS, request logging and the one error boundary.

This module knows Flask and HTTP and nothing clinical: it validates the envelope, asks the pipeline
for cards and turns every ``ApiError`` into a JSON body. Anything a client sends ends as 2xx or a
JSON 4xx; a 5xx means a bug or a server-side dependency, never client input.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from flask import Blueprint, Flask, Response, current_app, g, request
from werkzeug.exceptions import HTTPException

from . import feedback as feedback_module
from . import jsontext, metrics, pipeline
from .errors import (
    ApiError,
    BadRequest,
    MethodNotAllowed,
    NotFound,
    PayloadTooLarge,
    ServiceUnavailable,
    UnsupportedMediaType,
)
from .hook_request import PATIENT_VIEW, parse_hook_request
from .persistence import IssuedCard
from .record import PREFETCH_TEMPLATES
from .state import ServiceState, state_of

SERVICE_ID = "low-back-pain"
CDS_PREFIX = "/cds-services"
SUPPORTED_LOCALES = ("nb", "en")
# Norwegian variants all get bokmål: we have no nynorsk text.
_LOCALE_ALIASES = {"nb": "nb", "no": "nb", "nn": "nb", "en": "en"}

access_log = logging.getLogger("cds_service.access")
log = logging.getLogger("cds_service.api")

bp = Blueprint("cds", __name__)


# --- discovery -------------------------------------------------------------------------------
def discovery_document(state: ServiceState) -> dict[str, Any]:
    return {
        "services": [
            {
                "hook": PATIENT_VIEW,
                "id": SERVICE_ID,
                "title": "Low back pain: activity advice, red flags and medication cautions",
                "description": (
                    "Classifies a low back complaint (specific, nerve root, nonspecific; acute, subacute, "
                    "chronic, recurrent) from the patient's conditions and medications, and returns activity "
                    "advice, red flags, contraindications to exercise and opioid/NSAID cautions, with "
                    "one-click referral suggestions. Source: the Norwegian guideline chapter on back pain "
                    f"and physical activity. Knowledge version {state.knowledge.version}."
                ),
                "prefetch": dict(PREFETCH_TEMPLATES),
                "usageRequirements": (
                    "Send Patient, Condition (all statuses), MedicationStatement and active MedicationRequest "
                    "data as prefetch, or give fhirServer (and fhirAuthorization) so the service can fetch them."
                ),
                "extension": {"http://lbp-cds.no/knowledge-version": state.knowledge.version},
            }
        ]
    }


@bp.get(CDS_PREFIX)
def discovery() -> Response:
    state = state_of(current_app)
    _authenticate(state)
    return _json(discovery_document(state))


# --- service ------------------------------------------------------------------------------------
@bp.post(f"{CDS_PREFIX}/<service_id>")
def invoke(service_id: str) -> Response:
    state = state_of(current_app)
    _require_known_service(service_id)
    principal = _authenticate(state)
    body = _json_body(state)
    hook_request = parse_hook_request(
        body, expected_hook=PATIENT_VIEW, allow_http_fhir=state.settings.CDS_FHIR_ALLOW_HTTP
    )
    g.hook_instance = hook_request.hook_instance
    if state.authenticator is not None and principal is not None:
        state.authenticator.check_fhir_server(principal, hook_request.fhir_server)
    locale = negotiate_locale(request.headers.get("Accept-Language"), state.settings.CDS_LOCALE)
    today = pipeline.clinical_today(state.settings)
    result = pipeline.run_hook(
        hook_request,
        state.knowledge,
        state.settings,
        today=today,
        locale=locale,
        links_base_url=state.settings.CDS_PUBLIC_BASE_URL or request.url_root,
    )
    snooze_filter = state.snooze_filter
    if snooze_filter is not None:
        issuer = principal.issuer if principal is not None else None
        pipeline.hide_snoozed(result, snooze_filter, hook_request, issuer=issuer, locale=locale, today=today)
    metrics.count_cards(result.response)
    if state.store is not None:
        state.store.log_issued_cards(
            issued_cards(result.response, SERVICE_ID, state.knowledge.version, locale, hook_request.hook_instance)
        )
    return _json(result.response)


@bp.post(f"{CDS_PREFIX}/<service_id>/feedback")
def feedback(service_id: str) -> Response:
    state = state_of(current_app)
    _require_known_service(service_id)
    _authenticate(state)
    body = _json_body(state)
    if state.store is None:
        raise ServiceUnavailable("feedback storage is not configured")
    return _json(
        feedback_module.receive(
            state.store,
            service_id,
            body,
            snooze_filter=state.snooze_filter,
            today=pipeline.clinical_today(state.settings),
        )
    )


# --- health ---------------------------------------------------------------------------------------
@bp.get("/healthz")
def healthz() -> Response:
    return _json({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    state = state_of(current_app)
    checks: dict[str, str] = {"knowledge": f"loaded {state.knowledge.version}"}
    ready = True
    if state.store is not None:
        database_ok = state.store.ping()
        checks["database"] = "reachable" if database_ok else "unreachable"
        ready = database_ok
    return _json({"status": "ready" if ready else "not_ready", "checks": checks}, status=200 if ready else 503)


# --- helpers ----------------------------------------------------------------------------------------
def _require_known_service(service_id: str) -> None:
    if service_id != SERVICE_ID:
        raise NotFound(f"no CDS service with id {service_id!r}; discovery lists the services", field="id")


def _authenticate(state: ServiceState) -> Any:
    if state.authenticator is None:
        return None
    settings = state.settings
    if settings.CDS_PUBLIC_BASE_URL:
        audience = settings.CDS_PUBLIC_BASE_URL.rstrip("/") + request.path
    else:
        audience = request.base_url
    return state.authenticator.authenticate(request.headers.get("Authorization"), audience)


_JSON_MIMETYPE = re.compile(r"^application/([a-z0-9.+-]+\+)?json$")


def _json_body(state: ServiceState) -> Any:
    mimetype = request.mimetype or ""
    if not _JSON_MIMETYPE.match(mimetype):
        raise UnsupportedMediaType(
            f"send the body as application/json, not {mimetype or 'no content type'!r}", field="Content-Type"
        )
    raw = _read_body(state.settings.CDS_MAX_BODY_BYTES)
    try:
        return jsontext.loads(raw, max_depth=state.settings.CDS_MAX_JSON_DEPTH)
    except jsontext.JsonTextError as exc:
        raise BadRequest(f"the body is {exc.message}" if exc.field == "$" else exc.message, field=exc.field) from None


_READ_CHUNK_BYTES = 256 * 1024


def _read_body(limit: int) -> bytes:
    """The whole body, or 413 when it is larger than ``limit`` however it is framed.

    With a Content-Length, werkzeug reads exactly that many bytes (and 413s a length over the limit). A
    chunked body has no length: werkzeug would cut it at the limit and hand over the first ``limit``
    bytes as if they were the body, so it is read here up to one byte past the limit instead.
    """
    length = request.content_length
    if length is not None:
        if length > limit:
            raise _too_large(limit)
        return request.get_data(cache=False)
    if not request.environ.get("wsgi.input_terminated"):
        return b""  # neither a length nor a server that ends the stream: no body (werkzeug's rule)
    stream = request.environ["wsgi.input"]
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = stream.read(min(_READ_CHUNK_BYTES, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"the body is larger than the limit of {limit} bytes (CDS_MAX_BODY_BYTES)", field="$")


def negotiate_locale(accept_language: str | None, default: str) -> str:
    """First supported language by the client's q-values; the setting when none is supported."""
    if not accept_language:
        return default
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in _LOCALE_ALIASES and quality > 0:
            choices.append((-quality, position, _LOCALE_ALIASES[primary]))
    return min(choices)[2] if choices else default


def issued_cards(
    response: Mapping[str, Any], service_id: str, knowledge_version: str, locale: str, hook_instance: str
) -> list[IssuedCard]:
    now = datetime.now(UTC)
    return [
        IssuedCard(
            uuid=card["uuid"],
            service_id=service_id,
            card_id=card["source"]["topic"]["code"],
            knowledge_version=knowledge_version,
            locale=locale,
            hook_instance=hook_instance,
            issued_at=now,
        )
        for card in response.get("cards", ())
        if "uuid" in card
    ]


def _json(body: Mapping[str, Any], status: int = 200) -> Response:
    return Response(jsontext.dumps(body), status=status, mimetype="application/json")


# --- CORS, access log and the error boundary (app-wide) ----------------------------------------------
def _is_cds_route(path: str) -> bool:
    return path == CDS_PREFIX or path.startswith(CDS_PREFIX + "/")


def _cors_headers(response: Response, settings_origins: tuple[str, ...]) -> None:
    origin = request.headers.get("Origin")
    if "*" in settings_origins:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin and origin in settings_origins:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.vary.add("Origin")
    else:
        return
    response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
    response.headers["Access-Control-Allow-Headers"] = "authorization, content-type"
    response.headers["Access-Control-Max-Age"] = "600"
    if request.method == "OPTIONS" and request.headers.get("Access-Control-Request-Private-Network") == "true":
        # Private Network Access: a page on a public origin (a hosted sandbox) calling a service on a
        # private or loopback address; the browser asks first and sends the call only on this answer.
        response.headers["Access-Control-Allow-Private-Network"] = "true"


def _error_response(error: ApiError) -> Response:
    if error.status < 500:
        _log_refusal(error)
    response = _json(error.body(), status=error.status)
    if error.status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="cds-services"'
    return response


def _log_refusal(error: ApiError) -> None:
    """Every 4xx of the error boundary, with why and where (the field), never the value sent."""
    log.log(
        logging.INFO if error.status in (404, 405) else logging.WARNING,  # unknown routes are scanners' noise
        "request refused: %s",
        error.log_reason(),
        extra={
            "status": error.status,
            "error": error.error,
            "field": error.log_field(),
            "route": request.url_rule.rule if request.url_rule is not None else "<unmatched>",
        },
    )


_HTTP_ERRORS: Mapping[int, type[ApiError]] = {
    404: NotFound,
    405: MethodNotAllowed,
    413: PayloadTooLarge,
    415: UnsupportedMediaType,
}


def init_app(app: Flask) -> None:
    app.register_blueprint(bp)

    @app.before_request
    def _start_timer() -> Response | None:
        g.started = time.perf_counter()
        if request.method == "OPTIONS" and _is_cds_route(request.path):
            # A browser's preflight carries no Authorization header: it must succeed without a JWT.
            return Response(status=204)
        return None

    @app.after_request
    def _finish(response: Response) -> Response:
        if _is_cds_route(request.path):
            _cors_headers(response, state_of(current_app).settings.CDS_CORS_ORIGINS)
        response.headers.setdefault("Cache-Control", "no-store")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        started = g.get("started")
        metrics.observe_request(request.url_rule, request.method, response.status_code, started)
        access_log.info(
            "request",
            extra={
                "method": request.method,
                # The route template, not the path: a path could carry an identifier.
                "route": request.url_rule.rule if request.url_rule is not None else "<unmatched>",
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 2) if started else None,
                "hookInstance": g.get("hook_instance"),
            },
        )
        return response

    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> Response:
        if error.status >= 500:
            log.error("service error: %s", error.message, extra={"status": error.status})
        return _error_response(error)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        status = error.code or 500
        kind = _HTTP_ERRORS.get(status)
        if kind is None:
            kind = BadRequest if 400 <= status < 500 else ServiceUnavailable
        message = error.description or error.name
        if status == 413:
            return _error_response(_too_large(state_of(current_app).settings.CDS_MAX_BODY_BYTES))
        if status == 405:
            message = f"{request.method} is not allowed on this route"
        elif status == 404:
            message = "no such route; discovery is at GET /cds-services"
        api_error = kind(message)
        api_error.status = status
        return _error_response(api_error)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        log.exception("unexpected error", extra={"error_type": type(error).__name__})
        body = {"error": "internal_error", "message": "the service failed; the incident is logged"}
        return _json(body, status=500)
