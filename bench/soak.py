"""Soak: the service under wrk at about 80 % of its measured maximum for a given time.

    python bench/soak.py [--seconds 600] [--fraction 0.8] [--segment-seconds 60] [--database-url URL]
                         [--jwt | --no-jwt] [--json FILE]

Starts ``cds-service serve`` (2 workers, the shipped serving model) on a free loopback port with JWT
authentication on (one fresh signed token per request, so the replay store grows as in production),
measures the maximum hook rate with wrk (8 connections, ``--max-seconds``), then runs wrk back to back in
segments of ``--segment-seconds`` at ``--fraction`` of that rate (wrk's per-connection ``delay()``) for
``--seconds`` in all. After each segment it records the segment's requests/s, p99 and non-2xx count
(plus socket errors), every worker's RSS, the open descriptors of master and workers, and the database
size and row counts, and the machine's load average (the figures mean little when other work
competed). Prints a Markdown report; ``--json`` writes the figures too (the CI smoke test reads them).
Needs wrk (Debian package). Figures are for this machine only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import hook_request  # noqa: E402

WRK_SCRIPT = ROOT / "bench" / "soak.lua"
CONNECTIONS = 8
ISSUER = "https://soak.example.org"


@dataclass
class Segment:
    minute: int
    seconds: float
    requests: int
    rps: float
    p50_ms: float
    p99_ms: float
    non_2xx: int
    socket_errors: int
    statuses: dict[int, int]
    worker_rss_kb: list[int]
    open_fds: int
    database_bytes: int
    issued_cards: int
    seen_jtis: int
    load_average: float
    """The machine's 1-minute load average at the segment's end (2 cores: above 2, other work competed)."""


@dataclass
class Report:
    seconds: int
    fraction: float
    database: str
    jwt: bool
    max_rps: float = 0.0
    target_rps: float = 0.0
    delay_ms: float = 0.0
    segments: list[Segment] = field(default_factory=list)
    start_rss_kb: list[int] = field(default_factory=list)
    start_fds: int = 0
    start_database_bytes: int = 0
    start_load_average: float = 0.0
    token_reuses: int = 0
    """Tokens wrk had to send a second time (it ran out): each is a 401 replay, the harness's fault."""
    refusals: dict[str, int] = field(default_factory=dict)
    """What the service logged about refused requests (warning lines), by message."""

    @property
    def non_2xx(self) -> int:
        return sum(s.non_2xx for s in self.segments)

    @property
    def socket_errors(self) -> int:
        return sum(s.socket_errors for s in self.segments)

    @property
    def rss_growth_percent(self) -> float:
        """Worker RSS growth from the end of the first segment (the warm-up: a worker that served few calls
        in the maximum run still loads code and fills caches then) to the end of the soak."""
        if len(self.segments) < 2:
            return 0.0
        start, end = sum(self.segments[0].worker_rss_kb), sum(self.segments[-1].worker_rss_kb)
        return 100.0 * (end - start) / start

    @property
    def rss_growth_from_start_percent(self) -> float:
        """The same from before the first segment, warm-up included."""
        if not self.segments or not self.start_rss_kb:
            return 0.0
        start, end = sum(self.start_rss_kb), sum(self.segments[-1].worker_rss_kb)
        return 100.0 * (end - start) / start

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(non_2xx=self.non_2xx, socket_errors=self.socket_errors, rss_growth_percent=self.rss_growth_percent,
                    rss_growth_from_start_percent=self.rss_growth_from_start_percent)
        return data


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def signing_key(workdir: Path) -> tuple[Any, Path]:
    """A fresh ES384 key and a trusted-issuers file that trusts it."""
    import jwt
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP384R1())
    jwk = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    jwk.update({"kid": "soak-key", "alg": "ES384", "use": "sig"})
    issuers_file = workdir / "issuers.json"
    issuers_file.write_text(json.dumps({"issuers": [{"iss": ISSUER, "jwks": {"keys": [jwk]}}]}))
    return key, issuers_file


def write_tokens(key: Any, audience: str, count: int, path: Path, lifetime: int) -> Path:
    """``count`` distinct tokens (a fresh jti each) for ``audience``, one per line."""
    import jwt

    now = int(time.time())
    with path.open("w") as out:
        for _ in range(count):
            claims = {"iss": ISSUER, "aud": audience, "iat": now, "exp": now + lifetime, "jti": str(uuid.uuid4())}
            out.write(jwt.encode(claims, key, algorithm="ES384", headers={"kid": "soak-key", "typ": "JWT"}) + "\n")
    return path


def start_service(port: int, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", "2"]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **env}, stdout=out, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service exited:\n{log.read_text()[-2000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    time.sleep(2.0)  # both workers booted
    return process


def worker_pids(master: int) -> list[int]:
    try:
        return sorted(int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split())
    except OSError:
        return []


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_fds(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += len(os.listdir(f"/proc/{pid}/fd"))
    return total


def database_figures(url: str) -> tuple[int, int, int]:
    """(bytes, issued cards, seen jtis) of the service database."""
    from sqlalchemy import create_engine, text

    from cds_service.persistence import normalise_database_url

    engine = create_engine(normalise_database_url(url))
    try:
        with engine.connect() as connection:
            cards = int(connection.execute(text("SELECT count(*) FROM issued_card")).scalar_one())
            jtis = int(connection.execute(text("SELECT count(*) FROM seen_jwt_id")).scalar_one())
            if engine.dialect.name == "postgresql":
                size = int(connection.execute(text("SELECT pg_database_size(current_database())")).scalar_one())
            else:
                database = Path(engine.url.database or "")
                size = sum(p.stat().st_size for p in database.parent.glob(database.name + "*"))
    finally:
        engine.dispose()
    return size, cards, jtis


_RPS = re.compile(r"Requests/sec:\s+([\d.]+)")
_REQUESTS = re.compile(r"(\d+) requests in")
_PERCENTILE = re.compile(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
_NON_2XX = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_SOCKET_ERRORS = re.compile(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")
_UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0}
_STATUS = re.compile(r"^STATUS (\d+) (\d+)$", re.MULTILINE)
_TOKEN_REUSES = re.compile(r"^TOKEN_REUSES (\d+)$", re.MULTILINE)


def run_wrk(port: int, seconds: int, env: dict[str, str]) -> dict[str, Any]:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--timeout", "5s", "--latency", "-s", str(WRK_SCRIPT),
         f"http://127.0.0.1:{port}"],
        env={**os.environ, **env}, capture_output=True, text=True, check=True,
    ).stdout
    percentiles = {p: float(v) * _UNIT_MS[u] for p, v, u in _PERCENTILE.findall(output)}
    non_2xx = _NON_2XX.search(output)
    errors = _SOCKET_ERRORS.search(output)
    return {
        "rps": float(_RPS.search(output).group(1)),  # type: ignore[union-attr]
        "requests": float(_REQUESTS.search(output).group(1)),  # type: ignore[union-attr]
        "p50_ms": percentiles.get("50", float("nan")),
        "p99_ms": percentiles.get("99", float("nan")),
        "non_2xx": float(non_2xx.group(1)) if non_2xx else 0.0,
        "socket_errors": float(sum(int(g) for g in errors.groups())) if errors else 0.0,
        "statuses": {int(code): int(count) for code, count in _STATUS.findall(output)},  # type: ignore[dict-item]
        "token_reuses": int(reused.group(1)) if (reused := _TOKEN_REUSES.search(output)) else 0,
    }


def soak(args: argparse.Namespace) -> Report:
    with tempfile.TemporaryDirectory(prefix="cds-soak-") as tmp:
        workdir = Path(tmp)
        database = args.database_url or f"sqlite:///{workdir / 'soak.sqlite3'}"
        report = Report(seconds=args.seconds, fraction=args.fraction, database=database.split(":")[0], jwt=args.jwt)
        body_file = workdir / "body.json"
        body_file.write_text(json.dumps(hook_request(50)))
        port = free_port()
        env = {"CDS_DATABASE_URL": database, "CDS_LOG_LEVEL": "WARNING", "CDS_AUTH": "off"}
        wrk_env = {"SOAK_BODY": str(body_file), "SOAK_TOKENS": "", "SOAK_DELAY_MS": "0"}
        key: Any = None
        audience = f"http://127.0.0.1:{port}/cds-services/low-back-pain"
        lifetime = min(args.seconds + 900, 3600)  # CDS_JWT_MAX_LIFETIME_SECONDS
        if args.jwt:
            key, issuers = signing_key(workdir)
            env.update(CDS_AUTH="jwt", CDS_TRUSTED_ISSUERS_FILE=str(issuers))
            count = int(args.max_rate_guess * (args.max_seconds + 5))
            wrk_env["SOAK_TOKENS"] = str(write_tokens(key, audience, count, workdir / "max-tokens.txt", lifetime))
        process = start_service(port, env, workdir / "service.log")
        try:
            pids = worker_pids(process.pid)
            top = run_wrk(port, args.max_seconds, wrk_env)
            report.max_rps = top["rps"]
            report.target_rps = args.fraction * report.max_rps
            # A closed loop with a pause: each connection waits delay ms after each answer.
            report.delay_ms = max(0.0, 1000.0 * CONNECTIONS * (1 / report.target_rps - 1 / report.max_rps))
            wrk_env["SOAK_DELAY_MS"] = f"{report.delay_ms:.3f}"
            segment_tokens: list[str] = []
            if args.jwt:
                # A file of tokens per segment, made before the soak (the service idles meanwhile), for 3x the
                # measured maximum: the closed loop's rate rises above the target when the machine is freer
                # than during the maximum run, and a token used twice is (rightly) refused as a replay.
                count = int(3.0 * report.max_rps * args.segment_seconds) + 1000
                for index in range(math.ceil(args.seconds / args.segment_seconds)):
                    path = write_tokens(key, audience, count, workdir / f"tokens-{index}.txt", lifetime)
                    segment_tokens.append(str(path))
            report.start_rss_kb = [rss_kb(p) for p in pids]
            report.start_fds = open_fds([process.pid, *pids])
            report.start_database_bytes = database_figures(database)[0]
            report.start_load_average = os.getloadavg()[0]
            elapsed = 0
            minute = 0
            while elapsed < args.seconds:
                length = min(args.segment_seconds, args.seconds - elapsed)
                if segment_tokens:
                    wrk_env["SOAK_TOKENS"] = segment_tokens[minute]
                result = run_wrk(port, length, wrk_env)
                report.token_reuses += result["token_reuses"]
                elapsed += length
                minute += 1
                size, cards, jtis = database_figures(database)
                segment = Segment(
                    minute=minute, seconds=length, requests=int(result["requests"]), rps=result["rps"],
                    p50_ms=result["p50_ms"], p99_ms=result["p99_ms"], non_2xx=int(result["non_2xx"]),
                    socket_errors=int(result["socket_errors"]), statuses=result["statuses"],
                    worker_rss_kb=[rss_kb(p) for p in pids],
                    open_fds=open_fds([process.pid, *pids]), database_bytes=size, issued_cards=cards, seen_jtis=jtis,
                    load_average=os.getloadavg()[0],
                )
                report.segments.append(segment)
                print(f"segment {minute}: {segment.rps:.0f} req/s, p99 {segment.p99_ms:.1f} ms, "
                      f"non-2xx {segment.non_2xx}, RSS {segment.worker_rss_kb} kB, fds {segment.open_fds}",
                      file=sys.stderr, flush=True)
            if worker_pids(process.pid) != pids:
                print("warning: a worker was replaced during the soak", file=sys.stderr)
        finally:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
            report.refusals = service_warnings(workdir / "service.log")
    return report


def service_warnings(log: Path) -> dict[str, int]:
    """Warning and error lines of the service log, counted by message (the log is one JSON object a line)."""
    counts: dict[str, int] = {}
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict) and entry.get("level") in ("WARNING", "ERROR", "CRITICAL"):
            message = f"{entry.get('level')} {entry.get('message')}"[:160]
            counts[message] = counts.get(message, 0) + 1
    return counts


def markdown(report: Report) -> str:
    lines = [
        f"Soak: {report.seconds} s at {100 * report.fraction:.0f} % of the measured maximum "
        f"({report.max_rps:.0f} req/s -> target {report.target_rps:.0f} req/s, wrk {CONNECTIONS} connections, "
        f"delay {report.delay_ms:.1f} ms), JWT {'on' if report.jwt else 'off'}, database {report.database}.",
        "",
        "| segment | req/s | p50 ms | p99 ms | non-2xx | socket errors | worker RSS kB | open fds | database kB | "
        "issued cards | seen jtis | load avg |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
        f"| start | | | | | | {' / '.join(map(str, report.start_rss_kb))} | {report.start_fds} | "
        f"{report.start_database_bytes // 1024} | | | {report.start_load_average:.1f} |",
    ]
    for s in report.segments:
        lines.append(
            f"| {s.minute} | {s.rps:.0f} | {s.p50_ms:.1f} | {s.p99_ms:.1f} | {s.non_2xx} | {s.socket_errors} | "
            f"{' / '.join(map(str, s.worker_rss_kb))} | {s.open_fds} | {s.database_bytes // 1024} | "
            f"{s.issued_cards} | {s.seen_jtis} | {s.load_average:.1f} |"
        )
    statuses: dict[int, int] = {}
    for s in report.segments:
        for code, count in s.statuses.items():
            statuses[code] = statuses.get(code, 0) + count
    lines += [
        "",
        f"Statuses: {', '.join(f'{code}: {count}' for code, count in sorted(statuses.items()))}.",
        f"Service warnings: {json.dumps(report.refusals, ensure_ascii=False) if report.refusals else 'none'}.",
        "",
        f"Non-2xx: {report.non_2xx}; socket errors: {report.socket_errors}; worker RSS growth after the first "
        f"segment {report.rss_growth_percent:+.1f} % (from the start {report.rss_growth_from_start_percent:+.1f} %); "
        f"requests {sum(s.requests for s in report.segments)}; tokens "
        f"reused by wrk (it ran out; each is a replay refused): {report.token_reuses}.",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=600, help="soak length (default 600)")
    parser.add_argument("--fraction", type=float, default=0.8, help="share of the measured maximum (default 0.8)")
    parser.add_argument("--segment-seconds", type=int, default=60, help="one report line per segment (default 60)")
    parser.add_argument("--max-seconds", type=int, default=10, help="length of the maximum-rate run (default 10)")
    parser.add_argument("--max-rate-guess", type=float, default=400.0,
                        help="tokens are made for this rate (req/s) at most (default 400)")
    parser.add_argument("--database-url", help="CDS_DATABASE_URL (default: a fresh SQLite file)")
    parser.add_argument("--jwt", action=argparse.BooleanOptionalAction, default=True, help="JWT on (default)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk not found (apt-get install wrk)", file=sys.stderr)
        return 1
    report = soak(args)
    print(markdown(report))
    if args.json:
        args.json.write_text(json.dumps(report.as_json(), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
