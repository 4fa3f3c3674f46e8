"""App config for jobs."""

from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "radicpro.jobs"
    label = "jobs"
    verbose_name = "Jobs"
