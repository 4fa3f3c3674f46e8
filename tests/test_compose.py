"""docker-compose.yml, the Dockerfile and .dockerignore: the stack the README describes, in a shape
that runs as shipped (.env wins, secrets from .env, one-shot migrate, scalable services without a
fixed host port, pinned images, the public S3 endpoint). `docker compose config` itself runs in CI
where Docker Compose exists (.ci/run)."""

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKERS = ("worker", "worker-smart-images", "worker-exports", "worker-thumbnails", "worker-webhooks",
           "worker-maintenance")  # a worker a queue (radicpro/queues.py)
APP = ("migrate", "web", *WORKERS, "beat")
SCALABLE = ("web", *WORKERS)
VARIABLE = re.compile(r"\$\{(?P<name>[A-Z0-9_]+)(?:(?P<op>:-|:\?)(?P<arg>[^}]*))?\}")


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def _compose_text() -> str:
    """The file as compose interpolates it: no comment lines, no escaped `$$`."""
    lines = (ROOT / "docker-compose.yml").read_text().splitlines()
    return "\n".join(line for line in lines if not line.lstrip().startswith("#"))


def _env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines()
             if line.strip() and not line.lstrip().startswith("#"))
    return {key.strip(): value.strip() for key, value in pairs}


def interpolate(text: str, env: dict[str, str]) -> str:
    """Compose's rules for ${VAR}, ${VAR:-default} and ${VAR:?error} ($$ is a literal $)."""
    def value(match: re.Match) -> str:
        name, op, arg = match["name"], match["op"], match["arg"]
        if env.get(name):
            return env[name]
        if op == ":?":
            raise ValueError(f"{name}: {arg}")
        return arg if op == ":-" else ""
    return VARIABLE.sub(value, text.replace("$$", "\0")).replace("\0", "$")


def test_compose_has_the_whole_stack_on_one_image():
    services = _compose()["services"]
    assert {*APP, "proxy", "postgres", "redis", "minio", "createbucket"} <= set(services)
    assert {services[name]["image"] for name in APP} == {"${RADICPRO_IMAGE:-radicpro:latest}"}
    assert "gunicorn" in services["web"]["command"]
    assert "--config python:radicpro.gunicorn_conf" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A radicpro worker")
    assert services["beat"]["command"].startswith("celery -A radicpro beat")


def test_every_long_running_service_has_a_health_check():
    services = _compose()["services"]
    for name in ("web", "worker", "postgres", "redis", "minio"):
        assert services[name]["healthcheck"]["test"], name


def test_migrations_run_once_in_a_one_shot_service_before_the_app_starts():
    services = _compose()["services"]
    assert services["migrate"]["command"] == "python manage.py migrate --noinput"
    assert services["migrate"]["restart"] == "no"
    for name in ("web", "worker", "beat"):
        assert "migrate" not in services[name]["command"], name
        assert services[name]["depends_on"]["migrate"]["condition"] == \
            "service_completed_successfully"
        for dependency in ("postgres", "redis", "minio"):
            assert services[name]["depends_on"][dependency]["condition"] == "service_healthy"


def test_scalable_services_have_no_fixed_host_port():
    services = _compose()["services"]
    for name in SCALABLE:
        assert "ports" not in services[name], f"{name} publishes a host port: it cannot scale"
    assert services["web"]["expose"] == ["8000"]
    # One entry point spreads requests over every web replica, re-resolving them as they scale.
    caddyfile = _compose()["configs"]["caddyfile"]["content"]
    assert "dynamic a" in caddyfile and "name web" in caddyfile and "port 8000" in caddyfile
    assert services["proxy"]["ports"] == ["${HTTP_BIND:-127.0.0.1}:${HTTP_PORT:-8000}:8000"]


def test_every_app_setting_comes_from_env_so_dot_env_wins():
    """`environment:` beats `env_file:`, so every value there must read the variable itself."""
    compose = _compose()
    for name in APP:
        environment = compose["services"][name]["environment"]
        for key, value in environment.items():
            assert VARIABLE.search(str(value)), f"{name}.{key} is fixed: .env could not change it"
        assert compose["services"][name]["env_file"] == [{"path": ".env", "required": False}]
    dot_env = {"RADICPRO_ENV": "staging", "DJANGO_SECRET_KEY": "s" * 50,
               "POSTGRES_PASSWORD": "pg-from-dotenv", "MINIO_ROOT_PASSWORD": "minio-from-dotenv",
               "RADICPRO_S3_PUBLIC_ENDPOINT_URL": "https://files.example.com"}
    environment = {key: interpolate(str(value), dot_env)
                   for key, value in compose["services"]["web"]["environment"].items()}
    assert environment["RADICPRO_ENV"] == "staging"
    assert environment["DATABASE_URL"] == \
        "postgres://radicpro:pg-from-dotenv@postgres:5432/radicpro"
    assert environment["RADICPRO_S3_SECRET_ACCESS_KEY"] == "minio-from-dotenv"
    assert environment["RADICPRO_S3_PUBLIC_ENDPOINT_URL"] == "https://files.example.com"
    defaults = {key: interpolate(str(value), {**dot_env, "RADICPRO_ENV": ""})
                for key, value in compose["services"]["web"]["environment"].items()}
    assert defaults["RADICPRO_ENV"] == "production"
    assert defaults["RADICPRO_S3_ENDPOINT_URL"] == "http://minio:9000"


def test_secrets_come_only_from_dot_env():
    text = _compose_text().replace("$$", "")
    for secret in ("DJANGO_SECRET_KEY", "POSTGRES_PASSWORD", "MINIO_ROOT_PASSWORD"):
        uses = [match for match in VARIABLE.finditer(text) if match["name"] == secret]
        assert uses, secret
        assert all(match["op"] == ":?" for match in uses), f"{secret} has a default"
    for service in _compose()["services"].values():
        for key, value in (service.get("environment") or {}).items():
            if re.search(r"PASSWORD|SECRET", key):
                assert str(value).startswith("${") and ":?" in str(value), key
    with pytest.raises(ValueError, match="POSTGRES_PASSWORD"):
        interpolate(_compose()["services"]["postgres"]["environment"]["POSTGRES_PASSWORD"], {})
    example = _env_file(ROOT / ".env.example")
    assert {"DJANGO_SECRET_KEY", "POSTGRES_PASSWORD", "MINIO_ROOT_PASSWORD"} <= set(example)
    assert all("change-me" in example[key] for key in ("DJANGO_SECRET_KEY", "POSTGRES_PASSWORD",
                                                         "MINIO_ROOT_PASSWORD"))


def test_the_example_env_file_satisfies_every_required_variable():
    example = _env_file(ROOT / ".env.example")
    rendered = interpolate(_compose_text(), example)
    assert "change-me-too" in rendered
    # Only the container's own $${...} (escaped for the shell in the container) stay.
    assert not VARIABLE.search(interpolate(_compose_text().replace("$${", "{"), example))
    assert yaml.safe_load(rendered)["services"]["web"]["environment"]["DATABASE_URL"] \
        .startswith("postgres://radicpro:change-me@postgres:5432/")


def test_images_are_pinned():
    services = _compose()["services"]
    for name, service in services.items():
        if name in APP:
            continue
        image = service["image"]
        repository, _, tag = image.rpartition(":")
        assert repository and tag and tag != "latest" and re.search(r"\d+\.\d+|\d{4}-\d\d", tag), \
            f"{name}: {image} is not pinned to a version"
    base = re.search(r"^FROM (\S+)", (ROOT / "Dockerfile").read_text(), re.M).group(1)
    assert re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base), base


def test_dockerignore_keeps_secrets_state_and_history_out_of_the_image():
    ignored = {line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
    assert {".env", ".git", ".venv", "var", "test-artifacts", "out"} <= ignored
    assert "!.env.example" in ignored


def test_the_image_has_raqm_text_shaping():
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "libraqm0" in dockerfile and "libfribidi0" in dockerfile
    assert "features.check('raqm')" in dockerfile


def test_compose_settings_are_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    names = {match["name"] for match in VARIABLE.finditer(_compose_text().replace("$$", ""))}
    for service in _compose()["services"].values():
        environment = service.get("environment")
        if isinstance(environment, dict) and "RADICPRO_ENV" in environment:
            names |= set(environment)
    for name in names:
        assert f"`{name}`" in readme, f"{name} is not documented in README.md"
    for section in ("### Creating a superuser", "### Backups", "### Upgrades",
                    "### Behind a reverse proxy", "### Scaling"):
        assert section in readme, section
