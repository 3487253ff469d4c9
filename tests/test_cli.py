"""The cds-service command: serve refuses unsafe settings, evaluate runs a request offline."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests

from tests.support.service import running_service

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


def test_serve_on_a_busy_port_exits_with_one_message_and_never_says_ready(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        started = time.monotonic()
        result = run("serve", "--port", str(port), env={"CDS_AUTH": "off",
                     "CDS_DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"})
        seconds = time.monotonic() - started
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert f"port {port} on 127.0.0.1 is in use" in lines[0] and "--port" in lines[0]
    assert "listening" not in result.stderr.lower() and "ready" not in result.stderr.lower()
    assert seconds < 30  # no retry loop (gunicorn alone retries five times, a second apart)


@pytest.mark.integration
def test_every_line_a_served_start_and_stop_writes_is_json(tmp_path: Path) -> None:
    with running_service(tmp_path, workers=2) as service:
        assert requests.get(service.url("/cds-services"), timeout=5).status_code == 200
        assert requests.get(service.url("/no-such-route"), timeout=5).status_code == 404
    assert service.process.returncode == 0
    lines = [line for line in service.log_text().splitlines() if line.strip()]
    entries = [json.loads(line) for line in lines]  # raises on the first line that is not JSON
    loggers = {entry["logger"] for entry in entries}
    assert {"gunicorn.error", "cds_service.access", "cds_service.cli"} <= loggers
    messages = [entry["message"] for entry in entries]
    assert any(m.startswith("Booting worker") for m in messages) and "Shutting down: Master" in messages
    assert not [e for e in entries if e["logger"] == "gunicorn.access"], "gunicorn's access log stays off"


@pytest.mark.integration
@pytest.mark.parametrize("locked_seconds", [0.0, 1.5], ids=["new-file", "new-file-locked-at-start"])
def test_serve_on_a_new_sqlite_file_has_every_worker_ready_at_once(tmp_path: Path, locked_seconds: float) -> None:
    """The master migrates before the workers fork; the workers find the schema current. Before: a start-up
    that met another connection's lock on a new file (a second worker, a second instance) failed at once
    with "database is locked", marked the database down and answered feedback 503 for its retry window."""
    database = tmp_path / "cds.sqlite3"
    holder = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    if locked_seconds:
        holder.execute("BEGIN IMMEDIATE")
    release = threading.Timer(locked_seconds, lambda: holder.execute("ROLLBACK") if holder.in_transaction else None)
    release.start()
    try:
        with running_service(tmp_path, workers=2, CDS_DATABASE_URL=f"sqlite:///{database}") as service:
            # A new connection each: both workers answer some of them, right after the start.
            ready = [requests.get(service.url("/readyz"), timeout=10).status_code for _ in range(8)]
            feedback = [
                requests.post(
                    service.url("/cds-services/low-back-pain/feedback"), timeout=10,
                    json={"feedback": [{"card": str(uuid.uuid4()), "outcome": "accepted",
                                        "acceptedSuggestions": [{"id": "s1"}],
                                        "outcomeTimestamp": "2026-11-10T09:00:00Z"}]},
                ).status_code
                for _ in range(8)
            ]
    finally:
        release.join()
        holder.close()
    log = service.log_text()
    assert "database unavailable" not in log and "not reachable" not in log, log[-3000:]
    assert ready == [200] * 8
    assert feedback == [200] * 8
