"""Idempotency-Key on POST: replay, reuse with another body, in progress, expiry, concurrency."""

import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone
from rest_framework.test import APIClient

from radicpro.api.idempotency import purge_expired
from radicpro.api.models import IdempotencyRecord
from radicpro.billing.models import CreditLedgerEntry
from radicpro.jobs.tasks import purge_idempotency_records
from tests.api_contract import assert_error, assert_success
from tests.conftest import client_for

PURCHASE = {"amount": 5, "paymentMethod": "tok_test_visa"}


@pytest.fixture(autouse=True)
def _no_webhooks(monkeypatch):
    monkeypatch.setattr("radicpro.webhooks.services.event_emit", lambda **kwargs: None)


def _purchases(user) -> int:
    return CreditLedgerEntry.objects.filter(user=user, kind="purchase").count()


def _buy(client, key, body=None):
    return client.post("/v1/credits/purchase", body or PURCHASE, format="json",
                       HTTP_IDEMPOTENCY_KEY=key)


@pytest.mark.django_db
def test_the_same_key_and_body_replays_the_first_response(api, user):
    first = _buy(api, "order-1")
    data = assert_success(first, 201)
    second = _buy(api, "order-1")
    assert second["Idempotent-Replayed"] == "true"
    assert assert_success(second, 201) == data
    assert second["X-Request-Id"] != first["X-Request-Id"]
    assert _purchases(user) == 1
    assert "Idempotent-Replayed" not in first


@pytest.mark.django_db
def test_without_a_key_every_post_does_the_work(api, user):
    api.post("/v1/credits/purchase", PURCHASE, format="json")
    api.post("/v1/credits/purchase", PURCHASE, format="json")
    assert _purchases(user) == 2


@pytest.mark.django_db
def test_the_same_key_with_another_body_is_refused(api, user):
    _buy(api, "order-2")
    error = assert_error(_buy(api, "order-2", {"amount": 6, "paymentMethod": "tok_test_visa"}),
                         422, "IDEMPOTENCY_KEY_REUSED")
    assert error["retryable"] is False
    assert _purchases(user) == 1


@pytest.mark.django_db
def test_a_second_request_while_the_first_runs_is_a_conflict(api, user):
    _buy(api, "order-3")
    # The first request is still running: its claim is held, its response not yet stored.
    IdempotencyRecord.objects.filter(key="order-3").update(status="in_progress")
    error = assert_error(_buy(api, "order-3"), 409, "CONFLICT")
    assert error["retryable"] is True
    assert _purchases(user) == 1


@pytest.mark.django_db
def test_keys_are_per_user(api, other_api, user, other_user):
    assert_success(_buy(api, "shared-key"), 201)
    other = _buy(other_api, "shared-key")
    assert_success(other, 201)
    assert "Idempotent-Replayed" not in other
    assert _purchases(user) == _purchases(other_user) == 1


@pytest.mark.django_db
def test_an_expired_key_runs_again_and_expired_records_are_purged(api, user):
    _buy(api, "order-4")
    IdempotencyRecord.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    again = _buy(api, "order-4")
    assert_success(again, 201)
    assert "Idempotent-Replayed" not in again
    assert _purchases(user) == 2
    IdempotencyRecord.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert purge_idempotency_records.apply().get() == 1
    assert purge_expired() == 0


@pytest.mark.django_db
def test_records_last_24_hours(api):
    _buy(api, "order-5")
    record = IdempotencyRecord.objects.get(key="order-5")
    assert timedelta(hours=23, minutes=59) < record.expires_at - record.created_at \
        <= timedelta(hours=24)


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["", "x" * 256, "caf\u00e9", "line\nbreak"])
def test_a_malformed_key_is_a_400(api, user, key):
    response = api.post("/v1/credits/purchase", PURCHASE, format="json",
                        HTTP_IDEMPOTENCY_KEY=key)
    assert_error(response, 400, "VALIDATION_ERROR")
    assert _purchases(user) == 0


@pytest.mark.django_db
def test_errors_are_replayed_but_server_errors_release_the_key(api, user, monkeypatch):
    error = assert_error(_buy(api, "bad-1", {"amount": 0, "paymentMethod": "tok_test_x"}),
                         400, "VALIDATION_ERROR")
    replayed = _buy(api, "bad-1", {"amount": 0, "paymentMethod": "tok_test_x"})
    assert replayed["Idempotent-Replayed"] == "true"
    assert assert_error(replayed, 400, "VALIDATION_ERROR") == error

    def explode(**kwargs):
        raise RuntimeError("payment provider exploded")

    monkeypatch.setattr("radicpro.billing.apis.services.credits_purchase", explode)
    assert_error(_buy(api, "flaky-1"), 500, "SERVER_ERROR")
    assert not IdempotencyRecord.objects.filter(key="flaky-1").exists()
    monkeypatch.undo()
    monkeypatch.setattr("radicpro.webhooks.services.event_emit", lambda **kwargs: None)
    assert_success(_buy(api, "flaky-1"), 201)  # the retry runs
    assert _purchases(user) == 1


@pytest.mark.django_db
def test_anonymous_posts_are_scoped_by_address(anon_client):
    body = {"email": "idem@example.com", "password": "a-long-passphrase-1"}
    first = anon_client.post("/v1/auth/signup", body, format="json", HTTP_IDEMPOTENCY_KEY="s-1")
    assert first.status_code == 201
    second = anon_client.post("/v1/auth/signup", body, format="json", HTTP_IDEMPOTENCY_KEY="s-1")
    assert second.status_code == 201 and second["Idempotent-Replayed"] == "true"
    assert second.json()["data"]["user"]["id"] == first.json()["data"]["user"]["id"]
    elsewhere = APIClient(REMOTE_ADDR="10.9.8.7")
    third = elsewhere.post("/v1/auth/signup", body, format="json", HTTP_IDEMPOTENCY_KEY="s-1")
    assert_error(third, 409, "CONFLICT")  # not a replay: that email is simply taken


@pytest.mark.django_db
def test_get_requests_ignore_the_header(api):
    response = api.get("/v1/credits/balance", HTTP_IDEMPOTENCY_KEY="whatever")
    assert_success(response)
    assert not IdempotencyRecord.objects.exists()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_parallel_requests_with_one_key_do_the_work_once(user):
    count = 20
    barrier = threading.Barrier(count)
    responses: list = [None] * count

    def run(index: int) -> None:
        client = client_for(user)
        try:
            barrier.wait(timeout=30)
            responses[index] = _buy(client, "parallel-order")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    statuses = sorted(r.status_code for r in responses)
    assert set(statuses) <= {201, 409}, statuses
    created = [r for r in responses if r.status_code == 201]
    assert created
    assert len({r.json()["data"]["transactionId"] for r in created}) == 1
    assert sum(1 for r in created if "Idempotent-Replayed" not in r) == 1
    assert _purchases(user) == 1
    after = _buy(client_for(user), "parallel-order")
    assert after["Idempotent-Replayed"] == "true"
    print(f"\n20 parallel requests, one key: {statuses.count(201)} x 201 "  # noqa: T201
          f"(1 did the work), {statuses.count(409)} x 409; 1 purchase")
