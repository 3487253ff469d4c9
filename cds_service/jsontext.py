"""Reading untrusted JSON text: nesting depth without parsing, and strings that are not Unicode text.

Used on every body a client sends (``api``) and every answer a FHIR server gives (``fhir_client``), so that
neither can exhaust the parser's recursion (100,000 nested ``[``) nor smuggle a lone UTF-16 surrogate
(``"\\ud800"``, valid JSON escape syntax, not encodable as UTF-8) into the pipeline, the logs or the database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from itertools import accumulate
from typing import Any

import orjson

# Everything but quotes and brackets is deleted in C by bytes.translate.
_NOT_QUOTES_OR_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')
_BRACKET_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_AS_PARENTHESES = bytes.maketrans(b"[{]}", b"(())")
# A surrogate can enter a parsed string only through a \\uD800-\\uDFFF escape: raw UTF-8 bytes for one are
# invalid UTF-8 and fail decoding. Escaped backslashes may produce false hits; the walk below is exact.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class JsonTextError(ValueError):
    """The text is not acceptable JSON. ``field`` names where (``$`` for the whole document)."""

    def __init__(self, message: str, field: str = "$") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def _brackets_outside_strings(raw: bytes) -> bytes:
    """The ``[]{}`` of ``raw`` that lie outside strings, in order, by C-level bytes operations only.

    Escaped backslashes go first, then escaped quotes, so every quote left delimits a string (UTF-8
    multi-byte characters never contain ASCII bytes, so this is safe on the raw body). Only quotes and
    brackets are kept; two adjacent quotes enclose nothing (or an empty stretch between two strings), so
    dropping them keeps every other quote's role: what is left is split on quotes only when a string held
    a bracket, which is rare. (Each step was measured on the 50-resource request: the version that always
    split and replaced took 74 µs of the 120 µs spent reading a body; this one 10 µs.)"""
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    marks = raw.translate(None, _NOT_QUOTES_OR_BRACKETS)
    quotes = marks.count(b'"')
    if marks.count(b'""') * 2 == quotes:
        # Every string held no bracket (what is left after removing the pairs would hold no quote): counting
        # the pairs allocates nothing, where removing them built a new string (10 of the 28 µs of this scan).
        return marks.translate(None, b'"') if quotes else marks
    marks = marks.replace(b'""', b"")
    return b"".join(marks.split(b'"')[0::2])


def nesting_depth(raw: bytes) -> int:
    """Deepest nesting of arrays and objects, found without parsing, so a hostile body cannot exhaust
    the parser's recursion. Brackets inside strings don't count."""
    brackets = _brackets_outside_strings(raw)
    if not brackets:
        return 0
    return max(0, max(accumulate(map(_BRACKET_STEP.__getitem__, brackets))))


def _nested_at_most(brackets: bytes, limit: int) -> bool:
    """True when balanced ``brackets`` nest at most ``limit`` deep: each pass removes every innermost pair,
    so a depth of d empties the text in exactly d passes (a few C-level passes over a short string, where
    the exact depth is one Python-level step per bracket). False for deeper or unbalanced text, which
    ``nesting_depth`` then decides exactly."""
    marks = brackets.translate(_AS_PARENTHESES)
    for _ in range(limit):
        if not marks:
            return True
        marks = marks.replace(b"()", b"")
    return not marks


def loads(raw: bytes, *, max_depth: int) -> Any:
    """Parse ``raw`` (UTF-8 JSON) refusing depth over ``max_depth`` and lone surrogates in any string.

    Raises ``JsonTextError`` naming the problem and, for a lone surrogate, the field holding it.

    orjson parses (measured: 35 µs instead of 59 µs for the 50-resource request, 6.9 ms instead of 8.8 ms at
    5,000, with the surrogate scan saved too). It refuses everything the standard library refuses, and
    more: lone surrogates, NaN and Infinity, numbers beyond a double. Whatever orjson refuses is parsed
    again by the standard library, which then decides and words the error exactly as before; the one
    difference left is that integers beyond 64 bits come back as floats (FHIR integers are 32-bit).
    """
    if not _nested_at_most(_brackets_outside_strings(raw), max_depth):
        depth = nesting_depth(raw)
        if depth > max_depth:
            raise JsonTextError(f"JSON nested {depth} levels deep; the limit is {max_depth}")
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise JsonTextError("not UTF-8 text") from None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise JsonTextError(f"not valid JSON: {exc}") from None
    if _SURROGATE_ESCAPE.search(raw):
        where = first_lone_surrogate(value)
        if where is not None:
            raise JsonTextError(
                f"{where}: a string holds a lone UTF-16 surrogate (an unpaired \\ud800-\\udfff escape), "
                "which is not Unicode text",
                field=where,
            )
    return value


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON. orjson (measured: 7 µs instead of 112 µs for a 16 KB document); the standard
    library for what orjson refuses (a non-string key, an integer beyond 64 bits), so nothing changes."""
    try:
        return orjson.dumps(value)
    except (TypeError, orjson.JSONEncodeError):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


def first_lone_surrogate(value: Any, path: str = "") -> str | None:
    """The path (``a.b[2].c``) of the first key or string that is not encodable as UTF-8, or None.

    Iterative, so a deep document cannot exhaust the recursion limit either."""
    stack: list[tuple[Any, str]] = [(value, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, str):
            if not _encodable(node):
                return where or "$"
        elif isinstance(node, Mapping):
            children = []
            for key, child in node.items():
                child_path = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and not _encodable(key):
                    return where or "$"
                children.append((child, child_path))
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed([(child, f"{where}[{index}]") for index, child in enumerate(node)]))
    return None


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
