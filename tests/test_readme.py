"""The README's quick start and "Try it" run as written, from a fresh clone in a fresh venv.

The repository's last commit is cloned into a temporary folder (uncommitted changes are not part of it:
this is what a new user gets), a venv is created with ``python -m venv`` and the quick-start command runs
there unchanged: ``pip install .`` of the clone (dependencies from the package registry), then the service
on its embedded defaults. Then every "Try it" command runs in a shell with that venv first on PATH, and the
answer of each is checked: the discovery document, and for each example request the cards
``examples/index.json`` promises. The one change made to the commands: when port 8080 is taken on this
machine, another free port is put in its place everywhere.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from tests.support.slow_server import free_port

pytestmark = [pytest.mark.integration, pytest.mark.readme]

ROOT = Path(__file__).resolve().parent.parent
README_PORT = 8080
INSTALL_AND_START_SECONDS = 150


def section(readme: str, title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", readme, re.S | re.M)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def shell_commands(text: str) -> list[str]:
    """The commands of the section's first ```sh block, backslash-continued lines joined."""
    block = re.search(r"```sh\n(.*?)```", text, re.S)
    assert block, "no ```sh block"
    return [c.strip() for c in re.split(r"(?<!\\)\n", block.group(1).replace("\\\n", " ")) if c.strip()]


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_readme_commands_parse() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (start,) = shell_commands(section(readme, "Quick start"))
    assert "pip install ." in start and "serve" in start
    assert f"http://127.0.0.1:{README_PORT}" in section(readme, "Quick start"), "the quick start names the port"
    tries = shell_commands(section(readme, "Try it"))
    assert tries[0] == f"curl -s http://127.0.0.1:{README_PORT}/cds-services"
    assert all("examples request" in t and "-d @-" in t for t in tries[1:]) and len(tries) >= 2


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the shell we started and everything under it (its own process group)."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    folder = tmp_path_factory.mktemp("readme")
    clone = folder / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True, timeout=60)
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("CDS_", "PYTHON", "VIRTUAL_ENV"))}
    env.update({"PATH": f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}", "VIRTUAL_ENV": str(venv)})
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    readme = (clone / "README.md").read_text(encoding="utf-8")
    (start,) = shell_commands(section(readme, "Quick start"))
    tries = shell_commands(section(readme, "Try it"))
    port = README_PORT if port_is_free(README_PORT) else free_port()
    if port != README_PORT:
        start = start.replace(" serve", f" serve --port {port}", 1)
        tries = [t.replace(f"127.0.0.1:{README_PORT}", f"127.0.0.1:{port}") for t in tries]
    log_file = folder / "quick-start.log"
    with log_file.open("wb") as log:
        process = subprocess.Popen(
            ["bash", "-c", start], cwd=clone, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + INSTALL_AND_START_SECONDS
        while True:
            if process.poll() is not None:
                raise AssertionError(f"the quick start exited ({process.returncode}):\n{log_file.read_text()[-4000:]}")
            try:
                if requests.get(base_url + "/readyz", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"the service did not come up:\n{log_file.read_text()[-4000:]}")
            time.sleep(0.25)
        yield {"clone": clone, "venv": venv, "env": env, "tries": tries, "base_url": base_url, "log": log_file}
    finally:
        _stop(process)


def _run(fresh: dict[str, Any], command: str) -> Any:
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], cwd=fresh["clone"], env=fresh["env"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, f"{command}\n{result.stderr}"
    return json.loads(result.stdout)


def test_try_it_as_written_from_a_fresh_clone(fresh_clone: dict[str, Any]) -> None:
    index = {e["card_id"]: e for e in json.loads((fresh_clone["clone"] / "examples" / "index.json").read_text())}
    discovery, *hooks = fresh_clone["tries"]
    services = _run(fresh_clone, discovery)["services"]
    assert [s["id"] for s in services] == ["low-back-pain"]
    links = []
    for command in hooks:
        example_id = re.search(r"examples request (\S+)", command).group(1)  # type: ignore[union-attr]
        cards = _run(fresh_clone, command)["cards"]
        assert [c["source"]["topic"]["code"] for c in cards] == index[example_id]["expected_cards"], command
        assert all(c["summary"] and c["detail"] for c in cards)
        links += [link["url"] for c in cards for link in c.get("links", ())]
    # The advice cards' activity-plan link: the page's templates shipped in the wheel.
    assert links, "the advice cards link the patient's activity plan"
    page = requests.get(links[0], timeout=5)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "<main>" in page.text


def test_the_installed_package_carries_its_data(fresh_clone: dict[str, Any]) -> None:
    """Not the clone's folders: the examples, templates and knowledge inside the installed wheel."""
    code = (
        "import cds_service, cds_service.examples as e, cds_service.config as c, pathlib, sys; "
        "print(pathlib.Path(cds_service.__file__).parent); print(e.default_examples_dir()); "
        "print(c.default_knowledge_dir())"
    )
    python = fresh_clone["venv"] / "bin" / "python"
    result = subprocess.run([str(python), "-c", code], cwd="/", env=fresh_clone["env"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    package, examples_dir, knowledge_dir = (Path(line) for line in result.stdout.split())
    assert str(package).startswith(str(fresh_clone["venv"]))
    assert examples_dir == package / "_examples" and (examples_dir / "index.json").is_file()
    assert knowledge_dir == package / "_knowledge"
    assert (package / "pages" / "templates" / "activity_plan.html").is_file()
    assert (package / "schemas" / "error-response.schema.json").is_file()


def test_the_quick_start_warned_once_that_authentication_is_off(fresh_clone: dict[str, Any]) -> None:
    assert fresh_clone["log"].read_text().count("AUTHENTICATION IS OFF") == 1


# --- the sandbox configuration (Security, "With the CDS Hooks sandbox") --------------------------------
SANDBOX_FHIR = "http://127.0.0.1:8090/fhir"


def sandbox_commands(readme: str) -> list[str]:
    match = re.search(r"^### With the CDS Hooks sandbox\n(.*?)(?=^## )", readme, re.S | re.M)
    assert match, "README has no sandbox section"
    return shell_commands(match.group(1))


def test_the_sandbox_configuration_as_written_gives_cards_from_a_local_http_fhir_server(
    fresh_clone: dict[str, Any], tmp_path: Path
) -> None:
    """The three commands of the sandbox section from the fresh clone: the issuer file (as written), the
    examples loaded into a real FHIR server on loopback (its port in place of 8090 and its token added: the
    test server wants one), the service with JWT on and http FHIR accepted (another port in place of 8080).
    The one other change: the sandbox's private key is not ours to ship, so the issuer file's sandbox entry
    gets a test key in its place; the token is otherwise the sandbox's (its iss, kid, jku and claims). The
    FHIR server's port replaces 8090 in every command."""
    from tests.support.fhir_server import start_sekmet
    from tests.support.jwt_keys import SANDBOX_ISSUER, SANDBOX_JKU, generate_key, jwks, make_token

    write_issuers, load, serve = sandbox_commands((fresh_clone["clone"] / "README.md").read_text(encoding="utf-8"))
    assert "CDS_FHIR_ALLOW_HTTP=true" in serve and "CDS_TRUSTED_ISSUERS_FILE=trusted-issuers.json" in serve
    assert "CDS_AUTH" not in serve, "authentication stays on"
    sekmet = start_sekmet(tmp_path)
    try:
        subprocess.run(["bash", "-c", write_issuers.replace(SANDBOX_FHIR, sekmet.base_url)], cwd=fresh_clone["clone"],
                       env=fresh_clone["env"], check=True, timeout=30)
        issuers_path = fresh_clone["clone"] / "trusted-issuers.json"
        issuers = json.loads(issuers_path.read_text())
        (sandbox,) = [i for i in issuers["issuers"] if i["iss"] == SANDBOX_ISSUER]
        assert sekmet.base_url in sandbox["fhir_servers"]
        key = generate_key("ES384", kid=sandbox["jwks"]["keys"][0]["kid"])
        sandbox["jwks"] = jwks(key)
        issuers_path.write_text(json.dumps(issuers))
        loaded = subprocess.run(
            ["bash", "-c", load.replace(SANDBOX_FHIR, sekmet.base_url) + f" --fhir-token={sekmet.token}"],
            cwd=fresh_clone["clone"], env=fresh_clone["env"], capture_output=True, text=True, timeout=120,
        )
        assert loaded.returncode == 0, loaded.stderr
        port = free_port()
        serve_command = serve.replace(" serve", f" serve --port {port}", 1).replace(SANDBOX_FHIR, sekmet.base_url)
        with (tmp_path / "sandbox-serve.log").open("wb") as log:
            process = subprocess.Popen(["bash", "-c", serve_command], cwd=fresh_clone["clone"], env=fresh_clone["env"],
                                       stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            base_url = f"http://127.0.0.1:{port}"
            _wait_ready(base_url, process, tmp_path / "sandbox-serve.log")
            index = json.loads((fresh_clone["clone"] / "examples" / "index.json").read_text())
            for entry in index[:3]:
                request = subprocess.run(
                    ["bash", "-c", f"cds-service examples request {entry['card_id']} --fhir-server {sekmet.base_url} "
                                   f"--fhir-token={sekmet.token}"],
                    cwd=fresh_clone["clone"], env=fresh_clone["env"], capture_output=True, text=True, timeout=60,
                )
                assert request.returncode == 0, request.stderr
                url = f"{base_url}/cds-services/low-back-pain"
                token = make_token(key, url, iss=SANDBOX_ISSUER, jku=SANDBOX_JKU)
                answer = requests.post(url, data=request.stdout, timeout=10, headers={
                    "Content-Type": "application/json", "Accept-Language": "en", "Authorization": f"Bearer {token}"})
                assert answer.status_code == 200, answer.text
                assert [c["source"]["topic"]["code"] for c in answer.json()["cards"]] == entry["expected_cards"]
        finally:
            _stop(process)
    finally:
        sekmet.stop()


def _wait_ready(base_url: str, process: subprocess.Popen[bytes], log_file: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise AssertionError(f"the service exited ({process.returncode}):\n{log_file.read_text()[-4000:]}")
        try:
            if requests.get(base_url + "/readyz", timeout=1).status_code == 200:
                return
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"the service did not come up:\n{log_file.read_text()[-4000:]}")
        time.sleep(0.25)
