"""Health checks: /healthz (alive) and /readyz (database, broker, storage, worker, scheduler)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from radicpro import heartbeats
from radicpro.api import health

pytestmark = pytest.mark.django_db


def test_healthz(anon_client):
    response = anon_client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_reports_each_dependency(anon_client):
    heartbeats.beat("worker")
    heartbeats.beat("scheduler")
    response = anon_client.get("/readyz")
    body = response.json()
    assert response.status_code == 200, body
    assert set(body["checks"]) == {"database", "broker", "storage", "textShaping", "worker", "scheduler"}
    assert all(check["status"] == "ok" for check in body["checks"].values())


def test_readyz_is_503_when_a_dependency_fails(anon_client, monkeypatch, caplog):
    def broken():
        raise ConnectionError("broker unreachable at redis://:hunter2@10.0.0.7:6379/0")

    monkeypatch.setitem(health.CHECKS, "broker", broken)
    response = anon_client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["checks"]["broker"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
    # Status words only: the exception (addresses, credentials) goes to the operators' log.
    assert "hunter2" not in response.content.decode()
    assert "10.0.0.7" not in response.content.decode()
    assert all(set(check) <= {"status", "latencyMs"} for check in body["checks"].values())
    assert "hunter2" in caplog.text and "broker" in caplog.text


def test_readyz_is_503_without_raqm_text_shaping(anon_client, monkeypatch, caplog):
    from PIL import features

    heartbeats.beat("worker")
    heartbeats.beat("scheduler")
    real_check = features.check
    monkeypatch.setattr(features, "check",
                        lambda feature: False if feature == "raqm" else real_check(feature))
    response = anon_client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"]["textShaping"]["status"] == "error"
    assert body["checks"]["database"]["status"] == "ok"
    assert "raqm" in caplog.text
    monkeypatch.setattr(features, "check", real_check)
    assert anon_client.get("/readyz").status_code == 200


@pytest.mark.parametrize("silent", ["worker", "scheduler"])
def test_readyz_fails_a_background_process_whose_heartbeat_stopped(anon_client, monkeypatch,
                                                                    silent):
    heartbeats.beat("worker")
    heartbeats.beat("scheduler")
    assert anon_client.get("/readyz").status_code == 200
    later = timezone.now() + timedelta(seconds=heartbeats.STALE_AFTER + 1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    heartbeats.beat("worker" if silent == "scheduler" else "scheduler")  # the other one beats on
    response = anon_client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["checks"][silent] == {"status": "error", "latencyMs": body["checks"][silent]["latencyMs"]}
    other = "worker" if silent == "scheduler" else "scheduler"
    assert body["checks"][other]["status"] == "ok"
    assert "beaten" not in response.content.decode()  # no exception text in the public answer


def test_readyz_fails_a_worker_that_never_beat(anon_client):
    heartbeats.beat("scheduler")
    response = anon_client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["checks"]["worker"]["status"] == "error"
