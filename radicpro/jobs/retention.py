"""Retention of finished jobs (RADICPRO_RETAIN_JOBS_DAYS); queued and running jobs always stay."""

from datetime import datetime, timedelta

from django.conf import settings

from radicpro.retention.registry import days_policy, delete_in_batches

from .models import Job


def jobs_policy() -> str:
    return days_policy(settings.RADICPRO_RETAIN_JOBS_DAYS, "Finished jobs")


def jobs_purge(*, now: datetime) -> int:
    days = settings.RADICPRO_RETAIN_JOBS_DAYS
    if days <= 0:
        return 0
    return delete_in_batches(Job.objects.filter(status__in=Job.FINISHED,
                                                created_at__lt=now - timedelta(days=days)))
