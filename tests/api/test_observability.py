"""Structured logs carry the request id; /metrics exposes request latency by route."""

import json
import logging
import subprocess
import sys

import pytest

from radicpro.api.observability import JsonFormatter, job_id_var, request_id_var
from tests.api_contract import assert_error
from tests.test_settings import ROOT, _environment

pytestmark = pytest.mark.django_db


def test_access_log_is_json_with_the_request_id(api, caplog):
    with caplog.at_level(logging.INFO, logger="radicpro.access"):
        response = api.get("/v1/auth/me", HTTP_X_REQUEST_ID="trace-42")
    record = next(r for r in caplog.records if r.name == "radicpro.access")
    token = request_id_var.set("trace-42")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert response.status_code == 200
    assert line["requestId"] == "trace-42"
    assert line["status"] == 200 and line["route"] == "v1/auth/me"
    assert line["level"] == "INFO" and line["time"].endswith("Z")
    assert line["durationMs"] >= 0


def test_worker_log_lines_carry_the_job_id():
    token = job_id_var.set("job_01abc")
    try:
        record = logging.LogRecord("radicpro.jobs", logging.ERROR, __file__, 1, "failed: %s",
                                   ("boom",), None)
        line = json.loads(JsonFormatter().format(record))
    finally:
        job_id_var.reset(token)
    assert line == {**line, "jobId": "job_01abc", "message": "failed: boom", "level": "ERROR"}


def test_metrics_expose_latency_by_route_and_status(api, anon_client):
    api.get("/v1/auth/me")
    body = anon_client.get("/metrics").content.decode()
    assert "radicpro_http_request_duration_seconds_bucket" in body
    assert 'route="v1/auth/me"' in body and 'status="200"' in body


def test_metrics_token_protects_the_endpoint(anon_client, settings):
    settings.RADICPRO_METRICS_TOKEN = "s3cret-metrics"
    assert_error(anon_client.get("/metrics"), 401, "UNAUTHORIZED")
    anon_client.credentials(HTTP_AUTHORIZATION="Bearer s3cret-metrics")
    assert anon_client.get("/metrics").status_code == 200


def _metrics_status_in_production(tmp_path, **settings: str) -> int:
    code = ("import django; django.setup(); from django.test import Client; "
            "print(Client(raise_request_exception=False).get('/metrics', secure=True, "
            "HTTP_HOST='api.example.com').status_code)")
    env = _environment(RADICPRO_ENV="production", DJANGO_SECRET_KEY="p" * 50,
                       DJANGO_ALLOWED_HOSTS="api.example.com", RADICPRO_VAR_DIR=str(tmp_path),
                       **settings)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def test_metrics_are_closed_in_production_unless_configured(tmp_path):
    assert _metrics_status_in_production(tmp_path) == 403
    assert _metrics_status_in_production(tmp_path, RADICPRO_METRICS_PUBLIC="true") == 200
    assert _metrics_status_in_production(tmp_path, RADICPRO_METRICS_TOKEN="t0ken") == 401


def test_metrics_can_be_closed_in_development_too(anon_client, settings):
    settings.RADICPRO_METRICS_PUBLIC = False
    error = assert_error(anon_client.get("/metrics"), 403, "FORBIDDEN")
    assert "RADICPRO_METRICS_TOKEN" in error["message"]


def test_metrics_record_jobs_renders_and_provider_calls(api, anon_client):
    design = api.post("/v1/designs", {"title": "Metrics", "format": "instagram_post"},
                      format="json").json()["data"]
    assert api.post("/v1/export", {"designId": design["id"], "format": "png"},
                    format="json").status_code == 200
    assert api.post("/v1/ai/edit-design", {"designId": design["id"],
                                           "instruction": "make the background navy"},
                    format="json").status_code == 200
    body = anon_client.get("/metrics").content.decode()
    assert 'radicpro_job_duration_seconds_count{kind="export",outcome="completed"}' in body
    assert 'radicpro_render_duration_seconds_count{format="png",scale="1"}' in body
    assert ('radicpro_provider_calls_total{capability="edit",outcome="ok",provider="local"}'
            in body)
