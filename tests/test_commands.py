"""The integrator's commands: --version, --help, check, feedback-report (which database, catalogue displays)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cds_service import build_info, create_app, examples
from cds_service.cards import CardCatalog
from tests.support.jwt_keys import TEST_ISSUER, generate_key, jwks
from tests.support.slow_server import free_port

ROOT = Path(__file__).resolve().parent.parent
OVERRIDE_SYSTEM = "http://lbp-cds.no/fhir/CodeSystem/override-reason"


def cli(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cds_service", *args], cwd=cwd, env=environment,
        capture_output=True, text=True, timeout=120,
    )


# --- --version and --help ----------------------------------------------------------------------------------


def test_version_names_the_package_and_the_knowledge() -> None:
    from importlib.metadata import version

    result = cli("--version")
    assert result.returncode == 0
    catalog = CardCatalog.load(ROOT)
    assert result.stdout.strip() == f"cds-service {version('cds-service')} (knowledge {catalog.version})"


@pytest.mark.parametrize(
    "command",
    [(), ("serve",), ("evaluate",), ("examples",), ("examples", "list"), ("examples", "request"),
     ("examples", "load"), ("check",), ("feedback-report",)],
    ids=lambda c: " ".join(c) or "main",
)
def test_help_is_plain_text(command: tuple[str, ...]) -> None:
    result = cli(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: cds-service")
    assert "`" not in result.stdout, "no raw markup (backticks) in --help"


# --- check ---------------------------------------------------------------------------------------------------


def test_check_passes_on_the_quick_start_settings_and_writes_nothing(tmp_path: Path) -> None:
    result = cli("check", cwd=tmp_path, env={"CDS_AUTH": "off"})
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("configuration") and " ok " in lines[0] and "CDS_AUTH=off" in lines[0]
    assert any(line.startswith("trusted issuers") and "skipped" in line for line in lines)
    assert any(line.startswith("knowledge") and " ok " in line and "21 card templates" in line for line in lines)
    database = next(line for line in lines if line.startswith("database"))
    assert str(tmp_path / "cds-service.sqlite3") in database and "does not exist yet" in database
    build = next(line for line in lines if line.startswith("build"))
    compiled = build_info.compiled_modules()  # the command's process imports the same tree as this one
    expected = f"compiled (mypyc): {len(compiled)} modules" if compiled else "pure Python"
    assert " ok " in build and expected in build
    assert lines[-1] == "all checks passed"
    assert list(tmp_path.iterdir()) == [], "check creates no database"


def test_check_reports_missing_trusted_issuers(tmp_path: Path) -> None:
    result = cli("check", cwd=tmp_path)
    assert result.returncode == 1
    line = next(line for line in result.stdout.splitlines() if line.startswith("trusted issuers"))
    assert "PROBLEM" in line and "CDS_TRUSTED_ISSUERS_FILE" in line
    assert result.stdout.splitlines()[-1] == "1 problem(s) found"


def test_check_lists_the_trusted_issuers(tmp_path: Path) -> None:
    issuers = tmp_path / "issuers.json"
    issuers.write_text(json.dumps({"issuers": [
        {"iss": TEST_ISSUER, "jwks": jwks(generate_key()), "fhir_servers": ["https://fhir.example.org/r4"]}
    ]}))
    result = cli("check", cwd=tmp_path, env={"CDS_TRUSTED_ISSUERS_FILE": str(issuers)})
    assert result.returncode == 0, result.stdout
    assert f"1 issuer(s) from {issuers}" in result.stdout
    assert f"{TEST_ISSUER}: key set inline; FHIR servers: https://fhir.example.org/r4" in result.stdout
    shipped = cli("check", cwd=tmp_path, env={
        "CDS_TRUSTED_ISSUERS_FILE": str(ROOT / "config" / "trusted-issuers.example.json")
    })
    assert shipped.returncode == 0 and "https://sandbox.cds-hooks.org: key set inline" in shipped.stdout


def test_check_reports_a_bad_issuer_file_and_bad_knowledge(tmp_path: Path) -> None:
    (tmp_path / "issuers.json").write_text("{not json")
    (tmp_path / "knowledge" / "valuesets").mkdir(parents=True)
    (tmp_path / "knowledge" / "cards").mkdir()
    shutil.copy(ROOT / "valuesets" / "code-systems.toml", tmp_path / "knowledge" / "valuesets")
    (tmp_path / "knowledge" / "valuesets" / "LBP_NONSPECIFIC.json").write_text("{not json")
    result = cli("check", cwd=tmp_path, env={
        "CDS_TRUSTED_ISSUERS_FILE": str(tmp_path / "issuers.json"), "CDS_KNOWLEDGE_DIR": str(tmp_path / "knowledge"),
    })
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "PROBLEM" in next(line for line in lines if line.startswith("trusted issuers"))
    knowledge = next(line for line in lines if line.startswith("knowledge"))
    assert "PROBLEM" in knowledge and "LBP_NONSPECIFIC.json" in knowledge
    assert lines[-1] == "2 problem(s) found"


def test_check_stops_at_invalid_settings(tmp_path: Path) -> None:
    result = cli("check", cwd=tmp_path, env={"CDS_LOCALE": "fr"})
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "PROBLEM" in lines[0] and "CDS_LOCALE" in lines[0]
    assert sum("skipped" in line for line in lines) == 3


def test_check_reports_an_unreachable_database(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://cds:secret-password@127.0.0.1:{free_port()}/cds"
    result = cli("check", cwd=tmp_path, env={"CDS_AUTH": "off", "CDS_DATABASE_URL": url})
    assert result.returncode == 1
    database = next(line for line in result.stdout.splitlines() if line.startswith("database"))
    assert "PROBLEM" in database and "cannot be reached" in database
    assert "secret-password" not in result.stdout + result.stderr


def test_check_reads_the_schema_revision_of_an_existing_database(tmp_path: Path) -> None:
    create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds.sqlite3'}"})
    result = cli("check", cwd=tmp_path, env={"CDS_AUTH": "off", "CDS_DATABASE_URL": "sqlite:///cds.sqlite3"})
    assert result.returncode == 0, result.stdout
    assert f"SQLite file {tmp_path / 'cds.sqlite3'}: reachable, schema at the newest revision" in result.stdout


# --- feedback-report -------------------------------------------------------------------------------------------


def test_feedback_report_refuses_an_implicit_database_that_is_not_here(tmp_path: Path) -> None:
    result = cli("feedback-report", cwd=tmp_path)
    assert result.returncode == 2
    assert "no database in this folder" in result.stderr
    assert str(tmp_path / "cds-service.sqlite3") in result.stderr
    assert "CDS_DATABASE_URL" in result.stderr
    assert result.stdout == ""
    assert list(tmp_path.iterdir()) == [], "no empty database is created"


def test_feedback_report_refuses_a_named_file_that_does_not_exist(tmp_path: Path) -> None:
    result = cli("feedback-report", cwd=tmp_path, env={"CDS_DATABASE_URL": "sqlite:///elsewhere/x.sqlite3"})
    assert result.returncode == 2
    assert f"the database file {tmp_path / 'elsewhere' / 'x.sqlite3'} does not exist" in result.stderr


def test_feedback_report_says_which_database_and_shows_catalogue_displays(tmp_path: Path) -> None:
    """The sandbox sends an override reason with code and system only; the report shows its display."""
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'cds-service.sqlite3'}"})
    client = app.test_client()
    example = examples.find(examples.load_index(), "lbp-acute")
    from cds_service.config import Settings
    from cds_service.pipeline import clinical_today

    body = examples.request_for(example, clinical_today(Settings.load(environ={})))
    card = client.post("/cds-services/low-back-pain", json=body).get_json()["cards"][0]
    reason = {"system": OVERRIDE_SYSTEM, "code": "not-relevant-for-patient"}
    posted = client.post("/cds-services/low-back-pain/feedback", json={"feedback": [{
        "card": card["uuid"], "outcome": "overridden", "outcomeTimestamp": "2026-01-05T10:00:00Z",
        "overrideReason": {"reason": reason},
    }]})
    assert posted.status_code == 200, posted.get_json()

    catalog = CardCatalog.load(ROOT)
    display = {r.code: r.display for r in catalog.override_reasons}["not-relevant-for-patient"]
    result = cli("feedback-report", "--format", "json", cwd=tmp_path, env={"CDS_LOCALE": "en"})
    assert result.returncode == 0, result.stderr
    assert f"feedback report from SQLite file {tmp_path / 'cds-service.sqlite3'}" in result.stderr
    (row,) = [r for r in json.loads(result.stdout)["cards"] if r["overridden"]]
    assert row["topOverrideReasons"] == [{**reason, "display": display["en"], "count": 1, "inCatalogue": True}]
    table = cli("feedback-report", cwd=tmp_path)  # CDS_LOCALE nb by default
    assert f"not-relevant-for-patient ({display['nb']}) ×1" in table.stdout


def test_report_keeps_the_display_of_a_foreign_reason_system() -> None:
    from datetime import UTC, datetime

    from cds_service import report

    built = report.assemble(None, datetime.now(UTC), {"lbp-acute": 1}, {"lbp-acute": {"overridden": 1}},
                            {"lbp-acute": [report.ReasonCount("urn:other", "x", "As sent", 1)]})
    assert built.rows[0].top_override_reasons[0].display == "As sent"
    displays = report.reason_displays(CardCatalog.load(ROOT), "en")
    assert ("urn:other", "x") not in displays and len(displays) == len(CardCatalog.load(ROOT).override_reasons)
