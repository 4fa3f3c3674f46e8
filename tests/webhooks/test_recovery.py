"""Lost messages and dead workers: pending deliveries are picked up again, never lost."""

from datetime import timedelta

import pytest
from django.utils import timezone

from radicpro.webhooks import deliveries, services, tasks
from radicpro.webhooks.events import DESIGN_CREATED
from radicpro.webhooks.models import WebhookDelivery
from tests.webhooks.factories import WebhookEndpointFactory, design_created

pytestmark = pytest.mark.django_db


def emit(user) -> WebhookDelivery:
    services.event_emit(user=user, event=DESIGN_CREATED, **design_created(design_id="design_1"))
    return WebhookDelivery.objects.order_by("-created_at").first()


def test_broker_down_at_commit_does_not_fail_the_caller(user, monkeypatch,
                                                        django_capture_on_commit_callbacks):
    WebhookEndpointFactory(owner=user)

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker unreachable")

    monkeypatch.setattr(tasks.deliver_webhook, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        services.event_emit(user=user, event=DESIGN_CREATED, **design_created())
    assert len(callbacks) == 1
    assert WebhookDelivery.objects.get().status == "pending"


def test_stalled_deliveries_are_found(user):
    endpoint = WebhookEndpointFactory(owner=user)
    now = timezone.now()
    long_ago = now - timedelta(minutes=30)
    never_sent = emit(user)
    WebhookDelivery.objects.filter(pk=never_sent.pk).update(created_at=long_ago)
    fresh = emit(user)
    overdue_retry = emit(user)
    WebhookDelivery.objects.filter(pk=overdue_retry.pk).update(
        attempts=2, next_attempt_at=long_ago)
    scheduled_retry = emit(user)
    WebhookDelivery.objects.filter(pk=scheduled_retry.pk).update(
        attempts=2, next_attempt_at=now + timedelta(minutes=10), created_at=long_ago)
    worker_died = emit(user)
    WebhookDelivery.objects.filter(pk=worker_died.pk).update(
        attempts=1, leased_until=now - timedelta(seconds=1), created_at=long_ago)
    in_flight = emit(user)
    WebhookDelivery.objects.filter(pk=in_flight.pk).update(
        attempts=1, leased_until=now + timedelta(seconds=30), created_at=long_ago)
    done = emit(user)
    WebhookDelivery.objects.filter(pk=done.pk).update(status="succeeded", created_at=long_ago)
    assert endpoint.deliveries.count() == 7

    found = set(deliveries.deliveries_resume_stalled(now=now))
    assert found == {never_sent.id, overdue_retry.id, worker_died.id}
    assert fresh.id not in found


def test_a_dead_workers_attempt_is_made_again(user, receiver, no_retry_scheduling):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=1, leased_until=timezone.now() - timedelta(seconds=1))
    # The original message comes back (acks_late): the lease ran out, so it is sent.
    assert tasks.deliver_webhook(delivery.id, attempt=1) == "succeeded"
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.leased_until) == ("succeeded", 2, None)
    assert len(receiver.requests) == 1


def test_an_attempt_in_flight_is_not_duplicated(user, receiver):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=1, leased_until=timezone.now() + timedelta(seconds=30))
    assert tasks.deliver_webhook(delivery.id) == "noop"
    assert receiver.requests == []


def test_resume_task_sends_stalled_deliveries(user, receiver):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        created_at=timezone.now() - timedelta(hours=1))
    assert tasks.resume_stalled_deliveries() == 1  # eager in tests: sent inline
    delivery.refresh_from_db()
    assert delivery.status == "succeeded"
    assert len(receiver.requests) == 1


def test_a_dead_workers_last_attempt_fails_the_delivery(user, receiver, settings):
    settings.RADICPRO_WEBHOOK_MAX_ATTEMPTS = 2
    endpoint = WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        attempts=2, leased_until=timezone.now() - timedelta(seconds=1))
    assert tasks.deliver_webhook(delivery.id) == "noop"
    delivery.refresh_from_db()
    assert delivery.status == "failed" and delivery.error
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 1
    assert receiver.requests == []
