"""App config for aiengine."""

from django.apps import AppConfig


class AiengineConfig(AppConfig):
    name = "aiengine"
    label = "aiengine"
    verbose_name = "AI engine"
