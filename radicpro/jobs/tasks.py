"""Job task helpers (acks_late, idempotent starts, time limits) and the periodic sweeps."""

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.db import InterfaceError, OperationalError

from radicpro.api.errors import ApiError, ErrorCode

from . import recovery, services
from .models import Job
from .registry import job_result_body

logger = logging.getLogger(__name__)

# Failures worth another go: the database or a network peer blinked.
TRANSIENT_ERRORS: tuple[type[BaseException], ...] = (OperationalError, InterfaceError,
                                                     ConnectionError, TimeoutError)


def job_task(*, name: str | None = None, max_retries: int = 3, time_limit: int | None = None,
             soft_time_limit: int | None = None,
             retry_for: tuple[type[BaseException], ...] = TRANSIENT_ERRORS) -> Callable:
    """Turns `func(job: Job) -> value` into a Celery task taking a job id.

    The task starts the job (doing nothing if it already finished, so a re-delivered message
    is harmless), completes it with the returned value rendered by the kind's result
    serializer (registry.job_result_body), or fails it with the ApiError raised
    (any other exception is a SERVER_ERROR). acks_late + reject_on_worker_lost: a worker that
    dies mid-task gets the message redelivered; transient errors in `retry_for` are retried
    with backoff, then fail the job; when the job's own bookkeeping hits one (the database away
    while starting or finishing it), the whole task is retried. The task claims the job for its
    worker (radicpro.jobs.recovery), so the job of a worker that dies is sent again.
    """

    def decorator(func: Callable[[Job], Any]):
        options: dict[str, Any] = {"bind": True, "acks_late": True, "reject_on_worker_lost": True,
                   "max_retries": max_retries, "name": name}
        if time_limit is not None:
            options["time_limit"] = time_limit
        if soft_time_limit is not None:
            options["soft_time_limit"] = soft_time_limit
        if options["name"] is None:
            options.pop("name")

        @shared_task(**options)
        @functools.wraps(func)
        def run(self, job_id: str):
            try:
                return attempt(self, job_id)
            except retry_for as exc:  # the job's own writes (start, complete, fail) blinked
                if self.request.retries < self.max_retries:
                    raise self.retry(exc=exc, countdown=2 ** (self.request.retries + 1)) from exc
                raise  # left processing: the orphan recovery or the stuck-job sweep ends it
            finally:
                if not self.request.is_eager:
                    recovery.job_release(job_id=job_id)

        def attempt(self, job_id: str):
            if not self.request.is_eager and recovery.job_running_elsewhere(job_id=job_id):
                # A second message while another live process runs the job: look again later
                # (a no-op once it finished; the run of the job if that process died meanwhile).
                logger.info("Job %s runs in another process; looking again later", job_id)
                raise self.retry(countdown=recovery.NODE_STALE_AFTER / 2,
                                 max_retries=self.request.retries + 1)
            job = services.job_start(job_id=job_id)
            if job is None:
                return None
            if self.request.hostname and not self.request.is_eager:
                recovery.job_claim(job_id=job_id, host=self.request.hostname)
            try:
                result = job_result_body(job=job, value=func(job))
            except ApiError as error:
                services.job_fail(job_id=job_id, error=error)
                return None
            except SoftTimeLimitExceeded:
                services.job_fail(job_id=job_id, error=ApiError(
                    ErrorCode.SERVICE_UNAVAILABLE, "The job took too long and was stopped.",
                    retryable=True))
                return None
            except retry_for as exc:
                if self.request.retries < self.max_retries:
                    raise self.retry(exc=exc, countdown=2 ** self.request.retries) from exc
                logger.exception("Job %s failed after %d retries", job_id, self.max_retries)
                services.job_fail(job_id=job_id, error=ApiError(
                    ErrorCode.SERVICE_UNAVAILABLE,
                    "A service the job needs is unavailable; please retry.", retryable=True),
                    traceback_summary=traceback.format_exc(limit=-8))
                return None
            except Exception:
                logger.exception("Job %s (%s) crashed", job_id, job.kind)
                services.job_fail(job_id=job_id, error=ApiError(
                    ErrorCode.SERVER_ERROR, "The job failed unexpectedly."),
                    traceback_summary=traceback.format_exc(limit=-8))
                return None
            services.job_complete(job_id=job_id, result=result)
            return job_id

        return run

    return decorator


@shared_task(name="radicpro.jobs.tasks.sweep_stuck_jobs", acks_late=True)
def sweep_stuck_jobs() -> int:
    """Beat, every minute: jobs past their deadline fail with a retryable error (refunded)."""
    return services.jobs_sweep_stuck()


@shared_task(name="radicpro.jobs.tasks.purge_idempotency_records", acks_late=True)
def purge_idempotency_records() -> int:
    """Beat, hourly: forgets Idempotency-Key records past their 24 h."""
    from radicpro.api.idempotency import purge_expired

    return purge_expired()


@shared_task(name="radicpro.jobs.tasks.recover_orphaned_jobs", acks_late=True)
def recover_orphaned_jobs() -> int:
    """Beat, every 30 s: jobs whose worker died (restarted or silent) are sent again."""
    return len(recovery.jobs_recover_orphans())


@shared_task(name="radicpro.jobs.tasks.sweep_unsettled_reservations", acks_late=True)
def sweep_unsettled_reservations() -> int:
    """Beat, every 10 min: credit reservations no job will ever settle are settled or refunded."""
    return services.reservations_sweep_unsettled()
