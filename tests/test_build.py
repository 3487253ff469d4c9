"""The two builds (issue 11): pure Python, and the pipeline compiled by mypyc (pyproject.toml's hook).

``.ci/run`` runs the whole suite on each and says which one it expects (``CDS_EXPECT_BUILD``), so a
compiled run cannot quietly test the pure modules, nor the other way round.
"""

from __future__ import annotations

import os
import sys
import tomllib
import types
from pathlib import Path

import pytest

from cds_service import build_info, create_app
from cds_service.checks import PROBLEM, run_checks
from cds_service.errors import ConfigurationError

ROOT = Path(__file__).resolve().parent.parent


def modules_the_build_compiles() -> set[str]:
    """The module names pyproject.toml's mypyc hook includes (files, or every module of a folder)."""
    hook = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["hatch"]["build"]["targets"]["wheel"][
        "hooks"
    ]["mypyc"]
    names: set[str] = set()
    for entry in hook["include"]:
        path = ROOT / entry
        files = sorted(path.glob("*.py")) if path.is_dir() else [path]
        assert files, f"{entry} names no Python file"
        for file in files:
            parts = file.relative_to(ROOT).with_suffix("").parts
            names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_the_build_is_all_or_nothing_and_the_one_ci_expects() -> None:
    compiled = set(build_info.compiled_modules())
    expected = modules_the_build_compiles()
    assert compiled in (set(), expected), f"a partial build: compiled {sorted(compiled)}"
    wanted = os.environ.get("CDS_EXPECT_BUILD")
    if wanted is not None:
        assert build_info.build_name() == wanted
    assert build_info.build_name() == ("compiled" if compiled else "pure")


def test_the_hook_compiles_the_pipeline_steps() -> None:
    # The steps of every call (design.md's data flow) are in the build; the web layer is not.
    assert {
        "cds_service.jsontext",
        "cds_service.hook_request",
        "cds_service.prefetch",
        "cds_service.facts",
        "cds_service.rules",
        "cds_service.rules.red_flags",
        "cds_service.cards",
    } <= modules_the_build_compiles()
    assert "cds_service.api" not in modules_the_build_compiles()


@pytest.fixture
def fake_compiled_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A module of the package that looks compiled: an extension file with its source beside it."""
    from importlib.machinery import EXTENSION_SUFFIXES

    extension = tmp_path / f"fake_step{EXTENSION_SUFFIXES[0]}"
    source = tmp_path / "fake_step.py"
    extension.write_bytes(b"")
    source.write_text("")
    module = types.ModuleType("cds_service.fake_step")
    module.__file__ = str(extension)
    monkeypatch.setitem(sys.modules, "cds_service.fake_step", module)
    return extension, source


def test_a_compiled_module_older_than_its_source_stops_the_service(
    fake_compiled_module: tuple[Path, Path], tmp_path: Path
) -> None:
    extension, source = fake_compiled_module
    built = extension.stat().st_mtime
    os.utime(source, (built + 60, built + 60))  # the source was edited a minute after the build
    assert build_info.stale_compiled_modules() == ("cds_service.fake_step",)
    with pytest.raises(ConfigurationError, match=r"cds_service\.fake_step.*Rebuild"):
        create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"})
    # `cds-service check` says so too, as its build check's problem
    (build,) = [check for check in run_checks({"CDS_AUTH": "off"}) if check.name == "build"]
    assert build.status == PROBLEM and "cds_service.fake_step" in build.found


def test_a_source_written_with_its_compiled_module_is_not_stale(fake_compiled_module: tuple[Path, Path]) -> None:
    extension, source = fake_compiled_module
    built = extension.stat().st_mtime
    os.utime(source, (built + 1, built + 1))  # a wheel writes both within a second or so
    assert "cds_service.fake_step" not in build_info.stale_compiled_modules()
    assert "cds_service.fake_step" in build_info.compiled_modules()


def test_a_module_installed_from_a_wheel_is_never_called_stale(
    fake_compiled_module: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # pip writes a wheel's files in whatever order and with its own times: only a source tree can be stale.
    extension, source = fake_compiled_module
    built = extension.stat().st_mtime
    os.utime(source, (built + 60, built + 60))
    monkeypatch.setattr(build_info.sysconfig, "get_paths", lambda: {"purelib": str(tmp_path), "platlib": str(tmp_path)})
    assert build_info.stale_compiled_modules() == ()
