"""The scheduler's retention task (CELERY_BEAT_SCHEDULE["retention"])."""

from celery import shared_task

from .services import retention_run


@shared_task(acks_late=True, time_limit=3600, soft_time_limit=3300)
def run_retention() -> dict[str, int]:
    return {run.kind: run.deleted for run in retention_run()}
