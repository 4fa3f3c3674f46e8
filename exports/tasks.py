"""Celery tasks of the exports app (thin: the job task calls the export service)."""

from radicpro.jobs.models import Job
from radicpro.jobs.tasks import job_task

from .services import export_job_run


@job_task(name="exports.run_export_job", soft_time_limit=180, time_limit=210)
def run_export_job(job: Job) -> dict:
    """Renders and stores the exports of one job (idempotent: finished work is skipped)."""
    return export_job_run(job=job)
