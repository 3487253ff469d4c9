"""Serving model, before and after, in one run: gunicorn's 2 sync workers against ``cds-service serve``'s
buffering worker (2 workers x 2 threads), the same app and settings.

    python bench/serving.py [--duration 15] [--rounds 3] [--slow 100]

For each model, alternating, ``--rounds`` times: hook requests/s and p99 under wrk (2 threads, 8
connections, the 50-resource request of bench/run.py, JWT off). Then, for each model: ``--slow``
connections that send a request head at one byte a second and never finish it, held open while 20 hook
calls are made one after another: their latencies, and whether the slow connections were still open.
Prints Markdown. Needs wrk. Figures are for this machine only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import hook_request  # noqa: E402

MODELS = {
    "sync (before)": ["--worker-class", "sync"],
    "buffered (after)": ["--worker-class", "buffered"],
    "buffered t1": ["--threads", "1"],
    "buffered t4": ["--threads", "4"],
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start(model_args: list[str], port: int, database: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "CDS_AUTH": "off", "CDS_DATABASE_URL": database, "CDS_LOG_LEVEL": "WARNING"}
    process = subprocess.Popen(
        [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", "2", *model_args],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                break
        except OSError:
            time.sleep(0.2)
    time.sleep(2.0)
    return process


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
_P99 = re.compile(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(port: int, body_file: Path, duration: int) -> tuple[float, float]:
    output = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{duration}s", "--latency", "-s", str(ROOT / "bench" / "post.lua"),
         f"http://127.0.0.1:{port}"],
        env={**os.environ, "BENCH_BODY": str(body_file), "BENCH_TOKENS": ""}, capture_output=True, text=True,
        check=True,
    ).stdout
    p99 = _P99.search(output)
    return float(_RPS.search(output).group(1)), (  # type: ignore[union-attr]
        float(p99.group(1)) * _UNIT_MS[p99.group(2)] if p99 else float("nan")
    )


def slow_clients(port: int, body: bytes, count: int) -> tuple[list[float], int]:
    """Hook latencies (s; 10 s means no answer within 10 s) while ``count`` slow heads trickle in."""
    sockets = []
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"POST /cds-services/low-back-pain HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sockets.append(sock)
    stop_event = threading.Event()

    def trickle() -> None:
        while not stop_event.wait(1.0):
            for sock in sockets:
                with contextlib.suppress(OSError):
                    sock.send(b"X")

    thread = threading.Thread(target=trickle, daemon=True)
    thread.start()
    time.sleep(1.5)
    latencies = []
    for _ in range(20):
        started = time.monotonic()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/cds-services/low-back-pain", data=body,
            headers={"Content-Type": "application/json"}, method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
            latencies.append(time.monotonic() - started)
        except OSError:
            latencies.append(10.0)
    held = 0
    for sock in sockets:
        sock.setblocking(False)
        try:
            sock.recv(1)  # an answer or a close: the connection was not held open
        except BlockingIOError:
            held += 1
        except OSError:
            pass
    stop_event.set()
    thread.join(timeout=5)
    for sock in sockets:
        sock.close()
    return latencies, held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--slow", type=int, default=100)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk not found (apt-get install wrk)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        body = json.dumps(hook_request(50)).encode()
        body_file = Path(tmp) / "body.json"
        body_file.write_bytes(body)
        results: dict[str, list[tuple[float, float]]] = {name: [] for name in MODELS}
        for round_index in range(args.rounds):
            for name, model_args in MODELS.items():
                port = free_port()
                process = start(model_args, port, f"sqlite:///{tmp}/{round_index}-{port}.sqlite3")
                try:
                    results[name].append(wrk(port, body_file, args.duration))
                finally:
                    stop(process)
                print(f"round {round_index + 1} {name}: {results[name][-1][0]:.0f} req/s, "
                      f"p99 {results[name][-1][1]:.1f} ms", file=sys.stderr, flush=True)
        slow: dict[str, tuple[list[float], int]] = {}
        for name, model_args in MODELS.items():
            port = free_port()
            process = start(model_args, port, f"sqlite:///{tmp}/slow-{port}.sqlite3")
            try:
                slow[name] = slow_clients(port, body, args.slow)
            finally:
                stop(process)
    print(f"## Hook throughput: wrk 2 threads, 8 connections, {args.duration} s per run, {args.rounds} rounds "
          "alternating, 50-resource request, JWT off, SQLite\n")
    print("| model | req/s per round | median req/s | p99 ms per round |\n|---|---|---|---|")
    for name, runs in results.items():
        print(f"| {name} | {' / '.join(f'{r:.0f}' for r, _ in runs)} | {statistics.median(r for r, _ in runs):.0f} | "
              f"{' / '.join(f'{p:.0f}' for _, p in runs)} |")
    print(f"\n## {args.slow} slow connections (request head at 1 byte/s) held open, 20 hook calls\n")
    print("| model | hook median ms | hook max ms | no answer within 10 s | slow connections still open |")
    print("|---|---|---|---|---|")
    for name, (latencies, held) in slow.items():
        timeouts = sum(1 for latency in latencies if latency >= 10.0)
        print(f"| {name} | {1000 * statistics.median(latencies):.0f} | {1000 * max(latencies):.0f} | {timeouts} | "
              f"{held} of {args.slow} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
