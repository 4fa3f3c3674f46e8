"""A real Celery worker killed mid-task: the job is redelivered and completes, never stuck."""

import os
import signal
import time

import pytest
from django.conf import settings

from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create

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
        job = job_create(owner=user, kind="diagnostic", input={"seconds": 3},
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
