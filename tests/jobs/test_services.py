"""The job state machine: start, progress, complete, fail, re-delivery and the stuck-job sweep."""

from datetime import timedelta

import pytest
from django.utils import timezone

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs import services
from radicpro.jobs.models import Job
from radicpro.jobs.tasks import sweep_stuck_jobs

pytestmark = pytest.mark.django_db


def test_a_new_job_is_queued(user):
    job = services.job_create(owner=user, kind="generation", input={"prompt": "sale"})
    assert job.id.startswith("job_")
    assert (job.status, job.progress, job.attempts, job.credits_reserved) == ("queued", 0, 0, 0)
    assert job.deadline_at > timezone.now()


def test_start_progress_complete(user, emitted):
    job = services.job_create(owner=user, kind="generation", input={})
    started = services.job_start(job_id=job.id)
    assert (started.status, started.attempts) == ("processing", 1)
    assert started.started_at is not None

    services.job_progress(job_id=job.id, progress=60, message="Laying out.")
    services.job_progress(job_id=job.id, progress=30, message="Late report.")  # never backwards
    job.refresh_from_db()
    assert (job.progress, job.message) == (60, "Laying out.")

    services.job_complete(job_id=job.id, result={"design_id": "design_1",
                                                 "design_json": {"my_key": 1}})
    job.refresh_from_db()
    assert (job.status, job.progress) == ("completed", 100)
    assert job.result == {"designId": "design_1", "designJson": {"my_key": 1}}
    assert job.completed_at is not None
    assert [e[1] for e in emitted] == ["job.completed"]
    assert emitted[0][2]["jobId"] == job.id and emitted[0][2]["result"] == job.result


def test_a_finished_job_never_starts_or_changes_again(user, emitted):
    job = services.job_create(owner=user, kind="export", input={})
    services.job_start(job_id=job.id)
    services.job_complete(job_id=job.id, result={"ok": True})

    assert services.job_start(job_id=job.id) is None  # a re-delivered task does nothing
    assert services.job_fail(job_id=job.id, error=ApiError(ErrorCode.EXPORT_FAILED)) is None
    assert services.job_complete(job_id=job.id, result={"other": 1}) is None
    services.job_progress(job_id=job.id, progress=100, message="late")
    job.refresh_from_db()
    assert (job.status, job.result, job.attempts) == ("completed", {"ok": True}, 1)
    assert len(emitted) == 1


def test_a_redelivered_job_still_processing_starts_again_and_counts_attempts(user, settings):
    settings.RADICPRO_JOB_MAX_ATTEMPTS = 2
    job = services.job_create(owner=user, kind="generation", input={})
    services.job_start(job_id=job.id)
    again = services.job_start(job_id=job.id)  # the first worker died
    assert (again.status, again.attempts) == ("processing", 2)

    assert services.job_start(job_id=job.id) is None  # out of attempts: given up
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error["code"] == "SERVICE_UNAVAILABLE" and job.error["retryable"] is True


def test_fail_stores_the_error_and_refunds_the_reserved_credits(user, emitted):
    before = credit_balance(user=user)
    job = services.job_create(owner=user, kind="generation", input={}, credits_reserved=6)
    assert credit_balance(user=user) == before - 6
    services.job_start(job_id=job.id)
    services.job_fail(job_id=job.id, error=ApiError(ErrorCode.GENERATION_FAILED, "No layout.",
                                                    details={"stage": "layout"}))
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error == {"code": "GENERATION_FAILED", "message": "No layout.",
                         "details": {"stage": "layout"}, "retryable": True}
    assert job.credits_used == 0
    assert credit_balance(user=user) == before == ledger_sum(user=user)
    assert emitted[-1][1] == "job.failed"


def test_complete_settles_the_credits(user):
    before = credit_balance(user=user)
    job = services.job_create(owner=user, kind="generation", input={}, credits_reserved=4)
    services.job_start(job_id=job.id)
    services.job_complete(job_id=job.id, result={})
    job.refresh_from_db()
    assert (job.credits_reserved, job.credits_used) == (4, 4)
    assert credit_balance(user=user) == before - 4 == ledger_sum(user=user)


def test_a_job_cannot_be_created_without_the_credits(user):
    balance = credit_balance(user=user)
    with pytest.raises(ApiError) as caught:
        services.job_create(owner=user, kind="generation", input={}, credits_reserved=balance + 1)
    assert caught.value.code is ErrorCode.INSUFFICIENT_CREDITS
    assert caught.value.details == {"required": balance + 1, "available": balance}
    assert not Job.objects.exists()


def test_the_sweep_fails_stuck_jobs_with_a_retryable_error_and_refunds(user, emitted):
    before = credit_balance(user=user)
    stuck = services.job_create(owner=user, kind="generation", input={}, credits_reserved=2)
    services.job_start(job_id=stuck.id)
    never_started = services.job_create(owner=user, kind="export", input={})
    healthy = services.job_create(owner=user, kind="generation", input={})
    services.job_start(job_id=healthy.id)
    past = timezone.now() - timedelta(seconds=1)
    Job.objects.filter(pk__in=[stuck.pk, never_started.pk]).update(deadline_at=past)

    assert sweep_stuck_jobs.apply().get() == 2
    stuck.refresh_from_db()
    never_started.refresh_from_db()
    healthy.refresh_from_db()
    assert stuck.status == never_started.status == "failed"
    assert stuck.error["code"] == "SERVICE_UNAVAILABLE" and stuck.error["retryable"] is True
    assert "stopped responding" in stuck.error["message"]
    assert healthy.status == "processing"
    assert credit_balance(user=user) == before == ledger_sum(user=user)
    assert sweep_stuck_jobs.apply().get() == 0  # nothing twice


def test_a_sandbox_job_reserves_nothing_and_uses_nothing(user):
    before = credit_balance(user=user)
    job = services.job_create(owner=user, kind="generation", input={}, credits_reserved=8,
                              sandbox=True)
    assert job.credits_reserved == 0 and job.reservation_id
    services.job_start(job_id=job.id)
    services.job_complete(job_id=job.id, result={})
    job.refresh_from_db()
    assert job.credits_used == 0
    assert credit_balance(user=user) == before


def test_a_transient_error_is_retried_and_the_job_completes(user, settings):
    settings.CELERY_TASK_EAGER_PROPAGATES = False  # eager retries re-run inline, like a worker
    from .worker_tasks import flaky_job

    job = services.job_create(owner=user, kind="test_flaky", input={})
    flaky_job.apply(args=(job.id,), throw=False)
    job.refresh_from_db()
    assert (job.status, job.attempts, job.result) == ("completed", 2, {"attempt": 2})


def test_a_service_that_stays_down_fails_the_job_after_the_retries(user, settings):
    settings.CELERY_TASK_EAGER_PROPAGATES = False  # eager retries re-run inline, like a worker
    from .worker_tasks import always_down_job

    before = credit_balance(user=user)
    job = services.job_create(owner=user, kind="test_down", input={}, credits_reserved=2)
    always_down_job.apply(args=(job.id,), throw=False)
    job.refresh_from_db()
    assert job.status == "failed"
    assert job.error["code"] == "SERVICE_UNAVAILABLE" and job.error["retryable"] is True
    assert job.attempts == 3
    assert credit_balance(user=user) == before
