"""Webhook writes: endpoints, events (`event_emit`), pings and redeliveries (enqueued on commit)."""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.wire import wire_time

from .events import EVENT_TYPES, EVENTS, PING, EventType
from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .signing import SECRET_PREFIX, secret_generate, whsec_key
from .ssrf import UnsafeDestination, url_check
from .tasks import deliver_webhook

MAX_ENDPOINTS_PER_USER = 20

# --- endpoints ---------------------------------------------------------------------------

def _checked_url(url: str) -> str:
    url = url.strip()
    try:
        url_check(url)
    except UnsafeDestination as exc:
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"url: {exc}", details={"url": [str(exc)]}) \
            from exc
    return url


def _checked_events(events: list[str]) -> list[str]:
    unknown = [name for name in events if name not in EVENT_TYPES]
    if unknown or not events:
        message = (f"Unknown event {unknown[0]!r}; choose from: {', '.join(EVENT_TYPES)}."
                   if unknown else "Subscribe to at least one event.")
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"events: {message}",
                       details={"events": [message]})
    return list(dict.fromkeys(events))


def _checked_secret(secret: str | None) -> str:
    if not secret:
        return secret_generate()
    if secret.startswith(SECRET_PREFIX) and whsec_key(secret) is None:
        message = f"A secret starting with {SECRET_PREFIX} must be followed by base64."
        raise ApiError(ErrorCode.VALIDATION_ERROR, f"secret: {message}",
                       details={"secret": [message]})
    return secret


@transaction.atomic
def webhook_create(*, owner, url: str, events: list[str], secret: str | None = None,
                   description: str = "") -> WebhookEndpoint:
    """Creates an endpoint; its secret (the client's, or a generated `whsec_`) is on the object."""
    url = _checked_url(url)
    events = _checked_events(events)
    secret = _checked_secret(secret)
    type(owner).objects.select_for_update().filter(pk=owner.pk).first()
    if WebhookEndpoint.objects.filter(owner=owner).count() >= MAX_ENDPOINTS_PER_USER:
        raise ApiError(ErrorCode.CONFLICT, f"At most {MAX_ENDPOINTS_PER_USER} webhooks per "
                       "account; delete one first.", retryable=False)
    return WebhookEndpoint.objects.create(owner=owner, url=url, events=events, secret=secret,
                                          description=description)


@transaction.atomic
def webhook_update(*, endpoint: WebhookEndpoint, changes: dict) -> WebhookEndpoint:
    """Changes url, events, description or is_active; turning it back on clears the failures."""
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=endpoint.pk)
    if "url" in changes:
        endpoint.url = _checked_url(changes["url"])
    if "events" in changes:
        endpoint.events = _checked_events(changes["events"])
    if "description" in changes:
        endpoint.description = changes["description"]
    if "is_active" in changes:
        if changes["is_active"] and not endpoint.is_active:
            endpoint.failure_count = 0
            endpoint.disabled_reason = ""
        elif not changes["is_active"] and endpoint.is_active:
            endpoint.disabled_reason = "Turned off by the owner."
        endpoint.is_active = changes["is_active"]
    endpoint.save()
    return endpoint


@transaction.atomic
def webhook_delete(*, endpoint: WebhookEndpoint) -> None:
    """Deletes the endpoint and its delivery log; pending retries are dropped."""
    endpoint.delete()


# --- events ------------------------------------------------------------------------------

def _event_record(*, user, event: str, data: dict) -> WebhookEvent:
    now = timezone.now()
    payload = {"event": event, "timestamp": wire_time(now), "data": data}
    body = json.dumps(payload, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return WebhookEvent.objects.create(owner=user, type=event, payload=json.loads(body),
                                       body=body, created_at=now)


def _enqueue(delivery: WebhookDelivery) -> None:
    """Enqueues the first attempt once the transaction commits.

    `robust`: a broker that is down must not fail the caller's request after its work has
    committed; `deliveries.deliveries_resume_stalled` sends the delivery later.
    """
    delivery_id = delivery.id
    transaction.on_commit(lambda: deliver_webhook.delay(delivery_id, attempt=1), robust=True)


@transaction.atomic
def event_emit(*, user, event: EventType, **values) -> None:
    """Records `event` with the data its payload builder makes of `values` and delivers it to
    the user's active endpoints that subscribe to it.

    Deliveries are enqueued after the current transaction commits, so an event of work that
    rolls back is never sent. When no endpoint subscribes, nothing is stored. An event outside
    the registry, or values that do not fit its payload, are a ValueError.
    """
    if not isinstance(event, EventType) or EVENTS.get(event.name) is not event:
        raise ValueError(f"Unknown webhook event {event!r}; the catalogue is {EVENT_TYPES}.")
    data = event.payload(**values)
    endpoints = [endpoint for endpoint in
                 WebhookEndpoint.objects.filter(owner=user, is_active=True).only("id", "events")
                 if event.name in endpoint.events]
    if not endpoints:
        return
    record = _event_record(user=user, event=event.name, data=data)
    for endpoint in endpoints:
        _enqueue(WebhookDelivery.objects.create(event=record, endpoint=endpoint))


@transaction.atomic
def webhook_ping(*, endpoint: WebhookEndpoint) -> WebhookDelivery:
    """Sends a `ping` event to this endpoint alone (whatever it subscribes to)."""
    if not endpoint.is_active:
        raise ApiError(ErrorCode.CONFLICT, "This webhook is disabled; turn it on first.",
                       retryable=False)
    record = _event_record(user=endpoint.owner, event=PING, data={
        "webhookId": endpoint.id, "message": "A test event from Radic Pro."})
    delivery = WebhookDelivery.objects.create(event=record, endpoint=endpoint)
    _enqueue(delivery)
    return delivery


@transaction.atomic
def delivery_redeliver(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """Sends the same event again (same body, same `webhook-id`) as a new delivery."""
    endpoint = WebhookEndpoint.objects.get(pk=delivery.endpoint_id)
    if not endpoint.is_active:
        raise ApiError(ErrorCode.CONFLICT, "This webhook is disabled; turn it on first.",
                       retryable=False)
    again = WebhookDelivery.objects.create(event_id=delivery.event_id, endpoint=endpoint,
                                           is_redelivery=True)
    _enqueue(again)
    return WebhookDelivery.objects.select_related("event").get(pk=again.pk)
