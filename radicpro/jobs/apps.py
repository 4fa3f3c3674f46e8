"""App config for jobs."""

from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "radicpro.jobs"
    label = "jobs"
    verbose_name = "Jobs"

    def ready(self) -> None:
        from . import liveness

        liveness.connect()  # heartbeats and the recovery of a dead worker's jobs (Celery only)
