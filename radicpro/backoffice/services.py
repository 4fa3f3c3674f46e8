"""Back-office writes that span apps: retrying a failed job through the app that owns its kind."""

from django.db import transaction

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create


def _task_for(kind: str):
    """The Celery task that runs jobs of `kind` (None: the kind cannot be retried)."""
    if kind == Job.Kind.GENERATION:
        from aiengine.tasks import run_generation_job

        return run_generation_job
    if kind == Job.Kind.SMART_IMAGE:
        from aiengine.tasks import run_smart_image_job

        return run_smart_image_job
    if kind == Job.Kind.EXPORT:
        from exports.tasks import run_export_job

        return run_export_job
    return None


RETRYABLE_KINDS = (Job.Kind.GENERATION, Job.Kind.SMART_IMAGE, Job.Kind.EXPORT)


@transaction.atomic
def job_retry(*, job: Job) -> Job:
    """Runs a failed job again as a new job with the same owner, kind and input.

    The failed job keeps its error (it is history); its credits were refunded when it failed,
    so the new job reserves them again (INSUFFICIENT_CREDITS when the owner is short). Exports
    are requested again through the exports app, at the design's current version. The new
    job's task is enqueued when the transaction commits.
    """
    if job.status != Job.Status.FAILED:
        raise ApiError(ErrorCode.CONFLICT, f"Only failed jobs can be retried; {job.id} is "
                       f"{job.status}.", retryable=False)
    task = _task_for(job.kind)
    if task is None:
        raise ApiError(ErrorCode.CONFLICT, f"Jobs of kind {job.kind!r} cannot be retried here.",
                       retryable=False)
    data = dict(job.input or {})
    if job.kind == Job.Kind.EXPORT:
        from exports.services import ExportSpec, export_request

        again = export_request(owner=job.owner, design_id=data.get("design_id", ""),
                               specs=[ExportSpec(**spec) for spec in data.get("exports", [])],
                               batch=bool(data.get("batch")))
    else:
        again = job_create(owner=job.owner, kind=job.kind, input=data,
                           credits_reserved=job.credits_reserved,
                           sandbox=bool(data.get("sandbox")))
    job_id = again.id
    transaction.on_commit(lambda: task.delay(job_id), robust=True)
    return again
