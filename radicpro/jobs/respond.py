"""How an endpoint answers with slow work: 202 at once (Prefer: respond-async) or wait."""

import time

from django.conf import settings
from django.db import connection, transaction
from rest_framework.response import Response

from .models import Job
from .services import error_from_json

POLL_FIRST = 0.05
POLL_MAX = 0.5


def prefers_async(request) -> bool:
    """True when the client sent `Prefer: respond-async`."""
    prefer = request.headers.get("Prefer", "")
    return any(part.strip().lower() == "respond-async"
               for item in prefer.split(",") for part in item.split(";")[:1])


def status_url(request, job_id: str) -> str:
    return request.build_absolute_uri(f"/v1/jobs/{job_id}")


def accepted(request, job: Job, *, preference_applied: bool = False) -> Response:
    """202 with the job's id, status and where to poll it."""
    url = status_url(request, job.id)
    headers = {"Location": url, "Retry-After": "1"}
    if preference_applied:
        headers["Preference-Applied"] = "respond-async"
    body = {"job_id": job.id, "id": job.id, "status": job.status, "progress": job.progress,
            "status_url": url}
    return Response(body, status=202, headers=headers)


def _enqueue(task, job_id: str) -> bool:
    """Sends the task once the job row is committed; True when waiting for it makes sense."""
    if task.app.conf.task_always_eager and connection.in_atomic_block:
        # Eager (tests, no worker): nothing outside this transaction needs to see the row.
        task.apply(args=(job_id,), throw=False)
        return True
    transaction.on_commit(lambda: task.delay(job_id))
    # Inside an outer transaction a worker cannot see the job until it commits: don't wait.
    return not connection.in_atomic_block


def _wait(job_id: str, bound: float) -> Job | None:
    deadline = time.monotonic() + bound
    pause = POLL_FIRST
    while True:
        job = Job.objects.filter(pk=job_id).first()
        if job is None or job.is_finished:
            return job
        left = deadline - time.monotonic()
        if left <= 0:
            return job
        time.sleep(min(pause, left))
        pause = min(pause * 2, POLL_MAX)


def run_job(request, *, job: Job, task, success_status: int = 200) -> Response:
    """Runs `task(job.id)` and answers with its result, its error, or 202 with the job.

    `Prefer: respond-async` answers 202 at once (with Preference-Applied). Otherwise the call
    waits up to RADICPRO_SYNC_WAIT_SECONDS for the job: its `result` is the body (status
    `success_status`), its error the error envelope; past the bound it answers 202 too.
    """
    if prefers_async(request):
        response = accepted(request, job, preference_applied=True)  # as created: queued
        _enqueue(task, job.id)
        return response
    can_wait = _enqueue(task, job.id)
    if not can_wait:
        return accepted(request, job)
    finished = _wait(job.id, settings.RADICPRO_SYNC_WAIT_SECONDS)
    if finished is None or not finished.is_finished:
        return accepted(request, finished or job)
    if finished.status == Job.Status.FAILED:
        raise error_from_json(finished.error or {})
    return Response(finished.result if finished.result is not None else {},
                    status=success_status)
