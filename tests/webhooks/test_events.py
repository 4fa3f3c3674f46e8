"""event_emit and the event registry: who gets an event, what its data is, where it is published."""

import json
from datetime import UTC, datetime

import pytest
from django.core.management import call_command

from radicpro.webhooks import services
from radicpro.webhooks.events import (
    CREDITS_LOW,
    DESIGN_CREATED,
    EVENT_TYPES,
    EVENTS,
    JOB_FAILED,
    SMART_IMAGE_COMPLETED,
    EventType,
)
from radicpro.webhooks.models import WebhookDelivery, WebhookEvent
from tests.webhooks.factories import WebhookEndpointFactory, design_created

pytestmark = pytest.mark.django_db


def test_emit_creates_one_delivery_per_active_subscribed_endpoint(
        user, other_user, django_capture_on_commit_callbacks):
    subscribed = WebhookEndpointFactory(owner=user, events=["design.created", "job.failed"])
    WebhookEndpointFactory(owner=user, events=["job.failed"])
    WebhookEndpointFactory(owner=user, events=["design.created"], is_active=False)
    WebhookEndpointFactory(owner=other_user, events=["design.created"])

    with django_capture_on_commit_callbacks() as callbacks:
        services.event_emit(user=user, event=DESIGN_CREATED, **design_created(campaign_id="camp_1"))

    delivery = WebhookDelivery.objects.get()
    assert delivery.endpoint == subscribed
    assert delivery.status == "pending" and delivery.attempts == 0
    assert len(callbacks) == 1, "delivery is enqueued only once the transaction commits"
    event = WebhookEvent.objects.get()
    assert event.id.startswith("evt_") and event.owner == user
    body = json.loads(event.body)
    assert list(body) == ["event", "timestamp", "data"]
    assert body["event"] == "design.created"
    assert body["data"] == {"designId": "design_1", "title": "Diwali Mega Sale",
                            "format": "instagram_post", "campaignId": "camp_1",
                            "brandKitId": None, "createdAt": "2025-11-26T10:00:00Z"}
    assert len(body["timestamp"]) == 20 and body["timestamp"].endswith("Z")
    assert event.payload == body


def test_emit_without_subscribers_stores_nothing(user):
    WebhookEndpointFactory(owner=user, events=["job.failed"])
    services.event_emit(user=user, event=CREDITS_LOW, balance=5, threshold=10)
    assert not WebhookEvent.objects.exists()
    assert not WebhookDelivery.objects.exists()


def test_an_event_outside_the_registry_is_a_programming_error(user):
    stranger = EventType("design.deleted", "Not an event of ours.", {})
    for event in ("design.created", "ping", stranger):
        with pytest.raises(ValueError, match="catalogue"):
            services.event_emit(user=user, event=event)


def test_the_registry_is_the_catalogue_clients_subscribe_to():
    assert EVENT_TYPES == ("design.created", "design.exported", "design.adapted", "smart_image.completed",
                           "smart_image.failed", "job.completed", "job.failed", "credits.low")
    assert all(EVENTS[name].name == name and EVENTS[name].description for name in EVENT_TYPES)


def test_payload_builders_refuse_missing_and_unknown_fields():
    with pytest.raises(ValueError, match=r"missing \['threshold'\]"):
        CREDITS_LOW.payload(balance=3)
    with pytest.raises(ValueError, match=r"unknown \['currentBalance'\]"):
        CREDITS_LOW.payload(balance=3, threshold=10, currentBalance=3)


def test_payload_builders_camelize_keys_leave_out_empty_optionals_and_keep_values_verbatim():
    error = {"code": "GENERATION_FAILED", "message": "No.", "details": {}, "retryable": True}
    assert JOB_FAILED.payload(job_id="job_1", kind="tool", status="failed", credits_used=0,
                              result=None, error=error) == {
        "jobId": "job_1", "kind": "tool", "status": "failed", "creditsUsed": 0, "error": error}
    assert SMART_IMAGE_COMPLETED.payload(recipe_id="recipe_1", design_id="design_1",
                                         layer_id="layer_a", asset_id=None, cached=True) == {
        "recipeId": "recipe_1", "designId": "design_1", "layerId": "layer_a", "assetId": None,
        "cached": True}
    created = DESIGN_CREATED.payload(**design_created(created_at=datetime(2025, 1, 2, 3, 4, 5, 6, UTC)))
    assert created["createdAt"] == "2025-01-02T03:04:05Z"


def test_every_event_is_published_in_the_openapi_document(tmp_path):
    out = tmp_path / "schema.json"
    call_command("spectacular", "--validate", "--fail-on-warn", "--format", "openapi-json",
                 "--file", str(out))
    schema = json.loads(out.read_text())
    published = schema["x-webhooks"]
    assert list(published) == list(EVENT_TYPES)
    for name, event in EVENTS.items():
        body = published[name]["post"]["requestBody"]["content"]["application/json"]["schema"]
        component = schema["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
        assert component["properties"]["event"]["enum"] == [name]
        data = component["properties"]["data"]
        assert set(data["properties"]) == set(event.data_schema()["properties"])
        assert set(data["required"]) <= set(data["properties"])
    headers = {p["name"] for p in published["job.failed"]["post"]["parameters"]}
    assert {"webhook-id", "webhook-signature", "X-Radic-Signature"} <= headers
