"""Celery tasks of the assistant app: the tool-run job (thin: it calls one service)."""

from aiengine.tools.services import tool_job_run
from radicpro.jobs.models import Job
from radicpro.jobs.tasks import job_task


@job_task(name="assistant.run_tool_job", soft_time_limit=300, time_limit=330)
def run_tool_job(job: Job) -> dict:
    """Runs one tool job (a re-delivered finished job does nothing)."""
    return tool_job_run(job=job)
