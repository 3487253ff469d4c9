"""Subcommands for integrators and operators: ``examples``, ``check``, ``feedback-report`` and ``--version``.

``cli`` registers them (``add_to``); the work is done in ``examples``, ``checks`` and ``report``.
Everything a command prints for a pipe (a request for ``curl -d @-``, a report as JSON or CSV) goes to
stdout; what it says about itself (which database it read, what it loaded) goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tomllib
from datetime import date
from importlib import metadata
from typing import Any

from .config import Settings, default_knowledge_dir

PACKAGE = "cds-service"
PROG = "cds-service"


def version_text() -> str:
    """``cds-service 0.1.0 (knowledge 2026.1)``: the installed package and the shipped knowledge."""
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        version = "(not installed)"
    try:
        with (default_knowledge_dir() / "cards" / "_catalog.toml").open("rb") as handle:
            knowledge = str(tomllib.load(handle).get("knowledge_version", "unknown"))
    except (OSError, tomllib.TOMLDecodeError):
        knowledge = "unreadable"
    return f"{PROG} {version} (knowledge {knowledge})"


def add_to(parser: argparse.ArgumentParser, commands: Any) -> None:
    """Register ``--version``, ``examples``, ``check`` and ``feedback-report`` on the main parser."""
    parser.add_argument("--version", action="version", version=version_text())
    _add_examples(commands)
    _add_check(commands)
    _add_feedback_report(commands)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {text!r}") from None


# --- examples -------------------------------------------------------------------------------------------


def _add_examples(commands: Any) -> None:
    examples = commands.add_parser(
        "examples",
        help="the example patients: list them, print a hook request, load them into a FHIR server",
        description=(
            "One example patient per card id. Requests and Bundles are dated relative to today in the clinic's "
            "time zone (CDS_TIMEZONE), so durations and ages stay as intended on any day."
        ),
    )
    sub = examples.add_subparsers(dest="examples_command", required=True)

    listing = sub.add_parser("list", help="each example: id, what it shows, the cards it raises")
    listing.set_defaults(run=_examples_list)

    request = sub.add_parser(
        "request",
        help="print an example's hook request on stdout (pipe it to curl -d @-)",
        description="Print the example's CDS Hooks request, dated for today, with a fresh hookInstance.",
    )
    request.add_argument("id", help="the example id (see: cds-service examples list)")
    request.add_argument("--today", type=_iso_date, help="date the request for this day YYYY-MM-DD (default: today)")
    request.add_argument(
        "--fhir-server", metavar="URL",
        help="send no prefetch: fhirServer is URL and the patient is the one 'examples load' put there",
    )
    request.add_argument(
        "--fhir-token", metavar="TOKEN",
        help="with --fhir-server: a bearer token the service presents to it (write --fhir-token=T if T starts with -)",
    )
    request.set_defaults(run=_examples_request)

    load = sub.add_parser(
        "load",
        help="load the example patients into a FHIR R4 server (transaction Bundles)",
        description="POST each example patient, dated for today, as a transaction Bundle to the FHIR server.",
    )
    load.add_argument("--fhir-server", metavar="URL", required=True, help="the FHIR server's base URL")
    # --token was the first spelling; both commands now take --fhir-token (same name, same meaning).
    load.add_argument(
        "--fhir-token", "--token", dest="token", metavar="TOKEN",
        help="bearer token for the FHIR server (write --fhir-token=T if T starts with -)",
    )
    load.add_argument("--today", type=_iso_date, help="date the patients for this day YYYY-MM-DD (default: today)")
    load.add_argument("ids", nargs="*", metavar="ID", help="only these examples (default: all)")
    load.set_defaults(run=_examples_load)


def _today(args: argparse.Namespace) -> date:
    if args.today is not None:
        today: date = args.today
        return today
    from .pipeline import clinical_today

    return clinical_today(Settings.load())


def _examples_list(args: argparse.Namespace) -> int:
    from . import examples

    entries = examples.load_index()
    width = max(len(e.card_id) for e in entries)
    for entry in entries:
        print(f"{entry.card_id.ljust(width)}  {entry.description}  -> {', '.join(entry.expected_cards)}")
    return 0


def _examples_request(args: argparse.Namespace) -> int:
    from . import examples

    try:
        example = examples.find(examples.load_index(), args.id)
        request = examples.request_for(
            example, _today(args), fhir_server=args.fhir_server, fhir_token=args.fhir_token
        )
    except examples.ExampleError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(request, ensure_ascii=False, indent=2))
    return 0


def _examples_load(args: argparse.Namespace) -> int:
    from . import examples

    today = _today(args)
    try:
        index = examples.load_index()
        chosen = [examples.find(index, i) for i in args.ids] if args.ids else list(index)
        loaded = examples.load_into(
            args.fhir_server, ((e, examples.bundle_for(e, today)) for e in chosen), token=args.token
        )
    except examples.ExampleError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    for item in loaded:
        print(f"loaded {item.example.card_id}: Patient/{item.example.patient_id} ({item.resources} resources)")
    print(
        f"{len(loaded)} example patient(s) loaded into {args.fhir_server.rstrip('/')}, dated for {today}. "
        f"A hook call that reads one: {PROG} examples request {loaded[0].example.card_id} "
        f"--fhir-server {args.fhir_server.rstrip('/')}" if loaded else "nothing to load",
        file=sys.stderr,
    )
    return 0


# --- check ----------------------------------------------------------------------------------------------


def _add_check(commands: Any) -> None:
    check = commands.add_parser(
        "check",
        help="check the configuration, trusted issuers, knowledge and database; non-zero exit on a problem",
        description=(
            "Check what the service would start with, without starting it or writing anything: the CDS_* "
            "settings, the trusted-issuer file, the knowledge files and the database. Exit status 1 on a problem."
        ),
    )
    check.set_defaults(run=_check)


def _check(args: argparse.Namespace) -> int:
    from . import checks

    found = checks.run_checks()
    print(checks.render(found), end="")
    return 1 if any(check.status == checks.PROBLEM for check in found) else 0


# --- feedback-report ------------------------------------------------------------------------------------


def _add_feedback_report(commands: Any) -> None:
    report = commands.add_parser(
        "feedback-report",
        help="how clinicians acted on each card",
        description=(
            "Per card: how often shown, accepted and overridden, and the top override reasons, read from "
            "CDS_DATABASE_URL (the command says which database it read)."
        ),
    )
    report.add_argument("--since", type=_iso_date, help="only feedback from this date YYYY-MM-DD")
    report.add_argument("--format", choices=("table", "json", "csv"), default="table", help="output format")
    report.set_defaults(run=_feedback_report)


def _feedback_report(args: argparse.Namespace) -> int:
    from . import checks, report
    from .cards import CardCatalog
    from .persistence import Store, StoreUnavailable

    settings = Settings.load()
    url = settings.CDS_DATABASE_URL
    implicit = "CDS_DATABASE_URL" not in os.environ
    try:
        path = checks.sqlite_file(url)
    except ValueError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 2
    if path is not None and not path.exists():
        if implicit:
            print(
                f"{PROG}: no database in this folder: CDS_DATABASE_URL is not set, so the default "
                f"{url} means {path}, which does not exist. The service writes that file in the folder it "
                "was started from: run the report there, or set CDS_DATABASE_URL to the service's database "
                f"(for a file: sqlite:////absolute/path/{path.name}).",
                file=sys.stderr,
            )
        else:
            print(f"{PROG}: the database file {path} does not exist (CDS_DATABASE_URL={url})", file=sys.stderr)
        return 2
    where = checks.describe_database(url)
    store = Store.from_settings(settings)
    try:
        store.upgrade()
        catalog = CardCatalog.load(settings.knowledge_dir)
        built = report.build(store, args.since, displays=report.reason_displays(catalog, settings.CDS_LOCALE))
        text = report.render(built, args.format)
    except StoreUnavailable:
        print(f"{PROG}: the database is unavailable: {where} (CDS_DATABASE_URL)", file=sys.stderr)
        return 2
    finally:
        store.dispose()
    print(f"{PROG}: feedback report from {where}", file=sys.stderr)
    print(text, end="")
    return 0
