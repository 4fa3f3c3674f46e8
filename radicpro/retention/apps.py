"""App config for retention."""

from django.apps import AppConfig


class RetentionConfig(AppConfig):
    name = "radicpro.retention"
    label = "retention"
    verbose_name = "Retention"
