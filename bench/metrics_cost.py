"""What the Prometheus metrics cost per hook call, in-process through the Flask test client, one run.

    python bench/metrics_cost.py [--resources 50] [--rounds 30] [--calls 20] [--multiprocess]

Three variants are timed in interleaved rounds (so the shared machine's noise hits all alike): a bare
Flask app parsing the same body (the floor), the service with its metric hooks replaced by no-ops, and the
service as shipped. ``--multiprocess`` counts the way ``cds-service serve`` does (prometheus-client's
memory-mapped files in a temporary directory). Prints medians per call; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.floor_app import create_app as create_floor_app  # noqa: E402
from bench.run import hook_request  # noqa: E402
from cds_service import create_app, metrics  # noqa: E402

PATH = "/cds-services/low-back-pain"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--resources", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--calls", type=int, default=20)
    parser.add_argument("--multiprocess", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.multiprocess:
            metrics.enable_multiprocess(folder)
        body = json.dumps(hook_request(args.resources)).encode()
        service = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
                              "CDS_LOG_LEVEL": "WARNING"}).test_client()
        floor = create_floor_app().test_client()
        hooks = (metrics.observe_request, metrics.count_cards)

        def metrics_on() -> None:
            metrics.observe_request, metrics.count_cards = hooks

        def metrics_off() -> None:
            metrics.observe_request = _nothing  # type: ignore[assignment]
            metrics.count_cards = _nothing  # type: ignore[assignment]

        variants = {"floor (bare Flask)": (floor, metrics_on), "service, metrics off": (service, metrics_off),
                    "service, metrics on": (service, metrics_on)}
        per_call: dict[str, list[float]] = {name: [] for name in variants}
        for round_number in range(args.rounds + 1):
            for name, (client, setup) in variants.items():
                setup()
                started = time.perf_counter()
                for _ in range(args.calls):
                    response = client.post(PATH, data=body, content_type="application/json")
                    assert response.status_code == 200
                if round_number:  # the first round warms up
                    per_call[name].append((time.perf_counter() - started) * 1000 / args.calls)
        metrics_on()
        hook_cost_us = _hook_cost_microseconds(service, body)
    mode = "multiprocess (as under serve)" if args.multiprocess else "in-process"
    print(f"{args.resources} resources, {args.rounds} rounds x {args.calls} calls, metrics {mode}")
    print("| variant | median ms per call |\n|---|---|")
    medians = {name: statistics.median(times) for name, times in per_call.items()}
    for name, median in medians.items():
        print(f"| {name} | {median:.3f} |")
    print(f"metrics add {medians['service, metrics on'] - medians['service, metrics off']:+.3f} ms per call "
          "(end to end: within the noise of the call itself)")
    print(f"the metric hooks of one hook call alone (observe_request + count_cards): {hook_cost_us:.1f} µs")
    return 0


def _hook_cost_microseconds(service: Any, body: bytes, repetitions: int = 20_000) -> float:
    """The hooks a hook call runs, timed directly on that call's real response (no noise of the call)."""
    response = service.post(PATH, data=body, content_type="application/json").get_json()

    class Rule:
        rule = "/cds-services/<service_id>"

    rule = Rule()
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(repetitions):
            metrics.observe_request(rule, "POST", 200, started)
            metrics.count_cards(response)
        best = min(best, (time.perf_counter() - started) / repetitions * 1e6)
    return best


def _nothing(*args: Any, **kwargs: Any) -> None:
    return None


if __name__ == "__main__":
    raise SystemExit(main())
