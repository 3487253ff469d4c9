"""Read the copied code lists in valuesets/sources/*.csv: a provenance header, then ``code,display`` rows.

A source file looks like this (the header lines start with ``# `` and are ``key: value``)::

    # source: <human name of the source value set or file>
    # origin: github.com/<owner>/<repo> <path> @<40-hex commit>   (or another precise locator)
    # version: <expansion or definition version, or a date>
    # licence: <licence, or "not verified" and who publishes it>
    # verification: <the V:/S:/U: note every code of the file gets>
    # notes: <optional>
    code,display
    123,Some display

The rows are a standard CSV (displays containing a comma are quoted), kept verbatim and in the source's
order. ``read_source`` fails loudly (``SourceError``) on a missing or unknown header key, a verification
note that is not ``V:``/``S:``/``U:``, a column header other than ``code,display``, an empty or duplicate
code, an empty display, or a row with another number of fields: a copied list that cannot be traced is not used.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

SOURCES_DIR = Path(__file__).resolve().parent.parent / "valuesets" / "sources"

REQUIRED_KEYS = ("source", "origin", "version", "licence", "verification")
OPTIONAL_KEYS = ("notes",)
COLUMNS = ["code", "display"]
VERIFICATION_NOTE = re.compile(r"(V|S|U): \S.*")
_HEADER_LINE = re.compile(r"# ([a-z]+): (\S.*)")


class SourceError(ValueError):
    """A source file whose provenance header or rows are not as documented above."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Source:
    path: Path
    header: Mapping[str, str]
    rows: tuple[tuple[str, str], ...]  # (code, display), in file order

    @property
    def verification(self) -> str:
        return self.header["verification"]

    def codes(self) -> list[str]:
        return [code for code, _ in self.rows]

    def select(self, *, keep: Iterable[str] = (), drop: Iterable[str] = (), display: str = "") -> list[tuple[str, str]]:
        """The rows (in order) whose code is in ``keep`` (or, when ``keep`` is empty, not in ``drop``) and whose
        display contains one of the ``|``-separated words of ``display``, if given. A ``keep`` or ``drop`` code
        that is not in the file is an error: the selection would silently mean something else."""
        wanted, unwanted = set(keep), set(drop)
        missing = (wanted | unwanted) - set(self.codes())
        if missing:
            raise SourceError(self.path, f"selected codes not in the file: {sorted(missing)}")
        words = [word for word in display.split("|") if word]
        return [
            (code, text)
            for code, text in self.rows
            if (code in wanted if wanted else code not in unwanted) and (not words or any(w in text for w in words))
        ]


def read_source(path: Path) -> Source:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(path, f"not readable: {exc}") from exc
    header: dict[str, str] = {}
    position = 0
    while position < len(lines) and lines[position].startswith("#"):
        match = _HEADER_LINE.fullmatch(lines[position].rstrip())
        if not match:
            raise SourceError(path, f"line {position + 1}: header lines are '# key: value', found {lines[position]!r}")
        key, value = match.groups()
        if key not in REQUIRED_KEYS + OPTIONAL_KEYS:
            raise SourceError(path, f"line {position + 1}: unknown header key {key!r}")
        if key in header:
            raise SourceError(path, f"line {position + 1}: header key {key!r} given twice")
        header[key] = value
        position += 1
    missing = [key for key in REQUIRED_KEYS if key not in header]
    if missing:
        raise SourceError(path, f"provenance header lacks {', '.join(missing)}")
    if not VERIFICATION_NOTE.fullmatch(header["verification"]):
        raise SourceError(path, "verification must start with 'V: ', 'S: ' or 'U: '")
    table = list(csv.reader(lines[position:], strict=True))
    if not table or table[0] != COLUMNS:
        raise SourceError(path, f"line {position + 1}: the column header must be 'code,display'")
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for number, fields in enumerate(table[1:], start=position + 2):
        if len(fields) != 2:
            raise SourceError(path, f"row {number}: {len(fields)} fields, expected code,display")
        code, display = fields
        if not code or code != code.strip():
            raise SourceError(path, f"row {number}: empty code or code with surrounding blanks {code!r}")
        if not display.strip():
            raise SourceError(path, f"row {number}: code {code} has no display")
        if code in seen:
            raise SourceError(path, f"row {number}: code {code} listed twice")
        seen.add(code)
        rows.append((code, display))
    if not rows:
        raise SourceError(path, "no rows")
    return Source(path, header, tuple(rows))


def source_files(directory: Path = SOURCES_DIR) -> list[Path]:
    return sorted(directory.glob("*.csv"))
