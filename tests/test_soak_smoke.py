"""CI smoke of bench/soak.py (issue 10): the service under wrk at 80 % of its measured maximum for 30 s.

The 10-minute run on this machine is in docs/reliability.md (``python bench/soak.py``); this one keeps the
soak itself working and catches a regression that shows within half a minute: any non-2xx answer or socket
error (wrk's 5 s timeout counts as one: a stalled worker), a call answered without its jti claimed, worker
memory growing by 10 % or more, descriptors leaking, throughput collapsing.

CI runs on a loaded 2-core machine, so nothing here is an absolute latency or rate: the soak's own maximum
(measured in the same run) is the yardstick, and the bounds are generous. Counts (non-2xx, socket errors,
jtis against answered calls) are exact: the load cannot change them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [pytest.mark.integration, pytest.mark.soak]

MIN_SHARE_OF_MAXIMUM = 0.1
"""Each segment's rate against the maximum measured just before (the target is 0.8). On this machine, with
other engineers' test runs competing, the lowest seen in a 10-minute soak was 0.22. A stalled worker
shows first as wrk timeouts (socket errors, asserted 0); this bound catches a service that slows to a crawl
(a per-call cost growing with what is stored, a lock held) without timing out."""


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (apt-get install wrk)")
def test_a_30_second_soak_has_no_error_no_leak_and_no_collapse(tmp_path: Path) -> None:
    figures = tmp_path / "soak.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "soak.py"), "--seconds", "30", "--segment-seconds", "10",
         "--max-seconds", "3", "--json", str(figures)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(figures.read_text())
    segments = report["segments"]
    print(result.stdout)
    assert len(segments) == 3, result.stdout
    assert report["non_2xx"] == 0 and report["socket_errors"] == 0, result.stdout
    # Every 200 claimed its jti in the shared store (the max-rate run's calls are counted too, hence >=).
    assert segments[-1]["seen_jtis"] >= sum(segment["requests"] for segment in segments) > 0, result.stdout
    assert report["rss_growth_percent"] < 10, result.stdout
    assert segments[-1]["open_fds"] <= report["start_fds"] + 16, result.stdout
    assert all(segment["rps"] >= MIN_SHARE_OF_MAXIMUM * report["max_rps"] for segment in segments), result.stdout
