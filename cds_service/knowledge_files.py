"""Reading knowledge files (card templates, activity plans): TOML, with errors naming the file."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .errors import KnowledgeError


def read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise KnowledgeError(str(path), "file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise KnowledgeError(str(path), f"invalid TOML: {error}") from None


def required_text(table: Mapping[str, Any], key: str, path: Path, where: str) -> str:
    """``table[key]`` as written; a missing, non-string or blank value stops start-up naming the place."""
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeError(str(path), f"{where}{key} must be a non-empty string")
    return value
