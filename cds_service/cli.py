"""The cds-service command: serve, evaluate, examples, check and feedback-report."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import os
import shutil
import socket
import sys
import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .config import Settings
from .errors import ApiError, ConfigurationError, KnowledgeError

if TYPE_CHECKING:
    from flask import Flask


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cds-service", description=__doc__)  # plain text: shown by --help
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the service under gunicorn")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    serve.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    serve.add_argument("--threads", type=int, default=2, help="threads per worker (default 2)")
    serve.add_argument(
        "--worker-class",
        choices=("buffered", "sync"),
        default="buffered",
        help="buffered (default): requests read whole without a thread, so slow clients cannot starve the "
        "service; sync: gunicorn's sync workers, only behind a proxy that buffers requests",
    )
    serve.set_defaults(run=_serve)

    evaluate = commands.add_parser("evaluate", help="run one hook request offline and print the response")
    evaluate.add_argument("request", type=Path, help="a CDS Hooks request JSON file ('-' for stdin)")
    evaluate.add_argument("--today", type=date.fromisoformat, help="evaluation date YYYY-MM-DD")
    evaluate.add_argument("--locale", choices=("nb", "en"), help="card language (default CDS_LOCALE)")
    evaluate.set_defaults(run=_evaluate)

    from . import commands as integrator_commands

    integrator_commands.add_to(parser, commands)  # --version, examples, check, feedback-report

    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except (ConfigurationError, KnowledgeError) as exc:
        print(f"cds-service: cannot start: {exc}", file=sys.stderr)
        return 2


def is_loopback(host: str) -> bool:
    """A loopback literal, or a name that resolves only to loopback addresses."""
    from .security import is_loopback_host

    if is_loopback_host(host):
        return True
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except OSError:
        return False
    return bool(addresses) and all(is_loopback_host(str(address)) for address in addresses)


def _serve(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if not settings.auth_enabled and not is_loopback(args.host):
        raise ConfigurationError(
            f"CDS_AUTH=off is allowed only on a loopback address, not {args.host!r}: "
            "configure CDS_TRUSTED_ISSUERS_FILE and run with CDS_AUTH=jwt"
        )

    # The port first: a busy one must stop the command before anything says the service is ready.
    listener = bind_listener(args.host, args.port)

    from . import create_app, metrics, serving

    # Before any worker exists: every worker then counts into this directory, removed when serving ends.
    metrics_dir = tempfile.mkdtemp(prefix="cds-service-metrics-")
    master_pid = os.getpid()
    metrics.enable_multiprocess(metrics_dir)
    try:
        try:
            # Fail fast, in the parent, on bad settings or knowledge. This also migrates the database,
            # once, before any worker exists: each worker's create_app then finds the schema current and
            # only reads it (two workers migrating a new SQLite file at once used to see "database is
            # locked"). An unreachable database is not fatal here either: each worker tries again and then on first use.
            app = create_app()
        except BaseException:
            listener.close()
            raise
        # The master serves nothing: close its connections, so no worker inherits an open SQLite file
        # (closing a copy in a child can drop that child's own locks on the file) or a PostgreSQL socket.
        _dispose_store(app)
        logging.getLogger("cds_service.cli").info(
            "listening on http://%s:%d/cds-services", args.host, args.port,
            extra={"host": args.host, "port": args.port, "workers": args.workers},
        )
        serving.run(
            host=args.host, port=args.port, workers=args.workers, threads=args.threads,
            worker_class=args.worker_class, listen_fd=listener.detach(),
        )
    finally:
        # A gunicorn worker leaves through SystemExit up this same stack (it is a fork of this process):
        # only the master removes the directory, or one worker's exit would take the others' counts.
        if os.getpid() == master_pid:
            shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def _dispose_store(app: Flask) -> None:
    from .state import state_of

    store = state_of(app).store
    if store is not None:
        store.dispose()


def bind_listener(host: str, port: int) -> socket.socket:
    """The listening socket gunicorn then serves on (``fd://``), bound here so a port in use is one clear
    message and a non-zero exit: gunicorn itself would retry five times and log each try."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise ConfigurationError(f"--host {host!r} is not an address this machine has: {exc.strerror}") from None
    listener = socket.socket(family, kind, proto)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as gunicorn: a restart is not blocked
    try:
        listener.bind(address)
    except OSError as exc:
        listener.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigurationError(
                f"port {port} on {host} is in use by another program; stop it or choose another with --port"
            ) from None
        raise ConfigurationError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    return listener


def _evaluate(args: argparse.Namespace) -> int:
    from . import pipeline
    from .hook_request import PATIENT_VIEW, parse_hook_request
    from .knowledge import load_knowledge

    settings = Settings.load()
    text = sys.stdin.read() if str(args.request) == "-" else args.request.read_text(encoding="utf-8")
    try:
        body = json.loads(text)
        request = parse_hook_request(body, expected_hook=PATIENT_VIEW, allow_http_fhir=settings.CDS_FHIR_ALLOW_HTTP)
        knowledge = load_knowledge(settings.knowledge_dir)
        result = pipeline.run_hook(
            request,
            knowledge,
            settings,
            today=args.today or pipeline.clinical_today(settings),
            locale=args.locale or settings.CDS_LOCALE,
            links_base_url=settings.CDS_PUBLIC_BASE_URL or None,
        )
    except json.JSONDecodeError as exc:
        print(f"cds-service: {args.request} is not JSON: {exc}", file=sys.stderr)
        return 1
    except ApiError as exc:
        print(json.dumps({"status": exc.status, **exc.body()}, ensure_ascii=False, indent=2))
        return 1
    print(json.dumps(result.response, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
