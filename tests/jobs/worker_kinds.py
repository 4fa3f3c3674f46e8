"""The test job kinds, registered in a real worker that includes this module (the recovery of a
dead worker's jobs sends a job's task by its kind)."""

from radicpro.jobs.registry import register_job_kind

from .worker_tasks import sleep_then_complete

register_job_kind("test_sleep", task=sleep_then_complete)
