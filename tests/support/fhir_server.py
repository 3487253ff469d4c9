"""A real FHIR R4 server for integration tests: sekmet-fhir, started on a free loopback port.

``start_sekmet(workdir)`` writes a ``settings.yaml`` (static bearer-token auth, data in a temporary
``data_dir``, ``base_url`` on the chosen port so the paging links point back at it, the workflow
simulator off so nothing changes the loaded data), runs ``sekmet serve`` in a subprocess, and waits for
``/fhir/metadata`` (which sekmet serves without auth). ``stop()`` terminates it and waits.

sekmet pages searches at 20 resources (``DEFAULT_COUNT`` in ``sekmet.fhir.search``), with absolute
``next`` links built from ``base_url``.
"""

from __future__ import annotations

import secrets
import shutil
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests

from .slow_server import free_port

SEKMET_PAGE_SIZE = 20


@dataclass
class SekmetServer:
    base_url: str
    token: str
    process: subprocess.Popen[bytes]
    log_path: Path

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "Content-Type": "application/fhir+json"}

    def load(self, resources: Iterable[Mapping[str, Any]]) -> None:
        """PUT every resource (with its id) in one transaction Bundle."""
        entries = [
            {"resource": dict(r), "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}}
            for r in resources
        ]
        bundle = {"resourceType": "Bundle", "type": "transaction", "entry": entries}
        response = requests.post(self.base_url, json=bundle, headers=self._headers(), timeout=30)
        if response.status_code != 200:
            raise RuntimeError(f"loading test data failed: {response.status_code} {response.text[:2000]}")

    def get(self, path: str, **params: str) -> dict[str, Any]:
        """A direct read by the test (not through the code under test)."""
        response = requests.get(f"{self.base_url}/{path}", params=params, headers=self._headers(), timeout=10)
        response.raise_for_status()
        body: dict[str, Any] = response.json()
        return body

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)


def _sekmet_command() -> list[str]:
    beside_python = Path(sys.executable).parent / "sekmet"
    found = str(beside_python) if beside_python.exists() else shutil.which("sekmet")
    if not found:
        raise RuntimeError("the sekmet command (pip install sekmet-fhir) is not installed")
    return [found]


def start_sekmet(workdir: Path, *, token: str | None = None, ready_seconds: float = 30.0) -> SekmetServer:
    """Start sekmet in ``workdir`` (its cwd: it writes keys/ and data/ there); retry once on a port race."""
    last_error = ""
    for _attempt in range(3):
        port = free_port()
        base_url = f"http://127.0.0.1:{port}/fhir"
        token = token or secrets.token_urlsafe(24)
        data_dir = workdir / f"data-{port}"
        data_dir.mkdir(parents=True)
        settings = workdir / f"settings-{port}.yaml"
        settings.write_text(
            f"base_url: {base_url}\n"
            "host: 127.0.0.1\n"
            f"port: {port}\n"
            f"data_dir: {data_dir}\n"
            "log_inbound: false\n"
            "simulator:\n  enabled: false\n"
            "server_auth:\n  types: [bearer]\n"
            f"  tokens: [{token}]\n"
        )
        log_path = workdir / f"sekmet-{port}.log"
        with log_path.open("wb") as log_file:
            process = subprocess.Popen(
                [*_sekmet_command(), "serve", "--config", str(settings), "--host", "127.0.0.1", "--port", str(port)],
                cwd=workdir,
                stdout=log_file,
                stderr=subprocess.STDOUT,
            )
        server = SekmetServer(base_url, token, process, log_path)
        deadline = time.monotonic() + ready_seconds
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if requests.get(f"{base_url}/metadata", timeout=1).status_code == 200:
                    return server
            except requests.RequestException:
                pass
            time.sleep(0.1)
        server.stop()
        last_error = log_path.read_text(errors="replace")[-2000:]
    raise RuntimeError(f"sekmet did not start:\n{last_error}")
