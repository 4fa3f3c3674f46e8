"""Retention of webhook deliveries and events (RADICPRO_RETAIN_WEBHOOK_DAYS): finished
deliveries first, then the events no delivery still needs; pending deliveries always stay."""

from datetime import datetime, timedelta

from django.conf import settings

from radicpro.retention.registry import days_policy, delete_in_batches

from .models import WebhookDelivery, WebhookEvent


def webhooks_policy() -> str:
    return days_policy(settings.RADICPRO_RETAIN_WEBHOOK_DAYS, "Webhook events and deliveries")


def webhooks_purge(*, now: datetime) -> int:
    days = settings.RADICPRO_RETAIN_WEBHOOK_DAYS
    if days <= 0:
        return 0
    cutoff = now - timedelta(days=days)
    deliveries = delete_in_batches(WebhookDelivery.objects.filter(
        created_at__lt=cutoff).exclude(status=WebhookDelivery.Status.PENDING))
    events = delete_in_batches(WebhookEvent.objects.filter(created_at__lt=cutoff).exclude(
        deliveries__status=WebhookDelivery.Status.PENDING))
    return deliveries + events
