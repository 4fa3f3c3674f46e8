"""Deliveries to a real local HTTP receiver: signatures, retries, failures, ping, redelivery."""

import hashlib
import hmac
import json

import pytest
from standardwebhooks import Webhook

from radicpro.webhooks import services, tasks
from radicpro.webhooks.events import (
    CREDITS_LOW,
    DESIGN_CREATED,
    JOB_COMPLETED,
    SMART_IMAGE_COMPLETED,
)
from radicpro.webhooks.models import WebhookDelivery, WebhookEndpoint
from tests.api_contract import assert_success
from tests.webhooks.factories import WebhookEndpointFactory, design_created

pytestmark = pytest.mark.django_db


def platform_verify(payload: bytes, signature: str, secret: str) -> bool:
    """The platform spec's sample verifier (Node's createHmac(...).digest('hex')), in Python."""
    digest = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    return signature == digest


def emit(user) -> WebhookDelivery:
    services.event_emit(user=user, event=DESIGN_CREATED, **design_created())
    return WebhookDelivery.objects.order_by("-created_at").first()


def test_generated_secret_signatures_verify(api, receiver, django_capture_on_commit_callbacks):
    created = assert_success(api.post("/v1/webhooks", {
        "url": receiver.url, "events": ["smart_image.completed"]}, format="json"), 201)
    data = {"recipeId": "recipe_123", "designId": "design_456", "layerId": "layer_photo",
            "assetId": "asset_789", "cached": False}
    endpoint = WebhookEndpoint.objects.get(pk=created["id"])
    with django_capture_on_commit_callbacks(execute=True):
        services.event_emit(user=endpoint.owner, event=SMART_IMAGE_COMPLETED, recipe_id="recipe_123",
                            design_id="design_456", layer_id="layer_photo", asset_id="asset_789",
                            cached=False)

    (received,) = receiver.requests
    headers = received.headers
    assert headers["content-type"] == "application/json"
    assert headers["user-agent"] == "RadicPro-Webhooks/1.0"
    assert received.path == "/hooks/radic"
    delivery = WebhookDelivery.objects.get()
    assert headers["webhook-id"] == delivery.event_id

    verified = Webhook(created["secret"]).verify(received.body, headers)
    assert verified["event"] == "smart_image.completed"
    assert verified["data"] == data
    assert platform_verify(received.body, headers["x-radic-signature"], created["secret"])
    assert not platform_verify(received.body + b" ", headers["x-radic-signature"],
                               created["secret"])

    assert (delivery.status, delivery.attempts, delivery.response_code) == ("succeeded", 1, 200)
    assert delivery.response_body == "ok"
    assert delivery.duration_ms is not None and delivery.error == ""


def test_client_secret_signatures_verify(user, receiver, django_capture_on_commit_callbacks):
    secret = "your_webhook_secret"
    WebhookEndpointFactory(owner=user, url=receiver.url, events=["credits.low"], secret=secret)
    with django_capture_on_commit_callbacks(execute=True):
        services.event_emit(user=user, event=CREDITS_LOW, balance=50, threshold=100)
    (received,) = receiver.requests
    body = Webhook(secret.encode()).verify(received.body, received.headers)
    assert body["data"] == {"balance": 50, "threshold": 100}
    assert platform_verify(received.body, received.headers["x-radic-signature"], secret)


def test_fails_three_times_then_succeeds(user, receiver, no_retry_scheduling):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    for status in (500, 503, 404):
        receiver.answer(status, body=b"not now")
    delivery = emit(user)

    assert tasks.deliver_webhook(delivery.id, attempt=1) == "retrying"
    for expected_attempt, countdown in ((2, 30), (3, 120), (4, 600)):
        scheduled = no_retry_scheduling[-1]
        assert scheduled == {"delivery_id": delivery.id, "attempt": expected_attempt,
                             "countdown": countdown}
        delivery.refresh_from_db()
        assert delivery.status == "pending" and delivery.next_attempt_at is not None
        tasks.deliver_webhook(delivery.id, attempt=scheduled["attempt"])
    assert len(no_retry_scheduling) == 3

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.response_code) == ("succeeded", 4, 200)
    assert delivery.next_attempt_at is None
    assert [entry["response_code"] for entry in delivery.attempt_log] == [500, 503, 404, 200]
    assert len(receiver.requests) == 4
    assert {r.headers["webhook-id"] for r in receiver.requests} == {delivery.event_id}
    assert receiver.processed == [delivery.event_id]
    assert len({r.body for r in receiver.requests}) == 1, "every attempt sends the same body"

    # A duplicate message for an attempt already made changes nothing.
    assert tasks.deliver_webhook(delivery.id, attempt=2) == "noop"
    assert len(receiver.requests) == 4


def test_duplicate_message_for_a_recorded_attempt_does_nothing(user, receiver,
                                                             no_retry_scheduling):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    receiver.answer(500)
    delivery = emit(user)
    assert tasks.deliver_webhook(delivery.id, attempt=1) == "retrying"
    assert tasks.deliver_webhook(delivery.id, attempt=1) == "noop"
    assert len(receiver.requests) == 1


def test_gives_up_after_max_attempts(user, receiver, settings, no_retry_scheduling):
    settings.RADICPRO_WEBHOOK_MAX_ATTEMPTS = 3
    endpoint = WebhookEndpointFactory(owner=user, url=receiver.url)
    for _ in range(3):
        receiver.answer(500)
    delivery = emit(user)
    outcomes = [tasks.deliver_webhook(delivery.id) for _ in range(4)]
    assert outcomes == ["retrying", "retrying", "failed", "noop"]
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == ("failed", 3)
    assert delivery.error == "The endpoint answered 500."
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 1 and endpoint.is_active


def test_redirect_is_a_failure_and_not_followed(user, receiver, no_retry_scheduling):
    WebhookEndpointFactory(owner=user, url=receiver.url)
    receiver.answer(302, headers={"Location": "http://169.254.169.254/latest/meta-data"})
    delivery = emit(user)
    assert tasks.deliver_webhook(delivery.id) == "retrying"
    delivery.refresh_from_db()
    assert delivery.response_code == 302
    assert "Redirect" in delivery.error and "not followed" in delivery.error
    assert len(receiver.requests) == 1


def test_timeout_is_a_failure_with_error_text(user, receiver, settings, no_retry_scheduling):
    settings.RADICPRO_WEBHOOK_TIMEOUT = 0.3
    WebhookEndpointFactory(owner=user, url=receiver.url)
    receiver.delay = 1.0
    delivery = emit(user)
    assert tasks.deliver_webhook(delivery.id) == "retrying"
    delivery.refresh_from_db()
    assert delivery.error == "Timed out after 0.3 s."
    assert delivery.response_code is None
    assert no_retry_scheduling[0]["countdown"] == 30


def test_private_destination_refused_at_delivery_time(user, receiver, settings,
                                                      no_retry_scheduling):
    """DNS may change after the check at creation: every attempt checks again."""
    WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = False
    assert tasks.deliver_webhook(delivery.id) == "failed"
    delivery.refresh_from_db()
    assert delivery.status == "failed" and delivery.attempts == 1
    assert delivery.error.startswith("Destination refused")
    assert receiver.requests == []
    assert no_retry_scheduling == []


def test_hostname_resolving_to_loopback_refused_at_delivery_time(user, receiver, settings):
    port = receiver.url.split(":")[2].split("/")[0]
    WebhookEndpointFactory(owner=user, url=f"http://localhost:{port}/hook")
    delivery = emit(user)
    settings.RADICPRO_WEBHOOK_ALLOW_PRIVATE = False
    tasks.deliver_webhook(delivery.id)
    delivery.refresh_from_db()
    assert delivery.status == "failed" and "localhost" in delivery.error
    assert receiver.requests == []


def test_endpoint_disabled_after_sustained_failure(user, receiver, settings, api,
                                                   no_retry_scheduling):
    settings.RADICPRO_WEBHOOK_MAX_ATTEMPTS = 1
    settings.RADICPRO_WEBHOOK_DISABLE_AFTER = 3
    endpoint = WebhookEndpointFactory(owner=user, url=receiver.url)
    receiver.answer(500)
    receiver.answer(500)
    tasks.deliver_webhook(emit(user).id)
    tasks.deliver_webhook(emit(user).id)
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 2 and endpoint.is_active
    receiver.answer(200)
    tasks.deliver_webhook(emit(user).id)
    endpoint.refresh_from_db()
    assert endpoint.failure_count == 0, "a success resets the count"

    for _ in range(3):
        receiver.answer(500)
    for _ in range(3):
        tasks.deliver_webhook(emit(user).id)
    endpoint.refresh_from_db()
    assert endpoint.is_active is False
    assert "3 consecutive failed deliveries" in endpoint.disabled_reason
    shown = assert_success(api.get(f"/v1/webhooks/{endpoint.id}"))
    assert shown["isActive"] is False and shown["disabledReason"] == endpoint.disabled_reason

    # Disabled: new events are not delivered to it.
    requests_before = len(receiver.requests)
    services.event_emit(user=user, event=DESIGN_CREATED, **design_created())
    assert WebhookDelivery.objects.filter(status="pending").count() == 0
    assert len(receiver.requests) == requests_before


def test_pending_delivery_to_a_disabled_endpoint_fails_without_sending(user, receiver):
    endpoint = WebhookEndpointFactory(owner=user, url=receiver.url)
    delivery = emit(user)
    WebhookEndpoint.objects.filter(pk=endpoint.pk).update(is_active=False)
    assert tasks.deliver_webhook(delivery.id) == "failed"
    assert receiver.requests == []


def test_ping(api, user, receiver, django_capture_on_commit_callbacks):
    created = assert_success(api.post("/v1/webhooks", {
        "url": receiver.url, "events": ["job.completed"]}, format="json"), 201)
    with django_capture_on_commit_callbacks(execute=True):
        queued = assert_success(api.post(f"/v1/webhooks/{created['id']}/test"), 202)
    assert queued["eventType"] == "ping" and queued["id"].startswith("whd_")
    (received,) = receiver.requests
    body = Webhook(created["secret"]).verify(received.body, received.headers)
    assert body["event"] == "ping" and body["data"]["webhookId"] == created["id"]
    log = assert_success(api.get(f"/v1/webhooks/{created['id']}/deliveries"))["deliveries"]
    assert [(d["eventType"], d["status"], d["attempts"]) for d in log] == [
        ("ping", "succeeded", 1)]


def test_redeliver_sends_the_same_event_again(api, user, receiver,
                                              django_capture_on_commit_callbacks,
                                              no_retry_scheduling):
    endpoint = WebhookEndpointFactory(owner=user, url=receiver.url)
    receiver.answer(500)
    delivery = emit(user)
    tasks.deliver_webhook(delivery.id)

    with django_capture_on_commit_callbacks(execute=True):
        again = assert_success(api.post(f"/v1/webhooks/deliveries/{delivery.id}/redeliver"), 202)
    assert again["id"] != delivery.id and again["isRedelivery"] is True
    assert again["eventId"] == delivery.event_id
    first, second = receiver.requests
    assert first.body == second.body
    assert first.headers["webhook-id"] == second.headers["webhook-id"] == delivery.event_id
    Webhook(endpoint.secret).verify(second.body, second.headers)
    log = assert_success(api.get(f"/v1/webhooks/{endpoint.id}/deliveries"))["deliveries"]
    assert [(d["id"], d["status"]) for d in log] == [(again["id"], "succeeded"),
                                                     (delivery.id, "pending")]


def test_event_rolled_back_is_never_sent(user, receiver, django_capture_on_commit_callbacks):
    from django.db import transaction

    WebhookEndpointFactory(owner=user, url=receiver.url)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                services.event_emit(user=user, event=DESIGN_CREATED, **design_created())
                raise RuntimeError("the design was not created after all")
    assert callbacks == []
    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_body_is_compact_json_with_camel_case_data_untouched(user, receiver,
                                                             django_capture_on_commit_callbacks):
    WebhookEndpointFactory(owner=user, url=receiver.url, events=["job.completed"])
    result = {"snake_key": "kept", "designJson": {"a_b": 1}}
    data = {"jobId": "job_1", "kind": "tool", "status": "completed", "creditsUsed": 2,
            "result": result}
    with django_capture_on_commit_callbacks(execute=True):
        services.event_emit(user=user, event=JOB_COMPLETED, job_id="job_1", kind="tool",
                            status="completed", credits_used=2, result=result, error=None)
    (received,) = receiver.requests
    assert json.loads(received.body)["data"] == data
    assert received.body.startswith(b'{"event":"job.completed","timestamp":"')
