"""Exceptions with an HTTP status. ``api`` turns every one of them into a JSON body in one place.

A module deep in the pipeline raises ``PreconditionFailed("conditions", "timeout")``; it never builds
a response itself. Anything that is not an ``ApiError`` becomes a 500 with no detail (and is logged),
but client input must never get that far: every check on client data raises an ``ApiError``.
"""

from __future__ import annotations

import re
from typing import Any

_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_INNERMOST_BRACKETS = re.compile(r"\[[^\[\]{}]*\]|\{[^\[\]{}]*\}")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MAX_FIELD_IN_LOG = 120
# Quoted words a message may keep: JSON Schema type names ("… is not of type 'string'"), never identifying.
_TYPE_NAMES = frozenset({"'string'", "'object'", "'array'", "'null'", "'integer'", "'number'", "'boolean'"})


class ConfigurationError(Exception):
    """A setting is invalid: the service refuses to start."""


class KnowledgeError(Exception):
    """A knowledge file (card template, value set) is invalid: the service refuses to start."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ApiError(Exception):
    status: int = 400
    error: str = "bad_request"

    def __init__(self, message: str, *, field: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.extra = extra

    def log_reason(self) -> str:
        """Why the request was refused, fit for a log line: the category when there is one (a 401's
        ``reason``, a 412's ``cause``), else the message with every value taken out (``value_free``)."""
        category = self.extra.get("reason") or self.extra.get("cause")
        return str(category) if category else value_free(self.message)

    def log_field(self) -> str | None:
        return self.field[:_MAX_FIELD_IN_LOG] if self.field else None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"error": self.error, "message": self.message}
        if self.field:
            body["field"] = self.field
        body.update({k: v for k, v in self.extra.items() if v not in (None, "", [], {})})
        return body


class BadRequest(ApiError):
    status = 400
    error = "bad_request"


class Unauthorized(ApiError):
    """Authentication failed. ``reason`` is a category (expired, bad_audience, ...), never the token."""

    status = 401
    error = "unauthorized"

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message, reason=reason)
        self.reason = reason


class Forbidden(ApiError):
    status = 403
    error = "forbidden"


class NotFound(ApiError):
    status = 404
    error = "not_found"


class MethodNotAllowed(ApiError):
    status = 405
    error = "method_not_allowed"


class PreconditionFailed(ApiError):
    """CDS Hooks §prefetch: required data could be had neither from prefetch nor from the FHIR server."""

    status = 412
    error = "precondition_failed"

    def __init__(self, key: str, cause: str, message: str) -> None:
        super().__init__(message, field=f"prefetch.{key}", key=key, cause=cause)
        self.key = key
        self.cause = cause


class PayloadTooLarge(ApiError):
    status = 413
    error = "payload_too_large"


class UnsupportedMediaType(ApiError):
    status = 415
    error = "unsupported_media_type"


class ServiceUnavailable(ApiError):
    status = 503
    error = "service_unavailable"


def value_free(message: str) -> str:
    """``message`` with every value it may quote replaced by ``…``: quoted strings, bracketed structures
    and numbers. Messages quote what the client sent (a jsonschema message repeats the offending value,
    which may be a patient identifier); the log keeps what was wrong and where, never the value."""
    text = _QUOTED.sub(lambda m: m.group(0) if m.group(0) in _TYPE_NAMES else "'…'", message)
    while True:
        collapsed = _INNERMOST_BRACKETS.sub(lambda m: m.group(0)[0] + "…" + m.group(0)[-1], text)
        if collapsed == text:
            break
        text = collapsed
    return _NUMBER.sub("…", text)
