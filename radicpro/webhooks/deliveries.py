"""Webhook delivery attempts: claim a pending delivery, send it signed, record the outcome."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from radicpro.api.wire import wire_time

from . import sender
from .models import WebhookDelivery, WebhookEndpoint, WebhookEvent
from .signing import signed_headers

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
