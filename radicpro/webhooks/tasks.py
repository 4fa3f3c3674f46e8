"""Webhook delivery tasks: thin, idempotent, one attempt per message."""

from celery import shared_task
from django.db import OperationalError

from . import deliveries


def schedule_retry(delivery_id: str, *, attempt: int, countdown: int) -> None:
    """Enqueues attempt number `attempt` in `countdown` seconds."""
    deliver_webhook.apply_async((delivery_id,), {"attempt": attempt}, countdown=countdown)


@shared_task(acks_late=True, autoretry_for=(OperationalError,), max_retries=3,
             retry_backoff=True, soft_time_limit=120, time_limit=150)
def deliver_webhook(delivery_id: str, attempt: int | None = None) -> str:
    """Makes one attempt of a delivery and schedules the next one when it failed."""
    outcome = deliveries.delivery_attempt(delivery_id=delivery_id, attempt=attempt)
    if outcome.retry_in is not None:
        schedule_retry(delivery_id, attempt=outcome.attempt + 1, countdown=outcome.retry_in)
    return outcome.status


@shared_task(acks_late=True, soft_time_limit=60, time_limit=90)
def resume_stalled_deliveries() -> int:
    """Periodic: enqueues again the pending deliveries whose message was lost."""
    delivery_ids = deliveries.deliveries_resume_stalled()
    for delivery_id in delivery_ids:
        deliver_webhook.delay(delivery_id)
    return len(delivery_ids)
