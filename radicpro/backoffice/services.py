"""Back-office writes that span apps: retrying a failed job through the app that owns its kind."""

from django.db import transaction

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.jobs.models import Job
from radicpro.jobs.registry import job_kind_or_none


@transaction.atomic
def job_retry(*, job: Job) -> Job:
    """Runs a failed job again as a new job, made by its kind's registered `retry`.

    The failed job keeps its error (it is history); its credits were refunded when it failed,
    so the new job reserves them again (INSUFFICIENT_CREDITS when the owner is short). The app
    that owns the kind decides what "again" means (e.g. exports are requested again at the
    design's current version). The new job's task is enqueued when the transaction commits.
    """
    if job.status != Job.Status.FAILED:
        raise ApiError(ErrorCode.CONFLICT, f"Only failed jobs can be retried; {job.id} is "
                       f"{job.status}.", retryable=False)
    kind = job_kind_or_none(job.kind)
    if kind is None or kind.retry is None:
        raise ApiError(ErrorCode.CONFLICT, f"Jobs of kind {job.kind!r} cannot be retried here.",
                       retryable=False)
    again = kind.retry(job=job)
    job_id, task = again.pk, kind.task
    transaction.on_commit(lambda: task.delay(job_id), robust=True)
    return again
