"""CI smoke of bench/run.py (issue 11): seconds, ratios only.

The full run (``python bench/run.py``, docs/benchmarks.md) enforces the targets on this machine; this keeps
the harness working and catches a gross regression without timing anything absolutely: every bound is a
ratio to the floor measured in the same process or run, with 3-5x headroom over today's figures, so a
loaded 2-core machine (which slows both sides alike) does not make it flaky.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import run as bench  # noqa: E402


def test_in_process_the_service_stays_within_a_small_multiple_of_the_bare_flask_app(tmp_path: Path) -> None:
    """Today a call costs about 3.4x the bare app's at 50 resources and 3.0x at 500."""
    results = bench.in_process((50, 500), rounds=5, scale=0.1, workdir=tmp_path)
    # The best round's ratio: load slows the two sides unevenly within a round (a median of three reached 28
    # under load 16), and only a regression slows every round.
    ratios = {size: min(service / floor for service, floor in pairs) for size, pairs in results.items()}
    assert ratios[50] < 15, ratios
    assert ratios[500] < 15, ratios


@pytest.mark.integration
@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)")
def test_the_http_harness_runs_and_the_service_keeps_a_share_of_the_floor(tmp_path: Path) -> None:
    """Today at 8 connections: JWT off about 35 % of the floor's calls per second, ES384 about 20 %."""
    figures_file = tmp_path / "smoke.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--smoke", "--json", str(figures_file)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(figures_file.read_text())
    http = {(row["server"], row["connections"]): row for row in figures["http"]}
    off = http[("service, JWT off, SQLite", 8)]
    es384 = http[("service, JWT ES384, SQLite", 8)]
    for row in http.values():
        assert all(run["bad"] == 0 for run in row["runs"]), result.stdout  # every call answered 200
    assert off["share_of_floor"] > 0.08, result.stdout
    assert es384["share_of_floor"] > 0.04, result.stdout
    floor_cpu = http[("floor", 8)]["runs"][0]["cpu_ms"]
    assert es384["runs"][0]["cpu_ms"] < 25 * floor_cpu, result.stdout


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed (apt-get install valgrind)")
def test_the_instruction_counter_counts_the_same_step_the_same_way() -> None:
    """bench/instructions.py: a count is repeatable (its point on a noisy machine) and grows with the work."""
    from bench import instructions

    # Ten calls, not three: a one-off cost inside the window (a garbage collection, a cache filled once) is
    # spread thinner. CI once saw 1.9 % between two 3-call counts (124,322 and 126,650); ten calls here
    # differ by 0.01 %. 2 % is still far below the machine's wall-clock noise (25-50 %), the count's point.
    small = [instructions.count(ROOT, "resolve", size=10, calls=10) for _ in range(2)]
    large = instructions.count(ROOT, "resolve", size=500, calls=3)
    assert abs(small[0] - small[1]) / small[0] < 0.02, small
    assert large > 5 * small[0], (small, large)
