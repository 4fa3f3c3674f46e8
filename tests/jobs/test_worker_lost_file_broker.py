"""The embedded defaults' file-system broker: a job whose whole worker is killed runs again when a
worker starts, because the file broker has no acks and the message left with the dead worker."""

import os
import signal
import subprocess
import sys
import uuid
import warnings
from pathlib import Path

import pytest
from django.conf import settings
from kombu import Connection

from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs.models import Job
from radicpro.jobs.recovery import queued_job_ids
from radicpro.jobs.services import job_create

from .worker import ROOT, children, database_url, stop, wait_for
from .worker_tasks import sleep_then_complete


def _broker_options(var_dir: Path) -> dict:
    broker = var_dir / "broker"
    return {"data_folder_in": str(broker / "queue"), "data_folder_out": str(broker / "queue"),
            "processed_folder": str(broker / "processed"),
            "control_folder": str(broker / "control"), "store_processed": False}


def _send(var_dir: Path, job_id: str) -> None:
    from radicpro.celery import app

    for folder in ("queue", "processed", "control"):
        (var_dir / "broker" / folder).mkdir(parents=True, exist_ok=True)
    with Connection("filesystem://", transport_options=_broker_options(var_dir)) as conn, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")  # AlwaysEagerIgnored: going to the broker is the point
        app.send_task(sleep_then_complete.name, args=(job_id,), connection=conn)


def _start_worker(var_dir: Path, log: Path, node: str) -> subprocess.Popen:
    """A worker on the file broker under `var_dir`, named `node` (a restart keeps its name, as
    under `make run`)."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "radicpro.settings.base",
           "DATABASE_URL": database_url(), "REDIS_URL": settings.REDIS_URL,
           "CELERY_BROKER_URL": "filesystem://", "RADICPRO_VAR_DIR": str(var_dir),
           "CELERY_TASK_ALWAYS_EAGER": "0", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "celery", "-A", "radicpro", "worker",
               "--include", "tests.jobs.worker_kinds", "--concurrency", "1", "--pool", "prefork",
               "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "INFO",
               "-n", node]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("ab"),  # noqa: S603
                            stderr=subprocess.STDOUT, start_new_session=True)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_job_whose_whole_worker_dies_on_the_file_broker_runs_again_when_a_worker_starts(
        user, tmp_path, settings):
    assert settings.REDIS_URL, "this test needs REDIS_URL (the cache the worker shares)"
    settings.CELERY_BROKER_URL = "filesystem://"
    settings.CELERY_BROKER_TRANSPORT_OPTIONS = _broker_options(tmp_path)
    log = tmp_path / "worker.log"
    node = f"fs-{uuid.uuid4().hex[:6]}@%h"
    first = _start_worker(tmp_path, log, node)
    second = None
    try:
        before = credit_balance(user=user)
        job = job_create(owner=user, kind="test_sleep", input={"seconds": 4}, credits_reserved=2)
        _send(tmp_path, job.id)
        wait_for(lambda: Job.objects.filter(pk=job.id, status="processing").exists(), 60,
                 "the first worker to start the job", log)
        wait_for(lambda: children(first.pid), 5, "the worker's pool process", log)
        os.killpg(first.pid, signal.SIGKILL)  # the whole worker, parent and pool, at once
        first.wait(timeout=10)
        # The message left with the dead worker: nothing in the queue would ever run the job.
        assert job.id not in queued_job_ids()
        assert Job.objects.get(pk=job.id).status == "processing"

        second = _start_worker(tmp_path, log, node)
        wait_for(lambda: Job.objects.filter(pk=job.id, status__in=Job.FINISHED).exists(), 60,
                 "the job to finish on the restarted worker", log)
        job.refresh_from_db()
        assert job.status == "completed", job.error
        assert job.attempts == 2
        assert job.result == {"finishedOnAttempt": 2}
        assert job.credits_used == 2
        assert credit_balance(user=user) == before - 2 == ledger_sum(user=user)
    finally:
        for worker in (first, second):
            if worker is not None:
                stop(worker)
