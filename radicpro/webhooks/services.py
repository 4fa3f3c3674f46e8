"""Webhook writes: endpoints, events (`event_emit`), deliveries and their attempts."""

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils import timezone

from radicpro.api.errors import ApiError, ErrorCode
from radicpro.api.wire import wire_time

from . import sender
from .events import EVENT_TYPES, EVENTS, PING, EventType
from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .signing import SECRET_PREFIX, secret_generate, signed_headers, whsec_key
from .ssrf import UnsafeDestination, url_check

MAX_ENDPOINTS_PER_USER = 20
# Seconds to wait after failed attempt n (1-based); the last value repeats.
BACKOFF_SCHEDULE = (30, 120, 600, 3600, 6 * 3600, 12 * 3600, 24 * 3600)
LEASE_MARGIN_SECONDS = 60
# A pending delivery whose next attempt is this late (its message was lost) is sent again.
STALLED_AFTER_SECONDS = 300


def webhook_timeout() -> float:
    return float(getattr(settings, "RADICPRO_WEBHOOK_TIMEOUT", 10))


def max_attempts() -> int:
    return max(1, int(getattr(settings, "RADICPRO_WEBHOOK_MAX_ATTEMPTS", 8)))


def disable_after() -> int:
    return max(1, int(getattr(settings, "RADICPRO_WEBHOOK_DISABLE_AFTER", 20)))


def backoff_seconds(attempt: int) -> int:
    """How long to wait after failed attempt number `attempt` (1-based)."""
    return BACKOFF_SCHEDULE[min(max(attempt, 1), len(BACKOFF_SCHEDULE)) - 1]


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
    committed; `deliveries_resume_stalled` sends the delivery later.
    """
    from .tasks import deliver_webhook

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
    if EVENTS.get(getattr(event, "name", None)) is not event:
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


# --- attempts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class AttemptOutcome:
    """What `delivery_attempt` did: `retry_in` seconds until the next attempt, if any."""

    status: str  # "succeeded", "failed", "retrying" or "noop"
    attempt: int = 0
    retry_in: int | None = None


@dataclass(frozen=True)
class _Claim:
    attempt: int
    url: str
    secret: str
    event_id: str
    body: str
    endpoint_active: bool


def _log_entry(attempt: int, at: datetime, result: sender.SendResult) -> dict:
    return {"attempt": attempt, "at": wire_time(at), "response_code": result.status_code,
            "error": result.error, "duration_ms": result.duration_ms}


@transaction.atomic
def _delivery_claim(*, delivery_id: str, attempt: int | None) -> _Claim | None:
    """Takes the next attempt of a pending delivery, or None when there is nothing to do.

    A message for an attempt already made is a duplicate and does nothing; an attempt whose
    worker died (its lease ran out without a result) is made again.
    """
    delivery = (WebhookDelivery.objects.select_for_update()
                .filter(pk=delivery_id, status=WebhookDelivery.Status.PENDING).first())
    if delivery is None:
        return None
    now = timezone.now()
    if delivery.leased_until is not None and delivery.leased_until > now:
        return None  # an attempt is in flight
    if attempt is not None and attempt <= delivery.attempts and delivery.leased_until is None:
        return None  # that attempt was made and recorded
    if delivery.attempts >= max_attempts():  # the last attempt's worker died
        endpoint = WebhookEndpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.leased_until = delivery.next_attempt_at = None
        delivery.error = delivery.error or "The last attempt did not finish."
        delivery.save(update_fields=["status", "leased_until", "next_attempt_at", "error",
                                     "updated_at"])
        _endpoint_count_failure(endpoint, last_error=delivery.error)
        return None
    endpoint = WebhookEndpoint.objects.get(pk=delivery.endpoint_id)
    event = WebhookEvent.objects.only("id", "body").get(pk=delivery.event_id)
    delivery.attempts += 1
    delivery.leased_until = now + timedelta(seconds=webhook_timeout() * 2 + LEASE_MARGIN_SECONDS)
    delivery.next_attempt_at = None
    delivery.save(update_fields=["attempts", "leased_until", "next_attempt_at", "updated_at"])
    return _Claim(attempt=delivery.attempts, url=endpoint.url, secret=endpoint.secret,
                  event_id=event.id, body=event.body, endpoint_active=endpoint.is_active)


@transaction.atomic
def _delivery_record(*, delivery_id: str, attempt: int, at: datetime,
                     result: sender.SendResult) -> AttemptOutcome:
    delivery = WebhookDelivery.objects.select_for_update().filter(pk=delivery_id).first()
    if delivery is None or delivery.attempts != attempt:
        return AttemptOutcome(status="noop", attempt=attempt)
    endpoint = WebhookEndpoint.objects.select_for_update().get(pk=delivery.endpoint_id)
    delivery.leased_until = None
    delivery.response_code = result.status_code
    delivery.error = result.error[:1000]
    delivery.response_body = result.response_body[:1024]
    delivery.duration_ms = result.duration_ms
    delivery.attempt_log = [*delivery.attempt_log, _log_entry(attempt, at, result)]
    retry_in = None
    if result.ok:
        delivery.status = WebhookDelivery.Status.SUCCEEDED
        delivery.next_attempt_at = None
        if endpoint.failure_count:
            endpoint.failure_count = 0
            endpoint.save(update_fields=["failure_count", "updated_at"])
    elif result.retryable and endpoint.is_active and attempt < max_attempts():
        retry_in = backoff_seconds(attempt)
        delivery.next_attempt_at = timezone.now() + timedelta(seconds=retry_in)
    else:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
        _endpoint_count_failure(endpoint, last_error=result.error)
    delivery.save()
    status = "retrying" if retry_in is not None else delivery.status
    return AttemptOutcome(status=status, attempt=attempt, retry_in=retry_in)


def _endpoint_count_failure(endpoint: WebhookEndpoint, *, last_error: str) -> None:
    """One more delivery failed for good; enough in a row and the endpoint is turned off."""
    if not endpoint.is_active:
        return
    endpoint.failure_count += 1
    if endpoint.failure_count >= disable_after():
        endpoint.is_active = False
        endpoint.disabled_reason = (
            f"Disabled after {endpoint.failure_count} consecutive failed deliveries "
            f"(last error: {last_error})")[:500]
    endpoint.save(update_fields=["failure_count", "is_active", "disabled_reason", "updated_at"])


def delivery_attempt(*, delivery_id: str, attempt: int | None = None) -> AttemptOutcome:
    """Makes one attempt of a delivery: claim it, POST the signed body, record the outcome.

    Not one transaction on purpose: no row stays locked while the endpoint answers. Returns
    `retry_in` when another attempt is due (the task schedules it).
    """
    claim = _delivery_claim(delivery_id=delivery_id, attempt=attempt)
    if claim is None:
        return AttemptOutcome(status="noop")
    at = timezone.now()
    if not claim.endpoint_active:
        result = sender.SendResult(ok=False, error="The webhook is disabled.", retryable=False)
    else:
        headers = signed_headers(secret=claim.secret, msg_id=claim.event_id,
                                 timestamp=int(at.timestamp()), body=claim.body)
        result = sender.send(url=claim.url, body=claim.body, headers=headers,
                             timeout=webhook_timeout())
    return _delivery_record(delivery_id=delivery_id, attempt=claim.attempt, at=at, result=result)


def deliveries_resume_stalled(*, now: datetime | None = None, limit: int = 500) -> list[str]:
    """Ids of pending deliveries whose message was lost, to be enqueued again.

    Lost: never attempted long after creation (the broker was down at commit), a retry long
    overdue, or an attempt whose worker died (its lease ran out).
    """
    now = now or timezone.now()
    late = now - timedelta(seconds=STALLED_AFTER_SECONDS)
    pending = WebhookDelivery.objects.filter(status=WebhookDelivery.Status.PENDING)
    stalled = (pending.filter(leased_until__isnull=True, attempts=0, created_at__lt=late)
               | pending.filter(leased_until__isnull=True, next_attempt_at__lt=late)
               | pending.filter(leased_until__lt=now))
    return list(stalled.order_by("created_at").values_list("id", flat=True)[:limit])
