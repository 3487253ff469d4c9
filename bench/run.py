"""Benchmark: in-process evaluation and HTTP throughput, side by side with a floor app, in one run.

    python bench/run.py [--duration 10] [--skip-http]

Needs `wrk` (Debian package) for the HTTP part. Prints a Markdown table; figures are for this
machine only. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cds_service import pipeline  # noqa: E402
from cds_service.config import Settings  # noqa: E402
from cds_service.hook_request import PATIENT_VIEW, parse_hook_request  # noqa: E402
from cds_service.knowledge import load_knowledge  # noqa: E402

TODAY = date(2026, 11, 26)
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ATC = "http://www.whocc.no/atc"
# A realistic mix: back complaints, comorbidities that are NSAID risk factors, unrelated conditions.
CONDITION_CODES = ["M54.5", "M51.16", "I10", "E11.9", "J45.9", "K21.9", "F32.1", "M17.1", "N18.3", "Z96.6"]
MEDICATION_CODES = ["M01AE01", "N02AJ06", "N02BE01", "C09AA05", "A10BA02", "R03AC02", "A02BC01", "B01AC06"]


def hook_request(resource_count: int) -> dict[str, Any]:
    """A patient-view request whose prefetch holds ``resource_count`` resources in all."""
    conditions, statements = [], []
    for index in range(resource_count - 1):
        onset = (TODAY - timedelta(days=40 + index % 900)).isoformat()
        if index % 3 == 2:
            code = MEDICATION_CODES[index % len(MEDICATION_CODES)]
            statements.append(
                {
                    "resourceType": "MedicationStatement",
                    "id": f"ms-{index}",
                    "status": "active" if index % 5 else "completed",
                    "subject": {"reference": "Patient/bench"},
                    "medicationCodeableConcept": {"coding": [{"system": ATC, "code": code}]},
                    "effectiveDateTime": onset,
                }
            )
        else:
            code = CONDITION_CODES[index % len(CONDITION_CODES)]
            conditions.append(
                {
                    "resourceType": "Condition",
                    "id": f"c-{index}",
                    "subject": {"reference": "Patient/bench"},
                    "clinicalStatus": {
                        "coding": [
                            {
                                "system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                "code": "active" if index % 4 else "resolved",
                            }
                        ]
                    },
                    "code": {"coding": [{"system": ICD10, "code": code}]},
                    "onsetDateTime": onset,
                }
            )

    def bundle(resources: list[dict[str, Any]]) -> dict[str, Any]:
        return {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": r} for r in resources]}

    return {
        "hook": PATIENT_VIEW,
        "hookInstance": str(uuid.uuid4()),
        "context": {"userId": "Practitioner/bench", "patientId": "bench"},
        "prefetch": {
            "patient": {"resourceType": "Patient", "id": "bench", "birthDate": "1961-03-02", "gender": "male"},
            "conditions": bundle(conditions),
            "medications": bundle(statements),
            "medicationRequests": bundle([]),
        },
    }


def in_process(resource_count: int, repetitions: int) -> dict[str, float]:
    settings = Settings.load({"CDS_AUTH": "off"})
    knowledge = load_knowledge(settings.knowledge_dir)
    body = hook_request(resource_count)
    durations = []
    for _ in range(repetitions):
        started = time.perf_counter()
        request = parse_hook_request(body, expected_hook=PATIENT_VIEW, allow_http_fhir=False)
        pipeline.run_hook(request, knowledge, settings, today=TODAY, locale="en")
        durations.append((time.perf_counter() - started) * 1000)
    durations.sort()
    return {
        "median_ms": statistics.median(durations),
        "p95_ms": durations[int(len(durations) * 0.95) - 1],
        "cards": len(pipeline.run_hook(request, knowledge, settings, today=TODAY, locale="en").response["cards"]),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_gunicorn(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The floor runs under the gunicorn command; the service under `cds-service serve`, which is what
    we ship (2 sync workers, the same as the floor)."""
    if app == "service":
        command = [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", "2"]
    else:
        command = [sys.executable, "-m", "gunicorn", "-w", "2", "-k", "sync", "--no-control-socket",
                   "-b", f"127.0.0.1:{port}", app]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            time.sleep(1.0)  # let both workers boot
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError(f"{command} did not start on port {port}")


_WRK_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
_WRK_P99 = re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_WRK_NON2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port: int, body_file: Path, duration: int, tokens_file: Path | None) -> dict[str, float]:
    env = {**os.environ, "BENCH_BODY": str(body_file), "BENCH_TOKENS": str(tokens_file or "")}
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "-s", str(ROOT / "bench" / "post.lua"),
         f"http://127.0.0.1:{port}"],
        env=env, capture_output=True, text=True, check=True,
    ).stdout
    rps = float(_WRK_RPS.search(output).group(1))  # type: ignore[union-attr]
    p99_match = _WRK_P99.search(output)
    p99 = float(p99_match.group(1)) * _UNIT_MS[p99_match.group(2)] if p99_match else float("nan")
    non_2xx = _WRK_NON2XX.search(output)
    return {"rps": rps, "p99_ms": p99, "non_2xx": float(non_2xx.group(1)) if non_2xx else 0.0}


def signed_tokens(audience: str, count: int, workdir: Path) -> tuple[Path, Path]:
    """A trusted-issuers file for a fresh ES384 key and ``count`` distinct tokens for ``audience``."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP384R1())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": "bench-key", "alg": "ES384", "use": "sig"})
    issuers = {"issuers": [{"iss": "https://bench.example.org", "jwks": {"keys": [jwk]}}]}
    issuers_file = workdir / "issuers.json"
    issuers_file.write_text(json.dumps(issuers))
    now = int(time.time())
    tokens_file = workdir / "tokens.txt"
    with tokens_file.open("w") as out:
        for _ in range(count):
            claims = {"iss": "https://bench.example.org", "aud": audience, "iat": now, "exp": now + 600,
                      "jti": str(uuid.uuid4())}
            out.write(jwt.encode(claims, key, algorithm="ES384", headers={"kid": "bench-key", "typ": "JWT"}) + "\n")
    return issuers_file, tokens_file


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=10, help="seconds per HTTP run")
    parser.add_argument("--skip-http", action="store_true")
    parser.add_argument("--database-url", help="CDS_DATABASE_URL for the service (default: a fresh SQLite file)")
    args = parser.parse_args()

    print("## In-process evaluation (parse envelope + resolve + facts + rules + cards)\n")
    print("| prefetch resources | median ms | p95 ms | cards |\n|---|---|---|---|")
    for count, repetitions in ((50, 500), (5000, 30)):
        result = in_process(count, repetitions)
        print(f"| {count} | {result['median_ms']:.3f} | {result['p95_ms']:.3f} | {result['cards']} |")

    if args.skip_http:
        return 0
    if shutil.which("wrk") is None:
        print("\nwrk not found (apt-get install wrk): HTTP part skipped")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        body = hook_request(50)
        body_file = workdir / "body.json"
        body_file.write_text(json.dumps(body))
        settings = Settings.load({"CDS_AUTH": "off"})
        request = parse_hook_request(body, expected_hook=PATIENT_VIEW, allow_http_fhir=False)
        fixed = pipeline.run_hook(request, load_knowledge(settings.knowledge_dir), settings, today=TODAY,
                                  locale="en").response
        fixed_file = ROOT / "bench" / "fixed-response.json"
        fixed_file.write_text(json.dumps(fixed))
        database = args.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}"
        rows = []
        try:
            port = free_port()
            floor = start_gunicorn("bench.floor_app:create_app()", port, {})
            try:
                rows.append(("floor (fixed JSON)", wrk(port, body_file, args.duration, None)))
            finally:
                floor.terminate()
                floor.wait()

            port = free_port()
            env = {"CDS_AUTH": "off", "CDS_DATABASE_URL": database}
            service = start_gunicorn("service", port, env)
            try:
                rows.append(("service, JWT off", wrk(port, body_file, args.duration, None)))
            finally:
                service.terminate()
                service.wait()

            port = free_port()
            audience = f"http://127.0.0.1:{port}/cds-services/low-back-pain"
            issuers_file, tokens_file = signed_tokens(audience, 1200 * args.duration, workdir)
            service = start_gunicorn(
                "service",
                port,
                {"CDS_AUTH": "jwt", "CDS_TRUSTED_ISSUERS_FILE": str(issuers_file), "CDS_DATABASE_URL": database},
            )
            try:
                rows.append(("service, JWT on", wrk(port, body_file, args.duration, tokens_file)))
            finally:
                service.terminate()
                service.wait()
        finally:
            fixed_file.unlink(missing_ok=True)

    floor_rps = rows[0][1]["rps"]
    print("\n## HTTP: gunicorn 2 sync workers, wrk 2 threads, 8 connections, "
          f"{args.duration} s each, 50-resource prefetch, database {database.split(':')[0]}\n")
    print("| server | requests/s | % of floor | p99 ms | non-2xx |\n|---|---|---|---|---|")
    for name, result in rows:
        print(f"| {name} | {result['rps']:.0f} | {100 * result['rps'] / floor_rps:.0f} % | "
              f"{result['p99_ms']:.2f} | {result['non_2xx']:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
