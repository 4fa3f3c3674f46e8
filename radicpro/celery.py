"""The Celery app: configured from Django settings under the CELERY_ namespace."""

import os

from celery import Celery, signals

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "radicpro.settings.base")

app = Celery("radicpro")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@signals.worker_process_init.connect
def _yield_the_cpu_to_the_web(**_):
    """Worker processes run at a lower CPU priority (RADICPRO_WORKER_NICE): on a machine they
    share with the web server, a render waits a little rather than a request."""
    from django.conf import settings

    increment = int(getattr(settings, "RADICPRO_WORKER_NICE", 0))
    if increment > 0:
        os.nice(increment)


@signals.task_prerun.connect
def _bind_job_id(task_id=None, task=None, args=None, kwargs=None, **_):
    """Worker logs carry the job id of the task they run (tasks take a job id first)."""
    from radicpro.api.observability import job_id_var

    first = (args or [None])[0]
    job_id = (kwargs or {}).get("job_id") or (first if isinstance(first, str) else None)
    job_id_var.set(job_id if job_id and job_id.startswith("job_") else None)


@signals.task_postrun.connect
def _unbind_job_id(**_):
    from radicpro.api.observability import job_id_var

    job_id_var.set(None)
