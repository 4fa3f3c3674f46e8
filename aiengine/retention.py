"""Retention of the AI provider call log (RADICPRO_RETAIN_PROVIDER_CALLS_DAYS)."""

from datetime import datetime, timedelta

from django.conf import settings

from radicpro.retention.registry import days_policy, delete_in_batches

from .models import ProviderCall


def provider_calls_policy() -> str:
    return days_policy(settings.RADICPRO_RETAIN_PROVIDER_CALLS_DAYS, "AI provider call records")


def provider_calls_purge(*, now: datetime) -> int:
    days = settings.RADICPRO_RETAIN_PROVIDER_CALLS_DAYS
    if days <= 0:
        return 0
    return delete_in_batches(ProviderCall.objects.filter(
        created_at__lt=now - timedelta(days=days)))
