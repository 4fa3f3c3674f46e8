"""On PostgreSQL + Redis: a synchronous call waits for a real worker and answers its result."""

import pytest
from django.conf import settings as django_settings

from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs.models import Job
from tests.api_contract import assert_error, assert_success

from .urls_for_jobs import RoutedToTestWorker
from .worker import new_queue, start_worker, stop, wait_for, wait_until_ready


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
@pytest.mark.urls("tests.jobs.urls_for_jobs")
def test_sync_and_async_calls_with_a_real_worker(api, user, settings, tmp_path, monkeypatch):
    assert django_settings.REDIS_URL, "this test needs REDIS_URL (the broker a real worker uses)"
    settings.RADICPRO_SYNC_WAIT_SECONDS = 30
    queue = new_queue()
    monkeypatch.setattr(RoutedToTestWorker, "QUEUE", queue)
    log = tmp_path / "worker.log"
    worker = start_worker(queue, log)
    try:
        wait_until_ready(log)
        before = credit_balance(user=user)
        data = assert_success(api.post("/v1/test/slow/routed-echo", {"cost": 2},
                                       format="json"), 201)
        assert data["echoInput"] == {"which": "routed-echo"}
        assert credit_balance(user=user) == before - 2

        error = assert_error(api.post("/v1/test/slow/routed-fail", {"cost": 2},
                                      format="json"), 500, "GENERATION_FAILED")
        assert error["details"] == {"stage": "layout"}
        assert credit_balance(user=user) == before - 2 == ledger_sum(user=user)

        accepted = assert_success(api.post("/v1/test/slow/routed-echo", {}, format="json",
                                           HTTP_PREFER="respond-async"), 202)
        assert accepted["status"] == "queued"
        polled = wait_for(lambda: Job.objects.filter(pk=accepted["jobId"], status="completed")
                          .exists(), 40, "the async job", log)
        assert polled
        assert assert_success(api.get(f"/v1/jobs/{accepted['jobId']}"))["result"]["echoInput"] \
            == {"which": "routed-echo"}
    finally:
        stop(worker)
