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

# Everything but quotes and brackets is deleted in C by bytes.translate.
_NOT_QUOTES_OR_BRACKETS = bytes(b for b in range(256) if b not in b'"[]{}')
_BRACKET_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
# A surrogate can enter a parsed string only through a \\uD800-\\uDFFF escape: raw UTF-8 bytes for one are
# invalid UTF-8 and fail decoding. Escaped backslashes may produce false hits; the walk below is exact.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


class JsonTextError(ValueError):
    """The text is not acceptable JSON. ``field`` names where (``$`` for the whole document)."""

    def __init__(self, message: str, field: str = "$") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def nesting_depth(raw: bytes) -> int:
    """Deepest nesting of arrays and objects, found without parsing, so a hostile body cannot exhaust
    the parser's recursion. Brackets inside strings don't count. Every step is a C-level bytes
    operation: escaped backslashes go first, then escaped quotes, so every quote left delimits a
    string; the even pieces between quotes are what lies outside strings. UTF-8 multi-byte characters
    never contain ASCII bytes, so this is safe on the raw body."""
    unescaped = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    pieces = unescaped.translate(None, _NOT_QUOTES_OR_BRACKETS).split(b'"')
    brackets = b"".join(pieces[0::2])
    if not brackets:
        return 0
    return max(0, max(accumulate(map(_BRACKET_STEP.__getitem__, brackets))))


def loads(raw: bytes, *, max_depth: int) -> Any:
    """Parse ``raw`` (UTF-8 JSON) refusing depth over ``max_depth`` and lone surrogates in any string.

    Raises ``JsonTextError`` naming the problem and, for a lone surrogate, the field holding it.
    """
    depth = nesting_depth(raw)
    if depth > max_depth:
        raise JsonTextError(f"JSON nested {depth} levels deep; the limit is {max_depth}")
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
