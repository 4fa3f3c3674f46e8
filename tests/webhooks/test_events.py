"""event_emit: who gets an event, when it is sent, and what the body looks like."""

import json

import pytest

from radicpro.webhooks import services
from radicpro.webhooks.models import WebhookDelivery, WebhookEvent
from tests.webhooks.factories import WebhookEndpointFactory

pytestmark = pytest.mark.django_db


def test_emit_creates_one_delivery_per_active_subscribed_endpoint(
        user, other_user, django_capture_on_commit_callbacks):
    subscribed = WebhookEndpointFactory(owner=user, events=["design.created", "job.failed"])
    WebhookEndpointFactory(owner=user, events=["job.failed"])
    WebhookEndpointFactory(owner=user, events=["design.created"], is_active=False)
    WebhookEndpointFactory(owner=other_user, events=["design.created"])

    with django_capture_on_commit_callbacks() as callbacks:
        services.event_emit(user=user, event="design.created",
                            data={"designId": "design_1", "nested": {"camelKey": 1}})

    delivery = WebhookDelivery.objects.get()
    assert delivery.endpoint == subscribed
    assert delivery.status == "pending" and delivery.attempts == 0
    assert len(callbacks) == 1, "delivery is enqueued only once the transaction commits"
    event = WebhookEvent.objects.get()
    assert event.id.startswith("evt_") and event.owner == user
    body = json.loads(event.body)
    assert list(body) == ["event", "timestamp", "data"]
    assert body["event"] == "design.created"
    assert body["data"] == {"designId": "design_1", "nested": {"camelKey": 1}}
    assert len(body["timestamp"]) == 20 and body["timestamp"].endswith("Z")
    assert event.payload == body


def test_emit_without_subscribers_stores_nothing(user):
    WebhookEndpointFactory(owner=user, events=["job.failed"])
    services.event_emit(user=user, event="credits.low", data={"currentBalance": 5})
    assert not WebhookEvent.objects.exists()
    assert not WebhookDelivery.objects.exists()


def test_unknown_event_is_a_programming_error(user):
    with pytest.raises(ValueError, match="catalogue"):
        services.event_emit(user=user, event="design.deleted", data={})
    with pytest.raises(ValueError):
        services.event_emit(user=user, event="ping", data={})
