"""The operators' actions: each goes through a service and is written to the admin log."""

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.urls import reverse

from radicpro.accounts.models import ApiKey
from radicpro.api.errors import ApiError, ErrorCode
from radicpro.billing.models import CreditLedgerEntry
from radicpro.billing.selectors import credit_balance, ledger_sum
from radicpro.jobs.models import Job
from radicpro.jobs.services import job_create, job_fail
from radicpro.webhooks.models import WebhookDelivery
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def run_action(client, model: str, action: str, ids: list[str], **extra):
    return client.post(reverse(f"admin:{model}_changelist"),
                       {"action": action, "_selected_action": ids, **extra}, follow=True)


def logged(obj) -> list[str]:
    return [entry.get_change_message() for entry in LogEntry.objects.filter(
        object_id=obj.pk, action_flag=CHANGE)]


def test_grant_credits_asks_amount_and_reason_then_writes_a_ledger_entry(staff_client, world):
    before = credit_balance(user=world.customer)
    page = run_action(staff_client, "accounts_user", "grant_credits", [world.customer.pk])
    html = page.content.decode()
    assert "Grant credits" in html and "maya@shop.example" in html
    assert 'name="amount"' in html and 'name="reason"' in html
    assert not CreditLedgerEntry.objects.filter(user=world.customer, kind="grant").exists()

    done = run_action(staff_client, "accounts_user", "grant_credits", [world.customer.pk],
                      amount=150, reason="Goodwill: export outage on 23 Nov", apply="1")
    assert "Granted 150 credits to 1 user: Goodwill: export outage on 23 Nov" \
        in done.content.decode()
    entry = CreditLedgerEntry.objects.get(user=world.customer, kind="grant")
    assert (entry.amount, entry.description) == (150, "Goodwill: export outage on 23 Nov")
    assert credit_balance(user=world.customer) == before + 150 == ledger_sum(user=world.customer)
    [message] = logged(world.customer)
    assert message == f"Granted 150 credits ({entry.id}): Goodwill: export outage on 23 Nov"


def test_grant_credits_needs_a_positive_amount_and_a_reason(staff_client, world):
    page = run_action(staff_client, "accounts_user", "grant_credits", [world.customer.pk],
                      amount=0, reason="   ", apply="1")
    html = page.content.decode()
    assert "Ensure this value is greater than or equal to 1." in html
    assert "This field is required." in html or "Say why the credits are given." in html
    assert not CreditLedgerEntry.objects.filter(user=world.customer, kind="grant").exists()
    assert logged(world.customer) == []


def test_grant_credits_to_several_users(staff_client, world):
    other = UserFactory()
    run_action(staff_client, "accounts_user", "grant_credits", [world.customer.pk, other.pk],
               amount=5, reason="Beta testers", apply="1")
    assert CreditLedgerEntry.objects.filter(kind="grant", amount=5).count() == 2


def test_revoke_api_keys(staff_client, world, api):
    page = run_action(staff_client, "accounts_apikey", "revoke", [world.api_key.pk])
    assert "Revoked 1 API key." in page.content.decode()
    world.api_key.refresh_from_db()
    assert world.api_key.revoked_at is not None
    assert logged(world.api_key) == ["Revoked the API key."]
    again = run_action(staff_client, "accounts_apikey", "revoke", [world.api_key.pk])
    assert "Revoked 0 API keys." in again.content.decode()


def test_a_revoked_key_no_longer_authenticates(staff_client, user):
    from rest_framework.test import APIClient

    from radicpro.accounts.services import api_key_create

    key, secret = api_key_create(user=user, name="CI")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Bearer {secret}")
    assert client.get("/v1/designs").status_code == 200
    run_action(staff_client, "accounts_apikey", "revoke", [key.pk])
    assert client.get("/v1/designs").status_code == 401
    assert ApiKey.objects.get(pk=key.pk).revoked_at is not None


def test_retry_a_failed_export_job_runs_it_again(staff_client, world,
                                                  django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page = run_action(staff_client, "jobs_job", "retry", [world.failed_job.pk])
    again = Job.objects.exclude(pk__in=[world.failed_job.pk, world.export_job.pk]).get()
    assert again.kind == "export" and again.owner == world.customer
    assert again.status == "completed"
    assert again.exports.get().format == "jpg" and again.exports.get().asset_id
    assert f"Retried {world.failed_job.id} as" in page.content.decode()
    world.failed_job.refresh_from_db()
    assert world.failed_job.status == "failed"  # history stays as it was
    assert logged(world.failed_job) == [f"Retried as {again.id}."]


def test_retry_of_a_generation_enqueues_the_generation_task_with_the_same_input(
        staff_client, user, monkeypatch, django_capture_on_commit_callbacks):
    from aiengine import tasks

    data = {"prompt": "Diwali sale on sweets", "format": "instagram_post", "variants": 2,
            "image_resolution": "1k", "sandbox": False}
    failed = job_create(owner=user, kind="generation", input=data, credits_reserved=4)
    job_fail(job_id=failed.id, error=ApiError(ErrorCode.GENERATION_FAILED, "Provider down."))
    enqueued = []
    monkeypatch.setattr(tasks.run_generation_job, "delay", enqueued.append)
    before = credit_balance(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        run_action(staff_client, "jobs_job", "retry", [failed.pk])
    again = Job.objects.exclude(pk=failed.pk).get()
    assert enqueued == [again.id]
    assert (again.kind, again.input, again.status) == ("generation", data, "queued")
    assert credit_balance(user=user) == before - 4  # reserved again (the failure refunded)


def test_only_failed_jobs_are_retried(staff_client, world):
    page = run_action(staff_client, "jobs_job", "retry", [world.export_job.pk])
    assert f"Not retried: {world.export_job.id}" in page.content.decode()
    assert Job.objects.count() == 2
    assert logged(world.export_job) == []


def test_redeliver_sends_the_same_event_again(staff_client, world, failing_receiver,
                                              django_capture_on_commit_callbacks):
    first = failing_receiver.requests[0]
    failing_receiver.responses.clear()  # the receiver is back up
    with django_capture_on_commit_callbacks(execute=True):
        page = run_action(staff_client, "webhooks_webhookdelivery", "redeliver",
                          [world.delivery.pk])
    again = WebhookDelivery.objects.get(is_redelivery=True)
    assert (again.status, again.response_code, again.event_id) == \
        ("succeeded", 200, world.delivery.event_id)
    last = failing_receiver.requests[-1]
    assert last.headers["webhook-id"] == first.headers["webhook-id"]
    assert last.body == first.body
    assert f"Redelivered {world.delivery.id} as" in page.content.decode()
    assert logged(world.delivery) == [f"Redelivered as {again.id}."]


def test_disable_and_enable_an_endpoint(staff_client, world):
    endpoint = world.delivery.endpoint
    run_action(staff_client, "webhooks_webhookendpoint", "disable", [endpoint.pk])
    endpoint.refresh_from_db()
    assert not endpoint.is_active and endpoint.disabled_reason
    refused = run_action(staff_client, "webhooks_webhookdelivery", "redeliver",
                         [world.delivery.pk])
    assert "This webhook is disabled; turn it on first." in refused.content.decode()
    run_action(staff_client, "webhooks_webhookendpoint", "enable", [endpoint.pk])
    endpoint.refresh_from_db()
    assert endpoint.is_active and endpoint.failure_count == 0 and not endpoint.disabled_reason
    assert sorted(logged(endpoint)) == ["Disabled the endpoint.", "Enabled the endpoint."]


def test_staff_without_permissions_see_no_actions(world):
    from django.test import Client

    clerk = UserFactory(is_staff=True)
    client = Client()
    client.force_login(clerk)
    assert client.get(reverse("admin:accounts_user_changelist")).status_code == 403
    page = run_action(client, "accounts_user", "grant_credits", [world.customer.pk],
                      amount=5, reason="x", apply="1")
    assert page.status_code == 403
    assert not CreditLedgerEntry.objects.filter(kind="grant").exists()


def test_the_admin_log_lists_the_actions_with_links(staff_client, world):
    run_action(staff_client, "accounts_user", "grant_credits", [world.customer.pk],
               amount=20, reason="Apology", apply="1")
    html = staff_client.get(reverse("admin:admin_logentry_changelist")).content.decode()
    assert "Granted 20 credits" in html and "Apology" in html
    assert reverse("admin:accounts_user_change", args=[world.customer.pk]) in html
    assert staff_client.get(reverse("admin:admin_logentry_add")).status_code == 403
