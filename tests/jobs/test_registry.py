"""The job-kind registry: kinds come from the apps; their task, result, retry and failure hook."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone
from rest_framework import serializers

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.backoffice.services import job_retry
from radicpro.billing.selectors import credit_balance
from radicpro.jobs import services
from radicpro.jobs.models import Job
from radicpro.jobs.registry import (
    UnknownJobKind,
    job_kind,
    register_job_kind,
    retryable_kinds,
    unregister_job_kind,
)
from radicpro.jobs.registry import job_kinds as registered_kinds
from radicpro.jobs.tasks import job_task
from tests.api_contract import assert_success

from .factories import JobFactory
from .worker_tasks import echo_job

pytestmark = pytest.mark.django_db

APP_KINDS = {"generation", "smart_image", "adapt", "export", "tool"}


@dataclass(frozen=True)
class Receipt:
    """A domain object a task returns (not a response body)."""

    job: Job
    amount_cents: int


class ReceiptOutput(serializers.Serializer):
    amount_cents = serializers.IntegerField()
    paid_by = serializers.CharField(source="job.owner.email")


@job_task(name="tests.jobs.receipt")
def receipt_job(job):
    return Receipt(job=job, amount_cents=int(job.input.get("cents", 0)))


def test_a_job_of_a_kind_no_app_registered_is_refused_before_anything_is_reserved(user):
    before = credit_balance(user=user)
    with pytest.raises(UnknownJobKind, match="webhook_batch"):
        services.job_create(owner=user, kind="webhook_batch", input={}, credits_reserved=2)
    assert not Job.objects.exists()
    assert credit_balance(user=user) == before


def test_the_apps_register_their_own_kinds():
    assert APP_KINDS <= set(registered_kinds())
    for name in APP_KINDS:
        kind = job_kind(name)
        assert kind.task is not None and kind.result_serializer is not None, name
    assert retryable_kinds() == ["generation", "smart_image", "adapt", "export"]
    assert job_kind("export").on_failed is not None


def test_a_kind_name_fits_the_column_and_a_kind_is_registered_once(job_kinds):
    with pytest.raises(ValueError, match="lowercase"):
        job_kinds("Not-A-Kind", task=echo_job)
    with pytest.raises(ValueError, match="lowercase"):
        job_kinds("k" * 41, task=echo_job)
    job_kinds("test_once", task=echo_job)
    register_job_kind("test_once", task=echo_job)  # the same again (ready() twice): harmless
    with pytest.raises(ValueError, match="already registered"):
        register_job_kind("test_once", task=receipt_job)


@pytest.mark.urls("tests.jobs.urls_for_jobs")
def test_the_kinds_serializer_renders_what_its_task_returned(api, user, job_kinds):
    job_kinds("test_receipt", task=receipt_job, result_serializer=ReceiptOutput)
    body = assert_success(api.post("/v1/test/slow/receipt", {}, format="json"), 201)
    job = Job.objects.get(owner=user)
    assert body == {"amountCents": 0, "paidBy": user.email}
    assert job.result == body
    assert assert_success(api.get(f"/v1/jobs/{job.id}"))["result"] == body


@pytest.mark.urls("tests.jobs.urls_for_jobs")
def test_a_kind_whose_serializer_fails_fails_the_job(api, user, job_kinds):
    class Broken(serializers.Serializer):
        missing = serializers.CharField()

    job_kinds("test_receipt", task=receipt_job, result_serializer=Broken)
    response = api.post("/v1/test/slow/receipt", {}, format="json")
    assert response.status_code == 500
    job = Job.objects.get(owner=user)
    assert (job.status, job.error["code"]) == ("failed", "SERVER_ERROR")


def test_the_back_office_retries_a_job_through_its_kinds_retry(
        user, job_kinds, django_capture_on_commit_callbacks):
    made = []

    def retry(*, job):
        again = services.job_create(owner=job.owner, kind=job.kind, input={"again": job.pk})
        made.append(again.pk)
        return again

    job_kinds("test_receipt", task=receipt_job, result_serializer=ReceiptOutput, retry=retry)
    failed = services.job_create(owner=user, kind="test_receipt", input={"cents": 250})
    failed = services.job_fail(job_id=failed.pk, error=ApiError(ErrorCode.SERVICE_UNAVAILABLE))
    with django_capture_on_commit_callbacks(execute=True):
        again = job_retry(job=failed)
    again.refresh_from_db()
    assert made == [again.pk]
    assert again.input == {"again": failed.pk}
    assert again.status == "completed"  # the kind's task ran it (eagerly here)
    assert again.result == {"amountCents": 0, "paidBy": user.email}


def test_a_kind_without_retry_is_not_retried(user, job_kinds):
    job_kinds("test_receipt", task=receipt_job)
    failed = services.job_create(owner=user, kind="test_receipt", input={})
    failed = services.job_fail(job_id=failed.pk, error=ApiError(ErrorCode.SERVICE_UNAVAILABLE))
    with pytest.raises(ApiError) as raised:
        job_retry(job=failed)
    assert raised.value.code is ErrorCode.CONFLICT
    assert "cannot be retried" in raised.value.message
    assert Job.objects.count() == 1


def test_a_failed_job_runs_its_kinds_failure_hook_also_when_swept(user, job_kinds):
    failures = []

    def on_failed(*, job_id, error):
        failures.append((job_id, error.code.name))

    job_kinds("test_receipt", task=receipt_job, on_failed=on_failed)
    failed = services.job_create(owner=user, kind="test_receipt", input={})
    services.job_fail(job_id=failed.pk, error=ApiError(ErrorCode.EXPORT_FAILED))
    stuck = services.job_create(owner=user, kind="test_receipt", input={})
    Job.objects.filter(pk=stuck.pk).update(deadline_at=timezone.now())
    services.jobs_sweep_stuck(now=timezone.now() + timedelta(seconds=1))
    assert failures == [(failed.pk, "EXPORT_FAILED"), (stuck.pk, "SERVICE_UNAVAILABLE")]


def test_a_row_of_a_kind_this_process_does_not_know_still_completes_and_fails(user):
    done = JobFactory(owner=user, kind="retired_kind", status="processing")
    assert services.job_complete(job_id=done.pk, result={"kept_as": "given"}).result == \
        {"keptAs": "given"}
    failed = JobFactory(owner=user, kind="retired_kind", status="processing")
    assert services.job_fail(job_id=failed.pk, error=ApiError(ErrorCode.SERVER_ERROR)).status \
        == "failed"


def test_the_schema_s_job_kinds_are_those_registered_when_it_is_built(anon_client, job_kinds):
    def kinds_in_schema() -> set[str]:
        schema = anon_client.get("/v1/openapi.json").json()
        return set(schema["components"]["schemas"]["Job"]["discriminator"]["mapping"])

    assert kinds_in_schema() == set(registered_kinds())
    job_kinds("test_late", task=echo_job)  # a kind registered after a first build
    assert "test_late" in kinds_in_schema()
    unregister_job_kind("test_late")
    assert "test_late" not in kinds_in_schema()
