"""App config for designs."""

from django.apps import AppConfig


class DesignsConfig(AppConfig):
    name = "designs"
    label = "designs"
    verbose_name = "Designs"
