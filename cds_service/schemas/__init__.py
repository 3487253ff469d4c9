"""Our JSON Schemas (draft 2020-12) for CDS Hooks 2.0 messages, loaded once.

There is no official JSON Schema for CDS Hooks 2.0; these encode the spec plus the constraints
public drafts miss (see ../shared/cds-hooks/notes.md): summary under 140 characters, suggestions
need selectionBehavior, overrideReasons need display, no null or empty values except ``cards: []``.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

SCHEMA_NAMES = ("hook-request", "discovery-response", "card-response", "feedback")


@cache
def validator(name: str) -> Draft202012Validator:
    if name not in SCHEMA_NAMES:
        raise KeyError(name)
    text = resources.files(__name__).joinpath(f"{name}.schema.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def problems(name: str, instance: Any) -> list[tuple[str, str]]:
    """Every violation as ``(json-path-like field, message)``, most specific first, stable order."""
    found = []
    for error in validator(name).iter_errors(instance):
        path = ".".join(str(p) for p in error.absolute_path)
        found.append((path, error.message))
    found.sort(key=lambda item: (-item[0].count("."), item[0], item[1]))
    return found
