"""Our JSON Schemas (draft 2020-12) for CDS Hooks 2.0 messages, loaded once.

There is no official JSON Schema for CDS Hooks 2.0; these encode the spec plus the constraints
public drafts miss (see ../shared/cds-hooks/notes.md): summary under 140 characters, suggestions
need selectionBehavior, overrideReasons need display, no null or empty values except ``cards: []``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError, validators

SCHEMA_NAMES = ("hook-request", "discovery-response", "card-response", "feedback")


@cache
def python_pattern(pattern: str) -> re.Pattern[str]:
    r"""A JSON Schema ``pattern`` (ECMA-262 syntax) compiled with ECMA-262 anchors.

    In ECMA-262 (no ``m`` flag) ``$`` matches only at the end of the input; Python's ``$`` also matches
    before a final newline, so ``"^[0-9a-f-]{36}$"`` would accept a hookInstance ending in a newline. Every
    unescaped ``$`` outside a character class becomes ``\Z`` (end of string only).
    """
    out: list[str] = []
    escaped = in_class = False
    for char in pattern:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif in_class:
            out.append(char)
            in_class = char != "]"
        elif char == "[":
            out.append(char)
            in_class = True
        elif char == "$":
            out.append(r"\Z")
        else:
            out.append(char)
    return re.compile("".join(out))


def pattern_matches(pattern: str, value: str) -> bool:
    """``value`` matches the schema ``pattern`` as JSON Schema defines it (ECMA-262, unanchored search)."""
    return python_pattern(pattern).search(value) is not None


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    if isinstance(instance, str) and not pattern_matches(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_Validator = validators.extend(Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]


@cache
def validator(name: str) -> Any:
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return _Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def problems(name: str, instance: Any) -> list[tuple[str, str]]:
    """Every violation as ``(json-path-like field, message)``, most specific first, stable order."""
    found = []
    for error in validator(name).iter_errors(instance):
        path = ".".join(str(p) for p in error.absolute_path)
        found.append((path, error.message))
    found.sort(key=lambda item: (-item[0].count("."), item[0], item[1]))
    return found
