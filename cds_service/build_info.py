"""Which build of the service is running: pure Python, or with the pipeline compiled by mypyc.

The compiled build (pyproject.toml, ``tool.hatch.build.targets.wheel.hooks.mypyc``) turns the same
sources into C extension modules, which Python imports in preference to the ``.py`` beside them. In an
installed wheel the two always come together; in a source tree (an editable install) a compiled module
can outlive an edit of its source, and the service would then run the old clinical logic while the
source says otherwise. ``create_app`` refuses to start on such a tree (``stale_compiled_modules``).
"""

from __future__ import annotations

import sys
import sysconfig
from importlib import import_module
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

PACKAGE = "cds_service"
_STALE_AFTER_SECONDS = 2.0
"""A source newer than its compiled module by more than this is an edit (a wheel writes both at once)."""


def _extension_file(name: str) -> Path | None:
    module = sys.modules.get(name)
    file = getattr(module, "__file__", None)
    if not file or not file.endswith(tuple(EXTENSION_SUFFIXES)):
        return None
    return Path(file)


def _compiled_files() -> dict[str, Path]:
    """The service's compiled modules and their extension files, after importing the pipeline, which
    imports every module the build compiles (so no caller has to remember to)."""
    import_module(f"{PACKAGE}.pipeline")
    found = {}
    for name in list(sys.modules):
        if name == PACKAGE or name.startswith(PACKAGE + "."):
            extension = _extension_file(name)
            if extension is not None:
                found[name] = extension
    return found


def compiled_modules() -> tuple[str, ...]:
    """The service's modules that are compiled extension modules, sorted."""
    return tuple(sorted(_compiled_files()))


def stale_compiled_modules() -> tuple[str, ...]:
    """Compiled modules of a source tree whose ``.py`` beside them was changed after they were built.

    Never those under site-packages: pip writes a wheel's source and compiled module together."""
    installed = {Path(sysconfig.get_paths()[key]).resolve() for key in ("purelib", "platlib")}
    stale = []
    for name, extension in sorted(_compiled_files().items()):
        if any(extension.resolve().is_relative_to(root) for root in installed):
            continue
        source = extension.with_name(extension.name.split(".", 1)[0] + ".py")
        try:
            if source.stat().st_mtime > extension.stat().st_mtime + _STALE_AFTER_SECONDS:
                stale.append(name)
        except OSError:
            continue  # no source beside it: nothing to disagree with
    return tuple(stale)


def stale_problem() -> str | None:
    """What to say when compiled modules are stale (``create_app`` refuses to start, ``check`` reports it)."""
    stale = stale_compiled_modules()
    if not stale:
        return None
    return (
        f"compiled modules older than their source: {', '.join(stale)}. Rebuild them "
        "(HATCH_BUILD_HOOK_ENABLE_MYPYC=true python3 -m pip install -e .) or delete the .so files"
    )


def build_name() -> str:
    """``compiled`` or ``pure``, for the start-up log line and the benchmarks' report."""
    return "compiled" if compiled_modules() else "pure"
