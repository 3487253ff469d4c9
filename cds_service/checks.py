"""``cds-service check``: what the service would start with, checked without starting it.

Five checks, each saying what it found: the configuration (the ``CDS_*`` settings), the trusted
issuers (the file behind ``CDS_TRUSTED_ISSUERS_FILE`` when authentication is on), the knowledge (value
sets, card templates, activity plans), the database (where it is, whether it answers, its schema
revision) and the build (pure Python or compiled, and no compiled module older than its source). A
problem in any of them makes the command exit non-zero. Nothing is written: a database that does not
exist yet is reported, not created, and no migration runs.

``describe_database`` and ``sqlite_file`` are shared with ``cds-service feedback-report``, which says
which database it read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from .config import Settings
from .errors import ConfigurationError, KnowledgeError

OK = "ok"
PROBLEM = "PROBLEM"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Check:
    name: str
    status: str
    """``ok``, ``PROBLEM`` or ``skipped``."""
    found: str
    """What was found, in one or a few lines (never a secret: passwords and tokens are left out)."""


def run_checks(environ: Mapping[str, str] | None = None) -> list[Check]:
    environ = os.environ if environ is None else environ
    try:
        settings = Settings.load(environ=environ)
    except ConfigurationError as exc:
        skipped = "not checked: the configuration is invalid"
        return [
            Check("configuration", PROBLEM, str(exc)),
            *(Check(name, SKIPPED, skipped) for name in ("trusted issuers", "knowledge", "database")),
            _guarded("build", _check_build),
        ]
    return [
        Check("configuration", OK, _configuration_text(settings)),
        _guarded("trusted issuers", lambda: _check_issuers(settings)),
        _guarded("knowledge", lambda: _check_knowledge(settings)),
        _guarded("database", lambda: _check_database(settings, implicit="CDS_DATABASE_URL" not in environ)),
        _guarded("build", _check_build),
    ]


def render(checks: list[Check]) -> str:
    width = max(len(check.name) for check in checks)
    lines = []
    for check in checks:
        first, *rest = check.found.splitlines() or [""]
        lines.append(f"{check.name.ljust(width)}  {check.status:<7}  {first}")
        lines.extend(f"{'':{width}}  {'':7}  {line}" for line in rest)
    problems = sum(check.status == PROBLEM for check in checks)
    lines.append("all checks passed" if not problems else f"{problems} problem(s) found")
    return "\n".join(lines) + "\n"


def _check_build() -> tuple[str, str]:
    from . import build_info

    problem = build_info.stale_problem()
    if problem is not None:
        return PROBLEM, problem
    compiled = build_info.compiled_modules()
    return OK, f"compiled (mypyc): {len(compiled)} modules" if compiled else "pure Python"


def _guarded(name: str, check: Callable[[], tuple[str, str]]) -> Check:
    try:
        status, found = check()
    except (ConfigurationError, KnowledgeError, ValueError, OSError) as exc:
        return Check(name, PROBLEM, str(exc))
    return Check(name, status, found)


def _configuration_text(settings: Settings) -> str:
    auth = (
        "CDS_AUTH=jwt (every call needs a JWT from a trusted issuer)"
        if settings.auth_enabled
        else "CDS_AUTH=off (no authentication; serve binds loopback addresses only)"
    )
    base = settings.CDS_PUBLIC_BASE_URL or "unset (the JWT aud and the card links use the URL each request came to)"
    return "\n".join(
        [
            auth,
            f"CDS_PUBLIC_BASE_URL: {base}",
            f"CDS_TIMEZONE={settings.CDS_TIMEZONE}, CDS_LOCALE={settings.CDS_LOCALE}, "
            f"CDS_CORS_ORIGINS={','.join(settings.CDS_CORS_ORIGINS)}",
            "CDS_FHIR_ALLOW_HTTP=" + ("true (http FHIR servers accepted: local testing only)"
                                      if settings.CDS_FHIR_ALLOW_HTTP else "false (https FHIR servers only)"),
            "analytics: " + ("on (/analytics, token set)" if settings.CDS_ANALYTICS_ENABLED else "off"),
        ]
    )


def _check_issuers(settings: Settings) -> tuple[str, str]:
    from .security import load_trusted_issuers

    if not settings.auth_enabled:
        return SKIPPED, "authentication is off (CDS_AUTH=off): no trusted-issuer file is read"
    if not settings.CDS_TRUSTED_ISSUERS_FILE:
        return PROBLEM, (
            "CDS_AUTH=jwt needs CDS_TRUSTED_ISSUERS_FILE (copy config/trusted-issuers.example.json); "
            "for a loopback-only trial set CDS_AUTH=off"
        )
    path = Path(settings.CDS_TRUSTED_ISSUERS_FILE).resolve()
    issuers = load_trusted_issuers(path)
    if not issuers:
        return PROBLEM, f"{path}: no issuers; every call would be refused"
    lines = [f"{len(issuers)} issuer(s) from {path}:"]
    for issuer in issuers.values():
        if issuer.inline_keys is not None:
            keys = "key set inline"
        elif issuer.jwks_url:
            keys = f"key set from {issuer.jwks_url}"
        else:
            keys = f"jku under {', '.join(issuer.jku_prefixes)}"
        servers = ", ".join(issuer.fhir_servers) if issuer.fhir_servers else "none (prefetch only)"
        tenant = f"; tenant {issuer.tenant}" if issuer.tenant else ""
        lines.append(f"{issuer.issuer}: {keys}{tenant}; FHIR servers: {servers}")
    return OK, "\n".join(lines)


def _check_knowledge(settings: Settings) -> tuple[str, str]:
    from .knowledge import load_knowledge

    root = settings.knowledge_dir.resolve()
    knowledge = load_knowledge(root)
    return OK, (
        f"version {knowledge.version} from {root}: {len(knowledge.terminology.concept_names)} value-set concepts, "
        f"{len(knowledge.cards.card_ids)} card templates, {len(knowledge.plans.plans)} activity plans"
    )


# --- the database -------------------------------------------------------------------------------------


def sqlite_file(url: str) -> Path | None:
    """The absolute path of an SQLite file URL (relative paths are taken from the current folder);
    None for any other database. An in-memory SQLite URL raises ``ValueError``."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ValueError(f"CDS_DATABASE_URL is not a database URL: {exc}") from None
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file::memory:"):
        raise ValueError("CDS_DATABASE_URL names an in-memory SQLite database: it holds nothing between runs")
    return Path(database).expanduser().resolve()


def describe_database(url: str) -> str:
    """The database as a person needs to find it: the absolute file, or the URL without its password."""
    path = sqlite_file(url)
    if path is not None:
        return f"SQLite file {path}"
    from .persistence import normalise_database_url

    return make_url(normalise_database_url(url)).render_as_string(hide_password=True)


def _check_database(settings: Settings, *, implicit: bool) -> tuple[str, str]:
    url = settings.CDS_DATABASE_URL
    where = describe_database(url)
    if implicit:
        where += " (the default CDS_DATABASE_URL, relative to the current folder)"
    path = sqlite_file(url)
    if path is not None and not path.exists():
        if not path.parent.is_dir():
            return PROBLEM, f"{where}: the folder {path.parent} does not exist"
        if not os.access(path.parent, os.W_OK):
            return PROBLEM, f"{where}: the folder {path.parent} is not writable"
        return OK, f"{where}: does not exist yet; the service creates it at start-up"
    return _check_schema(url, where)


def _check_schema(url: str, where: str) -> tuple[str, str]:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy.exc import SQLAlchemyError

    from .persistence import MIGRATIONS_DIR, Store

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    head = scripts.get_current_head()
    store = Store(url)
    try:
        revision = store.current_revision()
    except SQLAlchemyError as exc:
        cause = getattr(exc, "orig", None) or exc
        first_line = (str(cause).splitlines() or [""])[0]
        return PROBLEM, f"{where}: cannot be reached ({type(cause).__name__}: {first_line})"
    finally:
        store.dispose()
    if revision is None:
        return OK, f"{where}: reachable, empty; the schema (revision {head}) is created at start-up"
    if revision == head:
        return OK, f"{where}: reachable, schema at the newest revision {head}"
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        return PROBLEM, (
            f"{where}: schema revision {revision} is unknown to this release (newest known: {head}); "
            "a newer release wrote it"
        )
    return OK, f"{where}: reachable, schema at revision {revision}; migrated to {head} at start-up"
