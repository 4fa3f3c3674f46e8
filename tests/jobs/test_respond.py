"""run_job: wait and answer with the result, 202 on Prefer: respond-async or past the bound."""

import pytest

from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs.models import Job
from tests.api_contract import assert_error, assert_success

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.jobs.urls_for_jobs")]


def test_sync_call_answers_with_the_jobs_result(api, user):
    response = api.post("/v1/test/slow/echo", {"cost": 2}, format="json")
    data = assert_success(response, 201)
    assert data == {"jobKind": "test_echo", "echoInput": {"which": "echo"},
                    "designJson": {"keep_me": 1}}
    job = Job.objects.get(owner=user)
    assert (job.status, job.credits_used, job.progress) == ("completed", 2, 100)


@pytest.mark.django_db(transaction=True)
def test_sync_call_outside_a_test_transaction_waits_for_the_job(api, user):
    data = assert_success(api.post("/v1/test/slow/echo", {}, format="json"), 201)
    assert data["jobKind"] == "test_echo"


def test_prefer_respond_async_answers_202_at_once(api, user):
    response = api.post("/v1/test/slow/echo", {}, format="json", HTTP_PREFER="respond-async")
    data = assert_success(response, 202)
    job = Job.objects.get(owner=user)
    assert data["jobId"] == data["id"] == job.id
    assert data["status"] == "queued"
    assert data["statusUrl"].endswith(f"/v1/jobs/{job.id}")
    assert response["Location"] == data["statusUrl"]
    assert response["Preference-Applied"] == "respond-async"
    polled = assert_success(api.get(f"/v1/jobs/{job.id}"))
    assert polled["status"] == "completed"
    assert polled["result"]["jobKind"] == "test_echo"


@pytest.mark.django_db(transaction=True)
def test_past_the_wait_bound_the_answer_is_202_with_the_job(api, user, settings):
    settings.RADICPRO_SYNC_WAIT_SECONDS = 0.3
    response = api.post("/v1/test/slow/never", {}, format="json")
    data = assert_success(response, 202)
    assert data["status"] == "queued"
    assert "Preference-Applied" not in response
    assert Job.objects.get(pk=data["jobId"]).status == "queued"


def test_a_failed_job_answers_with_its_error_and_refunds(api, user):
    before = credit_balance(user=user)
    error = assert_error(api.post("/v1/test/slow/fail", {"cost": 4}, format="json"), 500,
                         "GENERATION_FAILED")
    assert error["message"] == "The layout model gave up."
    assert error["details"] == {"stage": "layout"} and error["retryable"] is True
    job = Job.objects.get(owner=user)
    assert job.status == "failed" and job.credits_used == 0
    assert credit_balance(user=user) == before == ledger_sum(user=user)
    polled = assert_success(api.get(f"/v1/jobs/{job.id}"))
    assert polled["error"]["code"] == "GENERATION_FAILED"


def test_a_crashing_task_fails_its_job_with_a_server_error(api, user):
    error = assert_error(api.post("/v1/test/slow/crash", {}, format="json"), 500, "SERVER_ERROR")
    assert error["message"] == "The job failed unexpectedly."
    job = Job.objects.get(owner=user)
    assert job.status == "failed"
    # Operators get the crash's last frames; the owner never sees them.
    assert "RuntimeError: a bug" in job.traceback_summary
    assert "crashing_job" in job.traceback_summary
    polled = api.get(f"/v1/jobs/{job.id}")
    assert "a bug" not in polled.content.decode() and "Traceback" not in polled.content.decode()


def test_insufficient_credits_creates_no_job(api, user):
    balance = credit_balance(user=user)
    error = assert_error(api.post("/v1/test/slow/echo", {"cost": balance + 1}, format="json"),
                         402, "INSUFFICIENT_CREDITS")
    assert error["details"] == {"required": balance + 1, "available": balance}
    assert not Job.objects.exists()
