"""App config for jobs."""

from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "radicpro.jobs"
    label = "jobs"
    verbose_name = "Jobs"

    def ready(self) -> None:
        from radicpro.backoffice.dashboard import register_dashboard_cards

        from .dashboard import queue_dashboard_cards

        register_dashboard_cards("queues", queue_dashboard_cards)
        from radicpro.retention.registry import register_retention

        from .retention import jobs_policy, jobs_purge

        register_retention("jobs", purge=jobs_purge, policy=jobs_policy)
        from . import liveness

        liveness.connect()  # heartbeats and the recovery of a dead worker's jobs (Celery only)
