"""How an endpoint answers with slow work: 202 at once (Prefer: respond-async) or wait."""

from rest_framework.response import Response

from .models import Job
from .running import job_enqueue, job_outcome, job_run_and_wait


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


def run_job(request, *, job: Job, success_status: int = 200) -> Response:
    """Runs the job (its kind's task) and answers with its result, its error, or 202 with it.

    `Prefer: respond-async` answers 202 at once (with Preference-Applied). Otherwise the call
    waits up to RADICPRO_SYNC_WAIT_SECONDS for the job: its `result` is the body (status
    `success_status`), its error the error envelope; past the bound it answers 202 too.
    """
    if prefers_async(request):
        response = accepted(request, job, preference_applied=True)  # as created: queued
        job_enqueue(job=job)
        return response
    current = job_run_and_wait(job=job)
    result = job_outcome(current)
    if result is None:
        return accepted(request, current)
    return Response(result, status=success_status)
