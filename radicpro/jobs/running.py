"""Running a job: send its kind's task, and wait for it (the one place anything waits for a job)."""

import time

from django.conf import settings
from django.db import connection, transaction

from .models import Job
from .notify import job_finished_subscription, recheck_seconds
from .registry import job_kind
from .services import error_from_json


def job_enqueue(*, job: Job) -> bool:
    """Sends the kind's task for `job` once the row is committed; True when waiting makes sense.

    Inside a transaction a worker cannot see the job until it commits, so waiting would only
    run out the clock: False. With eager tasks (tests, no worker) inside a transaction the task
    runs here and now, since nothing outside this transaction needs to see the row.
    """
    task = job_kind(job.kind).task
    job_id = job.pk
    if task.app.conf.task_always_eager and connection.in_atomic_block:
        task.apply(args=(job_id,), throw=False)
        return True
    transaction.on_commit(lambda: task.delay(job_id))
    return not connection.in_atomic_block


def job_run_and_wait(*, job: Job, wait: float | None = None) -> Job:
    """Runs `job` and waits for it up to `wait` seconds (default RADICPRO_SYNC_WAIT_SECONDS).

    Returns the job as it stands then: finished, or still queued/processing when the wait ran
    out (or when the caller's open transaction keeps it from the workers until it commits).
    """
    bound = float(settings.RADICPRO_SYNC_WAIT_SECONDS if wait is None else wait)
    if not job_enqueue(job=job):
        return job
    return _wait_until_finished(job.pk, bound) or job


def _wait_until_finished(job_id: str, bound: float) -> Job | None:
    """Waits for the job's end to be announced (notify.py), re-reading its row on each wake-up
    and every recheck interval, until it finishes or `bound` seconds pass.

    Only this thread waits: under gunicorn's threaded workers the process goes on serving
    other requests meanwhile.
    """
    deadline = time.monotonic() + bound
    with job_finished_subscription(job_id) as finished:
        while True:
            job = Job.objects.filter(pk=job_id).first()
            if job is None or job.is_finished:
                return job
            left = deadline - time.monotonic()
            if left <= 0:
                return job
            finished.wait(min(recheck_seconds(), left))
            finished.clear()


def job_outcome(job: Job) -> dict | None:
    """A finished job's result (the sync call's body); its error raised when it failed; None
    while it is still queued or processing."""
    if job.status == Job.Status.FAILED:
        raise error_from_json(job.error or {})
    if job.status == Job.Status.COMPLETED:
        return job.result if job.result is not None else {}
    return None
