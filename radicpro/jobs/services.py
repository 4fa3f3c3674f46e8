"""Job writes: create, rerun, start (idempotent), progress, complete, fail; the stuck-job sweep."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from radicpro.api.casing import camelize
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.observability import JOB_DURATION
from radicpro.billing import selectors as billing_selectors
from radicpro.billing import services as billing
from radicpro.webhooks.events import JOB_COMPLETED, JOB_FAILED, EventType

from .models import Job
from .notify import job_finished_announce
from .registry import job_failed, job_kind

logger = logging.getLogger(__name__)


def _emit(*, job: Job, event: EventType) -> None:
    from radicpro.webhooks.services import event_emit

    event_emit(user=job.owner, event=event, job_id=job.id, kind=job.kind, status=job.status,
               credits_used=job.credits_used, result=job.result, error=job.error)


def error_to_json(error: ApiError) -> dict:
    """The error envelope's `error` object, as stored on the job."""
    return {"code": error.code.name, "message": error.message, "details": error.details,
            "retryable": error.retryable}


def error_from_json(error: dict) -> ApiError:
    """The ApiError a stored job error stands for (unknown codes become SERVER_ERROR)."""
    code = ErrorCode.__members__.get(str(error.get("code")), ErrorCode.SERVER_ERROR)
    return ApiError(code, error.get("message") or None, details=error.get("details") or {},
                    retryable=error.get("retryable"))


@transaction.atomic
def job_create(*, owner, kind: str, input: dict, credits_reserved: int = 0,  # noqa: A002
               sandbox: bool = False, reservation=None) -> Job:
    """A queued job.

    Credits: pass `credits_reserved=N` and the job reserves N credits from the owner now
    (INSUFFICIENT_CREDITS, 402, if short; nothing for `sandbox=True`, i.e. rp_test_ keys), or
    pass a `reservation` you made with `billing.services.credits_reserve` and the job adopts it
    (don't do both: that would charge twice). Either way the job settles the reservation when
    it completes and refunds it when it fails. `kind` must be registered (registry.py):
    UnknownJobKind otherwise, before anything is reserved.
    """
    job_kind(kind)  # UnknownJobKind for a kind no app registered
    job = Job(owner=owner, kind=kind, input=input or {},
              deadline_at=timezone.now() + timedelta(seconds=settings.RADICPRO_JOB_QUEUE_TIMEOUT))
    if reservation is None and credits_reserved > 0:
        reservation = billing.credits_reserve(user=owner, amount=credits_reserved, reason=kind,
                                              reference=job.id, sandbox=sandbox)
    if reservation is not None:
        job.reservation_id = reservation.id
        job.credits_reserved = reservation.amount
    job.save(force_insert=True)
    return job


@transaction.atomic
def job_rerun(*, job: Job) -> Job:
    """A new queued job with `job`'s owner, kind and input, reserving its credits again (402
    INSUFFICIENT_CREDITS when short): the retry of kinds whose jobs simply run again."""
    data = dict(job.input or {})
    return job_create(owner=job.owner, kind=job.kind, input=data,
                      credits_reserved=job.credits_reserved, sandbox=bool(data.get("sandbox")))


@transaction.atomic
def job_start(*, job_id: str) -> Job | None:
    """Marks the job processing and counts the attempt; None when it already finished.

    Safe to call again for a re-delivered task: a job still `processing` (its worker died)
    starts over; one that ran out of attempts fails instead (and None is returned).
    """
    job = Job.objects.select_for_update().filter(pk=job_id).first()
    if job is None or job.is_finished:
        return None
    now = timezone.now()
    if job.attempts >= settings.RADICPRO_JOB_MAX_ATTEMPTS:
        _finish_failed(job, ApiError(
            ErrorCode.SERVICE_UNAVAILABLE,
            f"The job was started {job.attempts} times without finishing and was given up; "
            "please retry.",
            details={"attempts": job.attempts}))
        return None
    job.status = Job.Status.PROCESSING
    job.attempts += 1
    job.started_at = job.started_at or now
    job.deadline_at = now + timedelta(seconds=settings.RADICPRO_JOB_RUN_TIMEOUT)
    if job.attempts > 1:
        job.message = f"Retrying (attempt {job.attempts})."
    job.save(update_fields=["status", "attempts", "started_at", "deadline_at", "message",
                            "updated_at"])
    return job


@transaction.atomic
def job_progress(*, job_id: str, progress: int, message: str = "") -> None:
    """Records progress (0–100, never backwards) of a job that is still running."""
    progress = max(0, min(100, int(progress)))
    (Job.objects.filter(pk=job_id, status=Job.Status.PROCESSING, progress__lte=progress)
     .update(progress=progress, message=message[:500], updated_at=timezone.now()))


@transaction.atomic
def job_complete(*, job_id: str, result: dict) -> Job | None:
    """Completes the job with `result` (camelCased now); settles its credits. None if finished."""
    job = Job.objects.select_for_update().filter(pk=job_id).first()
    if job is None or job.is_finished:
        return None
    if job.reservation_id:
        reservation = billing.credits_settle(reservation=job.reservation_id)
        job.credits_used = reservation.amount
    job.status = Job.Status.COMPLETED
    job.progress = 100
    job.message = "Completed."
    job.result = camelize(result)
    job.error = None
    job.completed_at = timezone.now()
    job.save()
    _observe_duration(job, "completed")
    _emit(job=job, event=JOB_COMPLETED)
    _announce_on_commit(job.id)
    return job


def _announce_on_commit(job_id: str) -> None:
    """Wakes the requests waiting for the job once its finished row is visible to them."""
    transaction.on_commit(lambda: job_finished_announce(job_id))


def _observe_duration(job: Job, outcome: str) -> None:
    """Job run time (from start, or creation if it never started) in the Prometheus metrics."""
    started = job.started_at or job.created_at
    finished = job.completed_at or timezone.now()
    JOB_DURATION.labels(job.kind, outcome).observe(max(0.0, (finished - started).total_seconds()))


@transaction.atomic
def job_fail(*, job_id: str, error: ApiError, traceback_summary: str = "") -> Job | None:
    """Fails the job with `error` and refunds its reserved credits. None if already finished.

    `traceback_summary` (operators only, shown in the admin) records an unexpected crash.
    """
    job = Job.objects.select_for_update().filter(pk=job_id).first()
    if job is None or job.is_finished:
        return None
    job.traceback_summary = traceback_summary[-4000:]
    _finish_failed(job, error)
    return job


def _finish_failed(job: Job, error: ApiError) -> None:
    if job.reservation_id:
        billing.credits_refund(reservation=job.reservation_id, reason=f"{job.kind} failed")
    job.status = Job.Status.FAILED
    job.message = error.message[:500]
    job.error = error_to_json(error)
    job.credits_used = 0
    job.completed_at = timezone.now()
    job.save()
    job_failed(job=job, error=error)
    _observe_duration(job, "failed")
    _emit(job=job, event=JOB_FAILED)
    _announce_on_commit(job.id)


def jobs_sweep_stuck(*, now=None, batch: int = 500) -> int:
    """Fails queued/processing jobs past their deadline (a retryable error); returns how many."""
    now = now or timezone.now()
    ids = list(Job.objects.filter(status__in=[Job.Status.QUEUED, Job.Status.PROCESSING],
                                  deadline_at__lt=now).values_list("pk", flat=True)[:batch])
    swept = 0
    for job_id in ids:
        with transaction.atomic():
            job = Job.objects.select_for_update(skip_locked=True).filter(
                pk=job_id, status__in=[Job.Status.QUEUED, Job.Status.PROCESSING],
                deadline_at__lt=now).first()
            if job is None:
                continue
            where = "waiting for a worker" if job.status == Job.Status.QUEUED else "running"
            _finish_failed(job, ApiError(
                ErrorCode.SERVICE_UNAVAILABLE,
                f"The job stopped responding while {where} and was abandoned; please retry.",
                details={"attempts": job.attempts}, retryable=True))
            swept += 1
    if swept:
        logger.warning("Swept %d stuck jobs", swept)
    return swept


def reservations_sweep_unsettled(*, now=None) -> int:
    """Settles or refunds held credit reservations older than RADICPRO_RESERVATION_TIMEOUT
    that no unfinished job holds; returns how many.

    A reservation whose job completed is settled; one whose job failed, or that no job holds
    (the request that made it died before settling it), is refunded.
    """
    now = now or timezone.now()
    before = now - timedelta(seconds=settings.RADICPRO_RESERVATION_TIMEOUT)
    swept = 0
    for reservation_id, reference in billing_selectors.reservations_held_since_before(
            before=before):
        with transaction.atomic():
            holders = Job.objects.select_for_update()
            job = (holders.filter(pk=reference, reservation_id=reservation_id).first()
                   or holders.filter(reservation_id=reservation_id).first())
            if job is not None and not job.is_finished:
                continue  # the job settles it (or the stuck-job sweep fails it)
            if job is not None and job.status == Job.Status.COMPLETED:
                billing.credits_settle(reservation=reservation_id)
            else:
                billing.credits_refund(reservation=reservation_id,
                                       reason="never settled (the work stopped)")
            swept += 1
    if swept:
        logger.warning("Swept %d credit reservations never settled", swept)
    return swept
