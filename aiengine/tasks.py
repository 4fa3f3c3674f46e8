"""Celery tasks of the aiengine app (thin: each job task calls one service)."""

from radicpro.jobs.models import Job
from radicpro.jobs.tasks import job_task

from .services import Adaptation, adapt_job_run, generation_job_run, smart_image_job_run
from .tools.services import tool_job_run


@job_task(name="aiengine.run_generation_job", soft_time_limit=300, time_limit=330)
def run_generation_job(job: Job) -> dict:
    """Generates the designs of one job (a re-delivered finished job does nothing)."""
    return generation_job_run(job=job)


@job_task(name="aiengine.run_smart_image_job", soft_time_limit=180, time_limit=210)
def run_smart_image_job(job: Job) -> dict:
    """Draws (or redraws) one smart image (idempotent: a stored image is answered again)."""
    return smart_image_job_run(job=job)


@job_task(name="aiengine.run_tool_job", soft_time_limit=300, time_limit=330)
def run_tool_job(job: Job) -> dict:
    """Runs one tool job (a re-delivered finished job does nothing)."""
    return tool_job_run(job=job)


@job_task(name="aiengine.run_adapt_job", soft_time_limit=300, time_limit=330)
def run_adapt_job(job: Job) -> Adaptation:
    """Adapts designs to other formats (a re-delivered finished job answers with what it saved)."""
    return adapt_job_run(job=job)
