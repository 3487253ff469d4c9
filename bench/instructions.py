"""Instructions per call of each step of the hook, counted by valgrind (issue 11): the same figure on every
run, however busy the shared machine is, so a change of a few percent can be seen where wall-clock and CPU
time vary by 25 % between two runs of the same code.

    python bench/instructions.py                         # this checkout, every step, the 50-resource request
    python bench/instructions.py --rev 0a941df           # the same steps at another commit, side by side
    python bench/instructions.py --steps facts,render --size 500 --calls 20
    python bench/instructions.py --rev 0a941df --output docs/instructions.md
    python bench/instructions.py --rev HEAD              # with the compiled build here: pure beside compiled

Each step runs ``--calls`` times in a child process under ``valgrind --tool=callgrind`` with instrumentation
off while the child starts and builds its inputs, switched on (``callgrind_control``) only around the
measured loop; hash randomisation is off (``PYTHONHASHSEED=0``). Instructions are not seconds (a cache miss
costs more than an addition), but on one machine fewer instructions for the same work is faster work.
Steps: ``client`` (the service through the Flask test client, JWT off, SQLite), ``client-jwt`` (the same
with JWT RS384 on, a fresh token each call), ``auth-jwt`` (its authenticator alone), ``floor`` (the bare Flask
app of bench/run.py, same client and body), ``parse`` (``jsontext.loads``), ``resolve`` (prefetch to
record), ``facts``, ``rules`` and ``render`` (cards). About 20 s per step and tree on the 2-core machine.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
STEPS = ("client", "client-jwt", "auth-jwt", "floor", "parse", "resolve", "facts", "rules", "render")
_COLLECTED = re.compile(r"Collected : (\d+)")


# --- the child: build the inputs, then run one step between two signals ------------------------------------
def _step_functions(tree: Path, step: str, size: int, calls: int, workdir: Path) -> dict[str, Callable[[], Any]]:
    sys.path.insert(0, str(tree))
    from zoneinfo import ZoneInfo

    from bench.run import SERVICE_PATH, floor_flask_app, hook_request
    from cds_service import create_app, facts, jsontext, pipeline, prefetch, rules
    from cds_service.hook_request import PATIENT_VIEW, parse_hook_request
    from cds_service.state import state_of

    app = create_app({"CDS_AUTH": "off", "CDS_DATABASE_URL": f"sqlite:///{workdir}/service.sqlite3",
                      "CDS_LOG_LEVEL": "WARNING"})
    state = state_of(app)
    settings, knowledge = state.settings, state.knowledge
    raw = json.dumps(hook_request(size)).encode()
    body = jsontext.loads(raw, max_depth=settings.CDS_MAX_JSON_DEPTH)
    request = parse_hook_request(body, expected_hook=PATIENT_VIEW, allow_http_fhir=False)
    record = prefetch.resolve(request, settings)
    today = pipeline.clinical_today(settings)
    zone = ZoneInfo(settings.CDS_TIMEZONE)
    patient_id = request.context.get("patientId")
    patient_facts = facts.extract(record, knowledge.terminology, today, zone=zone, patient_id=patient_id)
    thresholds = pipeline.thresholds_from(settings)
    hits = tuple(rules.evaluate(patient_facts, thresholds))
    client = app.test_client()
    headers = {"Accept-Language": "en"}
    fixed = client.post(SERVICE_PATH, data=raw, content_type="application/json", headers=headers).data
    floor = floor_flask_app(fixed).test_client()
    functions: dict[str, Callable[[], Any]] = {
        "client": lambda: client.post(SERVICE_PATH, data=raw, content_type="application/json", headers=headers),
        "floor": lambda: floor.post(SERVICE_PATH, data=raw, content_type="application/json", headers=headers),
        "parse": lambda: jsontext.loads(raw, max_depth=settings.CDS_MAX_JSON_DEPTH),
        "resolve": lambda: prefetch.resolve(request, settings),
        "facts": lambda: facts.extract(record, knowledge.terminology, today, zone=zone, patient_id=patient_id),
        "rules": lambda: rules.evaluate(patient_facts, thresholds),
        "render": lambda: knowledge.cards.render(hits, locale="en", request=request, facts=patient_facts,
                                                 links_base_url="https://bench.example.org"),
    }
    if step in ("client-jwt", "auth-jwt"):  # a second app and signed tokens: only for the step that runs them
        functions["client-jwt"], functions["auth-jwt"] = _with_jwt(workdir, raw, tokens=5 + calls)
    return functions


def _with_jwt(workdir: Path, raw: bytes, tokens: int) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """The service through the test client with JWT on (RS384, whose verify is cheap: what is left is ours,
    the replay claim in SQLite included), and its authenticator alone; a token signed beforehand with a
    fresh jti for each call."""
    from bench.run import ISSUER, PUBLIC_BASE_URL, SERVICE_PATH, sign_tokens, signers
    from cds_service import create_app
    from cds_service.state import state_of

    signer = signers()["RS384"]
    issuers = workdir / "issuers.json"
    issuers.write_text(json.dumps({"issuers": [{"iss": ISSUER, "jwks": {"keys": [signer.jwk]}}]}))
    app = create_app({"CDS_AUTH": "jwt", "CDS_TRUSTED_ISSUERS_FILE": str(issuers), "CDS_JWT_ALGORITHMS": "RS384",
                      "CDS_PUBLIC_BASE_URL": PUBLIC_BASE_URL, "CDS_LOG_LEVEL": "WARNING",
                      "CDS_DATABASE_URL": f"sqlite:///{workdir}/service-jwt.sqlite3"})
    client = app.test_client()
    authenticator = state_of(app).authenticator
    audience = PUBLIC_BASE_URL + SERVICE_PATH
    signed = iter(sign_tokens(signer, tokens, workdir / "tokens.txt").read_text().split())

    def call() -> Any:
        response = client.post(SERVICE_PATH, data=raw, content_type="application/json",
                               headers={"Accept-Language": "en", "Authorization": f"Bearer {next(signed)}"})
        if response.status_code != 200:
            raise RuntimeError(f"client-jwt: {response.status_code} {response.data[:300]!r}")
        return response

    def authenticate() -> Any:
        assert authenticator is not None
        return authenticator.authenticate(f"Bearer {next(signed)}", audience)

    return call, authenticate


def child(tree: Path, step: str, size: int, calls: int, workdir: Path, commands: int, replies: int) -> None:
    """Build the inputs, warm up, then run the measured calls between two messages of the parent.

    The child waits in a blocking read of a pipe, not a polling loop, so that while the parent switches
    instrumentation on and off the child executes nothing (a loop of ``exists()`` and ``sleep()`` ran a
    varying number of times inside the window and made two counts of the same code differ by 4 %).
    """
    function = _step_functions(tree, step, size, calls, workdir)[step]
    for _ in range(5):  # warm: caches, lazy imports
        function()
    flush_card_log = _card_log_flush(step)
    flush_card_log()
    os.write(replies, b"ready\n")
    os.read(commands, 1)  # instrumentation is on
    for _ in range(calls):
        function()
    # The cards' log write is the worker's work too, but off the request path on its own timer; counted
    # here once for the measured calls, at a fixed point rather than whenever the timer fires.
    flush_card_log()
    os.write(replies, b"done\n")
    os.read(commands, 1)  # instrumentation is off


def _card_log_flush(step: str) -> Callable[[], None]:
    if not step.startswith("client"):
        return lambda: None
    from cds_service.persistence import card_log

    return card_log.flush_all


# --- the parent: one valgrind child per step and tree ---------------------------------------------------------
def count(tree: Path, step: str, size: int, calls: int, profile: Path | None = None) -> float:
    """Instructions per call of ``step`` in the code at ``tree``; ``profile``: also keep callgrind's file
    (C functions only: which share goes to SQLite, OpenSSL, orjson or the interpreter; callgrind_annotate)."""
    with tempfile.TemporaryDirectory(prefix="cds-instructions-") as directory:
        command_read, command_write = os.pipe()
        reply_read, reply_write = os.pipe()
        command = ["valgrind", "--tool=callgrind", "--cache-sim=no", "--instr-atstart=no",
                   f"--callgrind-out-file={profile or '/dev/null'}", sys.executable, str(Path(__file__).resolve()),
                   "--child",
                   "--tree", str(tree), "--steps", step, "--size", str(size), "--calls", str(calls),
                   "--workdir", directory, "--pipes", f"{command_read},{reply_write}"]
        # The card log's timer is set beyond the run, so that it never fires inside the window.
        env = {**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(tree), "CDS_CARD_LOG_FLUSH_SECONDS": "86400"}
        with subprocess.Popen(command, cwd=tree, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True, pass_fds=(command_read, reply_write)) as process:
            os.close(command_read)
            os.close(reply_write)
            replies = os.fdopen(reply_read, "rb")
            try:
                for expected, toggle in ((b"ready\n", "on"), (b"done\n", "off")):
                    line = replies.readline()  # the child's end closes if it dies: b""
                    if line != expected:
                        process.kill()
                        raise RuntimeError(f"{step} at {tree}: the child stopped before it said {expected!r}\n"
                                           + (process.stderr.read() if process.stderr else "")[-2000:])
                    subprocess.run(["callgrind_control", "-i", toggle, str(process.pid)], check=True,
                                   capture_output=True)
                    os.write(command_write, b"g")
                _, errors = process.communicate(timeout=600)
            finally:
                replies.close()
                os.close(command_write)
        found = _COLLECTED.findall(errors)
        if process.returncode != 0 or not found:
            raise RuntimeError(f"{step} at {tree}: valgrind exited {process.returncode}\n{errors[-2000:]}")
        return int(found[-1]) / calls


def _profile_file(folder: Path | None, step: str, index: int) -> Path | None:
    if folder is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    return (folder / f"callgrind.{step}.{index}").resolve()


@contextlib.contextmanager
def worktree(revision: str) -> Iterator[Path]:
    """The code at ``revision`` in a temporary git worktree (removed afterwards)."""
    directory = Path(tempfile.mkdtemp(prefix="cds-instructions-rev-"))
    subprocess.run(["git", "worktree", "add", "--detach", str(directory), revision], cwd=ROOT, check=True,
                   capture_output=True)
    try:
        yield directory
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(directory)], cwd=ROOT, capture_output=True)
        shutil.rmtree(directory, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rev", help="also count the code at this git revision, side by side")
    parser.add_argument("--steps", default=",".join(STEPS), help=f"comma-separated, of {', '.join(STEPS)}")
    parser.add_argument("--size", type=int, default=50, help="prefetch resources in the request (default 50)")
    parser.add_argument("--calls", type=int, default=50, help="measured calls per step (default 50)")
    parser.add_argument("--profile", type=Path, help="also keep callgrind's files in this folder (callgrind_annotate)")
    parser.add_argument("--output", type=Path, help="also write the table, with machine, date and command, here")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--tree", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pipes", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    steps = [step.strip() for step in args.steps.split(",") if step.strip()]
    unknown = sorted(set(steps) - set(STEPS))
    if unknown:
        parser.error(f"unknown step(s) {', '.join(unknown)}; steps are {', '.join(STEPS)}")
    if args.child:
        commands, replies = (int(fd) for fd in args.pipes.split(","))
        child(args.tree, steps[0], args.size, args.calls, args.workdir, commands, replies)
        return 0
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("bench/instructions.py needs valgrind (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    with contextlib.ExitStack() as stack:
        # A worktree of --rev is a fresh checkout: pure Python. This one may hold the compiled build.
        compiled = any((ROOT / "cds_service").rglob("*.so"))
        trees = [("this checkout" + (" (compiled)" if compiled else ""), ROOT)]
        if args.rev:
            trees.insert(0, (args.rev, stack.enter_context(worktree(args.rev))))
        header = "| step | " + " | ".join(f"{name}, instructions per call" for name, _ in trees)
        lines = [f"{args.size} prefetch resources, {args.calls} calls per step (valgrind callgrind)", "",
                 header + (" | change |" if len(trees) == 2 else " |"),
                 "|---" * (len(trees) + 1 + (len(trees) == 2)) + "|"]
        print("\n".join(lines), flush=True)
        for step in steps:
            counts = [count(tree, step, args.size, args.calls, _profile_file(args.profile, step, index))
                      for index, (_, tree) in enumerate(trees)]
            cells = " | ".join(f"{value:,.0f}" for value in counts)
            change = f" | {counts[1] / counts[0] - 1:+.1%}" if len(counts) == 2 else ""
            lines.append(f"| {step} | {cells}{change} |")
            print(lines[-1], flush=True)
    if args.output is not None:
        sys.path.insert(0, str(ROOT))
        from bench.run import machine

        command = "python bench/instructions.py " + " ".join(sys.argv[1:] if argv is None else argv)
        args.output.write_text(
            "# Instructions per call\n\n"
            f"Machine: {machine()}. Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
            f"Command: `{command.strip()}`.\n\n"
            "Counted by valgrind (callgrind, instrumentation on only around the measured calls): the same figure "
            "on every run, whatever else the machine does, unlike the times in benchmarks.md. Instructions are "
            "not seconds, but for the same work on one machine fewer is faster. The `client` step includes the "
            "card log's write of the measured calls' cards (flushed once, at the end of the window).\n\n"
            + "\n".join(lines) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
