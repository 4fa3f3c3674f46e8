"""A real Celery worker killed mid-task: the job is redelivered and completes, never stuck."""

import os
import signal
import time

import pytest
from django.conf import settings

from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create
from radicpro.jobs.tasks import sweep_stuck_jobs

from .worker import children, new_queue, send, start_worker, stop, wait_for
from .worker_tasks import sleep_then_complete


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_job_whose_worker_is_killed_mid_task_completes_after_redelivery(
        user, tmp_path):
    assert settings.REDIS_URL, "this test needs REDIS_URL (the broker a real worker uses)"
    queue = new_queue()
    log = tmp_path / "worker.log"
    first = start_worker(queue, log)
    second = None
    try:
        job = job_create(owner=user, kind="test_sleep", input={"seconds": 3},
                         credits_reserved=2)
        send(sleep_then_complete.name, (job.id,), queue)

        wait_for(lambda: Job.objects.filter(pk=job.id, status="processing").exists(), 45,
                  "the first worker to start the job", log)
        child = wait_for(lambda: children(first.pid), 5, "the worker's pool process", log)[0]
        os.kill(child, signal.SIGKILL)  # the process running the task dies mid-sleep
        killed_at = time.monotonic()
        stop(first)  # and that worker goes away; a new one takes over
        second = start_worker(queue, log)

        wait_for(lambda: Job.objects.filter(pk=job.id, status__in=Job.FINISHED).exists(), 45,
                  "the job to finish after the redelivery", log)
        job.refresh_from_db()
        assert job.status == "completed", job.error
        assert job.attempts == 2
        assert job.result == {"finishedOnAttempt": 2}
        assert job.credits_used == 2
        print(f"\nworker killed -> job completed on attempt {job.attempts} "  # noqa: T201
              f"{time.monotonic() - killed_at:.1f} s later")
    finally:
        stop(first)
        if second is not None:
            stop(second)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_job_whose_whole_worker_dies_is_failed_by_the_sweep_not_left_processing(
        user, tmp_path):
    assert settings.REDIS_URL, "this test needs REDIS_URL (the broker a real worker uses)"
    queue = new_queue()
    log = tmp_path / "worker.log"
    worker = start_worker(queue, log, RADICPRO_JOB_RUN_TIMEOUT="2")
    try:
        before = credit_balance(user=user)
        job = job_create(owner=user, kind="test_sleep", input={"seconds": 60},
                         credits_reserved=2)
        send(sleep_then_complete.name, (job.id,), queue)
        wait_for(lambda: Job.objects.filter(pk=job.id, status="processing").exists(), 45,
                 "the worker to start the job", log)
        os.killpg(worker.pid, signal.SIGKILL)  # the whole worker, parent and pool, at once
        worker.wait(timeout=10)
        # Its message stays unacknowledged in the broker for an hour; the sweep does not wait.
        time.sleep(2.5)
        assert sweep_stuck_jobs.apply().get() == 1
        job.refresh_from_db()
        assert job.status == "failed"
        assert job.error["code"] == "SERVICE_UNAVAILABLE" and job.error["retryable"] is True
        assert "stopped responding while running" in job.error["message"]
        assert credit_balance(user=user) == before == ledger_sum(user=user)
    finally:
        stop(worker)
