"""A real Celery worker killed mid-task: the job is redelivered and completes, never stuck."""

import os
import signal
import subprocess
import sys
import time
import uuid
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

from radicpro.celery import app
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create

from .worker_tasks import sleep_then_complete

ROOT = Path(__file__).resolve().parents[2]


def _database_url() -> str:
    db = connection.settings_dict
    auth = quote(db["USER"] or "")
    if db.get("PASSWORD"):
        auth += ":" + quote(db["PASSWORD"])
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def _start_worker(queue: str, log: Path) -> subprocess.Popen:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "radicpro.settings.base",
           "DATABASE_URL": _database_url(), "REDIS_URL": settings.REDIS_URL,
           "CELERY_TASK_ALWAYS_EAGER": "0", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "celery", "-A", "radicpro", "worker", "-Q", queue,
               "--include", "tests.jobs.worker_tasks", "--concurrency", "1", "--pool", "prefork",
               "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO",
               "-n", f"{queue}-{uuid.uuid4().hex[:6]}@%h"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("ab"),  # noqa: S603
                            stderr=subprocess.STDOUT, start_new_session=True)


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def _wait_for(predicate, timeout: float, what: str, log: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    raise AssertionError(f"Timed out waiting for {what}; worker log:\n"
                         + log.read_text(errors="replace")[-3000:])


def _stop(worker: subprocess.Popen) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait(timeout=5)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_is_killed_mid_task_completes_after_redelivery(
        user, tmp_path):
    assert settings.REDIS_URL, "this test needs REDIS_URL (the broker a real worker uses)"
    queue = f"test-jobs-{uuid.uuid4().hex[:10]}"
    log = tmp_path / "worker.log"
    first = _start_worker(queue, log)
    second = None
    try:
        job = job_create(owner=user, kind="diagnostic", input={"seconds": 3},
                         credits_reserved=2)
        with warnings.catch_warnings():  # the test settings are eager; this goes to the broker
            warnings.simplefilter("ignore")
            app.send_task(sleep_then_complete.name, args=(job.id,), queue=queue)

        _wait_for(lambda: Job.objects.filter(pk=job.id, status="processing").exists(), 45,
                  "the first worker to start the job", log)
        child = _wait_for(lambda: _children(first.pid), 5, "the worker's pool process", log)[0]
        os.kill(child, signal.SIGKILL)  # the process running the task dies mid-sleep
        killed_at = time.monotonic()
        _stop(first)  # and that worker goes away; a new one takes over
        second = _start_worker(queue, log)

        _wait_for(lambda: Job.objects.filter(pk=job.id, status__in=Job.FINISHED).exists(), 45,
                  "the job to finish after the redelivery", log)
        job.refresh_from_db()
        assert job.status == "completed", job.error
        assert job.attempts == 2
        assert job.result == {"finishedOnAttempt": 2}
        assert job.credits_used == 2
        print(f"\nworker killed -> job completed on attempt {job.attempts} "  # noqa: T201
              f"{time.monotonic() - killed_at:.1f} s later")
    finally:
        _stop(first)
        if second is not None:
            _stop(second)
