"""``cds-service serve`` as a subprocess on a free loopback port, for tests and benchmarks.

``running_service(...)`` starts the real command (gunicorn master, workers, the buffering worker class),
waits for ``/healthz``, yields a ``RunningService`` and stops it (SIGTERM, then SIGKILL after 20 s).
"""

from __future__ import annotations

import contextlib
import os
import resource
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningService:
    port: int
    process: subprocess.Popen[bytes]
    log_file: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def log_text(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def worker_pids(self) -> list[int]:
        """The gunicorn workers: children of the master process."""
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return [int(pid) for pid in children.read_text().split()]
        except OSError:
            return []


def _limit_open_files(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))


@contextlib.contextmanager
def running_service(
    tmp_path: Path,
    *,
    workers: int = 2,
    extra_args: tuple[str, ...] = (),
    max_open_files: int | None = None,
    **settings: str,
) -> Iterator[RunningService]:
    """``max_open_files``: the server's RLIMIT_NOFILE (master and workers), to run it out of descriptors."""
    port = free_port()
    log_file = tmp_path / f"serve-{port}.log"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "CDS_DATABASE_URL": f"sqlite:///{tmp_path / f'serve-{port}.sqlite3'}",
        "CDS_AUTH": "off",
        "CDS_LOCALE": "en",
        **settings,
    }
    worker_class = os.environ.get("CDS_TEST_SERVE_WORKER_CLASS")  # "sync": show what the old model did
    command = [sys.executable, "-m", "cds_service", "serve", "--port", str(port), "--workers", str(workers)]
    if worker_class:
        command += ["--worker-class", worker_class]
    command += list(extra_args)
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=None if max_open_files is None else partial(_limit_open_files, max_open_files),
        )
    service = RunningService(port, process, log_file)
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise AssertionError(f"cds-service serve exited:\n{service.log_text()[-3000:]}")
            with contextlib.suppress(requests.ConnectionError, requests.Timeout):
                if requests.get(service.url("/healthz"), timeout=5).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise AssertionError(f"cds-service serve did not start:\n{service.log_text()[-3000:]}")
            time.sleep(0.2)
        _wait_for_workers(service, workers)
        yield service
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _wait_for_workers(service: RunningService, workers: int) -> None:
    """Every worker answers (each has loaded the app), so a measurement does not time a worker's boot."""
    deadline = time.monotonic() + 30
    while len(service.worker_pids()) < workers and time.monotonic() < deadline:
        time.sleep(0.1)
    for _ in range(4 * workers):
        with contextlib.suppress(requests.RequestException):
            requests.get(service.url("/healthz"), timeout=10)
