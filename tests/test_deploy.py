"""The Dockerfile, deploy/compose.yaml and deploy/kubernetes/, checked offline.

No registry is reachable from the test machines, so the image is not built here: the Dockerfile is read
and each promise the README makes about it is checked (pinned base, non-root user, a volume for the
SQLite database, health check, ``cds-service serve``, every copied path present, the README's command
mounting the issuer file where the image looks for it). The Kubernetes manifests are validated against the
Kubernetes schemas shipped with kubernetes-validate (strict: an unknown field fails).
"""

from __future__ import annotations

import json
import re
import shlex
import tomllib
from pathlib import Path, PurePosixPath
from typing import Any

import kubernetes_validate
import pytest
import yaml

from cds_service.config import Settings

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
KUBERNETES = DEPLOY / "kubernetes"
KUBERNETES_VERSIONS = ("1.30.0", kubernetes_validate.latest_version())
PINNED_TAG = re.compile(r"^[a-z0-9./-]+:\d+(\.\d+){1,2}([.-][a-z0-9.-]+)?$")
"""An exact version tag (``python:3.11.11-slim-bookworm``, ``nginx:1.27.3-alpine``), not ``latest`` or ``3``."""


def dockerfile_instructions() -> list[tuple[str, str]]:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def instruction(name: str) -> list[str]:
    return [arguments for kind, arguments in dockerfile_instructions() if kind == name]


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for arguments in instruction("ENV"):
        for pair in shlex.split(arguments):
            key, _, value = pair.partition("=")
            env[key] = value
    return env


def pyproject() -> dict[str, Any]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def readme_section(title: str) -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", readme, re.S | re.M)
    assert match, f"README has no section {title!r}"
    return match.group(1)


# --- Dockerfile ---------------------------------------------------------------------------------------
def test_the_base_image_is_pinned_to_an_exact_version() -> None:
    stages = [arguments.split() for arguments in instruction("FROM")]
    for stage in stages:
        assert PINNED_TAG.match(stage[0]), stage
    assert stages[-1][0].startswith("python:3.11."), "the Python the project is tested with"
    assert len(stages) == 1 or stages[-1][0] == stages[0][0], "the wheel is built on the Python it runs on"


def test_the_image_installs_the_wheel_built_in_the_first_stage_compiled_by_default() -> None:
    (build_arg,) = instruction("ARG")
    assert build_arg == "CDS_BUILD=compiled"
    (build,) = [run for run in instruction("RUN") if "pip wheel" in run]
    assert "compiled) export HATCH_BUILD_HOOK_ENABLE_MYPYC=true" in build
    assert "mypyc" in pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    (copied,) = [arguments for arguments in instruction("COPY") if arguments.startswith("--from=")]
    assert shlex.split(copied) == ["--from=wheel", "/wheels", "/wheels"]
    assert any("pip install" in run and "/wheels/" in run for run in instruction("RUN"))


def test_the_image_runs_as_a_non_root_user() -> None:
    users = instruction("USER")
    assert users and users[-1] not in ("root", "0", "0:0")
    assert users[-1].isdigit(), "numeric, so Kubernetes' runAsNonRoot can check it"
    assert any("useradd" in run and f"--uid {users[-1]}" in run for run in instruction("RUN"))


def test_the_sqlite_database_lies_on_a_volume() -> None:
    database = image_env()["CDS_DATABASE_URL"]
    assert database.startswith("sqlite:////")
    volumes = [v for arguments in instruction("VOLUME") for v in json.loads(arguments)]
    assert str(PurePosixPath(database.removeprefix("sqlite:///")).parent) in volumes


def test_health_check_and_command() -> None:
    (health,) = instruction("HEALTHCHECK")
    assert "/healthz" in health
    (command,) = instruction("CMD")
    argv = json.loads(command)  # exec form: the service is PID 1 and gets docker stop's SIGTERM itself
    assert argv[:2] == ["cds-service", "serve"] and argv[argv.index("--host") + 1] == "0.0.0.0"
    assert argv[argv.index("--port") + 1] == instruction("EXPOSE")[0]


def test_every_setting_the_image_sets_exists() -> None:
    assert {k for k in image_env() if k.startswith("CDS_")} <= set(Settings.names())


def test_every_copied_path_exists_and_the_wheel_has_what_it_needs() -> None:
    copied = [shlex.split(arguments)[:-1] for arguments in instruction("COPY") if not arguments.startswith("--from=")]
    sources = {source for sources in copied for source in sources}
    assert all((ROOT / source).exists() for source in sources), sources
    wheel = pyproject()["tool"]["hatch"]["build"]["targets"]["wheel"]
    needed = set(wheel["force-include"]) | set(wheel["packages"]) | {"pyproject.toml", pyproject()["project"]["readme"]}
    assert needed <= sources, f"pip install . in the image needs {sorted(needed - sources)}"
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert not sources & set(ignored), "a copied path is excluded from the build context"


def test_the_readme_docker_commands_mount_an_issuer_file_made_from_the_example_and_a_volume() -> None:
    section = readme_section("Docker")
    block = re.search(r"```sh\n(.*?)```", section, re.S)
    assert block, "the Docker section has a ```sh block"
    commands = [shlex.split(c, comments=True) for c in block.group(1).replace("\\\n", " ").splitlines() if c.strip()]
    copy = next(c for c in commands if c[:1] == ["cp"])
    assert (ROOT / copy[1]).is_file() and copy[1].startswith("config/") and copy[1].endswith(".example.json")
    assert any(c[:2] == ["docker", "build"] for c in commands)
    run = next(c for c in commands if c[:2] == ["docker", "run"])
    mounts = [run[i + 1] for i, arg in enumerate(run) if arg == "-v"]
    targets = {mount.split(":")[1]: mount.split(":")[0] for mount in mounts}
    assert image_env()["CDS_TRUSTED_ISSUERS_FILE"] in targets, mounts
    assert targets[image_env()["CDS_TRUSTED_ISSUERS_FILE"]].endswith(Path(copy[2]).name)
    volumes = [v for arguments in instruction("VOLUME") for v in json.loads(arguments)]
    assert set(volumes) <= set(targets), "the README's run keeps the database on a named volume"
    assert run[-1] == "cds-service" or run[-1].startswith("cds-service:")


# --- compose ------------------------------------------------------------------------------------------
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return loaded


def test_compose_has_the_service_postgresql_and_a_tls_front_each_image_pinned() -> None:
    services = compose()["services"]
    assert set(services) == {"cds-service", "postgres", "front"}
    for name, service in services.items():
        assert PINNED_TAG.match(service["image"]), f"{name}: {service['image']}"
    assert services["cds-service"]["image"] == f"cds-service:{pyproject()['project']['version']}"
    build = services["cds-service"]["build"]
    assert (DEPLOY / build["context"] / build["dockerfile"]).is_file()
    assert services["front"]["image"].startswith("nginx:") and "8443:8443" in services["front"]["ports"]
    assert services["cds-service"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_compose_settings_exist_and_the_service_uses_postgresql_and_the_issuer_file() -> None:
    environment = compose()["services"]["cds-service"]["environment"]
    assert {k for k in environment if k.startswith("CDS_")} <= set(Settings.names())
    assert environment["CDS_DATABASE_URL"].startswith("postgresql+psycopg://") and "@postgres:5432/" in environment[
        "CDS_DATABASE_URL"]
    mounts = {m.split(":")[1]: m.split(":")[0] for m in compose()["services"]["cds-service"]["volumes"]}
    assert mounts[environment["CDS_TRUSTED_ISSUERS_FILE"]] == "./trusted-issuers.json"


def test_the_front_config_exists_limits_bodies_and_keeps_metrics_internal() -> None:
    front = compose()["services"]["front"]
    for mount in front["volumes"]:
        assert (DEPLOY / mount.split(":")[0]).exists(), mount
    nginx = (DEPLOY / "nginx.conf").read_text(encoding="utf-8")
    size = re.search(r"client_max_body_size (\d+)m;", nginx)
    assert size and int(size.group(1)) * 1024 * 1024 <= Settings().CDS_MAX_BODY_BYTES
    assert re.search(r"location = /metrics \{ return 404; \}", nginx)
    assert "proxy_next_upstream off;" in nginx and "ssl_certificate " in nginx


# --- Kubernetes ---------------------------------------------------------------------------------------
def manifests() -> dict[str, dict[str, Any]]:
    """Every document of deploy/kubernetes/ by ``Kind/name``."""
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(KUBERNETES.glob("*.yaml")):
        for document in yaml.safe_load_all(path.read_text(encoding="utf-8")):
            found[f"{document['kind']}/{document['metadata']['name']}"] = document
    return found


@pytest.mark.parametrize("version", KUBERNETES_VERSIONS)
def test_every_manifest_is_valid_kubernetes(version: str) -> None:
    documents = manifests()
    assert {"Deployment/cds-service", "Service/cds-service", "HorizontalPodAutoscaler/cds-service"} <= set(documents)
    for name, document in documents.items():
        try:
            kubernetes_validate.validate(document, version, strict=True)
        except kubernetes_validate.ValidationError as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{name} is not valid for Kubernetes {version}: {exc.message} at {list(exc.path)}")


def test_the_validator_refuses_a_misspelled_field() -> None:
    deployment = json.loads(json.dumps(manifests()["Deployment/cds-service"]))
    deployment["spec"]["template"]["spec"]["containers"][0]["readinessProbe"]["httpGet"]["pathh"] = "/readyz"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(deployment, KUBERNETES_VERSIONS[0], strict=True)


def _container() -> dict[str, Any]:
    container: dict[str, Any] = manifests()["Deployment/cds-service"]["spec"]["template"]["spec"]["containers"][0]
    return container


def test_the_deployment_probes_limits_and_runs_as_the_image_user() -> None:
    pod = manifests()["Deployment/cds-service"]["spec"]["template"]["spec"]
    container = _container()
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert {"cpu", "memory"} <= set(container["resources"]["requests"]) and {"cpu", "memory"} <= set(
        container["resources"]["limits"])
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert str(pod["securityContext"]["runAsUser"]) == instruction("USER")[-1]
    assert container["securityContext"]["allowPrivilegeEscalation"] is False
    assert container["image"].endswith(f":{pyproject()['project']['version']}")


def test_issuers_and_the_database_url_come_from_secrets() -> None:
    documents = manifests()
    pod = documents["Deployment/cds-service"]["spec"]["template"]["spec"]
    env = {e["name"]: e for e in _container()["env"]}
    assert set(env) <= set(Settings.names())
    database = env["CDS_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
    assert database["key"] in documents[f"Secret/{database['name']}"]["stringData"]
    issuers_file = PurePosixPath(env["CDS_TRUSTED_ISSUERS_FILE"]["value"])
    mount = next(m for m in _container()["volumeMounts"] if m["mountPath"] == str(issuers_file.parent))
    volume = next(v for v in pod["volumes"] if v["name"] == mount["name"])
    secret = documents[f"Secret/{volume['secret']['secretName']}"]
    assert issuers_file.name in {item["path"] for item in volume["secret"]["items"]}
    assert json.loads(secret["stringData"][issuers_file.name]) == {"issuers": []}


def test_the_service_and_autoscaler_point_at_the_deployment() -> None:
    documents = manifests()
    deployment = documents["Deployment/cds-service"]
    pod_labels = deployment["spec"]["template"]["metadata"]["labels"]
    assert documents["Service/cds-service"]["spec"]["selector"].items() <= pod_labels.items()
    target = documents["HorizontalPodAutoscaler/cds-service"]["spec"]["scaleTargetRef"]
    assert (target["kind"], target["name"]) == ("Deployment", deployment["metadata"]["name"])
    assert documents["HorizontalPodAutoscaler/cds-service"]["spec"]["minReplicas"] >= 2
