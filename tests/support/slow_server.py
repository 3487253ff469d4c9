"""A scriptable HTTP/1.1 server on a free loopback port, for what a real FHIR server will not do on demand.

Modes per route: answer at once, hang (accept the connection, read the request, never answer), trickle (send
the headers, then the body a few bytes at a time), or close the connection without an answer. Every request
is recorded (method, path, headers) so a test can check what the client sent, and to whom.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: bytes = b""
    headers: Mapping[str, str] = field(default_factory=dict)
    mode: str = "answer"
    """``answer``, ``hang``, ``trickle`` (body in ``trickle_bytes`` pieces every ``trickle_seconds``), ``close``."""
    trickle_bytes: int = 8
    trickle_seconds: float = 0.2

    @classmethod
    def json(cls, status: int, document: Any, **kwargs: Any) -> Reply:
        return cls(status, json.dumps(document).encode(), {"Content-Type": "application/fhir+json"}, **kwargs)


@dataclass(frozen=True)
class SeenRequest:
    method: str
    target: str
    headers: Mapping[str, str]


Router = Callable[[str, str], Reply]
"""(method, target with query) -> Reply."""


class StubServer:
    """``with StubServer(router) as server: server.base_url ...``; stopped (all sockets closed) on exit."""

    def __init__(self, router: Router) -> None:
        self._router = router
        self._stop = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)
        self.port: int = self._listener.getsockname()[1]
        self.requests: list[SeenRequest] = []
        self._lock = threading.Lock()
        self._connections: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="stub-accept", daemon=True)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def base_url(self) -> str:
        return f"{self.origin}/fhir"

    def __enter__(self) -> StubServer:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        self._acceptor.join(timeout=2)
        self._listener.close()
        with self._lock:
            for conn in self._connections:
                _close_quietly(conn)
        for thread in self._threads:
            thread.join(timeout=2)

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self._connections.append(conn)
            thread = threading.Thread(target=self._serve, args=(conn,), name="stub-conn", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        try:
            # Inside the try: stop() may close a connection accepted just before it, before this runs.
            conn.settimeout(0.1)
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    try:
                        data = conn.recv(65536)
                    except TimeoutError:
                        if self._stop.is_set():
                            return
                        continue
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                self.requests.append(SeenRequest(method, target, headers))
                reply = self._router(method, target)
                if not self._send(conn, reply):
                    return
        except OSError:
            return
        finally:
            _close_quietly(conn)

    def _send(self, conn: socket.socket, reply: Reply) -> bool:
        """Send the reply; False when the connection is done with."""
        if reply.mode == "hang":
            self._stop.wait()
            return False
        if reply.mode == "close":
            return False
        head = f"HTTP/1.1 {reply.status} Stub\r\nContent-Length: {len(reply.body)}\r\n"
        head += "".join(f"{k}: {v}\r\n" for k, v in reply.headers.items()) + "\r\n"
        conn.sendall(head.encode("latin-1"))
        if reply.mode == "trickle":
            for start in range(0, len(reply.body), reply.trickle_bytes):
                if self._stop.wait(reply.trickle_seconds):
                    return False
                conn.sendall(reply.body[start : start + reply.trickle_bytes])
            return True
        conn.sendall(reply.body)
        return True


def free_port() -> int:
    """A loopback port nobody listens on (bound once by the OS, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _close_quietly(conn: socket.socket) -> None:
    with contextlib.suppress(OSError):
        conn.close()
