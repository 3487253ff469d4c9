"""How ``cds-service serve`` runs the app: gunicorn with a worker that reads every request whole before a
thread sees it, so slow or idle clients cannot starve the service (issue 10).

Why a worker of our own. gunicorn's sync worker gives each connection a whole process until the request
is read (two clients sending headers at 1 byte/s left ``/healthz`` unanswered for 33 s), and its gthread
worker a whole thread (a thread per slow client; gunicorn has no header or body read timeout). Here the
worker's main thread, which already waits on every socket with a selector, also *reads* them: it buffers
each request without blocking until the head and the whole body are in (``Content-Length`` or chunked),
then hands the complete bytes to the thread pool, where gunicorn's parser and the WSGI app run on memory.
A thread is never waiting on a client, so a handful of threads keep the throughput of the sync workers.

Limits while a request is read (all answered with a JSON body, as the app's own errors are):
- the head must arrive within ``CDS_CLIENT_HEADER_TIMEOUT_SECONDS`` and be at most 64 KiB (431 above;
  gunicorn's own request-line and header limits then apply: 414, 431, 400);
- the body within ``CDS_CLIENT_BODY_TIMEOUT_SECONDS`` of the head (408 after either timeout);
- a body over ``CDS_MAX_BODY_BYTES`` is refused with 413 as soon as that is known, however it is framed:
  by its Content-Length, or by the chunk sizes announced so far;
- ambiguous framing (Content-Length with Transfer-Encoding, two Content-Lengths, a coding that does not end
  in chunked, chunked HTTP/1.0) is a 400, an unknown coding a 501, before any thread is involved;
- at most ``CDS_WORKER_CONNECTIONS`` connections per worker (further ones wait in the listen queue) and
  at most ``MAX_BUFFERED_BYTES`` of request bytes held per worker (503 to the connection that would pass
  it); an idle kept-alive connection is closed after ``CDS_KEEPALIVE_SECONDS``;
- ``Expect: 100-continue`` is answered by this stage, so a client waiting for it sends its body at once.

Answers are written by the thread with kernel send and receive timeouts (``SO_SNDTIMEO``/``SO_RCVTIMEO``,
``IO_TIMEOUT_SECONDS``) and a send buffer large enough for a card response, so a client that stops reading
holds a thread that long at most.

Shutdown (SIGTERM): the worker first accepts every connection already waiting in the listen queue, then
closes its listener (later connections are refused, not reset), and answers everything it holds with
``Connection: close`` within gunicorn's graceful timeout.

gunicorn's own protocol errors (a bad request line, oversized headers, a bad chunk) are JSON too: the
worker's ``handle_error`` writes ``{"error", "message"}`` and logs the error class only (a request line can
hold a patient id).
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import selectors
import socket
import struct
import time
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import Any

from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import TConn, ThreadWorker

from .config import Settings

log = logging.getLogger("cds_service.serving")

MAX_HEAD_BYTES = 64 * 1024
MAX_BUFFERED_BYTES = 256 * 1024 * 1024
"""Request bytes one worker holds at once (all connections together); beyond it a connection gets 503."""
IO_TIMEOUT_SECONDS = 10
SEND_BUFFER_BYTES = 512 * 1024
_RECV_BYTES = 256 * 1024
_MAX_CHUNK_LINE = 8 * 1024
_MAX_LENGTH_DIGITS = 18
_MAX_TRAILERS = 16 * 1024
_STOP_LINGER_SECONDS = 2.0
ACCEPT_PAUSE_SECONDS = 0.5
"""How long a worker stops accepting after accept() found no descriptor (or memory) for a connection."""
_OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
LINGER_SECONDS = 2.0
"""After an early refusal (413 while the body is still coming), what the client still sends is read and
dropped this long, so it sees the answer instead of a connection reset."""

_REASONS = {
    400: ("Bad Request", "bad_request"),
    403: ("Forbidden", "forbidden"),
    408: ("Request Timeout", "request_timeout"),
    413: ("Content Too Large", "payload_too_large"),
    414: ("URI Too Long", "uri_too_long"),
    417: ("Expectation Failed", "expectation_failed"),
    431: ("Request Header Fields Too Large", "header_fields_too_large"),
    500: ("Internal Server Error", "internal_error"),
    501: ("Not Implemented", "not_implemented"),
    503: ("Service Unavailable", "service_unavailable"),
}


def error_response(status: int, message: str) -> bytes:
    """A complete HTTP/1.1 answer with the service's JSON error body, closing the connection."""
    reason, error = _REASONS.get(status, ("Error", "error"))
    body = json.dumps({"error": error, "message": message}, ensure_ascii=False).encode("utf-8")
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n"
    )
    return head.encode("latin-1") + body


class FramingError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Framing:
    """How the body of one request is delimited, read from its head."""

    content_length: int | None = None
    chunked: bool = False
    expect_continue: bool = False
    head: bytes = b""
    """The head to hand on (an ``Expect: 100-continue`` line taken out once answered here)."""


def read_framing(head: bytes, *, max_body: int) -> Framing:
    """Framing of a request whose head (without the final blank line) is ``head``; ``FramingError`` for
    framing gunicorn's parser would refuse too, or a declared length over ``max_body``. The rules are
    gunicorn's (``Request.set_body_reader``), so both read the same request boundaries."""
    lines = head.split(b"\r\n")
    request_line = lines[0]
    version_11 = not request_line.endswith(b"HTTP/1.0")
    framing = Framing()
    lengths: list[bytes] = []
    codings: list[bytes] = []
    kept = [request_line]
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            raise FramingError(400, "obsolete header line folding is not accepted")
        name, sep, value = line.partition(b":")
        if not sep:
            raise FramingError(400, "a header line has no colon")
        lowered = name.strip().lower()
        value = value.strip(b" \t")
        if lowered == b"content-length":
            lengths.append(value)
        elif lowered == b"transfer-encoding":
            codings.extend(v.strip(b" \t").lower() for v in value.split(b","))
        elif lowered == b"expect" and value.lower() == b"100-continue":
            framing.expect_continue = True
            continue
        kept.append(line)
    if codings:
        chunked_count = codings.count(b"chunked")
        for coding in codings:
            if coding not in (b"chunked", b"identity", b"gzip", b"deflate", b"compress"):
                raise FramingError(501, "the request's Transfer-Encoding is not supported")
        if chunked_count != 1 or codings[-1] != b"chunked" or b"identity" in codings:
            raise FramingError(400, "Transfer-Encoding must end in chunked, once")
        if not version_11:
            raise FramingError(400, "chunked bodies need HTTP/1.1")
        if lengths:
            raise FramingError(400, "Content-Length together with Transfer-Encoding is ambiguous")
        framing.chunked = True
    elif lengths:
        if len(lengths) > 1:
            raise FramingError(400, "more than one Content-Length")
        if not lengths[0].isdigit() or not lengths[0].isascii():
            raise FramingError(400, "Content-Length is not a number")
        if len(lengths[0]) > _MAX_LENGTH_DIGITS:
            # int() refuses more than 4,300 digits with a ValueError, here outside every handler (the
            # worker would die); no body this service takes needs more than a few digits.
            raise FramingError(400, f"Content-Length has more than {_MAX_LENGTH_DIGITS} digits")
        framing.content_length = int(lengths[0])
        if framing.content_length > max_body:
            raise FramingError(413, f"the body is larger than the limit of {max_body} bytes (CDS_MAX_BODY_BYTES)")
    framing.head = b"\r\n".join(kept) if framing.expect_continue else head
    return framing


@dataclass
class _Reading:
    """What the buffering stage knows about the request being read on one connection."""

    buffer: bytearray
    deadline: float
    head_end: int | None = None
    head_scan: int = 0
    """Where the search for the head's blank line resumes (everything before it was searched already)."""
    framing: Framing | None = None
    chunk_pos: int = 0
    decoded: int = 0
    answered_continue: bool = False


def head_end(reading: _Reading) -> int | None:
    """Index of the blank line that ends the head in ``reading.buffer``, or None while it has not come. The
    search resumes where the last one stopped (3 bytes back, for a CRLFCRLF split across reads): a head
    sent a byte at a time is otherwise searched from its start on every byte, 2 GB of scanning for 64 KiB."""
    end = reading.buffer.find(b"\r\n\r\n", reading.head_scan)
    if end < 0:
        reading.head_scan = max(0, len(reading.buffer) - 3)
        return None
    return end


def chunked_end(buffer: bytes | bytearray, reading: _Reading, *, max_body: int) -> int | None:
    """Where a chunked body starting at ``reading.chunk_pos`` ends (index after the trailers), or None while
    incomplete. Progress over complete chunks is kept in ``reading``; ``FramingError`` for a bad chunk line
    or a body over ``max_body`` (known from the chunk sizes, before the data arrives)."""
    pos = reading.chunk_pos
    while True:
        line_end = buffer.find(b"\r\n", pos)
        if line_end < 0:
            if len(buffer) - pos > _MAX_CHUNK_LINE:
                raise FramingError(400, "a chunk-size line is too long")
            return None
        line = bytes(buffer[pos:line_end])
        size_text, _, extension = line.partition(b";")
        if extension or b";" in line:
            if b"\r" in extension:
                raise FramingError(400, "a chunk extension holds a bare CR")
            size_text = size_text.rstrip(b" \t")
        if not size_text or len(size_text) > 16 or any(c not in b"0123456789abcdefABCDEF" for c in size_text):
            raise FramingError(400, "a chunk size is not a hexadecimal number")
        size = int(size_text, 16)
        if size == 0:
            after = line_end + 2
            if len(buffer) < after + 2:
                return None
            if buffer[after : after + 2] == b"\r\n":
                return after + 2
            trailers_end = buffer.find(b"\r\n\r\n", after)
            if trailers_end < 0:
                if len(buffer) - after > _MAX_TRAILERS:
                    raise FramingError(431, "the trailer section is too large")
                return None
            return trailers_end + 4
        if reading.decoded + size > max_body:
            raise FramingError(413, f"the body is larger than the limit of {max_body} bytes (CDS_MAX_BODY_BYTES)")
        data_end = line_end + 2 + size
        if len(buffer) < data_end + 2:
            return None
        if buffer[data_end : data_end + 2] != b"\r\n":
            raise FramingError(400, "a chunk does not end with CRLF")
        pos = data_end + 2
        reading.chunk_pos = pos
        reading.decoded += size


def _set_io_timeouts(sock: socket.socket, seconds: float) -> None:
    """Kernel send/receive timeouts: they hold on a blocking socket too (gunicorn's threads use those)."""
    timeval = struct.pack("ll", int(seconds), int((seconds % 1) * 1_000_000))
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDTIMEO, timeval)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVTIMEO, timeval)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER_BYTES)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    except OSError:
        pass


class BufferedThreadWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's gthread worker with a non-blocking request-buffering stage in its main thread."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = Settings.load()
        self._header_timeout = float(settings.CDS_CLIENT_HEADER_TIMEOUT_SECONDS)
        self._body_timeout = float(settings.CDS_CLIENT_BODY_TIMEOUT_SECONDS)
        self._max_body = settings.CDS_MAX_BODY_BYTES
        self._reading: dict[Any, _Reading] = {}
        self._leftover: dict[Any, bytes] = {}
        self._lingering: dict[Any, float] = {}
        self._inline = self.cfg.threads <= 1
        self._buffered_bytes = 0
        self._drained = False
        self._accept_paused_until = 0.0
        self.accept_pauses = 0

    @classmethod
    def check_config(cls, cfg: Any, log: Any) -> None:
        super().check_config(cfg, log)
        if cfg.is_ssl:
            raise RuntimeError("BufferedThreadWorker serves plain HTTP: terminate TLS in front of the service")

    # -- connections in -----------------------------------------------------------------------------
    def accept(self, listener: Any) -> None:
        try:
            client_sock, client_addr = listener.accept()
        except OSError as exc:
            if exc.errno in _OUT_OF_RESOURCES:
                self._pause_accepting(exc)
            elif exc.errno not in (errno.EAGAIN, errno.ECONNABORTED, errno.EWOULDBLOCK):
                raise
            return
        self.nr_conns += 1
        _set_io_timeouts(client_sock, IO_TIMEOUT_SECONDS)
        conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())  # non-blocking
        self._start_reading(conn, b"")

    def on_client_socket_readable(self, conn: Any, client: Any) -> None:
        """A kept-alive connection has the start of its next request: read it in the buffering stage."""
        self.poller.unregister(client)
        self.keepalived_conns.remove(conn)
        self._start_reading(conn, self._leftover.pop(conn, b""))

    def _start_reading(self, conn: Any, initial: bytes) -> None:
        conn.sock.setblocking(False)
        reading = _Reading(bytearray(initial), time.monotonic() + self._header_timeout)
        if not self.alive and not initial:
            reading.deadline = min(reading.deadline, time.monotonic() + _STOP_LINGER_SECONDS)
        self._reading[conn] = reading
        self._buffered_bytes += len(initial)
        self.poller.register(conn.sock, selectors.EVENT_READ, partial(self._on_readable, conn))
        if initial:
            self._advance(conn, reading)

    def _on_readable(self, conn: Any, client: Any) -> None:
        reading = self._reading.get(conn)
        if reading is None:
            return
        try:
            data = conn.sock.recv(_RECV_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            self._drop(conn)
            return
        if not data:
            self._drop(conn)  # the client went away (or closed an idle kept-alive connection)
            return
        if self._buffered_bytes + len(data) > MAX_BUFFERED_BYTES:
            self._refuse(conn, 503, "the service is reading too many requests at once; retry shortly")
            return
        reading.buffer += data
        self._buffered_bytes += len(data)
        self._advance(conn, reading)

    def _advance(self, conn: Any, reading: _Reading) -> None:
        buffer = reading.buffer
        try:
            if reading.framing is None:
                end = head_end(reading)
                if end is None:
                    if len(buffer) > MAX_HEAD_BYTES:
                        raise FramingError(431, f"the request head is larger than {MAX_HEAD_BYTES} bytes")
                    return
                if end > MAX_HEAD_BYTES:
                    raise FramingError(431, f"the request head is larger than {MAX_HEAD_BYTES} bytes")
                reading.framing = read_framing(bytes(buffer[:end]), max_body=self._max_body)
                reading.head_end = end + 4
                reading.chunk_pos = end + 4
                reading.deadline = time.monotonic() + self._body_timeout
            framing = reading.framing
            assert reading.head_end is not None
            if framing.chunked:
                complete_at = chunked_end(buffer, reading, max_body=self._max_body)
            else:
                body_end = reading.head_end + (framing.content_length or 0)
                complete_at = body_end if len(buffer) >= body_end else None
        except FramingError as exc:
            self._refuse(conn, exc.status, exc.message)
            return
        if complete_at is None:
            if framing.expect_continue and not reading.answered_continue:
                reading.answered_continue = True
                self._send_quietly(conn, b"HTTP/1.1 100 Continue\r\n\r\n")
            return
        request = framing.head + b"\r\n\r\n" + bytes(buffer[reading.head_end : complete_at])
        leftover = bytes(buffer[complete_at:])
        self._forget(conn)
        self.poller.unregister(conn.sock)
        if leftover:
            self._leftover[conn] = leftover
        if not conn.initialized:
            conn.init()  # plain HTTP/1.x (check_config): creates the parser, no I/O
        conn.parser.unreader.unread(request)
        conn.data_ready = True
        if self._inline:
            # The request is complete and CPU-bound: answering it here costs no thread hand-off and no
            # contention for the interpreter lock with the thread that polls (the sync workers' speed).
            done: Future[Any] = Future()
            done.set_result(self.handle(conn))
            self.finish_request(conn, done)
        else:
            self.enqueue_req(conn)

    # -- a request done: back to reading ---------------------------------------------------------------
    def finish_request(self, conn: Any, fs: Any) -> None:
        super().finish_request(conn, fs)
        if conn in self._leftover and conn in self.keepalived_conns:
            # The client pipelined its next request: it is already here, the socket will not signal it.
            # Taken up from the event loop, not from here: with one thread the request is answered inline,
            # and each pipelined request would be answered inside the previous one's completion, a stack
            # level each (a few hundred in one packet overflowed the stack).
            self.method_queue.defer(self._resume_pipelined, conn)
        elif conn not in self.keepalived_conns:
            self._leftover.pop(conn, None)

    def _resume_pipelined(self, conn: Any) -> None:
        if conn in self._leftover and conn in self.keepalived_conns:
            self.on_client_socket_readable(conn, conn.sock)
        elif conn.sock.fileno() < 0:  # closed meanwhile (kept-alive timeout, stop): nothing to resume
            self._leftover.pop(conn, None)

    def handle(self, conn: Any) -> Any:
        conn.data_ready = True  # the whole request is in the parser's buffer: no waiting for data
        return super().handle(conn)

    # -- deadlines, refusals --------------------------------------------------------------------------
    def murder_pending(self) -> None:
        super().murder_pending()
        now = time.monotonic()
        for conn, until in list(self._lingering.items()):
            if until <= now:
                self._close_lingering(conn)
        for conn, reading in list(self._reading.items()):
            if reading.deadline <= now:
                if reading.buffer:
                    self._refuse(conn, 408, "the request was not received in time")
                else:
                    self._drop(conn)  # nothing sent: close quietly

    def _refuse(self, conn: Any, status: int, message: str) -> None:
        """Answer ``status`` and close; the close lingers (input read and dropped) so the answer arrives."""
        log.warning("request refused while reading it", extra={"status": status, "reason": message[:120]})
        self._send_quietly(conn, error_response(status, message))
        if conn not in self._reading:
            self._drop(conn)
            return
        self._forget(conn)
        self._leftover.pop(conn, None)
        try:
            conn.sock.shutdown(socket.SHUT_WR)
            self.poller.modify(conn.sock, selectors.EVENT_READ, partial(self._on_lingering_readable, conn))
        except (OSError, KeyError, ValueError):
            self._close_lingering(conn)
            return
        self._lingering[conn] = time.monotonic() + LINGER_SECONDS

    def _on_lingering_readable(self, conn: Any, client: Any) -> None:
        try:
            data = conn.sock.recv(_RECV_BYTES)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            self._close_lingering(conn)

    def _close_lingering(self, conn: Any) -> None:
        self._lingering.pop(conn, None)
        with contextlib.suppress(KeyError, ValueError, OSError):
            self.poller.unregister(conn.sock)
        self.nr_conns -= 1
        conn.close()

    def _send_quietly(self, conn: Any, data: bytes) -> None:
        with contextlib.suppress(OSError):
            conn.sock.send(data)  # non-blocking, best effort: small answers fit the socket buffer

    def _forget(self, conn: Any) -> None:
        reading = self._reading.pop(conn, None)
        if reading is not None:
            self._buffered_bytes -= len(reading.buffer)

    def _drop(self, conn: Any) -> None:
        if conn in self._reading:
            self._forget(conn)
            with contextlib.suppress(KeyError, ValueError, OSError):
                self.poller.unregister(conn.sock)
        self._leftover.pop(conn, None)
        self.nr_conns -= 1
        conn.close()

    def _pause_accepting(self, exc: OSError) -> None:
        """Out of descriptors (or kernel memory) for a new connection: gunicorn's accept re-raises this and the
        worker dies, dropping every connection it holds; a level-triggered listener that is simply skipped
        would spin the loop instead. The connection stays in the listen queue and the worker stops accepting
        for ``ACCEPT_PAUSE_SECONDS`` while the connections it has finish and free their descriptors."""
        if time.monotonic() >= self._accept_paused_until:
            log.warning(
                "cannot accept a connection (%s, %d open); pausing new connections for %.1fs",
                errno.errorcode.get(exc.errno or 0, "error"),
                self.nr_conns + len(self._reading),
                ACCEPT_PAUSE_SECONDS,
            )
        self._accept_paused_until = time.monotonic() + ACCEPT_PAUSE_SECONDS
        self.accept_pauses += 1
        super().set_accept_enabled(False)

    # -- shutdown ---------------------------------------------------------------------------------------
    def set_accept_enabled(self, enabled: bool) -> None:
        if not enabled and not self.alive and not self._drained:
            self._drain_listen_queue()
        if enabled and time.monotonic() < self._accept_paused_until:
            return  # gunicorn's loop asks again on every turn (at least once a second): resumed after the pause
        super().set_accept_enabled(enabled)

    def _drain_listen_queue(self) -> None:
        """Stopping: take every connection the kernel already accepted for us, then close the listeners,
        so a request sent before the stop is answered and one sent after it is refused, never reset."""
        self._drained = True
        for _ in range(2):  # a second pass narrows the window between the last accept and the close
            for listener in self.sockets:
                listener.setblocking(False)
                while True:
                    try:
                        client_sock, client_addr = listener.accept()
                    except (BlockingIOError, InterruptedError):
                        break
                    except OSError:
                        break
                    self.nr_conns += 1
                    _set_io_timeouts(client_sock, IO_TIMEOUT_SECONDS)
                    conn = TConn(self.cfg, client_sock, client_addr, listener.getsockname())
                    self._start_reading(conn, b"")
        accepting = bool(getattr(self, "_accepting", False))
        for listener in self.sockets:
            if accepting:
                with contextlib.suppress(KeyError, ValueError):
                    self.poller.unregister(listener)
            listener.close()
        self._accepting = False
        self.sockets: list[Any] = []
        for reading in self._reading.values():
            if not reading.buffer:  # nothing sent yet: a request that starts now is not waited for long
                reading.deadline = min(reading.deadline, time.monotonic() + _STOP_LINGER_SECONDS)

    # -- gunicorn's own protocol errors as JSON -----------------------------------------------------------
    def handle_error(self, req: Any, client: Any, addr: Any, exc: BaseException) -> None:
        status, message = protocol_error(exc)
        if status >= 500:
            log.error("error handling a request", extra={"error_type": type(exc).__name__, "status": status})
        else:
            log.warning(
                "request refused by the HTTP parser", extra={"error_type": type(exc).__name__, "status": status}
            )
        try:
            client.setblocking(False)
            client.send(error_response(status, message))
        except OSError:
            pass


def protocol_error(exc: BaseException) -> tuple[int, str]:
    """Status and a message without the offending bytes (a request line can hold a patient id)."""
    mapping: list[tuple[type[BaseException] | tuple[type[BaseException], ...], int, str]] = [
        ((http_errors.InvalidResponseHeader, http_errors.InvalidResponseHeaderName), 500, "the service failed"),
        (http_errors.LimitRequestLine, 414, "the request line is too long"),
        (http_errors.LimitRequestHeaders, 431, "the request headers are too large or too many"),
        (http_errors.ExpectationFailed, 417, "the Expect header cannot be met"),
        (http_errors.UnsupportedTransferCoding, 501, "the request's Transfer-Encoding is not supported"),
        (http_errors.ForbiddenProxyRequest, 403, "request forbidden"),
        (http_errors.ConfigurationProblem, 500, "the service is misconfigured"),
        (http_errors.InvalidRequestLine, 400, "the request line is not valid HTTP"),
        (http_errors.InvalidRequestMethod, 400, "the request method is not valid"),
        (http_errors.InvalidHTTPVersion, 400, "the HTTP version is not supported"),
        ((http_errors.InvalidHeader, http_errors.InvalidHeaderName, http_errors.ObsoleteFolding), 400,
         "a request header is not valid"),
        ((http_errors.InvalidChunkSize, http_errors.ChunkMissingTerminator, http_errors.InvalidChunkExtension), 400,
         "the chunked body is not valid"),
        ((http_errors.InvalidProxyLine, http_errors.InvalidProxyHeader, http_errors.InvalidSchemeHeaders), 400,
         "the request's proxy information is not valid"),
        (http_errors.InvalidH2CPreface, 400, "not an HTTP/2 connection preface"),
        (http_errors.ParseException, 400, "the request is not valid HTTP"),
    ]
    for kinds, status, message in mapping:
        if isinstance(exc, kinds):
            return status, message
    return 500, "the service failed; the incident is logged"


# --- the gunicorn application behind `cds-service serve` ---------------------------------------------
def run(
    *, host: str, port: int, workers: int, threads: int, worker_class: str = "buffered", listen_fd: int | None = None
) -> None:
    """Run gunicorn with ``BufferedThreadWorker`` (or, ``worker_class="sync"``, gunicorn's sync workers,
    for a deployment whose proxy buffers requests) until it is stopped (SIGTERM: graceful). ``listen_fd``:
    a socket already bound to ``host:port`` (``cds-service serve`` binds it first); gunicorn takes it over."""
    import gc

    from gunicorn.app.base import BaseApplication

    from . import create_app, logs, metrics

    settings = Settings.load()

    class _Gunicorn(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            self.cfg.set("bind", f"fd://{listen_fd}" if listen_fd is not None else f"{host}:{port}")
            self.cfg.set("workers", workers)
            if worker_class == "sync":
                self.cfg.set("worker_class", "sync")
            else:
                self.cfg.set("worker_class", "cds_service.serving.BufferedThreadWorker")
                self.cfg.set("threads", threads)
            self.cfg.set("worker_connections", settings.CDS_WORKER_CONNECTIONS)
            self.cfg.set("keepalive", settings.CDS_KEEPALIVE_SECONDS)
            self.cfg.set("backlog", 2048)
            self.cfg.set("accesslog", None)  # we log one JSON line per request ourselves
            self.cfg.set("timeout", 30)
            self.cfg.set("graceful_timeout", 10)
            self.cfg.set("proc_name", "cds-service")
            self.cfg.set("control_socket_disable", True)  # gunicorn 27: no shared control socket
            self.cfg.set("logconfig_dict", logs.gunicorn_log_config(settings.CDS_LOG_LEVEL))  # JSON lines too
            self.cfg.set("logger_class", logs.GunicornLogger)
            self.cfg.set("child_exit", metrics.on_worker_exit)

        def load(self) -> Any:
            app = create_app()
            # Knowledge and code are loaded for good: move them out of the collector's sight so a
            # large request does not pay for scanning them (measured: up to 40 ms at 5,000 resources).
            gc.collect()
            gc.freeze()
            return app

    _fast_log_records()
    _Gunicorn().run()


def _fast_log_records() -> None:
    """The logging HOWTO's optimisations (docs.python.org/3/howto/logging.html#optimization) for the process
    ``serve`` owns: a JSON line (logs.JsonFormatter) carries none of the caller's file, line, function, thread
    or process, so a record need not look them up (the frame walk is the dearest). Per access-log line
    (valgrind, 2,000 lines, JsonFormatter as now): 128,363 instructions with the look-ups, 102,341 without."""
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
