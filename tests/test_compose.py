"""docker-compose.yml is valid and wires the stack the README describes."""

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_compose_has_the_whole_stack_on_one_image():
    services = _compose()["services"]
    assert {"web", "worker", "beat", "postgres", "redis", "minio"} <= set(services)
    images = {services[name]["image"] for name in ("web", "worker", "beat")}
    assert images == {"radicpro:latest"}
    assert "gunicorn" in services["web"]["command"]
    assert "--config python:radicpro.gunicorn_conf" in services["web"]["command"]
    assert services["worker"]["command"].startswith("celery -A radicpro worker")
    assert services["beat"]["command"].startswith("celery -A radicpro beat")


def test_every_long_running_service_has_a_health_check():
    services = _compose()["services"]
    for name in ("web", "worker", "postgres", "redis", "minio"):
        assert "healthcheck" in services[name], name
        assert services[name]["healthcheck"]["test"], name


def test_app_services_wait_for_healthy_dependencies_and_use_production_settings():
    services = _compose()["services"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["RADICPRO_ENV"] == "production"
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://")
        assert env["RADICPRO_S3_BUCKET"]
        for dependency in ("postgres", "redis", "minio"):
            assert services[name]["depends_on"][dependency]["condition"] == "service_healthy"


def test_compose_settings_are_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    env_names = set()
    for service in _compose()["services"].values():
        if isinstance(service.get("environment"), dict) and "RADICPRO_ENV" in service["environment"]:
            env_names |= set(service["environment"])
    for name in env_names:
        assert f"`{name}`" in readme, f"{name} is not documented in README.md"
