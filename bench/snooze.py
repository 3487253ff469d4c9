"""Snooze figures (issue 13): card counts for five complex patients before and after one round of snoozing,
the storage cost per snooze on SQLite and PostgreSQL, and the hook's time with snooze on beside snooze off.

    python bench/snooze.py [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/test] [--rows 20000]

In process (the Flask test client); the five patients are scenario files from tests/scenarios/, each given
its own patient id. "One round": the clinician overrides every card shown once with the snooze reason.
Storage: N snoozes (and N issued-card candidates) written through the store, then the bytes of each table
with its indexes (SQLite dbstat; PostgreSQL pg_total_relation_size after VACUUM) divided by N. Not a test:
nothing asserts a figure; the machine is shared and noisy, so the timings are medians side by side.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from cds_service import create_app, pipeline  # noqa: E402
from cds_service.persistence import SnoozeCandidate, Store  # noqa: E402

SERVICE = "/cds-services/low-back-pain"
SECRET = "bench-secret-" + "x" * 32
SNOOZE = {"system": "http://lbp-cds.no/fhir/CodeSystem/override-reason", "code": "snooze-until-changed"}
PATIENTS = (
    "everything-chronic-nerve-root",
    "opioid-with-gabapentinoid-request",
    "s5-7-icpc2-l70-with-sciatica-no",
    "s5-6-naproxen-500-regular-chronic-us",
    "nerve-root-hip-oa-differential",
)


def scenario(name: str, patient_id: str) -> tuple[date, dict[str, Any]]:
    data = json.loads((ROOT / "tests" / "scenarios" / f"{name}.json").read_text(encoding="utf-8"))
    body = json.dumps(data["request"]).replace('"Patient/pat-1"', f'"Patient/{patient_id}"')
    body = body.replace('"pat-1"', f'"{patient_id}"')
    return date.fromisoformat(data["today"]), json.loads(body)


def with_new_code(body: dict[str, Any], patient_id: str, day: date) -> dict[str, Any]:
    """The same record and one new diagnosis: a disc disorder with radiculopathy (M51.1) yesterday."""
    changed = json.loads(json.dumps(body))
    changed["prefetch"]["conditions"].setdefault("entry", []).append({"resource": {
        "resourceType": "Condition", "id": f"new-{uuid.uuid4().hex[:6]}",
        "subject": {"reference": f"Patient/{patient_id}"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": "M51.1"}]},
        "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                       "code": "active"}]},
        "onsetDateTime": (day - timedelta(days=1)).isoformat(),
    }})
    return changed


def card_counts(workdir: Path) -> list[dict[str, Any]]:
    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{workdir / 'counts.sqlite3'}",
                      "CDS_LOCALE": "en", "CDS_SNOOZE_ENABLED": True, "CDS_SNOOZE_SECRET": SECRET})
    client = app.test_client()
    rows = []
    for index, name in enumerate(PATIENTS):
        patient_id = f"bench-{index}"
        day, body = scenario(name, patient_id)
        pipeline.clinical_today = lambda settings, day=day: day  # type: ignore[assignment]
        before = client.post(SERVICE, json=body).get_json()["cards"]
        items = [{"card": c["uuid"], "outcome": "overridden", "outcomeTimestamp": f"{day}T09:00:00Z",
                  "overrideReason": {"reason": SNOOZE}} for c in before]
        assert client.post(SERVICE + "/feedback", json={"feedback": items}).status_code == 200
        after = client.post(SERVICE, json=body).get_json()["cards"]
        changed = client.post(SERVICE, json=with_new_code(body, patient_id, day)).get_json()["cards"]
        rows.append({
            "patient": name,
            "before": [c["source"]["topic"]["code"] for c in before],
            "after": [c["source"]["topic"]["code"] for c in after],
            "after_new_code": [c["source"]["topic"]["code"] for c in changed],
        })
    return rows


def fill(store: Store, rows: int) -> None:
    """``rows`` issued-card candidates and ``rows`` snoozes, through the store's own code."""
    now = datetime.now(UTC)
    batch = 1000
    for start in range(0, rows, batch):
        candidates = [
            SnoozeCandidate(str(uuid.uuid4()), "lbp-chronic", "info", uuid.uuid4().hex + uuid.uuid4().hex,
                            uuid.uuid4().hex + uuid.uuid4().hex, now)
            for _ in range(start, min(rows, start + batch))
        ]
        store.snooze.issue(candidates, today=now.date())
        store.snooze.snooze([c.card_uuid for c in candidates], {"info": 90}, today=now.date(),
                            issued_after=now - timedelta(hours=1))


def sqlite_bytes(path: Path, rows: int) -> dict[str, float]:
    store = Store(f"sqlite:///{path}")
    store.upgrade()
    fill(store, rows)
    store.dispose()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.execute(text("VACUUM"))
        sizes = dict(connection.execute(text("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name")).all())
    engine.dispose()
    return {
        table: sum(size for name, size in sizes.items() if name == table or name.startswith(f"ix_{table}_")
                   or name == f"sqlite_autoindex_{table}_1") / rows
        for table in ("snooze", "snooze_candidate", "snooze_event")
    }


def postgres_bytes(admin_url: str, rows: int) -> dict[str, float] | None:
    sys.path.insert(0, str(ROOT))
    from tests.support.db import fresh_postgres_database, postgres_available

    if not postgres_available():
        return None
    with fresh_postgres_database("lbp_bench") as url:
        store = Store(url)
        store.upgrade()
        fill(store, rows)
        store.dispose()
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE"))
            result = {
                table: connection.execute(text(f"SELECT pg_total_relation_size('{table}')")).scalar_one() / rows
                for table in ("snooze", "snooze_candidate", "snooze_event")
            }
        engine.dispose()
        return result


def hook_times(workdir: Path, calls: int) -> dict[str, float]:
    """Median ms per hook call for the first patient, snooze off (the floor) beside snooze on, interleaved:
    wall-clock and the process's CPU time (the wall clock includes waiting for the SQLite file)."""
    day, body = scenario(PATIENTS[0], "bench-timing")
    pipeline.clinical_today = lambda settings: day  # type: ignore[assignment]
    clients = {
        mode: create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{workdir / f'{mode}.sqlite3'}",
                          "CDS_LOCALE": "en", "CDS_SNOOZE_ENABLED": mode == "on",
                          "CDS_SNOOZE_SECRET": SECRET}).test_client()
        for mode in ("off", "on")
    }
    times: dict[str, list[float]] = {"off": [], "on": []}
    cpu: dict[str, list[float]] = {"off": [], "on": []}
    for call in range(calls):
        order = ("off", "on") if call % 2 else ("on", "off")  # neither always runs first
        for mode in order:
            client = clients[mode]
            started, cpu_started = time.perf_counter(), time.process_time()
            assert client.post(SERVICE, json=body).status_code == 200
            times[mode].append((time.perf_counter() - started) * 1000)
            cpu[mode].append((time.process_time() - cpu_started) * 1000)
    result = {mode: statistics.median(values[10:]) for mode, values in times.items()}
    result.update({f"cpu_{mode}": statistics.median(values[10:]) for mode, values in cpu.items()})
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--timing-only", action="store_true")
    args = parser.parse_args()
    if args.timing_only:
        with tempfile.TemporaryDirectory() as directory:
            times = hook_times(Path(directory), args.calls)
        print(f"Hook, in process, {PATIENTS[0]} ({args.calls} calls each, interleaved, median):"
              f" snooze off {times['off']:.2f} ms, snooze on {times['on']:.2f} ms"
              f" (+{times['on'] - times['off']:.2f} ms); CPU time {times['cpu_off']:.2f} ms beside"
              f" {times['cpu_on']:.2f} ms (+{times['cpu_on'] - times['cpu_off']:.2f} ms)")
        return
    with tempfile.TemporaryDirectory() as directory:
        workdir = Path(directory)
        print("| patient | cards before | after one round of snoozing | after one new code |")
        print("|---|---|---|---|")
        for row in card_counts(workdir):
            print(f"| {row['patient']} | {len(row['before'])} ({', '.join(row['before'])}) | {len(row['after'])}"
                  f" ({', '.join(row['after']) or '-'}) | {len(row['after_new_code'])}"
                  f" ({', '.join(row['after_new_code'])}) |")
        print()
        lite = sqlite_bytes(workdir / "bytes.sqlite3", args.rows)
        pg = postgres_bytes("", args.rows)
        print(f"Storage, bytes per row with indexes ({args.rows} snoozes and {args.rows} candidates):")
        print("| table | SQLite | PostgreSQL |")
        print("|---|---|---|")
        for table in ("snooze", "snooze_candidate", "snooze_event"):
            pg_text = "n/a" if pg is None else f"{pg[table]:.0f}"
            print(f"| {table} | {lite[table]:.0f} | {pg_text} |")
        print()
        times = hook_times(workdir, args.calls)
        print(f"Hook, in process, {PATIENTS[0]} ({args.calls} calls each, interleaved, median):"
              f" snooze off {times['off']:.2f} ms, snooze on {times['on']:.2f} ms"
              f" (+{times['on'] - times['off']:.2f} ms); CPU time {times['cpu_off']:.2f} ms beside"
              f" {times['cpu_on']:.2f} ms (+{times['cpu_on'] - times['cpu_off']:.2f} ms)")


if __name__ == "__main__":
    main()
