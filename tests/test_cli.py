"""The cds-service command: serve refuses unsafe settings, evaluate runs a request offline."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, env: dict[str, str] | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CDS_")}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "cds_service", *args],
        cwd=ROOT, env=environment, input=stdin, capture_output=True, text=True, timeout=60,
    )


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.10", "::"])
def test_serve_refuses_auth_off_beyond_loopback(host: str, tmp_path: Path) -> None:
    result = run("serve", "--host", host, "--port", "1", env={"CDS_AUTH": "off",
                 "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"})
    assert result.returncode == 2
    assert "loopback" in result.stderr


def test_serve_with_jwt_needs_trusted_issuers(tmp_path: Path) -> None:
    result = run("serve", "--port", "1", env={"CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"})
    assert result.returncode == 2
    assert "CDS_TRUSTED_ISSUERS_FILE" in result.stderr


def test_bad_knowledge_stops_start_up_naming_the_file(tmp_path: Path) -> None:
    (tmp_path / "valuesets").mkdir()
    (tmp_path / "cards").mkdir()
    shutil.copy(ROOT / "valuesets" / "code-systems.toml", tmp_path / "valuesets")
    (tmp_path / "valuesets" / "LBP_NONSPECIFIC.json").write_text("{not json")
    result = run("evaluate", str(ROOT / "examples" / "requests" / "lbp-acute.json"),
                 env={"CDS_KNOWLEDGE_DIR": str(tmp_path)})
    assert result.returncode == 2
    assert "LBP_NONSPECIFIC.json" in result.stderr


def test_evaluate_prints_the_response() -> None:
    index = json.loads((ROOT / "examples" / "index.json").read_text())
    entry = next(e for e in index if e["card_id"] == "lbp-red-flags")
    result = run("evaluate", str(ROOT / "examples" / entry["request"]), "--today", entry["today"], "--locale", "en")
    assert result.returncode == 0, result.stderr
    cards = json.loads(result.stdout)["cards"]
    assert [c["source"]["topic"]["code"] for c in cards] == entry["expected_cards"]


def test_evaluate_reads_stdin_and_reports_a_bad_request() -> None:
    result = run("evaluate", "-", stdin=json.dumps({"hook": "patient-view"}))
    assert result.returncode == 1
    assert json.loads(result.stdout)["status"] == 400
